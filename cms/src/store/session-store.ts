// One row per signed-in session (a token): when it started, when it was last used, when it ended.
// The token carries the row's id; every request reads the row in the same statement as the account
// (cms/src/scope/user-row.ts), so idle time and sign-out hold across server instances at once.
// A table of our own rather than a content type: nobody edits it, and it changes at most once a
// minute per session (last_seen_at), which the query engine's lifecycle would make costlier.
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export const SESSION_TABLE = 'nmg_sessions';

export const CREATE_SESSION_TABLE = `CREATE TABLE IF NOT EXISTS ${SESSION_TABLE} (
  id uuid PRIMARY KEY,
  user_id integer NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  end_reason varchar(30),
  address varchar(64)
)`;

export async function ensureSessionTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection as unknown as Knex;
  await knex.raw(CREATE_SESSION_TABLE);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${SESSION_TABLE}_user_idx ON ${SESSION_TABLE} (user_id, issued_at)`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isSessionId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

const knexOf = (strapi: Core.Strapi): Knex => strapi.db.connection as unknown as Knex;

/** Opens a session for an account; sessions older than the absolute lifetime are cleared on the way. */
export async function openSession(strapi: Core.Strapi, userId: number, address: string | null, absoluteHours: number): Promise<string> {
  const id = randomUUID();
  const knex = knexOf(strapi);
  await knex(SESSION_TABLE).where('user_id', userId).andWhere('issued_at', '<', new Date(Date.now() - absoluteHours * 3_600_000)).delete();
  await knex(SESSION_TABLE).insert({ id, user_id: userId, address: address?.slice(0, 64) ?? null });
  return id;
}

/** Ends one session (sign-out, idle timeout); a no-op when it already ended. */
export async function endSession(strapi: Core.Strapi, id: string, reason: string): Promise<boolean> {
  const n = await knexOf(strapi)(SESSION_TABLE).where({ id }).whereNull('ended_at').update({ ended_at: new Date(), end_reason: reason });
  return Number(n) > 0;
}

/** Records use of a session; called only when the stored time is older than the write interval. */
export async function touchSession(strapi: Core.Strapi, id: string): Promise<void> {
  await knexOf(strapi)(SESSION_TABLE).where({ id }).whereNull('ended_at').update({ last_seen_at: new Date() });
}
