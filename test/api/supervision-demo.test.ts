// The demo records `npm start` adds for chapters 3 and 4 go through every rule and reach the public.
import { bootApp, type TestApp } from '../helpers/app';
import { BOOT } from '../helpers/paths';
import { count } from '../helpers/data';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

interface ResultRow { rank: number; score: number; grade: string; target: { name: string } }

test('第二十二条、第二十七条: the demo plan publishes three ranked results and opens one correction order', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { seedSupervisionDemo } = require(BOOT) as typeof import('../../cms/src/server/boot');
  const openBefore = await count(app.strapi, 'api::accountability-case.accountability-case', { state: 'open' });
  expect(await seedSupervisionDemo(app.strapi, new Date('2026-12-01T00:00:00Z'))).toEqual({ publishedAssessments: 3, openCases: 1 });
  const res = await app.http().get('/api/public/assessments?year=2025&tier=league');
  expect(res.status).toBe(200);
  const rows = (res.body as { data: ResultRow[] }).data.map((r) => ({ rank: r.rank, name: r.target.name, score: r.score, grade: r.grade }));
  // Totals computed by the server from the nine items: 93, 82 and 70.
  expect(rows).toEqual([
    { rank: 1, name: '锡林郭勒盟生态环境局', score: 93, grade: '优秀' },
    { rank: 2, name: '锡林郭勒盟交通运输局', score: 82, grade: '良好' },
    { rank: 3, name: '锡林郭勒盟市场监督管理局', score: 70, grade: '合格' },
  ]);
  expect(await count(app.strapi, 'api::accountability-case.accountability-case', { state: 'open', deadline: '2026-12-31' })).toBe(1);
  expect(await count(app.strapi, 'api::accountability-case.accountability-case', { state: 'open' })).toBe(openBefore + 1);
  // 第十四条: two 执法全过程记录 of the county market bureau, completeness computed by the server.
  expect(await count(app.strapi, 'api::enforcement-record.enforcement-record', { completeness: 1 })).toBe(1);
  expect(await count(app.strapi, 'api::enforcement-record.enforcement-record', { completeness: 0.33 })).toBe(1);
  // 第十七条、第十八条: a 首违不罚 entry, a published 普法责任清单 of 2025 and a published 以案释法 case.
  expect(await count(app.strapi, 'api::guidance-measure.guidance-measure', { kind: 'first-offence-exemption' })).toBe(1);
  const lists = await app.http().get('/api/public/legal-education-lists');
  expect((lists.body as { data: { year: number; items: unknown[] }[] }).data.map((l) => [l.year, l.items.length])).toEqual([[2025, 2]]);
  const cases = await app.http().get('/api/public/case-interpretations');
  expect((cases.body as { data: { caseDate: string }[] }).data.map((c) => c.caseDate)).toEqual(['2025-06-12']);
});
