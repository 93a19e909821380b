// 执法全过程记录 (Art. 14, with Art. 16 for major decisions): the stages are checked against the
// rule and config/assessment.json's enforcementRecord; completeness is computed here, never trusted
// from the client.
import { assessmentConfig } from '../../assessment/config';
import { assertEnforcementRecord, recordCompleteness, stagesOf } from '../../domain';
import { asRow, isRow, numOf } from '../../util/row';
import { enforce } from '../../store/errors';
import type { RuleAdapter } from './types';

export const ENFORCEMENT_RECORD = 'api::enforcement-record.enforcement-record';

export const enforcementRecordRules: RuleAdapter = {
  async before({ actor, params }) {
    const data = isRow(params.data) ? params.data : null;
    if (data && actor.kind !== 'system') delete data.completeness;
  },
  async after({ strapi, action, after, documentId }) {
    if (!after || (action !== 'create' && action !== 'update')) return;
    const row: unknown = await strapi.db.query(ENFORCEMENT_RECORD).findOne({ where: { documentId }, populate: { filing: { select: ['documentId'] } } });
    if (!isRow(row)) return;
    const config = assessmentConfig().enforcementRecord;
    const stages = stagesOf(row.stages);
    enforce(assertEnforcementRecord(stages === null ? null : { stages, major: row.major === true, hasFiling: asRow(row.filing) !== null }, config));
    const completeness = recordCompleteness(stages ?? [], config.requiredStages);
    if (numOf(row, 'completeness') !== completeness) {
      await strapi.db.query(ENFORCEMENT_RECORD).update({ where: { id: row.id }, data: { completeness } });
    }
  },
};
