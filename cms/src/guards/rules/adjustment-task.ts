// Adjustment tasks are opened and closed by the server (Art. 10, 13); staff read them.
import { WorkflowRefusal } from '../../store/errors';
import type { RuleAdapter } from './types';

export const adjustmentTaskRules: RuleAdapter = {
  async before({ actor }) {
    if (actor.kind === 'user' || actor.kind === 'public') {
      throw new WorkflowRefusal('id', '动态调整任务由系统根据执法依据的变化自动生成和办结，不能手工创建、修改或删除。', 'TASK_READONLY');
    }
  },
};

/** Items of published lists are written only by the publish transition (in bulk, past this guard). */
export const publishedItemRules: RuleAdapter = {
  async before() {
    throw new WorkflowRefusal('id', '已公布的权责清单事项由公布操作生成，不能修改（第十三条）。', 'LIST_IMMUTABLE');
  },
};
