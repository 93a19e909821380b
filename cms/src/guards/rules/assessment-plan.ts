// Assessment plans (Art. 25): a plan belongs to one government and weighs the four parts (self,
// mutual, internal, external evaluation) to 100; its period lies in order.
import { assertPlanWeights } from '../../domain';
import { planWeights, PLAN_UID } from '../../assessment/plans';
import { isoDate, isRow } from '../../util/row';
import { enforce, WorkflowRefusal } from '../../store/errors';
import type { RuleAdapter } from './types';

export const assessmentPlanRules: RuleAdapter = {
  async after({ strapi, action, documentId }) {
    if (action === 'delete') return;
    const row: unknown = await strapi.db.query(PLAN_UID).findOne({ where: { documentId }, populate: { government: { select: ['documentId'] } } });
    if (!isRow(row)) return;
    if (!row.government) throw new WorkflowRefusal('government', '依据《内蒙古自治区行政执法责任制规定》第二十三条，评议考核方案须由一级人民政府制定，请选择制定方案的人民政府。', 'ASSESSMENT_PLAN');
    enforce(assertPlanWeights(planWeights(row)));
    const start = isoDate(row.periodStart);
    const end = isoDate(row.periodEnd);
    if (start && end && start > end) throw new WorkflowRefusal('periodEnd', '依据《内蒙古自治区行政执法责任制规定》第二十五条，考核期间的结束日期不能早于开始日期。', 'ASSESSMENT_PLAN');
  },
};
