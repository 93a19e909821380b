// The public side of assessment (Art. 22, 25, 26): the rating form without sign-in (challenge,
// honeypot, fill time, per-address rate limit), published results ranked within a tier with the
// ratings as the external part, and the export for the rule-of-law assessment.
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { count, department, government, type Row } from '../helpers/data';
import { saveItem, stepAssessment } from '../helpers/assessment';

const ADMIN = 'league-gov-admin';
const RATING = 'api::public-rating.public-rating';

let app: TestApp;
let league: string;
let leagueMarket: string;
let leagueJustice: string;

interface Challenge { token: string; question: string }
interface ResultRow { rank: number; tier: string; target: { id: string; name: string }; parts: Record<string, number | null>; score: number; grade: string; ratingCount: number }

const answer = (question: string): string => String(question.split(/[+=]/).slice(0, 2).reduce((sum, n) => sum + Number(n.trim()), 0));
const challenge = async (departmentId: string): Promise<Challenge> => {
  const res = await app.http().get(`/api/public/ratings/challenge?department=${departmentId}`);
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  return (res.body as { data: Challenge }).data;
};
const rate = (body: Row): Promise<Response> => app.http().post('/api/public/ratings').send(body);
const errorCode = (res: Response): string => (res.body as { error: { code: string } }).error.code;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An assessment of `target` by the league, nine items scored `score` each (capped by weight), walked to published. */
async function publishedAssessment(targetDepartment: string, method: string, scores: number[]): Promise<string> {
  const res = await app.http().post('/console-api/assessments').set('Authorization', await app.bearer(ADMIN)).send({ year: 2025, kind: 'annual', method, assessorGovernment: league, targetDepartment });
  expect(res.status).toBe(201);
  const id = String((res.body as { id: string }).id);
  await app.http().post(`/console-api/assessments/${id}/prescore`).set('Authorization', await app.bearer(ADMIN));
  // The seeded departments' items 4–7 are overridden with a reason where the test wants other figures.
  for (const [index, score] of scores.entries()) {
    expect((await saveItem(app, ADMIN, id, index + 1, { score, overrideReason: '按现场检查结果调整本项得分。' })).status).toBe(200);
  }
  for (const action of ['complete', 'approve', 'publish']) expect((await stepAssessment(app, ADMIN, id, action)).status).toBe(200);
  return id;
}

beforeAll(async () => {
  app = await bootApp();
  league = await government(app.strapi, '锡林郭勒盟');
  leagueMarket = await department(app.strapi, '锡林郭勒盟市场监督管理局');
  leagueJustice = await department(app.strapi, '锡林郭勒盟司法局');
});
afterAll(async () => {
  await app?.close();
});

