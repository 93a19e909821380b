// The bulk import (cms/src/console/bulk) against the row-by-row import it replaces for officers
// and catalogue items: the same rows, good ones and each kind of bad one, give the same report row
// by row, and a committed sheet gives the same stored documents (fields, relations, components,
// history) and audit rows, read back through the console API. IMPORT_ROW_BY_ROW=1 sends the same
// request down the row-by-row path. A commit that fails anywhere (a row, or the database itself
// half-way through the inserts) leaves no record, link row, component row or audit row.
import type { Response } from 'supertest';
import { BULK_ADAPTERS } from '../../cms/src/console/bulk/registry';
import { bulkIneligibility } from '../../cms/src/console/bulk/eligibility';
import { compileScope } from '../../cms/src/console/bulk/scope';
import { compileCreationValidator } from '../../cms/src/console/bulk/compiled-validator';
import type { Candidate } from '../../cms/src/console/bulk/types';
import { loadUserActor } from '../../cms/src/scope/actor';
import { writeFilter } from '../../cms/src/scope/filters';
import type { ModelLike } from '../../cms/src/scope/populate';
import { validateRuntimeCreation } from '../../cms/src/store/document-input';
import { modelOf } from '../../cms/src/store/snapshot';
import { bootApp, type TestApp } from '../helpers/app';
import { AGENCY, AUDIT, CATALOGUE, OFFICER, POST, auditRows, count, department, docId, findOne, legalBasis, type Row } from '../helpers/data';

interface RowReport { index: number; ok: boolean; id?: string; code?: string; message?: string; errors?: Record<string, string[]> }
interface ImportReport { total: number; passed: number; failed: number; committed: boolean; rows: RowReport[] }

const EDITOR = 'county-dept-editor';
const MAINTAINER = 'region-justice-reviewer';

let app: TestApp;
let countyMarket: string;
let otherMarket: string;
let poweredPost: string;
let idlePost: string;
let otherPost: string;
let storedCertificate: string;
let foodSafetyLaw: string;

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
  otherMarket = await department(app.strapi, '二连浩特市市场监督管理局');
  poweredPost = await docId(app.strapi, POST, { name: '案件办理岗', agency: { department: { documentId: countyMarket } } });
  otherPost = await docId(app.strapi, POST, { name: '案件办理岗', agency: { department: { documentId: otherMarket } } });
  storedCertificate = String((await findOne(app.strapi, OFFICER, { certificateNumber: { $notNull: true } })).certificateNumber);
  foodSafetyLaw = await legalBasis(app.strapi, '中华人民共和国食品安全法');
  // A post no power is decomposed to: an officer without a certificate may hold it (Art. 19).
  const agency = await docId(app.strapi, AGENCY, { department: { documentId: countyMarket } });
  const res = await app.http().post('/console-api/posts').set('Authorization', await app.bearer(EDITOR)).send({ name: '批量导入测试岗', agency });
  expect(res.status).toBe(201);
  idlePost = String((res.body as { id: string }).id);
});
afterAll(async () => {
  delete process.env.IMPORT_ROW_BY_ROW;
  await app?.close();
});

type Path = 'rows' | 'bulk';

async function importAs(path: Path, username: string, resource: string, rows: Row[], commit: boolean): Promise<Response> {
  if (path === 'rows') process.env.IMPORT_ROW_BY_ROW = '1';
  try {
    return await app.http().post(`/console-api/${resource}/import`).set('Authorization', await app.bearer(username)).send({ rows, commit });
  } finally {
    delete process.env.IMPORT_ROW_BY_ROW;
  }
}

async function reportOf(path: Path, username: string, resource: string, rows: Row[], commit: boolean): Promise<ImportReport> {
  const res = await importAs(path, username, resource, rows, commit);
  expect(res.status).toBe(200);
  return res.body as ImportReport;
}

const raw = async (sql: string): Promise<number> => {
  const result = (await app.strapi.db.connection.raw(sql)) as { rows: { n: string }[] };
  return Number(result.rows[0].n);
};

