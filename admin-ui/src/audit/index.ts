// The audit trail's screen (list with filters and export); the record's page stays the generic one.
import { AuditList } from './AuditList';

export const auditLogs = { list: AuditList, rowClick: 'show' as const };
export { AuditList };
export { AUDIT_ACTIONS, auditFields, resourceLabel } from './auditFields';
