// The department of the 5,000-item list, under 锡林浩特市 so that the city's justice reviewer
// reviews it (Art. 5). Written by the system (document service outside a request), so every rule
// runs on these writes as it does on the seed: one agency, one post with a defined responsibility
// and two certified officers (Art. 12, 19), and one complete template power per type (Art. 4, 9,
// 11, 13) that clone-powers.ts multiplies. Two accounts of the department take its steps over HTTP.
import type { Core, UID } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';

type Demo = typeof import('../../cms/src/seed/demo-data');

export const BIG_DEPARTMENT = '锡林浩特市行政执法基准测试局';
export const BIG_EDITOR = 'bench-dept-editor';
export const BIG_HEAD = 'bench-dept-head';

export interface BigDepartment {
  departmentId: string;
  listId: string;
  /** documentIds of the template powers, one per type. */
  templates: { type: string; documentId: string; code: string }[];
}

async function create(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): Promise<string> {
  const created = (await strapi.documents(uid as UID.ContentType).create({ data })) as { documentId?: unknown } | null;
  if (!created || typeof created.documentId !== 'string') throw new Error(`bench setup: could not create ${uid}`);
  return created.documentId;
}

async function documentIdWhere(strapi: Core.Strapi, uid: string, where: Record<string, unknown>): Promise<string> {
  const row = (await strapi.db.query(uid as UID.Schema).findOne({ where, select: ['documentId'] })) as { documentId?: unknown } | null;
  if (!row || typeof row.documentId !== 'string') throw new Error(`bench setup: ${uid} ${JSON.stringify(where)} not found`);
  return row.documentId;
}

function templatePower(type: 'penalty' | 'inspection', ids: { department: string; agency: string; post: string; law: string }, demo: Demo): Record<string, unknown> {
  const steps = (regulationConfig().powerTypes.templates[type] ?? []).map((step) => ({ step, content: `依法履行${step}职责`, basis: '' }));
  const penalty = type === 'penalty';
  return {
    department: ids.department,
    code: penalty ? 'BENCH-CF-0001' : 'BENCH-JC-0001',
    name: penalty ? '对生产经营不符合食品安全标准的食品的行政处罚（基准测试）' : '对食品生产经营者的监督检查（基准测试）',
    type,
    tier: 'county',
    status: 'valid',
    bases: [{ kind: 'setting', legalBasis: ids.law, articles: penalty ? '第一百二十四条' : '第一百一十条' }],
    steps,
    accountabilities: (demo.ACCOUNTABILITY[type] ?? []).map((situation) => ({ situation, basis: '《中华人民共和国行政处罚法》第七十六条' })),
    legalTimeLimit: '90日',
    promisedTimeLimit: '60日',
    consultationPhone: '0479-8888000',
    supervisionPhone: '0479-12345',
    statutoryMin: penalty ? 50000 : null,
    statutoryMax: penalty ? 100000 : null,
    discretion: penalty
      ? [
          { level: 1, levelName: '从轻', circumstance: '初次违法、危害后果轻微并及时改正', penaltyKind: '罚款', min: 50000, max: 66667, unit: '元' },
          { level: 2, levelName: '一般', circumstance: '违法情节一般', penaltyKind: '罚款', min: 66667, max: 83333, unit: '元' },
          { level: 3, levelName: '从重', circumstance: '多次违法或者造成严重后果', penaltyKind: '罚款', min: 83333, max: 100000, unit: '元' },
        ]
      : [],
    riskPoints: [{ step: steps[1]?.step ?? '审查', description: '检查或者调查不严、选择性执法', level: 'medium', measure: '全过程记录，法制审核' }],
    decomposition: [{ agency: ids.agency, post: ids.post, role: 'handle' }],
  };
}

async function addAccounts(strapi: Core.Strapi, departmentId: string, password: string): Promise<void> {
  const roles = (await strapi.db.query('plugin::users-permissions.role').findMany({ select: ['id', 'type'] })) as { id: number; type: string }[];
  const users = strapi.plugin('users-permissions').service('user') as unknown as { add(values: Record<string, unknown>): Promise<unknown> };
  for (const [username, role] of [[BIG_EDITOR, 'dept-editor'], [BIG_HEAD, 'dept-head']] as const) {
    const roleId = roles.find((r) => r.type === role)?.id;
    if (roleId === undefined) throw new Error(`bench setup: role ${role} missing`);
    await users.add({ username, email: `${username}@bench.nmg.local`, password, provider: 'local', confirmed: true, blocked: false, role: roleId, displayName: `${role}（基准测试）`, department: departmentId });
  }
}

export async function createBigDepartment(strapi: Core.Strapi, demo: Demo): Promise<BigDepartment> {
  const government = await documentIdWhere(strapi, 'api::government.government', { code: demo.COUNTY });
  const law = await documentIdWhere(strapi, 'api::legal-basis.legal-basis', { title: '中华人民共和国食品安全法' });
  const department = await create(strapi, 'api::department.department', { name: BIG_DEPARTMENT, government, isJustice: false, kind: 'government-department' });
  const agency = await create(strapi, 'api::agency.agency', { name: '综合行政执法大队', department });
  const post = await create(strapi, 'api::post.post', { name: '综合执法岗', agency, responsibilities: '负责本岗位承担的检查和处罚案件办理，对办理结果承担直接责任。' });
  for (const [i, name] of ['图门', '高娃'].entries()) {
    await create(strapi, 'api::officer.officer', {
      name, department, posts: [post], status: 'valid',
      certificateNumber: `NMBENCH${String(i + 1).padStart(4, '0')}`, certificateIssuedAt: '2024-03-01', certificateExpiresAt: '2029-02-28',
      enforcementCategories: ['市场监管'],
    });
  }
  const ids = { department, agency, post, law };
  const templates: BigDepartment['templates'] = [];
  for (const type of ['penalty', 'inspection'] as const) {
    const data = templatePower(type, ids, demo);
    templates.push({ type, documentId: await create(strapi, 'api::power.power', data), code: String(data.code) });
  }
  const listId = await create(strapi, 'api::responsibility-list.responsibility-list', { department, title: `${BIG_DEPARTMENT}权责清单（基准测试，5000项）`, versionNumber: 1, state: 'draft' });
  await addAccounts(strapi, department, demo.DEMO_PASSWORD);
  return { departmentId: department, listId, templates };
}