/** Rows of the tables an officer or catalogue import writes, and the audit trail. */
const tableCounts = async (): Promise<Record<string, number>> => ({
  officers: await count(app.strapi, OFFICER),
  officerPosts: await raw('SELECT count(*) AS n FROM officers_posts_lnk'),
  officerDepartments: await raw('SELECT count(*) AS n FROM officers_department_lnk'),
  catalogue: await count(app.strapi, CATALOGUE),
  catalogueComponents: await raw('SELECT count(*) AS n FROM catalogue_items_cmps'),
  citations: await raw('SELECT count(*) AS n FROM components_power_basis_citation'),
  citationBases: await raw('SELECT count(*) AS n FROM components_power_basis_citation_legal_basis_lnk'),
  // The harness's sign-ins are audited too (security events on accounts); they are not the import's.
  audit: await count(app.strapi, AUDIT, { resource: { $ne: 'plugin::users-permissions.user' } }),
});

/** Every kind of officer row, in an order where earlier rows matter to later ones (unique values). */
function mixedOfficerRows(): Row[] {
  const long = '1'.repeat(21);
  return [
    { name: '批量一', status: 'valid', certificateNumber: 'NMBULK0001', certificateIssuedAt: '2024-03-01', certificateExpiresAt: '2030-12-31', posts: [poweredPost] },
    { status: 'valid' }, // name is required
    { name: '批量三', status: 'bogus' }, // not one of the enum's values
    { name: '批量四', status: 'valid', certificateNumber: 'NMBULK0001' }, // taken by row 0 of the sheet
    { name: '批量五', status: 'valid', certificateNumber: storedCertificate }, // taken in the database
    { name: '批量六', status: 'valid', posts: [otherPost] }, // another county's post
    { name: '批量七', status: 'suspended', certificateNumber: 'NMBULK0007', certificateExpiresAt: '2030-01-01', posts: [poweredPost] }, // Art. 19
    { name: '批量八', status: 'valid', certificateNumber: 'NMBULK0007' }, // free again: row 6 failed
    { name: '批量九', status: 'valid', certificateNumber: 'NMBULK0009', certificateExpiresAt: '2020-01-01', posts: [poweredPost] }, // expired
    { name: '批量十', status: 'none', posts: [poweredPost] }, // no certificate at all
    { name: '批量十一', department: otherMarket }, // another county's department
    { name: '批量十二', department: 'zzzznosuchdepartment0000' }, // no such department
    { name: '批量十三', phone: long }, // too long
    { name: '批量十四', idNumber: '12345' }, // not an ID number
    { status: 'valid', certificateNumber: 'NMBULK0001', phone: long }, // three problems at once
    { name: '批量十六', rank: '科员' }, // unknown field
    { name: '批量十七', status: 'valid', posts: [idlePost] }, // no certificate needed there
    { name: '批量十八', status: 'valid', certificateNumber: 'NMBULK0001' }, // taken by row 0 still
    { name: '批量十九', certificateNumber: '' }, // empty values are not unique values
    { name: '批量二十', certificateNumber: '' },
  ];
}

const EXPECTED_OFFICER_OUTCOMES: [boolean, string | undefined, string[]][] = [
  [true, undefined, []],
  [false, 'VALIDATION', ['name']],
  [false, 'INVALID_FIELD', ['status']],
  [false, 'VALIDATION', ['certificateNumber']],
  [false, 'VALIDATION', ['certificateNumber']],
  [false, 'SCOPE_FORBIDDEN', ['posts']],
  [false, 'CERTIFIED_OFFICER', ['status']],
  [true, undefined, []],
  [false, 'CERTIFIED_OFFICER', ['certificateExpiresAt']],
  [false, 'CERTIFIED_OFFICER', ['certificateNumber']],
  [false, 'SCOPE_FORBIDDEN', ['department']],
  [false, 'VALIDATION', []],
  [false, 'TEXT_TOO_LONG', ['phone']],
  [false, 'VALIDATION', ['idNumber']],
  [false, 'TEXT_TOO_LONG', ['name', 'certificateNumber', 'phone']],
  [false, 'UNKNOWN_FIELD', ['rank']],
  [true, undefined, []],
  [false, 'VALIDATION', ['certificateNumber']],
  [true, undefined, []],
  [true, undefined, []],
];

