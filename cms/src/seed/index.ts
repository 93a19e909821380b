// Seeds the 116 region, league and county governments (townships on request), a justice
// department for each, and the demo data. Runs as the server itself (no request), so rules run but
// scope does not; it does nothing when governments already exist.
import type { Core, UID } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { isRow, type Row } from '../util/row';
import * as demo from './demo-data';
import { readDivisions } from './divisions';

export interface SeedOptions {
  divisionsCsv: string;
  townships?: boolean;
}

type Docs = ReturnType<Core.Strapi['documents']>;

async function create(strapi: Core.Strapi, uid: string, data: Row, extra: Row = {}): Promise<string> {
  const docs: Docs = strapi.documents(uid as UID.ContentType);
  const created: unknown = await docs.create({ data, ...extra });
  if (!isRow(created) || typeof created.documentId !== 'string') throw new Error(`seed: could not create ${uid}`);
  return created.documentId;
}

const justiceName = (government: string, tier: string): string => (tier === 'region' ? '内蒙古自治区司法厅' : `${government}司法局`);

async function seedGovernments(strapi: Core.Strapi, options: SeedOptions): Promise<Map<string, { id: string; justiceId: string; name: string }>> {
  const divisions = readDivisions(options.divisionsCsv).filter((d) => options.townships || d.tier !== 'township');
  const byCode = new Map<string, { id: string; justiceId: string; name: string }>();
  for (const d of divisions) {
    const parent = d.parentCode ? byCode.get(d.parentCode) : undefined;
    const id = await create(strapi, 'api::government.government', { name: d.name, code: d.code, tier: d.tier, parent: parent?.id ?? null });
    const justiceId = d.tier === 'township' ? '' : await create(strapi, 'api::department.department', { name: justiceName(d.name, d.tier), government: id, isJustice: true, kind: 'government-department' });
    byCode.set(d.code, { id, justiceId, name: d.name });
  }
  strapi.log.info(`[nmg] seeded ${divisions.length} governments with their justice departments`);
  return byCode;
}

async function seedLegalBases(strapi: Core.Strapi): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { key, ...basis } of demo.LEGAL_BASES) ids.set(key, await create(strapi, 'api::legal-basis.legal-basis', { ...basis }));
  return ids;
}

function discretionFor(statutory: [number, number]): Row[] {
  const [min, max] = statutory;
  const third = Math.round((max - min) / 3);
  return [
    { level: 1, levelName: '从轻', circumstance: '初次违法、危害后果轻微并及时改正', penaltyKind: '罚款', min, max: min + third, unit: '元' },
    { level: 2, levelName: '一般', circumstance: '违法情节一般', penaltyKind: '罚款', min: min + third, max: min + 2 * third, unit: '元' },
    { level: 3, levelName: '从重', circumstance: '多次违法或者造成严重后果', penaltyKind: '罚款', min: min + 2 * third, max, unit: '元' },
  ];
}

async function seedDepartment(strapi: Core.Strapi, seed: (typeof demo.DEMO_DEPARTMENTS)[number], governmentId: string, bases: Map<string, string>, catalogue: Map<string, string>, serial: { n: number }): Promise<string> {
  const config = regulationConfig().powerTypes;
  const departmentId = await create(strapi, 'api::department.department', { name: seed.name, government: governmentId, isJustice: false, kind: 'government-department' });
  const posts = new Map<string, { id: string; agencyId: string }>();
  for (const agency of demo.AGENCIES[seed.domain]) {
    const agencyId = await create(strapi, 'api::agency.agency', { name: agency.name, department: departmentId });
    for (const post of agency.posts) {
      const postId = await create(strapi, 'api::post.post', { name: post, agency: agencyId, responsibilities: `负责本岗位承担的${post.replace('岗', '')}工作，对办理结果承担直接责任。` });
      posts.set(post, { id: postId, agencyId });
      for (let i = 0; i < 2; i += 1) {
        serial.n += 1;
        const name = demo.OFFICER_NAMES[serial.n % demo.OFFICER_NAMES.length];
        await create(strapi, 'api::officer.officer', {
          name, department: departmentId, posts: [postId], status: 'valid',
          certificateNumber: `NM${String(150000 + serial.n).padStart(8, '0')}`,
          certificateIssuedAt: '2024-03-01', certificateExpiresAt: serial.n % 7 === 0 ? addDays(45) : '2029-02-28',
          enforcementCategories: [seed.domain === 'market' ? '市场监管' : seed.domain === 'ecology' ? '生态环境' : '交通运输'],
          idNumber: `1525021990${String(serial.n % 12 + 1).padStart(2, '0')}${String(10 + (serial.n % 18)).padStart(2, '0')}${String(1000 + serial.n).slice(-4)}`,
          phone: `1394790${String(serial.n).padStart(4, '0')}`,
        });
      }
    }
  }
  for (const item of demo.CATALOGUE.filter((c) => c.domain === seed.domain)) {
    const type = config.types.find((t) => t.key === item.type);
    const steps = (config.templates[type?.template ?? 'application'] ?? []).map((step) => ({ step, content: `依法履行${step}职责`, basis: '' }));
    const handle = posts.get(item.post);
    const review = item.legalReviewPost ? posts.get(item.legalReviewPost) : undefined;
    await create(strapi, 'api::power.power', {
      department: departmentId, catalogueItem: catalogue.get(item.code), code: `${item.code}`, name: item.name, type: item.type,
      tier: 'county', status: 'valid',
      bases: [{ kind: 'setting', legalBasis: bases.get(item.basis.key), articles: item.basis.articles }],
      steps, accountabilities: (demo.ACCOUNTABILITY[item.type] ?? demo.ACCOUNTABILITY.inspection).map((situation) => ({ situation, basis: '《中华人民共和国行政处罚法》第七十六条' })),
      legalTimeLimit: item.type === 'licensing' ? '20个工作日' : '90日', promisedTimeLimit: item.type === 'licensing' ? '10个工作日' : '60日',
      consultationPhone: '0479-8888000', supervisionPhone: '0479-12345',
      serviceGuide: type?.applicationBased ? `《${item.name}》办事指南：申请条件、申请材料、办理流程、办理时限、收费标准（不收费）。` : null,
      flowchart: type?.applicationBased ? steps.map((s) => s.step).join(' → ') : null,
      statutoryMin: item.statutory?.[0] ?? null, statutoryMax: item.statutory?.[1] ?? null,
      discretion: item.statutory ? discretionFor(item.statutory) : [],
      riskPoints: [{ step: steps[1]?.step ?? '审查', description: '审查不严或者人情审批', level: 'medium', measure: '实行审批与监管分离，全过程记录' }],
      decomposition: [
        ...(handle ? [{ agency: handle.agencyId, post: handle.id, role: 'handle' }] : []),
        ...(review ? [{ agency: review.agencyId, post: review.id, role: 'legal-review' }] : []),
      ],
    });
  }
  await create(strapi, 'api::responsibility-list.responsibility-list', { department: departmentId, title: `${seed.name}权责清单（2026年版）`, versionNumber: 1, state: 'draft' });
  return departmentId;
}

