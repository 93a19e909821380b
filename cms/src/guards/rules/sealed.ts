// Art. 30: interference records are sealed once saved; the audit trail is written only by the server.
import { assertInterferenceSealed } from '../../domain';
import { enforce, WorkflowRefusal } from '../../store/errors';
import type { RuleAdapter } from './types';

export const interferenceRules: RuleAdapter = {
  async before({ action }) {
    enforce(assertInterferenceSealed(action));
  },
};

export const auditLogRules: RuleAdapter = {
  async before() {
    throw new WorkflowRefusal('id', '审计日志由系统在每次写入时自动记录，不能创建、修改或删除。', 'AUDIT_READONLY');
  },
};