test('both registered types can be written set-based; powers are not registered', () => {
  expect(Object.keys(BULK_ADAPTERS).sort()).toEqual(['api::catalogue-item.catalogue-item', 'api::officer.officer']);
  for (const uid of Object.keys(BULK_ADAPTERS)) expect(bulkIneligibility(app.strapi, uid)).toBeNull();
  expect(bulkIneligibility(app.strapi, 'api::power.power')).not.toBeNull();
});

test('the scope of a new record is judged before writing as the middleware judges it after: subtree, department and either-of', async () => {
  const officer = app.strapi.getModel(OFFICER) as unknown as ModelLike;
  const candidate = (index: number, departmentId: unknown): Candidate => ({ index, data: { department: departmentId }, values: {}, issues: [], failure: null });
  const rows = [candidate(0, countyMarket), candidate(1, otherMarket), candidate(2, null), candidate(3, 'zzzznosuchdepartment0000')];
  const verdicts = async (filter: Row): Promise<boolean[]> => {
    const inside = await compileScope(app.strapi, officer, filter, rows);
    return rows.map((c) => inside(c));
  };
  const user = (username: string) => app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username }, select: ['id'] }) as Promise<{ id: number }>;
  const countyGov = await loadUserActor(app.strapi, (await user('county-gov-admin')).id);
  const editor = await loadUserActor(app.strapi, (await user(EDITOR)).id);
  if (!countyGov || !editor) throw new Error('demo accounts missing');
  // A subtree (the county government's): its departments only, through the department's government code.
  expect(await verdicts(writeFilter(countyGov, OFFICER) ?? {})).toEqual([true, false, false, false]);
  expect(await verdicts(writeFilter(editor, OFFICER) ?? {})).toEqual([true, false, false, false]);
  expect(await verdicts({ $or: [{ department: { documentId: { $eq: otherMarket } } }, { department: { documentId: { $eq: countyMarket } } }] })).toEqual([true, true, false, false]);
  expect(await verdicts({ id: { $lt: 0 } })).toEqual([false, false, false, false]);
  await expect(compileScope(app.strapi, officer, { name: { $eq: 'x' } }, rows)).rejects.toThrow('cannot judge');
});

test.each([false, true])('officers, every kind of bad row: the same report on both paths (commit %s), and nothing written', async (commit) => {
  const before = await tableCounts();
  const rows = mixedOfficerRows();
  const byRow = await reportOf('rows', EDITOR, 'officers', rows, commit);
  expect(await tableCounts()).toEqual(before);
  const bulk = await reportOf('bulk', EDITOR, 'officers', rows, commit);
  expect(await tableCounts()).toEqual(before);
  // What each row should get, so that two paths agreeing on something wrong still fails.
  expect(bulk.rows.map((r) => [r.ok, r.code, Object.keys(r.errors ?? {})])).toEqual(EXPECTED_OFFICER_OUTCOMES);
  expect(bulk).toEqual(byRow);
  expect(bulk).toMatchObject({ total: rows.length, passed: 5, failed: 15, committed: false });
  expect(bulk.rows[6].message).toContain('第十九条');
  expect(bulk.rows[14].message).toBe(byRow.rows[14].message);
});

// ---- committed sheets: the same documents and audit rows -----------------------------------------

function goodOfficerRows(tag: string): Row[] {
  return [
    // The client's history is the server's to write: dropped, replaced by the register entry.
    { name: `批量甲${tag}`, status: 'valid', certificateNumber: `NM${tag}01`, certificateIssuedAt: '2024-03-01', certificateExpiresAt: '2030-12-31', idNumber: '15010219900101001X', phone: '13904790001', enforcementCategories: ['市场监管', '食品安全'], posts: [poweredPost, idlePost, poweredPost], certificateHistory: [{ action: 'forged' }] },
    { name: `批量乙${tag}`, status: 'none' },
    { name: `批量丙${tag}`, status: 'valid', certificateNumber: `NM${tag}02`, certificateIssuedAt: '2023-01-01', certificateReviewedAt: '2025-01-01', certificateExpiresAt: '2031-01-01', posts: [idlePost, poweredPost] },
    { name: `批量丁${tag}`, status: 'suspended', certificateNumber: `NM${tag}03`, posts: [idlePost], department: countyMarket },
  ];
}