const addDays = (days: number): string => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

async function seedUsers(strapi: Core.Strapi, orgs: { tier: string; departmentId: string; justiceId: string; governmentId: string }[]): Promise<void> {
  const roles: unknown = await strapi.db.query('plugin::users-permissions.role').findMany({});
  const roleId = (type: string): number => Number((roles as Row[]).find((r) => r.type === type)?.id);
  const users = strapi.plugin('users-permissions').service('user') as unknown as { add(values: Row): Promise<unknown> };
  for (const org of orgs) {
    for (const def of regulationConfig().roles) {
      const organisation = def.type === 'justice-reviewer' ? { department: org.justiceId } : def.organisation === 'department' ? { department: org.departmentId } : { government: org.governmentId };
      await users.add({ username: `${org.tier}-${def.type}`, email: `${org.tier}-${def.type}@demo.nmg.local`, password: demo.DEMO_PASSWORD, provider: 'local', confirmed: true, blocked: false, role: roleId(def.type), displayName: `${def.name}（演示）`, ...organisation });
    }
  }
}

// Written through the query engine: admin::user.create also fires an unawaited metrics query that
// outlives a short-lived process (seed script, test template) and crashes it at shutdown.
async function seedAdmin(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.service('admin::role') as unknown as { getSuperAdmin(): Promise<Row | null> };
  const auth = strapi.service('admin::auth') as unknown as { hashPassword(password: string): Promise<string> };
  const superAdmin = await roleService.getSuperAdmin();
  const users = strapi.db.query('admin::user');
  if (!superAdmin || (await users.count({ where: { email: demo.DEMO_ADMIN.email } })) > 0) return;
  const { password, ...profile } = demo.DEMO_ADMIN;
  await users.create({ data: { ...profile, password: await auth.hashPassword(password), isActive: true, blocked: false, registrationToken: null, roles: [superAdmin.id] } });
}

export async function isSeeded(strapi: Core.Strapi): Promise<boolean> {
  return Number(await strapi.db.query('api::government.government').count({})) > 0;
}

/**
 * Production's only seed: the governments of the official division list with their justice
 * departments (reference data the first administrator needs), no demo departments, data or accounts.
 */
export async function seedReference(strapi: Core.Strapi, options: SeedOptions): Promise<boolean> {
  if (await isSeeded(strapi)) return false;
  await seedGovernments(strapi, options);
  return true;
}

export async function seedDemo(strapi: Core.Strapi, options: SeedOptions): Promise<boolean> {
  if (await isSeeded(strapi)) return false;
  const governments = await seedGovernments(strapi, options);
  const bases = await seedLegalBases(strapi);
  const catalogue = new Map<string, string>();
  for (const item of demo.CATALOGUE) {
    catalogue.set(item.code, await create(strapi, 'api::catalogue-item.catalogue-item', {
      code: item.code, name: item.name, type: item.type, tiers: ['region', 'league', 'county'],
      bases: [{ kind: 'setting', legalBasis: bases.get(item.basis.key), articles: item.basis.articles }],
    }, { status: 'published' }));
  }
  const serial = { n: 0 };
  const firstDepartment = new Map<string, string>();
  for (const seed of demo.DEMO_DEPARTMENTS) {
    const government = governments.get(seed.government);
    if (!government) throw new Error(`seed: government ${seed.government} missing`);
    const id = await seedDepartment(strapi, seed, government.id, bases, catalogue, serial);
    if (!firstDepartment.has(seed.government)) firstDepartment.set(seed.government, id);
  }
  const org = (tier: string, code: string) => {
    const g = governments.get(code);
    return { tier, departmentId: firstDepartment.get(code) ?? '', justiceId: g?.justiceId ?? '', governmentId: g?.id ?? '' };
  };
  await seedUsers(strapi, [org('region', demo.REGION), org('league', demo.LEAGUE), org('county', demo.COUNTY), org('county2', demo.SECOND_COUNTY)]);
  await seedAdmin(strapi);
  strapi.log.info('[nmg] demo data seeded');
  return true;
}

export { demo };
