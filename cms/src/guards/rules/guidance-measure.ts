// 行政指导和非强制手段 (Art. 17): read the measure with its power's department, type and status, and
// let the rule judge; the scope has already put the record on the writer's own department.
import { assertGuidanceMeasure } from '../../domain';
import { asRow, isoDate, isRow, relId, strOf } from '../../util/row';
import { enforce } from '../../store/errors';
import { today } from '../../store/facts';
import type { RuleAdapter } from './types';

export const GUIDANCE_MEASURE = 'api::guidance-measure.guidance-measure';

export const guidanceMeasureRules: RuleAdapter = {
  async after({ strapi, action, after, documentId }) {
    if (!after || (action !== 'create' && action !== 'update')) return;
    const row: unknown = await strapi.db.query(GUIDANCE_MEASURE).findOne({
      where: { documentId },
      populate: { department: { select: ['documentId'] }, power: { select: ['documentId', 'type', 'status'], populate: { department: { select: ['documentId'] } } } },
    });
    if (!isRow(row)) return;
    const power = asRow(row.power);
    enforce(assertGuidanceMeasure({
      kind: strOf(row, 'kind') ?? '',
      departmentId: relId(row, 'department'),
      power: power ? { departmentId: relId(power, 'department'), type: strOf(power, 'type') ?? '', status: strOf(power, 'status') ?? '' } : null,
      conditions: strOf(row, 'conditions'),
      basis: strOf(row, 'basis'),
      caseDate: isoDate(row.caseDate),
      outcome: strOf(row, 'outcome'),
      today: today(),
    }));
  },
};