describe('第二十五条 external evaluation: the public rating form', () => {
  test('第二十五条: a rating with the right answer after the fill time is stored (201), without the address in clear', async () => {
    const c = await challenge(leagueMarket);
    await sleep(3100);
    const before = await count(app.strapi, RATING);
    const res = await rate({ department: leagueMarket, rating: 4, comment: '办事效率高', token: c.token, answer: answer(c.question), website: '' });
    expect(res.status).toBe(201);
    expect(await count(app.strapi, RATING)).toBe(before + 1);
    const stored = (await app.strapi.db.query(RATING).findOne({ where: { documentId: (res.body as { data: { id: string } }).data.id } })) as Row;
    expect(stored).toMatchObject({ rating: 4, comment: '办事效率高', year: new Date().getFullYear() });
    expect(String(stored.addressHash)).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('127.0.0.1');
  });

  test.each([
    ['a wrong answer', async (c: Challenge) => ({ token: c.token, answer: String(Number(answer(c.question)) + 1) }), 400, 'CHALLENGE_FAILED', 0],
    ['the honeypot filled in', async (c: Challenge) => ({ token: c.token, answer: answer(c.question), website: 'http://spam.example' }), 400, 'SPAM_SUSPECTED', 3100],
    ['sent within the minimum fill time', async (c: Challenge) => ({ token: c.token, answer: answer(c.question) }), 400, 'TOO_FAST', 0],
    ['a rating outside 1–5', async (c: Challenge) => ({ token: c.token, answer: answer(c.question), rating: 9 }), 400, 'INVALID_RATING', 0],
  ])('第二十五条: %s → refused, nothing stored', async (_title, body, status, code, wait) => {
    const c = await challenge(leagueMarket);
    if (wait) await sleep(wait);
    const before = await count(app.strapi, RATING);
    const res = await rate({ department: leagueMarket, rating: 3, ...(await body(c)) });
    expect({ status: res.status, code: errorCode(res) }).toEqual({ status, code });
    expect((res.body as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await count(app.strapi, RATING)).toBe(before);
  });

  test('第二十五条: a token counts once (400 CHALLENGE_USED); an unknown department is 404', async () => {
    const c = await challenge(leagueJustice);
    await sleep(3100);
    expect((await rate({ department: leagueJustice, rating: 5, token: c.token, answer: answer(c.question) })).status).toBe(201);
    const again = await rate({ department: leagueJustice, rating: 5, token: c.token, answer: answer(c.question) });
    expect({ status: again.status, code: errorCode(again) }).toEqual({ status: 400, code: 'CHALLENGE_USED' });
    const unknown = await app.http().get('/api/public/ratings/challenge?department=nope');
    expect({ status: unknown.status, code: errorCode(unknown) }).toEqual({ status: 404, code: 'DEPARTMENT_NOT_FOUND' });
  });

  test('第二十五条: the per-address limit (3 an hour per department) → 429 RATE_LIMITED with Retry-After; another department still accepts', async () => {
    // One rating of 锡林郭勒盟市场监督管理局 from this address is stored above; two more pass, the fourth is refused.
    const tokens = await Promise.all([challenge(leagueMarket), challenge(leagueMarket), challenge(leagueMarket)]);
    await sleep(3100);
    expect((await rate({ department: leagueMarket, rating: 5, token: tokens[0].token, answer: answer(tokens[0].question) })).status).toBe(201);
    expect((await rate({ department: leagueMarket, rating: 3, token: tokens[1].token, answer: answer(tokens[1].question) })).status).toBe(201);
    const before = await count(app.strapi, RATING);
    const limited = await rate({ department: leagueMarket, rating: 1, token: tokens[2].token, answer: answer(tokens[2].question) });
    expect({ status: limited.status, code: errorCode(limited) }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.headers['retry-after']).toBe('3600');
    expect(await count(app.strapi, RATING)).toBe(before);
  });

  test('第二十五条: staff cannot write ratings (403), and another county does not see them', async () => {
    const res = await app.http().post('/console-api/public-ratings').set('Authorization', await app.bearer(ADMIN)).send({ department: leagueMarket, year: 2025, rating: 5 });
    expect(res.status).toBe(403);
    const own = await app.http().get('/console-api/public-ratings').set('Authorization', await app.bearer(ADMIN));
    expect(own.status).toBe(200);
    expect((own.body as Row[]).length).toBeGreaterThanOrEqual(4);
    const other = await app.http().get('/console-api/public-ratings').set('Authorization', await app.bearer('county2-gov-admin'));
    expect(other.body).toEqual([]);
  });
});

describe('第二十二条、第二十六条 published results', () => {
  let market: ResultRow | undefined;
  let justice: ResultRow | undefined;
  beforeAll(async () => {
    // 锡林郭勒盟市场监督管理局: internal 9+14+13+9+9+9+14+9+4 = 90; self 80.
    await publishedAssessment(leagueMarket, 'internal', [9, 14, 13, 9, 9, 9, 14, 9, 4]);
    await publishedAssessment(leagueMarket, 'self', [8, 12, 12, 8, 8, 8, 12, 8, 4]);
    // 锡林郭勒盟司法局: internal 70.
    await publishedAssessment(leagueJustice, 'internal', [7, 10, 10, 7, 7, 7, 11, 7, 4]);
    // A draft never appears.
    await app.http().post('/console-api/assessments').set('Authorization', await app.bearer(ADMIN)).send({ year: 2025, kind: 'annual', method: 'internal', assessorGovernment: league, targetGovernment: await government(app.strapi, '锡林浩特市') });
    const res = await app.http().get(`/api/public/assessments?year=2025&tier=league`);
    expect(res.status).toBe(200);
    const rows = (res.body as { data: ResultRow[] }).data;
    market = rows.find((r) => r.target.id === leagueMarket);
    justice = rows.find((r) => r.target.id === leagueJustice);
    expect(rows.some((r) => r.target.name === '锡林浩特市')).toBe(false);
  });

  test('第二十五条: the parts combine by the weights; this year’s ratings are the external part', async () => {
    // Ratings of 2025 only count for 2025; this test's ratings are of the current year.
    expect(market?.parts).toMatchObject({ internal: 90, self: 80, mutual: null });
    const year = new Date().getFullYear();
    if (year === 2025) return;
    expect(market?.ratingCount).toBe(0);
    // (80×10 + 90×60) / 70 = 88.57
    expect(market?.score).toBe(88.57);
    expect(market?.grade).toBe('良好');
  });

  test('第二十二条: ranked within the tier, highest first; no personal information', async () => {
    expect(market?.rank).toBe(1);
    expect(justice?.rank).toBe(2);
    expect(justice?.score).toBe(70);
    const body = JSON.stringify((await app.http().get('/api/public/assessments?year=2025&tier=league')).body);
    expect(body).not.toMatch(/idNumber|phone|username|league-gov-admin/);
    const county = await app.http().get('/api/public/assessments?year=2025&tier=county');
    expect((county.body as { data: ResultRow[] }).data).toEqual([]);
  });

  test('第二十五条: ratings of the current year make the external part of the current year’s results', async () => {
    const year = new Date().getFullYear();
    await publishedAssessmentOfYear(year);
    const res = await app.http().get(`/api/public/assessments?year=${year}&tier=league`);
    const row = (res.body as { data: ResultRow[] }).data.find((r) => r.target.id === leagueMarket);
    // Ratings 4, 5, 3 → average 4 → 80 points; internal 90: (90×60 + 80×20) / 80 = 87.5
    expect(row?.ratingCount).toBe(3);
    expect(row?.parts.external).toBe(80);
    expect(row?.score).toBe(87.5);
  });

  test('第二十六条: exported as CSV (BOM, Chinese headers) and XLSX, in rank order; a bad year is 400', async () => {
    const csv = await app.http().get('/api/public/assessments/export?year=2025&tier=league&format=csv').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(csv.status).toBe(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF年度,层级,名次,被考核单位')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines[1]).toContain('锡林郭勒盟市场监督管理局');
    expect(lines[2]).toContain('锡林郭勒盟司法局');
    const xlsx = await app.http().get('/api/public/assessments/export?year=2025&tier=league&format=xlsx').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    const workbook = new ExcelJS.Workbook();
    const body = xlsx.body as Buffer;
    await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('评议考核结果');
    expect(sheet?.getRow(2).getCell(4).value).toBe('锡林郭勒盟市场监督管理局');
    const bad = await app.http().get('/api/public/assessments?year=abc');
    expect({ status: bad.status, code: errorCode(bad) }).toEqual({ status: 400, code: 'INVALID_QUERY' });
  });
});

/** An internal assessment of the market department in `year` (90 points), published. */
async function publishedAssessmentOfYear(year: number): Promise<void> {
  const res = await app.http().post('/console-api/assessments').set('Authorization', await app.bearer(ADMIN)).send({ year, kind: 'annual', method: 'internal', assessorGovernment: league, targetDepartment: leagueMarket });
  const id = String((res.body as { id: string }).id);
  await app.http().post(`/console-api/assessments/${id}/prescore`).set('Authorization', await app.bearer(ADMIN));
  for (const [index, score] of [9, 14, 13, 9, 9, 9, 14, 9, 4].entries()) await saveItem(app, ADMIN, id, index + 1, { score, overrideReason: '按现场检查结果调整本项得分。' });
  for (const action of ['complete', 'approve', 'publish']) expect((await stepAssessment(app, ADMIN, id, action)).status).toBe(200);
}
