// 第二十六条: the console exports the year's assessment results as the 全面依法治区 assessment takes
// them — per government and department, the nine items, total and grade — as XLSX and CSV, in the
// user's scope (the league sees its departments' results, a county none of them).
import ExcelJS from 'exceljs';
import type { Stream } from 'stream';
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { BOOT } from '../helpers/paths';

let app: TestApp;

// superagent hands a node parser the response stream (its Response extends Stream).
const binary = (res: Stream, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const download = async (user: string, query: string): Promise<Response> =>
  app.http().get(`/console-api/assessments/export?${query}`).set('Authorization', await app.bearer(user)).buffer(true).parse(binary);

beforeAll(async () => {
  app = await bootApp();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { seedSupervisionDemo } = require(BOOT) as typeof import('../../cms/src/server/boot');
  // The league's 2025 plan: three departments' results, 93, 82 and 70 points.
  await seedSupervisionDemo(app.strapi, new Date('2026-12-01T00:00:00Z'));
});
afterAll(async () => {
  await app?.close();
});

describe('第二十六条: assessment results for the rule-of-law assessment', () => {
  test('XLSX: one row per assessed department with the nine items, total and grade, as numbers', async () => {
    const res = await download('league-gov-admin', 'year=2025&format=xlsx');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain("filename*=UTF-8''2025");
    const workbook = new ExcelJS.Workbook();
    const body = res.body as Buffer;
    await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('评议考核结果');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 6)).toEqual(['年度', '被考核单位', '单位类别', '所属政府', '考核机关', '考核方式']);
    expect(header.filter((h) => /^\d\. /.test(h))).toHaveLength(9);
    expect(header.slice(-3)).toEqual(['总分', '等次', '状态']);
    const rows = [2, 3, 4].map((n) => (sheet?.getRow(n).values as unknown[]).slice(1));
    const ecology = rows.find((r) => r[1] === '锡林郭勒盟生态环境局');
    // 生态环境局: 10, 14, 14, 9, 9, 9, 14, 9, 5 → 93, 优秀; published.
    expect(ecology).toEqual([2025, '锡林郭勒盟生态环境局', '行政执法部门', '锡林郭勒盟', '锡林郭勒盟', '内部评议', 10, 14, 14, 9, 9, 9, 14, 9, 5, 93, '优秀', '已公开']);
    expect(sheet?.rowCount).toBe(4);
  });

  test('CSV with BOM; the region sees the same three rows, a county none (scope), another year none', async () => {
    const csv = await download('region-gov-admin', 'year=2025&format=csv');
    expect(csv.status).toBe(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF年度,被考核单位,单位类别')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('锡林郭勒盟市场监督管理局'))).toMatch(/,70,合格,已公开$/);
    const county = (await download('county-gov-admin', 'year=2025&format=csv').then((r) => (r.body as Buffer).toString('utf8'))).trim().split('\r\n');
    expect(county).toHaveLength(1);
    const other = (await download('league-gov-admin', 'year=2024&format=csv').then((r) => (r.body as Buffer).toString('utf8'))).trim().split('\r\n');
    expect(other).toHaveLength(1);
  });

  test('a bad year or format is 400 INVALID_QUERY in Chinese naming the field; no sign-in is 401', async () => {
    const badYear = await app.http().get('/console-api/assessments/export?year=20x5').set('Authorization', await app.bearer('league-gov-admin'));
    expect({ status: badYear.status, code: badYear.body.code, field: Object.keys(badYear.body.errors ?? {}) }).toEqual({ status: 400, code: 'INVALID_QUERY', field: ['year'] });
    expect(String(badYear.body.message)).toContain('第二十六条');
    const badFormat = await app.http().get('/console-api/assessments/export?year=2025&format=pdf').set('Authorization', await app.bearer('league-gov-admin'));
    expect({ status: badFormat.status, code: badFormat.body.code }).toEqual({ status: 400, code: 'INVALID_QUERY' });
    const anonymous = await app.http().get('/console-api/assessments/export?year=2025');
    expect(anonymous.status).toBe(401);
  });
});
