// A name search over a region stops counting past SEARCH_TOTAL_CAP (cms/src/console/list-read.ts,
// issue 17): Content-Range carries CAP + 1 and X-Total-Estimate says it is capped; a department's
// search, and a search with fewer matches, still count exactly; the pages still read.
import { bootApp, type TestApp } from '../helpers/app';
import { POWER, department, findOne } from '../helpers/data';
import { SEARCH_TOTAL_CAP } from '../../cms/src/console/list-read';

let app: TestApp;
const TERM = '封顶计数';
const COPIES = SEARCH_TOTAL_CAP + 50;

interface JoinMeta { joinTable?: { name: string; joinColumn: { name: string } } }

beforeAll(async () => {
  app = await bootApp();
  // Copies of one power of 锡林郭勒盟市场监督管理局 with the term in their names, in SQL: the rules
  // of a save are not what is under test, and a thousand saves would take minutes.
  const market = await department(app.strapi, '锡林郭勒盟市场监督管理局');
  const template = await findOne(app.strapi, POWER, { code: 'SC-XK-001', department: { documentId: market } });
  const knex = app.strapi.db.connection;
  const columns = (await knex('information_schema.columns').where({ table_schema: knex.raw('current_schema()'), table_name: 'powers' }).select('column_name'))
    .map((r: { column_name: string }) => r.column_name).filter((c: string) => c !== 'id');
  const expression: Record<string, string> = {
    document_id: 'substr(md5(random()::text || g.n::text), 1, 24)',
    code: "'CAP-' || lpad(g.n::text, 5, '0')",
    name: `'${TERM}' || g.n::text`,
  };
  const inserted = await knex.raw(
    `INSERT INTO powers (${columns.map((c: string) => `"${c}"`).join(', ')}) SELECT ${columns.map((c: string) => expression[c] ?? `t."${c}"`).join(', ')}
     FROM powers t CROSS JOIN generate_series(1, ?::int) AS g(n) WHERE t.id = ? RETURNING id`,
    [COPIES, template.id],
  );
  const ids = (inserted.rows as { id: number }[]).map((r) => r.id);
  const join = (app.strapi.db.metadata.get(POWER).attributes.department as unknown as JoinMeta).joinTable;
  if (!join) throw new Error('powers.department has no join table');
  const others = (await knex('information_schema.columns').where({ table_schema: knex.raw('current_schema()'), table_name: join.name }).select('column_name'))
    .map((r: { column_name: string }) => r.column_name).filter((c: string) => c !== 'id' && c !== join.joinColumn.name);
  await knex.raw(
    `INSERT INTO "${join.name}" ("${join.joinColumn.name}", ${others.map((c: string) => `"${c}"`).join(', ')})
     SELECT u.id, ${others.map((c: string) => `l."${c}"`).join(', ')} FROM unnest(?::int[]) AS u(id) CROSS JOIN "${join.name}" l WHERE l."${join.joinColumn.name}" = ?`,
    [ids, template.id],
  );
});
afterAll(async () => {
  await app?.close();
});

const search = async (username: string, term: string, range: [number, number] = [0, 24]) =>
  app.http().get('/console-api/powers')
    .query({ sort: JSON.stringify(['code', 'ASC']), range: JSON.stringify(range), filter: JSON.stringify({ name_q: term }) })
    .set('Authorization', await app.bearer(username));

const totalOf = (contentRange: string | undefined): number => Number(String(contentRange).split('/')[1]);

test(`a region search with more than ${SEARCH_TOTAL_CAP} matches answers CAP + 1, marked capped`, async () => {
  const res = await search('region-justice-reviewer', TERM);
  expect(res.status).toBe(200);
  expect(res.body).toHaveLength(25);
  expect(res.headers['content-range']).toBe(`powers 0-24/${SEARCH_TOTAL_CAP + 1}`);
  expect(res.headers['x-total-estimate']).toBe('capped');
  expect(res.headers['access-control-expose-headers']).toContain('X-Total-Estimate');
});

test('the pages still read, and a page past the cap counts exactly', async () => {
  const second = await search('region-justice-reviewer', TERM, [25, 49]);
  expect(second.status).toBe(200);
  expect(second.body).toHaveLength(25);
  const past = await search('region-justice-reviewer', TERM, [1025, 1049]);
  expect(past.status).toBe(200);
  expect(past.body).toHaveLength(COPIES - 1025);
  expect(totalOf(past.headers['content-range'])).toBe(COPIES);
  expect(past.headers['x-total-estimate']).toBeUndefined();
});

test('a department-scope search counts exactly; so does a region search with fewer matches', async () => {
  const dept = await search('league-dept-editor', TERM);
  expect(dept.status).toBe(200);
  expect(totalOf(dept.headers['content-range'])).toBe(COPIES);
  expect(dept.headers['x-total-estimate']).toBeUndefined();
  const few = await search('region-justice-reviewer', `${TERM}105`);
  expect(few.status).toBe(200);
  // 105, 1050, and 1050 is the last copy: 105 and 1050 only (1051+ do not exist).
  expect(totalOf(few.headers['content-range'])).toBe(2);
  expect(few.headers['x-total-estimate']).toBeUndefined();
});

test('a league search (its scope joins departments) caps the total of its match and reads the page after it in order', async () => {
  const first = await search('league-justice-reviewer', TERM);
  expect(first.status).toBe(200);
  expect(first.headers['content-range']).toBe(`powers 0-24/${SEARCH_TOTAL_CAP + 1}`);
  expect(first.headers['x-total-estimate']).toBe('capped');
  const past = await search('league-justice-reviewer', TERM, [1025, 1049]);
  const codes = (past.body as { code: string }[]).map((r) => r.code);
  expect({ status: past.status, total: totalOf(past.headers['content-range']), codes }).toEqual({
    status: 200, total: COPIES, codes: [...codes].sort(),
  });
  expect(codes[0]).toBe('CAP-01026');
});