/** A record as the console shows it, without what differs by nature between two writes. */
function comparable(record: Row, tag: string): Row {
  const { id: _id, createdAt: _c, updatedAt: _u, publishedAt: _p, ...rest } = record;
  if (Array.isArray(rest.certificateHistory)) rest.certificateHistory = (rest.certificateHistory as Row[]).map(({ at: _at, ...entry }) => entry);
  return JSON.parse(JSON.stringify(rest).split(tag).join('TAG')) as Row;
}

async function consoleRecord(username: string, resource: string, id: string): Promise<Row> {
  const res = await app.http().get(`/console-api/${resource}/${id}`).set('Authorization', await app.bearer(username));
  expect(res.status).toBe(200);
  return res.body as Row;
}

/** The create audit row of a record, as stored, without its time and ids. */
async function createAudit(recordId: string, tag: string): Promise<Row> {
  const rows = await auditRows(app.strapi, { recordId, action: 'create' });
  expect(rows).toHaveLength(1);
  const { id: _id, at: _at, documentId: _d, createdAt: _c, updatedAt: _u, publishedAt: _p, recordId: _r, ...rest } = rows[0] as unknown as Row;
  const changes = rest.changes as Record<string, { before: unknown; after: unknown }>;
  const history = changes.certificateHistory?.after;
  if (Array.isArray(history)) changes.certificateHistory.after = (history as Row[]).map(({ at: _at2, ...entry }) => entry);
  return JSON.parse(JSON.stringify(rest).split(tag).join('TAG')) as Row;
}

async function committedOfficers(path: Path, tag: string): Promise<{ records: Row[]; audits: Row[]; ids: string[] }> {
  const before = await tableCounts();
  const report = await reportOf(path, EDITOR, 'officers', goodOfficerRows(tag), true);
  expect(report).toMatchObject({ total: 4, passed: 4, failed: 0, committed: true });
  const ids = report.rows.map((r) => String(r.id));
  const after = await tableCounts();
  expect(after.officers - before.officers).toBe(4);
  expect(after.audit - before.audit).toBe(4);
  const records: Row[] = [];
  const audits: Row[] = [];
  for (const id of ids) {
    audits.push(await createAudit(id, tag));
    records.push(comparable(await consoleRecord(EDITOR, 'officers', id), tag));
  }
  return { records, audits, ids };
}

/** Columns that differ between two writes of the same data by nature: keys, times, the tag, sealed personal information (a nonce each). */
const VARYING = /^(id|document_id|created_at|updated_at|published_at|at|record_id|name|certificate_number|certificate_history|id_number|phone|after|changes|officer_id|officer_ord|.*_hash)$/;

/** The stored rows of a table for these officers as SQL gives them: which columns are filled, and the values of those that do not vary. */
async function storedColumns(sql: string, ids: string[]): Promise<{ filled: string[]; values: Row }[]> {
  const result = (await app.strapi.db.connection.raw(sql, [ids])) as { rows: Row[] };
  return result.rows.map((r) => ({
    filled: Object.keys(r).filter((k) => r[k] !== null).sort(),
    values: Object.fromEntries(Object.entries(r).filter(([k]) => !VARYING.test(k))),
  }));
}

const OFFICER_TABLES = {
  officers: 'SELECT o.* FROM officers o JOIN unnest(?::text[]) WITH ORDINALITY AS i(d, n) ON i.d = o.document_id ORDER BY i.n',
  departments: 'SELECT l.* FROM officers_department_lnk l JOIN officers o ON o.id = l.officer_id JOIN unnest(?::text[]) WITH ORDINALITY AS i(d, n) ON i.d = o.document_id ORDER BY i.n, l.id',
  posts: 'SELECT l.* FROM officers_posts_lnk l JOIN officers o ON o.id = l.officer_id JOIN unnest(?::text[]) WITH ORDINALITY AS i(d, n) ON i.d = o.document_id ORDER BY i.n, l.id',
  audits: 'SELECT a.* FROM audit_logs a JOIN unnest(?::text[]) WITH ORDINALITY AS i(d, n) ON i.d = a.record_id WHERE a.action = \'create\' ORDER BY i.n',
};

