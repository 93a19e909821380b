// Scope of personal information (第二十一条 PII_PROTECTED), of counts and of list filters on
// /console-api: lists mask officers' identity numbers, a single read shows them and is logged, a
// read outside the scope logs nothing, totals count only visible rows, and filters cannot widen scope.
import { bootApp, type TestApp } from '../helpers/app';
import { AGENCY, OFFICER, ROLES, auditCount, count, department, findOne, type Row } from '../helpers/data';
import { totalOf, type ConsoleErrorBody } from '../helpers/expect';

let app: TestApp;
let leagueMarket: string;
let countyMarket: string;
let countyTransport: string;
let secondCountyMarket: string;
let region: string;

const officersOf = async (departmentId: string): Promise<Row[]> =>
  (await app.strapi.db.query(OFFICER).findMany({ where: { department: { documentId: departmentId } }, orderBy: { id: 'asc' } })) as Row[];

beforeAll(async () => {
  app = await bootApp();
  leagueMarket = await department(app.strapi, '锡林郭勒盟市场监督管理局');
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
  countyTransport = await department(app.strapi, '锡林浩特市交通运输局');
  secondCountyMarket = await department(app.strapi, '二连浩特市市场监督管理局');
  region = await department(app.strapi, '内蒙古自治区市场监督管理局');
});
afterAll(async () => {
  await app.close();
});

describe('第二十一条 PII_PROTECTED: officers in lists and single reads', () => {
  test.each(ROLES)('第二十一条 PII_PROTECTED: league-%s lists league officers with idNumber and phone masked', async (role) => {
    const stored = await officersOf(leagueMarket);
    const res = await app.http().get('/console-api/officers')
      .query({ filter: JSON.stringify({ department: leagueMarket }), range: '[0,99]' })
      .set('Authorization', await app.bearer(`league-${role}`));
    expect(res.status).toBe(200);
    const rows = res.body as Row[];
    expect(rows).toHaveLength(stored.length);
    for (const row of rows) {
      const original = stored.find((o) => o.documentId === row.id);
      expect(original).toBeDefined();
      expect(typeof original?.idNumber).toBe('string');
      expect(row.idNumber).not.toBe(original?.idNumber);
      expect(String(row.idNumber)).toMatch(/^\d{4}\*{10}\d{3}[\dXx]$/);
      expect(row.phone).not.toBe(original?.phone);
      expect(String(row.phone)).toContain('*');
    }
  });

  test.each(ROLES)('第二十一条 PII_PROTECTED: league-%s reads one officer in full and the read is logged as read-personal-info', async (role) => {
    const [officer] = await officersOf(leagueMarket);
    const id = String(officer.documentId);
    const where = { action: 'read-personal-info', recordId: id, actor: `league-${role}`, resource: OFFICER };
    const before = await auditCount(app.strapi, where);
    const res = await app.http().get(`/console-api/officers/${id}`).set('Authorization', await app.bearer(`league-${role}`));
    expect(res.status).toBe(200);
    expect(res.body.idNumber).toBe(officer.idNumber);
    expect(res.body.phone).toBe(officer.phone);
    expect(await auditCount(app.strapi, where)).toBe(before + 1);
  });

  test.each(ROLES)('第二十一条 PII_PROTECTED: league-%s reading the region\'s officer gets 404 and nothing is logged', async (role) => {
    const [officer] = await officersOf(region);
    const id = String(officer.documentId);
    const before = await auditCount(app.strapi);
    const res = await app.http().get(`/console-api/officers/${id}`).set('Authorization', await app.bearer(`league-${role}`));
    expect(res.status).toBe(404);
    expect((res.body as ConsoleErrorBody).code).toBe('NOT_FOUND');
    expect(JSON.stringify(res.body)).not.toContain(String(officer.idNumber));
    expect(await auditCount(app.strapi)).toBe(before);
  });

  test('第二十一条 PII_PROTECTED: a department editor cannot sort or filter by the private idNumber', async () => {
    const token = await app.bearer('county-dept-editor');
    const sorted = await app.http().get('/console-api/officers').query({ sort: '["idNumber","ASC"]' }).set('Authorization', token);
    expect(sorted.status).toBe(400);
    expect((sorted.body as ConsoleErrorBody).code).toBe('INVALID_SORT');
    const filtered = await app.http().get('/console-api/officers').query({ filter: JSON.stringify({ idNumber_q: '1525' }) }).set('Authorization', token);
    expect(filtered.status).toBe(400);
    expect((filtered.body as ConsoleErrorBody).code).toBe('INVALID_FILTER');
    expect(Object.keys((filtered.body as ConsoleErrorBody).errors)).toContain('idNumber_q');
  });
});

