// So that a fresh `npm start` shows chapters 3 and 4 working, not empty screens: the league's 2025
// assessment plan with three departments' results walked to published (Art. 22, 24, 25), and one
// open correction order in the county (Art. 27). Written as the server, so every rule still runs
// (weights add up, nine items, totals and grades computed, the steps of the configured workflow).
// Not part of the test template: the API tests count these records from a known empty start.
import type { Core } from '@strapi/strapi';
import { asRow, strOf } from '../util/row';
import { seedEducationDemo } from './education-demo';

const PLAN = 'api::assessment-plan.assessment-plan';
const ASSESSMENT = 'api::assessment.assessment';
const CASE = 'api::accountability-case.accountability-case';
const RECORD = 'api::enforcement-record.enforcement-record';

/** Department name → the nine item scores (within each item's weight in config/assessment.json). */
const RESULTS: Record<string, number[]> = {
  锡林郭勒盟生态环境局: [10, 14, 14, 9, 9, 9, 14, 9, 5],
  锡林郭勒盟交通运输局: [9, 13, 13, 8, 8, 7, 12, 8, 4],
  锡林郭勒盟市场监督管理局: [8, 12, 11, 6, 7, 6, 10, 7, 3],
};

async function idOf(strapi: Core.Strapi, uid: string, name: string): Promise<string | null> {
  return strOf(asRow(await strapi.db.query(uid).findOne({ where: { name }, select: ['documentId'] })), 'documentId');
}

const addDays = (date: Date, days: number): string => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export interface SupervisionDemo {
  publishedAssessments: number;
  openCases: number;
}

export async function seedSupervisionDemo(strapi: Core.Strapi, now: Date = new Date()): Promise<SupervisionDemo> {
  const league = await idOf(strapi, 'api::government.government', '锡林郭勒盟');
  if (!league) return { publishedAssessments: 0, openCases: 0 };
  const plan = (await strapi.documents(PLAN).create({
    data: {
      title: '2025年度锡林郭勒盟行政执法责任制评议考核方案', year: 2025, government: league, kind: 'annual',
      periodStart: '2025-01-01', periodEnd: '2025-12-31', weightSelf: 10, weightMutual: 10, weightInternal: 60, weightExternal: 20, state: 'active',
      description: '按照《内蒙古自治区行政执法责任制规定》第二十二条至第二十六条，对盟直行政执法部门开展年度评议考核。',
    },
  })) as { documentId: string };
  let publishedAssessments = 0;
  for (const [name, scores] of Object.entries(RESULTS)) {
    const targetDepartment = await idOf(strapi, 'api::department.department', name);
    if (!targetDepartment) continue;
    const created = (await strapi.documents(ASSESSMENT).create({
      data: {
        year: 2025, kind: 'annual', method: 'internal', plan: plan.documentId, assessorGovernment: league, targetDepartment, state: 'draft',
        summary: '年度内部评议：执法主体合法，制度落实总体到位。',
        scores: scores.map((score, index) => ({ item: index + 1, score, ...(index === 7 ? { finding: '个别执法文书格式不规范。' } : {}) })),
      },
    })) as { documentId: string };
    // The configured path, one step at a time, so the history reads as the workflow does.
    for (const state of ['completed', 'approved', 'published'] as const) {
      await strapi.documents(ASSESSMENT).update({ documentId: created.documentId, data: { state } });
    }
    publishedAssessments += 1;
  }
  const county = await idOf(strapi, 'api::government.government', '锡林浩特市');
  const countyTransport = await idOf(strapi, 'api::department.department', '锡林浩特市交通运输局');
  let openCases = 0;
  if (county && countyTransport) {
    await strapi.documents(CASE).create({
      data: {
        subjectKind: 'department', department: countyTransport, supervisingGovernment: county, measure: 'correction-order', state: 'open',
        finding: '部分行政处罚案卷未按规定进行法制审核。', basis: '《内蒙古自治区行政执法责任制规定》第二十七条', deadline: addDays(now, 30),
      },
    });
    openCases += 1;
  }
  await seedEnforcementRecords(strapi);
  // Art. 17, 18: the county market bureau's non-coercive means and 普法 (education-demo.ts).
  const countyMarket = await idOf(strapi, 'api::department.department', '锡林浩特市市场监督管理局');
  if (countyMarket) await seedEducationDemo(strapi, countyMarket, now.getUTCFullYear() - 1);
  return { publishedAssessments, openCases };
}

/** A type alias (not Record<string, unknown>): stored in a JSON attribute, it must fit the generated JSONValue. */
type Stage = { stage: string; means: string[]; recorder: string; storage: string };
const stage = (key: string, means: string[]): Stage => ({ stage: key, means, recorder: '执法人员 李明、王强', storage: '锡林浩特市市场监督管理局执法档案室' });

/** Two 执法全过程记录 of the county market bureau (Art. 14): one whole, one still under way. */
async function seedEnforcementRecords(strapi: Core.Strapi): Promise<void> {
  const countyMarket = await idOf(strapi, 'api::department.department', '锡林浩特市市场监督管理局');
  if (!countyMarket) return;
  const power = strOf(asRow(await strapi.db.query('api::power.power').findOne({ where: { department: { documentId: countyMarket } }, select: ['documentId'] })), 'documentId');
  const early = [stage('register', ['text']), stage('investigate', ['text', 'video']), stage('review', ['text']), stage('notify', ['text'])];
  await strapi.documents(RECORD).create({
    data: { department: countyMarket, power, caseNumber: '锡市监立〔2025〕8号', caseName: '某餐馆使用过期原料案', stages: [...early, stage('decide', ['text']), stage('serve', ['text', 'video'])] },
  });
  await strapi.documents(RECORD).create({
    data: { department: countyMarket, power, caseNumber: '锡市监立〔2025〕15号', caseName: '某药店未凭处方销售处方药案', stages: early.slice(0, 2) },
  });
}