test('officers committed by both paths are stored and audited alike', async () => {
  const byRow = await committedOfficers('rows', 'RBR');
  const bulk = await committedOfficers('bulk', 'BLK');
  expect(bulk.records).toEqual(byRow.records);
  expect(bulk.audits).toEqual(byRow.audits);
  // Issue 17: the set-based writer's unnest statements fill the same columns with the same values as
  // the document service does (officers, their links, their audit rows), seen in SQL, not through Strapi.
  for (const [table, sql] of Object.entries(OFFICER_TABLES)) {
    const written = await storedColumns(sql, bulk.ids);
    expect([table, written.length > 0]).toEqual([table, true]);
    expect([table, written]).toEqual([table, await storedColumns(sql, byRow.ids)]);
  }
  // What the rules add, checked once on their own: department by default, posts once each,
  // the register entry instead of the client's history, the review date from the issue date.
  expect(bulk.records[0]).toMatchObject({
    department: countyMarket,
    posts: [poweredPost, idlePost],
    certificateReviewedAt: '2024-03-01',
    idNumber: '15010219900101001X',
    certificateHistory: [{ action: 'register', from: 'none', to: 'valid', actor: EDITOR, certificateNumber: 'NMTAG01' }],
  });
  expect(bulk.records[2]).toMatchObject({ certificateReviewedAt: '2025-01-01', posts: [idlePost, poweredPost] });
  // Art. 21: the audit trail holds personal information masked.
  expect(JSON.stringify(bulk.audits[0])).not.toContain('15010219900101001X');
});

test('two sheets committed at once that share a certificate number: one commits, the other names the row', async () => {
  const sheet = (tag: string): Row[] => Array.from({ length: 300 }, (_, i) => ({ name: `并发${tag}${i}`, status: 'valid', certificateNumber: i === 150 ? 'NMSHARED01' : `NMCC${tag}${i}` }));
  const [a, b] = await Promise.all([reportOf('bulk', EDITOR, 'officers', sheet('A'), true), reportOf('bulk', EDITOR, 'officers', sheet('B'), true)]);
  expect([a.committed, b.committed].sort()).toEqual([false, true]);
  const refused = a.committed ? b : a;
  expect(refused).toMatchObject({ passed: 299, failed: 1 });
  expect(refused.rows[150]).toMatchObject({ ok: false, code: 'VALIDATION', errors: { certificateNumber: ['该值已存在，须唯一'] } });
  expect(await count(app.strapi, OFFICER, { certificateNumber: 'NMSHARED01' })).toBe(1);
});

// ---- the region catalogue: drafts with components --------------------------------------------------

function catalogueRows(tag: string): Row[] {
  return [
    { code: `BK${tag}1`, name: `批量目录${tag}`, type: 'inspection', tiers: ['region', 'county'], remarks: '备注', bases: [{ kind: 'setting', legalBasis: foodSafetyLaw, articles: '第一条' }, { legalBasis: foodSafetyLaw, excerpt: '摘录' }, { kind: 'supervising' }] },
    { name: `无编码草稿${tag}` }, // a draft may be incomplete
  ];
}

const badCatalogueRows = (): Row[] => [
  ...catalogueRows('BAD'),
  { code: 'BKX3', name: '类型错误', type: 'bogus' },
  { code: 'BKX4', name: '名'.repeat(201), type: 'penalty' },
  { code: 'BKX5', name: '依据不存在', type: 'penalty', bases: [{ legalBasis: 'zzzznosuchlegalbasis0000' }] },
  { code: 'BKX6', name: '依据类型错误', type: 'penalty', bases: [{ kind: 'bogus' }] },
];

