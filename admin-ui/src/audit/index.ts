// The audit trail's screens: the list with filters and export, and one event's page, both naming the
// record an event concerns rather than showing its number.
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

export const auditLogs = { list: AuditList, show: AuditShow, rowClick: 'show' as const };
export { AuditList, AuditShow };
export { AUDIT_ACTIONS, auditFields, resourceLabel } from './auditFields';
export { AuditRecordField, consoleResourceOf } from './AuditRecordField';
