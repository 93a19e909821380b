// Scope matrix (第五条 supervision of the subtree; ARCHITECTURE "Roles"): every league role against
// records of its own organisation, a sibling department, another league, its parent (region) and a
// child (county), for read, list, create, update and delete through /console-api.
// Department roles see only their own department; justice-reviewer, gov-admin and viewer see the
// subtree of 锡林郭勒盟 (its departments and counties, not the region nor 呼和浩特市). Departments are
// reference data: everyone reads them all, gov-admin writes only inside its subtree.
import type { UID } from '@strapi/strapi';
import { bootApp, type TestApp } from '../helpers/app';
import { AGENCY, DEPARTMENT, OFFICER, POWER, ROLES, auditCount, count, department, findOne, government, iso, legalBasis, type Role, type Row } from '../helpers/data';
import { totalOf, type ConsoleErrorBody } from '../helpers/expect';

type Org = 'own' | 'sibling' | 'otherLeague' | 'parent' | 'child';
type Op = 'read' | 'create' | 'update' | 'delete';
type Resource = 'agencies' | 'officers' | 'powers' | 'departments';

const ORG_KEYS: Org[] = ['own', 'sibling', 'otherLeague', 'parent', 'child'];
const ORGS: Record<Org, { label: string; department: string; government: string }> = {
  own: { label: '本级 锡林郭勒盟市场监督管理局', department: '锡林郭勒盟市场监督管理局', government: '锡林郭勒盟' },
  sibling: { label: '同级部门 锡林郭勒盟生态环境局', department: '锡林郭勒盟生态环境局', government: '锡林郭勒盟' },
  otherLeague: { label: '其他盟市 呼和浩特市', department: '呼和浩特市市场监督管理局（范围测试）', government: '呼和浩特市' },
  parent: { label: '上级 内蒙古自治区市场监督管理局', department: '内蒙古自治区市场监督管理局', government: '内蒙古自治区' },
  child: { label: '下级 锡林浩特市市场监督管理局', department: '锡林浩特市市场监督管理局', government: '锡林浩特市' },
};
const SUBTREE_ROLES: Role[] = ['justice-reviewer', 'gov-admin', 'viewer'];
const inScope = (role: Role, org: Org): boolean => (SUBTREE_ROLES.includes(role) ? ['own', 'sibling', 'child'].includes(org) : org === 'own');

interface Spec {
  uid: string;
  /** Reference data: every signed-in user reads every record. */
  reference: boolean;
  /** The relation that places a record in an organisation. */
  anchor: 'department' | 'government';
  /** Expected permissions (config/roles.json). */
  may: Record<Role, Op[]>;
  writes: boolean;
  fresh: (org: Org, name: string) => Row;
}

const ids = {} as Record<Org, { department: string; government: string }>;
const samples = {} as Record<Resource, Record<Org, string>>;

const SPECS: Record<Resource, Spec> = {
  agencies: {
    uid: AGENCY, reference: false, anchor: 'department', writes: true,
    may: { 'dept-editor': ['read', 'create', 'update', 'delete'], 'dept-head': ['read', 'create', 'update', 'delete'], 'justice-reviewer': ['read'], 'gov-admin': ['read', 'create', 'update', 'delete'], viewer: ['read'] },
    fresh: (org, name) => ({ name, department: ids[org].department }),
  },
  officers: {
    uid: OFFICER, reference: false, anchor: 'department', writes: true,
    may: { 'dept-editor': ['read', 'create', 'update', 'delete'], 'dept-head': ['read', 'create', 'update'], 'justice-reviewer': ['read'], 'gov-admin': ['read'], viewer: ['read'] },
    fresh: (org, name) => ({ name, department: ids[org].department, status: 'valid' }),
  },
  powers: {
    uid: POWER, reference: false, anchor: 'department', writes: false,
    may: { 'dept-editor': ['read'], 'dept-head': ['read'], 'justice-reviewer': ['read'], 'gov-admin': ['read'], viewer: ['read'] },
    fresh: () => ({}),
  },
  departments: {
    uid: DEPARTMENT, reference: true, anchor: 'government', writes: true,
    may: { 'dept-editor': ['read'], 'dept-head': ['read'], 'justice-reviewer': ['read'], 'gov-admin': ['read', 'create', 'update', 'delete'], viewer: ['read'] },
    fresh: (org, name) => ({ name, government: ids[org].government, isJustice: false, kind: 'government-department' }),
  },
};