test.each([false, true])('catalogue items, bad rows: the same report on both paths (commit %s), and nothing written', async (commit) => {
  const before = await tableCounts();
  const byRow = await reportOf('rows', MAINTAINER, 'catalogue-items', badCatalogueRows(), commit);
  const bulk = await reportOf('bulk', MAINTAINER, 'catalogue-items', badCatalogueRows(), commit);
  expect(await tableCounts()).toEqual(before);
  expect(bulk.rows.map((r) => [r.ok, r.code, Object.keys(r.errors ?? {})])).toEqual([
    [true, undefined, []],
    [true, undefined, []],
    [false, 'INVALID_FIELD', ['type']],
    [false, 'TEXT_TOO_LONG', ['name']],
    [false, 'VALIDATION', []],
    [false, 'INVALID_FIELD', ['bases.0.kind']],
  ]);
  expect(bulk).toEqual(byRow);
});

test('catalogue items outside the maintainers\' scope are refused alike on both paths', async () => {
  const rows = [...catalogueRows('OUT'), { code: 'BKY', type: 'bogus' }];
  const byRow = await reportOf('rows', 'county-justice-reviewer', 'catalogue-items', rows, true);
  const bulk = await reportOf('bulk', 'county-justice-reviewer', 'catalogue-items', rows, true);
  expect(bulk.rows.map((r) => [r.code, Object.keys(r.errors ?? {})])).toEqual([['SCOPE_FORBIDDEN', ['id']], ['SCOPE_FORBIDDEN', ['id']], ['INVALID_FIELD', ['type']]]);
  expect(bulk).toEqual(byRow);
});

test('catalogue items committed by both paths are stored as drafts alike, components included', async () => {
  const committed = async (path: Path, tag: string) => {
    const before = await tableCounts();
    const report = await reportOf(path, MAINTAINER, 'catalogue-items', catalogueRows(tag), true);
    expect(report.committed).toBe(true);
    const after = await tableCounts();
    expect([after.catalogue - before.catalogue, after.citations - before.citations, after.catalogueComponents - before.catalogueComponents, after.citationBases - before.citationBases, after.audit - before.audit]).toEqual([2, 3, 3, 2, 2]);
    const ids = report.rows.map((r) => String(r.id));
    for (const id of ids) expect(await count(app.strapi, CATALOGUE, { documentId: id, publishedAt: { $null: true } })).toBe(1);
    return {
      records: await Promise.all(ids.map(async (id) => comparable(await consoleRecord(MAINTAINER, 'catalogue-items', id), tag))),
      audits: await Promise.all(ids.map((id) => createAudit(id, tag))),
    };
  };
  const byRow = await committed('rows', 'RBR');
  const bulk = await committed('bulk', 'BLK');
  expect(bulk).toEqual(byRow);
  expect(bulk.records[0].bases).toEqual([
    { kind: 'setting', legalBasis: foodSafetyLaw, articles: '第一条', excerpt: null },
    { kind: 'setting', legalBasis: foodSafetyLaw, articles: null, excerpt: '摘录' },
    { kind: 'supervising', legalBasis: null, articles: null, excerpt: null },
  ]);
});

// ---- all or nothing ------------------------------------------------------------------------------

/** Runs `work` with Strapi's error log captured: the refused INSERT is logged with its whole statement. */
async function expectLoggedError(work: () => Promise<void>): Promise<void> {
  const logged = jest.spyOn(app.strapi.log, 'error').mockImplementation(() => app.strapi.log);
  try {
    await work();
    expect(logged).toHaveBeenCalled();
  } finally {
    logged.mockRestore();
  }
}

test('a commit the database refuses half-way (the 3,000th officer) leaves no officer, link row or audit row', async () => {
  const trigger = `CREATE OR REPLACE FUNCTION nmg_test_refuse() RETURNS trigger AS $$ BEGIN
    IF NEW.name = '回滚人员3000' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
    CREATE TRIGGER nmg_test_refuse BEFORE INSERT ON officers FOR EACH ROW EXECUTE FUNCTION nmg_test_refuse();`;
  await app.strapi.db.connection.raw(trigger);
  try {
    const before = await tableCounts();
    const flags = await count(app.strapi, POST, { certificateLapsed: true });
    const rows = Array.from({ length: 3000 }, (_, i) => ({ name: `回滚人员${i + 1}`, status: 'valid', certificateNumber: `NMRB${i + 1}`, certificateExpiresAt: '2030-01-01', posts: [poweredPost, idlePost] }));
    const preview = await reportOf('bulk', EDITOR, 'officers', rows, false);
    expect(preview).toMatchObject({ passed: 3000, committed: false });
    await expectLoggedError(async () => {
      const res = await importAs('bulk', EDITOR, 'officers', rows, true);
      expect(res.status).toBe(500);
    });
    expect(await tableCounts()).toEqual(before);
    expect(await count(app.strapi, POST, { certificateLapsed: true })).toBe(flags);
  } finally {
    await app.strapi.db.connection.raw('DROP TRIGGER nmg_test_refuse ON officers; DROP FUNCTION nmg_test_refuse();');
  }
});

