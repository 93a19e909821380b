// Every write of an account passes the document service (console, /api/users, change and reset
// password, the admin's content manager, registration), so the password policy and the revocation
// of tokens hold here for all of them (cms/src/guards/middleware.ts calls these hooks):
// - a new password must meet config/security.json and not be one of the recent ones;
// - a password set by someone else (an administrator) must be changed at the next sign-in;
// - a password change or reset, a block or a role change raises the token version, which refuses
//   every token issued before on its very next request.
// Passwords the server itself sets (the demo seed) are not judged: the policy is for people.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { regulationConfig } from '@nmg/config';
import { checkPassword } from '../domain/password-policy';
import type { Actor } from '../scope/actor';
import type { Snapshot } from '../store/snapshot';
import { canonical } from '../util/canonical';
import { isRow, type Row } from '../util/row';
import { withTrx } from '../util/trx';
import { recordSecurityEvent, USER_RESOURCE } from './audit-events';

interface StoredPassword {
  id: number;
  hash: string | null;
  history: string[];
}

interface PasswordValidator {
  validatePassword(password: string, hash: string): Promise<boolean>;
}

const usersTable = (strapi: Core.Strapi): string => (strapi.db.metadata.get(USER_RESOURCE) as unknown as { tableName: string }).tableName;

async function storedPassword(strapi: Core.Strapi, documentId: string): Promise<StoredPassword | null> {
  // Inside the write's transaction (withTrx): the write holds the row.
  const row: unknown = await withTrx(strapi, (trx) => trx(usersTable(strapi)).where({ document_id: documentId }).first('id', 'password', 'password_history'));
  if (!isRow(row)) return null;
  const raw = typeof row.password_history === 'string' ? (JSON.parse(row.password_history) as unknown) : row.password_history;
  const history = Array.isArray(raw) ? raw.filter((h): h is string => typeof h === 'string') : [];
  return { id: Number(row.id), hash: typeof row.password === 'string' ? row.password : null, history };
}

async function isReused(strapi: Core.Strapi, password: string, stored: StoredPassword | null): Promise<boolean> {
  const keep = regulationConfig().security.password.history;
  if (!stored || keep === 0) return false;
  const users = strapi.plugin('users-permissions').service('user') as unknown as PasswordValidator;
  const recent = [stored.hash, ...stored.history].filter((h): h is string => h !== null).slice(0, keep);
  for (const hash of recent) if (await users.validatePassword(password, hash)) return true;
  return false;
}

function refuse(code: string, message: string): never {
  throw new errors.ValidationError(message, { code, field: 'password', errors: { password: [message] } });
}

/** Who set the password: the account itself, someone else (an administrator), a reset link, or the server. */
function setBy(actor: Actor, accountId: number | null): 'self' | 'administrator' | 'reset' | 'system' {
  if (actor.kind === 'system') return 'system';
  if (actor.kind === 'public') return 'reset';
  if (actor.kind === 'user' && accountId !== null && actor.id === accountId) return 'self';
  return 'administrator';
}

export interface AccountWrite {
  /** Before the write: judges a new password. */
  before(documentId: string, before: Snapshot | null): Promise<void>;
  /** After the write: history, must-change flag, token version, audit. */
  after(documentId: string, before: Snapshot | null, after: Snapshot | null): Promise<void>;
}

export function accountWrite(strapi: Core.Strapi, actor: Actor, action: string, data: Row | null): AccountWrite {
  const password = typeof data?.password === 'string' && data.password !== '' ? data.password : null;
  let stored: StoredPassword | null = null;
  return {
    async before(documentId, before) {
      if (password === null || (action !== 'create' && action !== 'update')) return;
      stored = documentId ? await storedPassword(strapi, documentId) : null;
      if (setBy(actor, stored?.id ?? null) === 'system') return;
      const username = typeof data?.username === 'string' ? data.username : String(before?.username ?? '');
      const email = typeof data?.email === 'string' ? data.email : typeof before?.email === 'string' ? before.email : null;
      const verdict = checkPassword(password, { username, email, reused: await isReused(strapi, password, stored) });
      if (!verdict.ok) refuse(verdict.code, verdict.message);
    },
    async after(documentId, before, after) {
      if (!after || (action !== 'create' && action !== 'update')) return;
      const table = usersTable(strapi);
      const changes: Row = {};
      const revoke = action === 'update' && (password !== null || (after.blocked === true && before?.blocked !== true) || canonical(after.role ?? null) !== canonical(before?.role ?? null));
      if (password !== null) {
        const by = setBy(actor, stored?.id ?? null);
        const keep = regulationConfig().security.password.history;
        const history = stored?.hash ? [stored.hash, ...stored.history].slice(0, Math.max(keep - 1, 0)) : stored?.history ?? [];
        Object.assign(changes, {
          password_history: history,
          password_changed_at: new Date(),
          must_change_password: by === 'administrator',
        });
        await recordSecurityEvent(strapi, actor, { action: 'password-change', resource: USER_RESOURCE, recordId: documentId, changes: { by, mustChangePassword: by === 'administrator' } });
      }
      if (Object.keys(changes).length === 0 && !revoke) return;
      await withTrx(strapi, async (trx) => {
        const update = trx(table).where({ document_id: documentId });
        // A JSON array, not the text of one (knex would send an array as a PostgreSQL array).
        const values: Row = { ...changes, ...(Array.isArray(changes.password_history) ? { password_history: trx.raw('?::jsonb', [JSON.stringify(changes.password_history)]) } : {}) };
        await (revoke ? update.update({ ...values, token_version: trx.raw('coalesce(token_version, 0) + 1') }) : update.update(values));
      });
    },
  };
}