type Outcome = 'ok' | 'ROLE_FORBIDDEN' | 'out-of-scope';
function outcome(resource: Resource, role: Role, org: Org, op: Op): Outcome {
  const spec = SPECS[resource];
  if (!spec.may[role].includes(op)) return 'ROLE_FORBIDDEN';
  if (op === 'read' && spec.reference) return 'ok';
  return inScope(role, org) ? 'ok' : 'out-of-scope';
}

let app: TestApp;
let serial = 0;
const tag = (what: string): string => `范围测试${what}${(serial += 1)}`;
const auth = (role: Role): Promise<string> => app.bearer(`league-${role}`);
const audits = (where: Row = {}): Promise<number> => auditCount(app.strapi, where);

async function make(uid: string, data: Row): Promise<string> {
  const created: unknown = await app.strapi.documents(uid as UID.ContentType).create({ data });
  return String((created as Row).documentId);
}

beforeAll(async () => {
  app = await bootApp();
  const s = app.strapi;
  const hohhot = await government(s, '呼和浩特市');
  // Another league's data, created by the server itself (no request: no scope applies).
  await make(DEPARTMENT, { name: ORGS.otherLeague.department, government: hohhot, isJustice: false, kind: 'government-department' });
  for (const org of ORG_KEYS) ids[org] = { department: await department(s, ORGS[org].department), government: await government(s, ORGS[org].government) };
  const basis = await legalBasis(s, '中华人民共和国食品安全法');
  await make(POWER, {
    department: ids.otherLeague.department, code: 'SC-JC-001', name: '对食品生产经营者的监督检查', type: 'inspection', tier: 'league', status: 'valid',
    bases: [{ kind: 'setting', legalBasis: basis, articles: '第一百一十条' }],
  });
  samples.agencies = {} as Record<Org, string>;
  samples.officers = {} as Record<Org, string>;
  samples.powers = {} as Record<Org, string>;
  samples.departments = {} as Record<Org, string>;
  for (const org of ORG_KEYS) {
    samples.agencies[org] = await make(SPECS.agencies.uid, SPECS.agencies.fresh(org, tag('机构')));
    samples.officers[org] = await make(SPECS.officers.uid, { ...SPECS.officers.fresh(org, tag('人员')), idNumber: '150102199001011234', phone: '13900000000' });
    samples.powers[org] = String((await findOne(s, SPECS.powers.uid, { department: { documentId: ids[org].department } })).documentId);
    samples.departments[org] = ids[org].department;
  }
});
afterAll(async () => {
  await app.close();
});

const RESOURCES = Object.keys(SPECS) as Resource[];
const cases = (ops: Op[]) =>
  RESOURCES.flatMap((resource) =>
    ops.filter((op) => op === 'read' || SPECS[resource].writes).flatMap((op) =>
      ROLES.flatMap((role) => ORG_KEYS.map((org) => ({ resource, op, role, org, label: ORGS[org].label, expected: outcome(resource, role, org, op) }))),
    ),
  );

function expectRefusal(status: number, body: ConsoleErrorBody, expected: Outcome, notFoundOnScope: boolean, field: string): void {
  if (expected === 'ROLE_FORBIDDEN') {
    expect(status).toBe(403);
    expect(body.code).toBe('ROLE_FORBIDDEN');
  } else if (notFoundOnScope) {
    expect(status).toBe(404);
    expect(body.code).toBe('NOT_FOUND');
  } else {
    expect(status).toBe(403);
    expect(body.code).toBe('SCOPE_FORBIDDEN');
    expect(Object.keys(body.errors)).toContain(field);
  }
}

describe('read: GET /console-api/<resource>/:id', () => {
  test.each(cases(['read']))('$resource · league-$role × $label → $expected', async ({ resource, role, org, expected }) => {
    const id = samples[resource][org];
    const res = await app.http().get(`/console-api/${resource}/${id}`).set('Authorization', await auth(role));
    if (expected === 'ok') {
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(id);
    } else {
      expectRefusal(res.status, res.body as ConsoleErrorBody, expected, true, 'id');
    }
  });
});