describe('counts: Content-Range totals count only visible rows', () => {
  test('county-dept-editor: the officers total equals the officers of 锡林浩特市市场监督管理局 only', async () => {
    const own = await count(app.strapi, OFFICER, { department: { documentId: countyMarket } });
    expect(own).toBeGreaterThan(0);
    expect(await count(app.strapi, OFFICER)).toBeGreaterThan(own);
    const res = await app.http().get('/console-api/officers').query({ range: '[0,0]' }).set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(200);
    expect(totalOf(res.headers['content-range'])).toBe(own);
    expect(res.body).toHaveLength(1);
    const all = await app.http().get('/console-api/officers').query({ range: '[0,999]' }).set('Authorization', await app.bearer('county-dept-editor'));
    const ownIds = (await officersOf(countyMarket)).map((o) => o.documentId).sort();
    expect((all.body as Row[]).map((r) => r.id).sort()).toEqual(ownIds);
  });

  test('county-viewer: the officers total equals the officers of 锡林浩特市 departments only (not 二连浩特市, not the league)', async () => {
    const subtree = await count(app.strapi, OFFICER, { department: { government: { code: { $startsWith: '152502' } } } });
    const res = await app.http().get('/console-api/officers').query({ range: '[0,0]' }).set('Authorization', await app.bearer('county-viewer'));
    expect(res.status).toBe(200);
    expect(totalOf(res.headers['content-range'])).toBe(subtree);
    expect(subtree).toBe(
      (await count(app.strapi, OFFICER, { department: { documentId: countyMarket } })) + (await count(app.strapi, OFFICER, { department: { documentId: countyTransport } })),
    );
  });
});

describe('filters cannot widen scope', () => {
  test.each([
    ['锡林郭勒盟市场监督管理局 (parent)', () => leagueMarket],
    ['锡林浩特市交通运输局 (sibling)', () => countyTransport],
    ['二连浩特市市场监督管理局 (other county)', () => secondCountyMarket],
  ])('county-dept-editor: filter={"department":<%s>} returns 0 rows', async (_label, other) => {
    expect(await count(app.strapi, AGENCY, { department: { documentId: other() } })).toBeGreaterThan(0);
    const res = await app.http().get('/console-api/agencies')
      .query({ filter: JSON.stringify({ department: other() }), range: '[0,99]' })
      .set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(totalOf(res.headers['content-range'])).toBe(0);
  });

  test('county-dept-editor: getMany of another department\'s agencies by id returns 0 rows', async () => {
    const others = (await app.strapi.db.query(AGENCY).findMany({ where: { department: { documentId: leagueMarket } } })) as Row[];
    const res = await app.http().get('/console-api/agencies')
      .query({ filter: JSON.stringify({ id: others.map((a) => a.documentId) }) })
      .set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(totalOf(res.headers['content-range'])).toBe(0);
  });

  test.each([
    ['{"department":{"$ne":"x"}}', { department: { $ne: 'x' } }, 'department'],
    ['{"department":{"documentId":{"$ne":"x"}}}', { department: { documentId: { $ne: 'x' } } }, 'department'],
    ['{"$or":[{"department":"x"}]}', { $or: [{ department: 'x' }] }, '$or'],
  ])('county-dept-editor: operator injection filter=%s → 400 INVALID_FILTER', async (_label, filter, field) => {
    const res = await app.http().get('/console-api/agencies').query({ filter: JSON.stringify(filter) }).set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(400);
    const body = res.body as ConsoleErrorBody;
    expect(body.code).toBe('INVALID_FILTER');
    expect(Object.keys(body.errors)).toContain(field);
  });

  test('county-dept-editor: filter on a relation\'s field (department.government) is refused, not followed', async () => {
    const res = await app.http().get('/console-api/agencies')
      .query({ filter: JSON.stringify({ 'department.government': 'x' }) })
      .set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(400);
    expect((res.body as ConsoleErrorBody).code).toBe('INVALID_FILTER');
  });

  test('county-dept-editor: the own filter still lists its own agencies', async () => {
    const own = await count(app.strapi, AGENCY, { department: { documentId: countyMarket } });
    const res = await app.http().get('/console-api/agencies')
      .query({ filter: JSON.stringify({ department: countyMarket }) })
      .set('Authorization', await app.bearer('county-dept-editor'));
    expect(res.status).toBe(200);
    expect(totalOf(res.headers['content-range'])).toBe(own);
    expect((await findOne(app.strapi, AGENCY, { documentId: (res.body as Row[])[0].id }, { department: true })).department).toMatchObject({ documentId: countyMarket });
  });
});
