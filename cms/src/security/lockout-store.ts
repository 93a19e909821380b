// The lockout state on the account row, changed by single SQL statements so that concurrent sign-ins
// on several instances count every failure (no read-modify-write) and Strapi's updatedAt, which the
// console uses as the record's version, is left alone.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { regulationConfig } from '@nmg/config';
import { lockEnd, windowStart } from '../domain/lockout';
import { isRow } from '../util/row';

const knexOf = (strapi: Core.Strapi): Knex => strapi.db.connection as unknown as Knex;
const usersTable = (strapi: Core.Strapi): string => (strapi.db.metadata.get('plugin::users-permissions.user') as unknown as { tableName: string }).tableName;

export interface SignInAccount {
  id: number;
  documentId: string;
  lockedUntil: Date | null;
}

/** The local account a sign-in names, as users-permissions finds it (e-mail in lower case, or username). */
export async function findSignInAccount(strapi: Core.Strapi, identifier: string): Promise<SignInAccount | null> {
  const row: unknown = await knexOf(strapi)(usersTable(strapi))
    .where({ provider: 'local' })
    .andWhere((q) => q.where({ email: identifier.toLowerCase() }).orWhere({ username: identifier }))
    .first('id', 'document_id', 'locked_until');
  return accountOf(row);
}

/** The same account by its id (the second sign-in step knows it from its ticket). */
export async function findAccountById(strapi: Core.Strapi, id: number): Promise<SignInAccount | null> {
  return accountOf(await knexOf(strapi)(usersTable(strapi)).where({ id }).first('id', 'document_id', 'locked_until'));
}

function accountOf(row: unknown): SignInAccount | null {
  if (!isRow(row)) return null;
  const until = row.locked_until;
  return { id: Number(row.id), documentId: String(row.document_id), lockedUntil: until instanceof Date ? until : until ? new Date(String(until)) : null };
}

export interface FailureOutcome {
  failures: number;
  /** Set when this failure locked the account. */
  lockedUntil: Date | null;
}

export async function recordFailure(strapi: Core.Strapi, accountId: number, now = new Date()): Promise<FailureOutcome> {
  const rules = regulationConfig().security.signIn;
  const table = usersTable(strapi);
  const start = windowStart(now, rules);
  const counted = (await knexOf(strapi).raw(
    `UPDATE "${table}" SET
       failed_sign_ins = CASE WHEN failed_since IS NULL OR failed_since < ? THEN 1 ELSE coalesce(failed_sign_ins, 0) + 1 END,
       failed_since = CASE WHEN failed_since IS NULL OR failed_since < ? THEN ? ELSE failed_since END
     WHERE id = ? RETURNING failed_sign_ins`,
    [start, start, now, accountId],
  )) as { rows: { failed_sign_ins: number }[] };
  const failures = Number(counted.rows[0]?.failed_sign_ins ?? 0);
  if (failures < rules.maxFailures) return { failures, lockedUntil: null };
  const until = lockEnd(now, rules);
  const locked = await knexOf(strapi)(table)
    .where({ id: accountId })
    .andWhere((q) => q.whereNull('locked_until').orWhere('locked_until', '<=', now))
    .update({ locked_until: until, failed_sign_ins: 0, failed_since: null });
  return { failures, lockedUntil: Number(locked) > 0 ? until : null };
}

/** After a successful sign-in: the failures so far no longer count. */
export async function clearFailures(strapi: Core.Strapi, accountId: number): Promise<void> {
  await knexOf(strapi)(usersTable(strapi)).where({ id: accountId }).andWhere((q) => q.where('failed_sign_ins', '>', 0).orWhereNotNull('locked_until')).update({ failed_sign_ins: 0, failed_since: null, locked_until: null });
}

/** Lifts a lock; returns the end of the lock it lifted, or null when the account was not locked. */
export async function unlockAccount(strapi: Core.Strapi, accountId: number, now = new Date()): Promise<Date | null> {
  const result = (await knexOf(strapi).raw(
    `UPDATE "${usersTable(strapi)}" u SET locked_until = NULL, failed_sign_ins = 0, failed_since = NULL
     FROM (SELECT id, locked_until FROM "${usersTable(strapi)}" WHERE id = ? FOR UPDATE) before
     WHERE u.id = before.id AND before.locked_until > ? RETURNING before.locked_until`,
    [accountId, now],
  )) as { rows: { locked_until: Date | string }[] };
  const until = result.rows[0]?.locked_until;
  return until === undefined ? null : new Date(until);
}
