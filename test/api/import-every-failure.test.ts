// Art. 4, 9, 10, 11: the power import reports every failing rule of a row at once (a row with no
// basis and a bad type shows both), each with its column, code, article and Chinese message, in
// the preview and in the commit's report alike; nothing is written.
import { bootApp, type TestApp } from '../helpers/app';
import { count } from '../helpers/data';

interface Failure { field: string; column?: string; code: string; article: string; message: string }
interface RowReport { index: number; ok: boolean; code?: string; failures?: Failure[] }
interface ImportReport { total: number; failed: number; committed: boolean; rows: RowReport[] }

const POWER = 'api::power.power';
let app: TestApp;
let lawId: string;

beforeAll(async () => {
  app = await bootApp();
  const law = (await app.strapi.db.query('api::legal-basis.legal-basis').findOne({ where: { status: 'in-force' } })) as { documentId: string };
  lawId = law.documentId;
});
afterAll(async () => {
  await app?.close();
});

const columns = { name: '项目名称', type: '权力分类', bases: '设定依据', code: '事项编码' };
const rows = () => [
  { code: 'IMP-EVERY-1', name: '无依据且类型错误的事项', type: '行政命令' },
  { code: 'IMP-EVERY-2', name: '缺条款的事项', type: 'penalty', bases: [{ legalBasis: lawId, articles: '' }] },
];

const importAs = async (commit: boolean) =>
  app.http().post('/console-api/powers/import').set('Authorization', await app.bearer('county-dept-editor')).send({ rows: rows(), commit, columns });

test.each([false, true])('第四条、第九条、第十条、第十一条: every failing rule of a row is reported, with column and article (commit: %s)', async (commit) => {
  const before = await count(app.strapi, POWER);
  const res = await importAs(commit);
  expect(res.status).toBe(200);
  const report = res.body as ImportReport;
  expect(report).toMatchObject({ total: 2, failed: 2, committed: false });
  const first = report.rows[0].failures ?? [];
  expect(first.map((f) => [f.code, f.column])).toEqual([
    ['TYPE_UNKNOWN', '权力分类'],
    ['BASIS_REQUIRED', '设定依据'],
    ['CATALOGUE_ONLY', undefined],
  ]);
  expect(first[0].article).toBe('第十条');
  expect(first[0].message).toContain('行政许可');
  expect(first[1].article).toBe('第四条、第九条');
  expect(first[2].article).toBe('第十一条');
  const second = report.rows[1].failures ?? [];
  expect(second.map((f) => [f.field, f.code])).toEqual([['bases.0.articles', 'BASIS_REQUIRED'], ['adjustment', 'CATALOGUE_ONLY']]);
  expect(second[0].column).toBe('设定依据');
  expect(await count(app.strapi, POWER)).toBe(before);
});
