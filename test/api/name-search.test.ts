// Name substring search of powers by two-character terms goes through the bigram index
// (cms/src/search/, cms/src/database/indexes.ts) and answers exactly what Strapi's $containsi
// answers, on the console list (name_q and q) and Strapi's /api route, for the region reviewer
// (no scope filter) and a department-scoped editor (scope filter AND search). The expected rows
// come from the query engine, where no document middleware runs, so no rewrite either.
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { COMMON_SHARE } from '../../cms/src/search/common-bigrams';
import { POWER, department, type Row } from '../helpers/data';

const COUNTY_MARKET = '锡林浩特市市场监督管理局';
const REVIEWER = 'region-justice-reviewer';
const EDITOR = 'county-dept-editor';
// Renamed powers: mixed-case Latin, LIKE wildcards taken literally, the same term in and out of the editor's department.
const OWN_NAMES = ['GB 2760 食品添加剂检查', '对gb类产品的抽检', '草原防火检查', '含%草字样的事项'];
const OTHER_NAMES = ['草原Gb监督检查', '其他事项gB'];

let app: TestApp;
let countyMarket: string;
let ownIds: string[];
let otherIds: string[];

const sorted = (ids: string[]): string[] => [...new Set(ids)].sort();
const ownScope = (): Row => ({ department: { documentId: countyMarket } });

async function rename(where: Row, names: string[]): Promise<string[]> {
  const rows = (await app.strapi.db.query(POWER).findMany({ where, orderBy: { id: 'asc' }, limit: names.length, select: ['id', 'documentId'] })) as Row[];
  expect(rows).toHaveLength(names.length);
  // Straight to the rows: renaming is not under test, and the rules would want a complete power.
  for (const [i, row] of rows.entries()) await app.strapi.db.query(POWER).update({ where: { id: row.id }, data: { name: names[i] } });
  return rows.map((r) => String(r.documentId));
}

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, COUNTY_MARKET);
  ownIds = await rename(ownScope(), OWN_NAMES);
  otherIds = await rename({ department: { documentId: { $ne: countyMarket } } }, OTHER_NAMES);
  // The statistics the server reads (lazily, at its first search) to tell common bigrams.
  await app.strapi.db.connection.raw('ANALYZE powers');
});
afterAll(async () => {
  await app?.close();
});

/** Document ids of the powers Strapi's $containsi finds, within `scope`. */
async function containsi(term: string, scope: Row = {}, field = 'name'): Promise<string[]> {
  const rows = (await app.strapi.db.query(POWER).findMany({ where: { [field]: { $containsi: term }, ...scope }, select: ['documentId'] })) as Row[];
  return sorted(rows.map((r) => String(r.documentId)));
}

/** Runs `work` and returns its result with the SQL the server sent meanwhile. */
async function withSql<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const sql: string[] = [];
  const listener = (query: { sql: string }): void => void sql.push(query.sql);
  app.strapi.db.connection.on('query', listener);
  try {
    return { result: await work(), sql };
  } finally {
    app.strapi.db.connection.off('query', listener);
  }
}

const usedBigrams = (sql: string[]): boolean => sql.some((s) => s.includes('nmg_bigrams'));

interface ListAnswer {
  status: number;
  ids: string[];
  total: number;
  bigrams: boolean;
}

async function consoleList(username: string, filter: Row): Promise<ListAnswer> {
  const bearer = await app.bearer(username);
  const { result: res, sql } = await withSql(() => app.http().get('/console-api/powers')
    .query({ filter: JSON.stringify(filter), sort: '["code","ASC"]', range: '[0,999]' }).set('Authorization', bearer));
  const body = Array.isArray(res.body) ? (res.body as Row[]) : [];
  return { status: res.status, ids: sorted(body.map((r) => String(r.id))), total: Number(/\/(\d+)$/.exec(String(res.headers['content-range']))?.[1]), bigrams: usedBigrams(sql) };
}

describe('the index', () => {
  test('powers_name_bigrams_idx on nmg_bigrams(name) exists after start-up, and the function is IMMUTABLE', async () => {
    const index = await app.strapi.db.connection.raw(`SELECT indexdef FROM pg_indexes WHERE tablename = 'powers' AND indexname = 'powers_name_bigrams_idx'`);
    const fn = await app.strapi.db.connection.raw(`SELECT provolatile FROM pg_proc WHERE oid = to_regprocedure('nmg_bigrams(text)')`);
    expect({ index: (index.rows as Row[]).map((r) => String(r.indexdef)), volatility: (fn.rows as Row[]).map((r) => r.provolatile) }).toEqual({
      index: [expect.stringMatching(/USING gin \(nmg_bigrams\(\(?name\)?::text\)\)/)],
      volatility: ['i'],
    });
  });

  test('powers_code_id_idx serves a search page in code order, and the server connections run no parallel workers', async () => {
    const index = await app.strapi.db.connection.raw(`SELECT indexdef FROM pg_indexes WHERE tablename = 'powers' AND indexname = 'powers_code_id_idx'`);
    const workers = await app.strapi.db.connection.raw('SHOW max_parallel_workers_per_gather');
    expect({ index: (index.rows as Row[]).map((r) => String(r.indexdef)), workers: (workers.rows as Row[])[0]?.max_parallel_workers_per_gather }).toEqual({
      index: [expect.stringMatching(/btree \(code, id\)/)],
      workers: '0',
    });
  });

  test('nmg_bigrams gives the two-character substrings of the lowered text', async () => {
    const res = await app.strapi.db.connection.raw(`SELECT nmg_bigrams('GB草原gb') AS b, nmg_bigrams('草') AS one, nmg_bigrams('') AS empty`);
    const [row] = res.rows as { b: string[]; one: string[]; empty: string[] }[];
    expect({ b: [...new Set(row.b)].sort(), one: row.one, empty: row.empty }).toEqual({ b: ['b草', 'gb', '原g', '草原'].sort(), one: [], empty: [] });
  });
});

