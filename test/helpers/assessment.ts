// Fixtures of the assessment tests: a department whose items 4–7 can be worked out by hand, and
// small helpers for the assessment routes (not a test file itself).
import type { Core, UID } from '@strapi/strapi';
import type { Response } from 'supertest';
import type { TestApp } from './app';
import { ARTICLE, type RuleCode } from '../../cms/src/domain/result';
import { findOne, legalBasis, type Row } from './data';

const create = async (strapi: Core.Strapi, uid: UID.ContentType, data: Row): Promise<string> => {
  const created: unknown = await strapi.documents(uid).create({ data });
  return String((created as Row).documentId);
};

/**
 * A department of `governmentId` built so that, for 2025 (period 2025-01-01 … 2025-12-31):
 *  item 4: tasks due 3 (one on time, one late, one open and overdue; one of 2024 outside) → 10 × 1/3 = 3.33
 *  item 5: active powers 4, decomposed 3 (a cancelled one does not count)                → 10 × 3/4 = 7.5
 *  item 6: posts with powers 3, staffed 1 (one has no responsibilities, one no officer)   → 10 × 1/3 = 3.33
 *  item 7: filings 3, reviewed before the decision 1, filed by the deadline 2             → 15 × 3/6 = 7.5
 */
const FILING = 'api::major-penalty-filing.major-penalty-filing';

export async function buildPrescoreFixture(strapi: Core.Strapi, governmentId: string, name: string): Promise<string> {
  const department = await create(strapi, 'api::department.department', { name, government: governmentId, isJustice: false, kind: 'government-department' });
  const agency = await create(strapi, 'api::agency.agency', { name: `${name}执法大队`, department });
  const p1 = await create(strapi, 'api::post.post', { name: '检查岗', agency, responsibilities: '负责日常检查，对检查结果承担直接责任。' });
  const p2 = await create(strapi, 'api::post.post', { name: '处罚岗', agency, responsibilities: '' });
  const p3 = await create(strapi, 'api::post.post', { name: '审核岗', agency, responsibilities: '负责法制审核。' });
  const certified = { status: 'valid', certificateNumber: 'NM99000001', certificateIssuedAt: '2024-01-01', certificateExpiresAt: '2029-12-31', department };
  await create(strapi, 'api::officer.officer', { ...certified, name: '测试甲', posts: [p1] });
  await create(strapi, 'api::officer.officer', { ...certified, certificateNumber: 'NM99000002', name: '测试乙', posts: [p2] });
  const basis = await legalBasis(strapi, '中华人民共和国行政处罚法');
  const power = (code: string, status: string, post: string | null): Row => ({
    department, code, name: `测试事项${code}`, type: 'inspection', tier: 'league', status,
    bases: [{ kind: 'setting', legalBasis: basis, articles: '第一条' }],
    steps: [{ step: '检查', content: '依法检查' }], accountabilities: [{ situation: '未依法检查' }],
    decomposition: post ? [{ agency, post, role: 'handle' }] : [],
  });
  await create(strapi, 'api::power.power', power('T01', 'valid', p1));
  await create(strapi, 'api::power.power', power('T02', 'valid', p2));
  await create(strapi, 'api::power.power', power('T03', 'changed', p3));
  await create(strapi, 'api::power.power', power('T04', 'valid', null));
  await create(strapi, 'api::power.power', power('T05', 'cancelled', null));
  const task = (dueDate: string, state: string, completedAt: string | null): Row => ({ department, basisTitle: '测试依据', reason: '依据修改', dueDate, state, completedAt });
  await create(strapi, 'api::adjustment-task.adjustment-task', task('2025-03-01', 'done', '2025-02-20T08:00:00.000Z'));
  await create(strapi, 'api::adjustment-task.adjustment-task', task('2025-05-01', 'done', '2025-05-10T08:00:00.000Z'));
  await create(strapi, 'api::adjustment-task.adjustment-task', task('2025-06-01', 'open', null));
  await create(strapi, 'api::adjustment-task.adjustment-task', task('2024-12-01', 'done', '2024-11-01T08:00:00.000Z'));
  // MAJOR_PENALTY (Art. 16) now refuses a decision recorded before its legal review, so a filing is
  // saved as the rule allows and then given the dates of records kept before the rule existed.
  const filing = async (caseNumber: string, decidedAt: string, legalReviewAt: string | null, filedAt: string | null, filingDeadline: string): Promise<void> => {
    const documentId = await create(strapi, FILING, {
      department, caseNumber, proposedDecision: '罚款', legalReviewer: '审核员', legalReviewOpinion: '同意', legalReviewAt: decidedAt,
      discussionAt: decidedAt, discussionParticipants: '班子成员', discussionDecision: '同意', decision: '罚款', decidedAt,
    });
    await strapi.db.query(FILING).update({ where: { documentId }, data: { legalReviewAt, filedAt, filingDeadline } });
  };
  await filing('F1', '2025-04-01', '2025-03-28', '2025-04-10', '2025-04-16');
  await filing('F2', '2025-07-01', '2025-07-03', '2025-07-05', '2025-07-16');
  await filing('F3', '2025-09-01', null, null, '2025-09-16');
  return department;
}

export const EXPECTED_PRESCORE = { 4: 3.33, 5: 7.5, 6: 3.33, 7: 7.5 } as const;

export interface SheetItem { item: number; score: number | null; autoScore: number | null; basis: { summary: string; figures: { key: string; value: number }[] } | null; overrideReason: string | null }
export interface Sheet { id: string; state: string; items: SheetItem[]; total: number | null; grade: string | null; actions: string[]; history: { action: string; opinion: string | null }[]; updatedAt: string }

export const sheetItem = (res: Response, item: number): SheetItem => (res.body as Sheet).items.find((i) => i.item === item) as SheetItem;

export const stepAssessment = async (app: TestApp, user: string, id: string, action: string, opinion?: string): Promise<Response> =>
  app.http().post(`/console-api/assessments/${id}/transition`).set('Authorization', await app.bearer(user)).send(opinion === undefined ? { action } : { action, opinion });

export const saveItem = async (app: TestApp, user: string, id: string, item: number, body: Row): Promise<Response> =>
  app.http().put(`/console-api/assessments/${id}/items/${item}`).set('Authorization', await app.bearer(user)).send(body);

/** A 403 refusal with a rule code (who acts, from which organisation). */
export function expectForbidden(res: Response, code: RuleCode): void {
  const body = res.body as { code: string; message: string };
  expect({ status: res.status, code: body.code }).toEqual({ status: 403, code });
  expect(body.message).toContain(ARTICLE[code]);
}

export const assessmentRow = (app: TestApp, id: string): Promise<Row> => findOne(app.strapi, 'api::assessment.assessment', { documentId: id }, { scores: true });