test('a commit refused at its last statement (the audit rows) leaves no catalogue item, component or link row', async () => {
  const trigger = `CREATE OR REPLACE FUNCTION nmg_test_refuse() RETURNS trigger AS $$ BEGIN
    IF NEW.resource = 'api::catalogue-item.catalogue-item' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
    CREATE TRIGGER nmg_test_refuse BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION nmg_test_refuse();`;
  await app.strapi.db.connection.raw(trigger);
  try {
    const before = await tableCounts();
    await expectLoggedError(async () => {
      const res = await importAs('bulk', MAINTAINER, 'catalogue-items', catalogueRows('TRG'), true);
      expect(res.status).toBe(500);
    });
    expect(await tableCounts()).toEqual(before);
  } finally {
    await app.strapi.db.connection.raw('DROP TRIGGER nmg_test_refuse ON audit_logs; DROP FUNCTION nmg_test_refuse();');
  }
});

// Issue 17: the validator built once per schema (compiled-validator.ts) answers each row exactly as
// Strapi's validateEntityCreation, which builds it per call: the same values, or the same errors.
test('the compiled creation validator gives Strapi\'s own answer, row by row: officers, powers and their component items', async () => {
  const outcome = async (work: () => Promise<unknown>): Promise<unknown> => {
    try {
      // A default computed at validation (publishedAt: now) is compared by its type, not its millisecond.
      const values = await work();
      return { values: values && typeof values === 'object' ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v instanceof Date ? 'a Date' : v])) : values };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error), details: (error as { details?: unknown }).details };
    }
  };
  const noUnique = (model: ModelLike): ModelLike => ({ ...model, attributes: Object.fromEntries(Object.entries(model.attributes).filter(([, a]) => a.type !== 'relation' && a.type !== 'component').map(([k, a]) => [k, { ...a, unique: false }])) });
  const cases: [string, Row[]][] = [
    [OFFICER, [
      { name: '张三', certificateNumber: 'NM001', certificateIssuedAt: '2024-03-01', certificateExpiresAt: '2029-02-28', status: 'valid' },
      { name: '', status: 'valid' },
      { name: 'x'.repeat(300), status: 'nonsense', certificateIssuedAt: 12 },
      { status: null },
      {},
    ]],
    ['api::power.power', [
      { code: 'P-1', name: '行政处罚', type: 'penalty', status: 'valid', statutoryMin: 200, statutoryMax: '5000' },
      { code: null, name: 42, type: 'unknown', statutoryMin: 'abc' },
      { name: '事项', tier: 'county', remarks: 'y'.repeat(70000) },
    ]],
    ['power.responsibility-step', [{ step: '立案', content: '依法立案' }, { step: '' }, { step: 'z'.repeat(300), basis: 5 }]],
    ['power.discretion-standard', [{ level: 1, min: 0, max: 100 }, { level: 1.5, min: 'x' }, {}]],
  ];
  let compiledModels = 0;
  for (const [uid, rows] of cases) {
    const model = noUnique(modelOf(app.strapi, uid));
    const compiled = compileCreationValidator(model, false);
    if (compiled) compiledModels += 1;
    for (const row of rows) {
      const expected = await outcome(() => validateRuntimeCreation(app.strapi, model, row, { isDraft: false, strictRelations: false }));
      expect([uid, row, await outcome(() => (compiled ?? (() => Promise.resolve(null)))(row))]).toEqual([uid, row, expected]);
    }
  }
  expect(compiledModels).toBe(cases.length);
});