describe('list: GET /console-api/<resource>?filter={anchor} — Content-Range counts only visible rows', () => {
  test.each(cases(['read']))('$resource · league-$role × $label → $expected', async ({ resource, role, org, expected }) => {
    const spec = SPECS[resource];
    const anchorId = ids[org][spec.anchor];
    const res = await app.http().get(`/console-api/${resource}`)
      .query({ filter: JSON.stringify({ [spec.anchor]: anchorId }), range: '[0,999]', sort: '["id","ASC"]' })
      .set('Authorization', await auth(role));
    expect(res.status).toBe(200);
    const rows = res.body as Row[];
    const listed = rows.map((r) => r.id);
    if (expected === 'ok') {
      const stored = await count(app.strapi, spec.uid, { [spec.anchor]: { documentId: anchorId } });
      expect(stored).toBeGreaterThan(0);
      expect(totalOf(res.headers['content-range'])).toBe(stored);
      expect(rows).toHaveLength(stored);
      expect(listed).toContain(samples[resource][org]);
      expect(rows.every((r) => r[spec.anchor] === anchorId)).toBe(true);
    } else {
      expect(totalOf(res.headers['content-range'])).toBe(0);
      expect(rows).toEqual([]);
    }
  });

  test.each(ROLES)('agencies, officers, powers · league-%s: unfiltered total equals the rows in its scope', async (role) => {
    const where: Row = SUBTREE_ROLES.includes(role)
      ? { department: { government: { code: { $startsWith: '1525' } } } }
      : { department: { documentId: ids.own.department } };
    for (const resource of ['agencies', 'officers', 'powers'] as const) {
      const res = await app.http().get(`/console-api/${resource}`).query({ range: '[0,999]' }).set('Authorization', await auth(role));
      expect(res.status).toBe(200);
      const stored = await count(app.strapi, SPECS[resource].uid, where);
      expect(totalOf(res.headers['content-range'])).toBe(stored);
      expect((res.body as Row[]).length).toBe(stored);
    }
  });
});

describe('create: POST /console-api/<resource> placed in the organisation', () => {
  test.each(cases(['create']))('$resource · league-$role × $label → $expected', async ({ resource, role, org, expected }) => {
    const spec = SPECS[resource];
    const name = tag('新建');
    const auditsBefore = await audits();
    const res = await app.http().post(`/console-api/${resource}`).set('Authorization', await auth(role)).send(spec.fresh(org, name));
    if (expected === 'ok') {
      expect(res.status).toBe(201);
      expect(res.body[spec.anchor]).toBe(ids[org][spec.anchor]);
      const row = await findOne(app.strapi, spec.uid, { name }, { [spec.anchor]: true });
      expect((row[spec.anchor] as Row).documentId).toBe(ids[org][spec.anchor]);
      expect(await audits({ action: 'create', recordId: res.body.id, actor: `league-${role}` })).toBe(1);
    } else {
      expectRefusal(res.status, res.body as ConsoleErrorBody, expected, false, spec.anchor);
      expect(await count(app.strapi, spec.uid, { name })).toBe(0);
      expect(await audits()).toBe(auditsBefore);
    }
  });
});

describe('update: PUT /console-api/<resource>/:id with the updatedAt read', () => {
  test.each(cases(['update']))('$resource · league-$role × $label → $expected', async ({ resource, role, org, expected }) => {
    const spec = SPECS[resource];
    const original = tag('原名');
    const id = await make(spec.uid, spec.fresh(org, original));
    const stored = await findOne(app.strapi, spec.uid, { documentId: id });
    const updatedAt = iso(stored.updatedAt);
    const renamed = tag('改名');
    const auditsBefore = await audits();
    const res = await app.http().put(`/console-api/${resource}/${id}`).set('Authorization', await auth(role)).send({ name: renamed, updatedAt });
    const after = await findOne(app.strapi, spec.uid, { documentId: id });
    if (expected === 'ok') {
      expect(res.status).toBe(200);
      expect(res.body.name).toBe(renamed);
      expect(after.name).toBe(renamed);
      expect(await audits({ action: 'update', recordId: id, actor: `league-${role}` })).toBe(1);
    } else {
      expectRefusal(res.status, res.body as ConsoleErrorBody, expected, true, 'id');
      expect(after.name).toBe(original);
      expect(iso(after.updatedAt)).toBe(updatedAt);
      expect(await audits()).toBe(auditsBefore);
    }
  });
});

describe('delete: DELETE /console-api/<resource>/:id', () => {
  test.each(cases(['delete']))('$resource · league-$role × $label → $expected', async ({ resource, role, org, expected }) => {
    const spec = SPECS[resource];
    const id = await make(spec.uid, spec.fresh(org, tag('待删')));
    const auditsBefore = await audits();
    const res = await app.http().delete(`/console-api/${resource}/${id}`).set('Authorization', await auth(role));
    if (expected === 'ok') {
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(id);
      expect(await count(app.strapi, spec.uid, { documentId: id })).toBe(0);
      expect(await audits({ action: 'delete', recordId: id, actor: `league-${role}` })).toBe(1);
    } else {
      expectRefusal(res.status, res.body as ConsoleErrorBody, expected, true, 'id');
      expect(await count(app.strapi, spec.uid, { documentId: id })).toBe(1);
      expect(await audits()).toBe(auditsBefore);
    }
  });
});
