// The record an audit event concerns, by its name (a link to its page) instead of its documentId,
// which a clerk cannot read (issue 14). Resolved with the console's own representation of that type
// through getMany, so only records the reader may see are named; others say so in words.
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { useCan, useSession } from '../providers/useSession';
import { ACCOUNT_RESOURCES } from './auditFields';

/** The console resource a stored uid belongs to (accounts: users), or null. */
export function consoleResourceOf(uid: string, schemas: { name: string; uid: string }[]): string | null {
  return schemas.find((s) => s.uid === uid)?.name ?? (ACCOUNT_RESOURCES[uid] === 'users' ? 'users' : null);
}

export const AuditRecordField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { schemas } = useSession();
  const can = useCan();
  const unknown = <span>{translate('app.audit.record_unknown')}</span>;
  if (!record || typeof record.recordId !== 'string' || record.recordId === '') return null;
  const reference = consoleResourceOf(String(record.resource), schemas);
  if (!reference || !can(reference, 'list')) return unknown;
  // Without children ReferenceField shows the type's representation (names, never ids); `empty`
  // when getMany does not return the record (deleted, or outside the reader's scope).
  return <ReferenceField source="recordId" reference={reference} link={can(reference, 'show') ? 'show' : false} empty={unknown} />;
};