describe('console list, name_q: the rows of $containsi, through the index', () => {
  test.each(['草原', 'GB', 'gb', 'gB', '%草', '_草'])('region reviewer, %s', async (term) => {
    const answer = await consoleList(REVIEWER, { name_q: term });
    const expected = await containsi(term);
    expect(answer).toEqual({ status: 200, ids: expected, total: expected.length, bigrams: true });
  });

  test('the fixtures are among them: case-insensitive, wildcards literal, both departments', async () => {
    expect({
      grassland: (await consoleList(REVIEWER, { name_q: '草原' })).ids,
      gb: (await consoleList(REVIEWER, { name_q: 'gB' })).ids,
      percent: (await consoleList(REVIEWER, { name_q: '%草' })).ids,
      underscore: (await consoleList(REVIEWER, { name_q: '_草' })).ids,
    }).toEqual({
      grassland: expect.arrayContaining([ownIds[2], otherIds[0]]),
      gb: expect.arrayContaining([ownIds[0], ownIds[1], otherIds[0], otherIds[1]]),
      percent: expect.arrayContaining([ownIds[3]]),
      underscore: expect.not.arrayContaining([ownIds[3]]),
    });
  });

  test.each(['草原', 'Gb'])('department-scoped editor, %s: its scope AND the search, nothing of another department', async (term) => {
    const answer = await consoleList(EDITOR, { name_q: term });
    const expected = await containsi(term, ownScope());
    expect(answer).toEqual({ status: 200, ids: expected, total: expected.length, bigrams: true });
    expect(answer.ids).not.toContain(otherIds[0]);
    expect(answer.ids.length).toBeGreaterThan(0);
  });

  test.each([
    ['one character: no bigram, the plain scan', '草'],
    ['four characters: the trigram index serves the LIKE itself', '防火检查'],
  ])('%s (%s): the same rows, without the bigram subquery', async (_label, term) => {
    const answer = await consoleList(REVIEWER, { name_q: term });
    const expected = await containsi(term);
    expect(answer).toEqual({ status: 200, ids: expected, total: expected.length, bigrams: false });
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('a bigram in most names', () => {
  test('is left to the plain scan once the statistics say so (the index would return most rows), with the same rows', async () => {
    const top = await app.strapi.db.connection.raw(
      `SELECT b AS bigram, avg((nmg_bigrams(name) @> ARRAY[b])::int) AS share FROM powers, (SELECT DISTINCT unnest(nmg_bigrams(name)) AS b FROM powers) AS bigrams GROUP BY b ORDER BY share DESC LIMIT 1`,
    );
    const [{ bigram, share }] = top.rows as { bigram: string; share: string }[];
    // The demo data's power names share a phrase; without one, this test would prove nothing.
    expect(Number(share)).toBeGreaterThanOrEqual(COMMON_SHARE);
    // The server reads the statistics in the background after its first search: ask until it has them.
    let answer = await consoleList(REVIEWER, { name_q: bigram });
    for (let tries = 0; answer.bigrams && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await consoleList(REVIEWER, { name_q: bigram });
    }
    const expected = await containsi(bigram);
    expect(answer).toEqual({ status: 200, ids: expected, total: expected.length, bigrams: false });
  });
});

describe('other paths that search names', () => {
  test('console q (every text field) as the department-scoped editor: the rows of $containsi on any of them', async () => {
    const attributes = app.strapi.contentType(POWER).attributes as Record<string, { type: string; private?: boolean }>;
    const fields = Object.entries(attributes).filter(([, a]) => ['string', 'text', 'email', 'uid'].includes(a.type) && !a.private).map(([k]) => k);
    const rows = (await app.strapi.db.query(POWER).findMany({ where: { $or: fields.map((f) => ({ [f]: { $containsi: '草原' } })), ...ownScope() }, select: ['documentId'] })) as Row[];
    const answer = await consoleList(EDITOR, { q: '草原' });
    expect(answer).toEqual({ status: 200, ids: sorted(rows.map((r) => String(r.documentId))), total: rows.length, bigrams: true });
  });

  test("Strapi's /api/powers?filters[name][$containsi] as the department-scoped editor", async () => {
    const bearer = await app.bearer(EDITOR);
    const { result: res, sql } = await withSql((): Promise<Response> => app.http().get('/api/powers')
      .query({ 'filters[name][$containsi]': 'gb', 'pagination[pageSize]': '100' }).set('Authorization', bearer));
    const data = (res.body as { data?: Row[] }).data ?? [];
    expect({ status: res.status, ids: sorted(data.map((r) => String(r.documentId))), bigrams: usedBigrams(sql) }).toEqual({
      status: 200, ids: await containsi('gb', ownScope()), bigrams: true,
    });
  });
});
