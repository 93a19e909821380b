// Art. 10, 13 (DYNAMIC_ADJUSTMENT): a law amended, repealed or replaced puts every power citing it
// under adjustment, in the same transaction as the change of the law itself.
import { openAdjustmentTasks } from '../../adjustment/tasks';
import { strOf } from '../../util/row';
import type { RuleAdapter } from './types';

const CHANGED = ['amended', 'repealed'];

export const legalBasisRules: RuleAdapter = {
  async after({ strapi, action, before, after, documentId }) {
    if (action !== 'update' || !before || !after) return;
    const status = strOf(after, 'status') ?? '';
    const statusChanged = CHANGED.includes(status) && strOf(before, 'status') !== status;
    const replaced = strOf(after, 'replacedBy') !== null && strOf(before, 'replacedBy') !== strOf(after, 'replacedBy');
    if (statusChanged || replaced) await openAdjustmentTasks(strapi, documentId);
  },
};
