// Issues the token of a new session: the account id, its current token version and the session's
// id, signed by the users-permissions jwt service and valid for the absolute lifetime at most.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { regulationConfig } from '@nmg/config';
import { isRow } from '../util/row';
import { openSession } from '../store/session-store';

interface JwtIssuer {
  issue(payload: Record<string, unknown>, options?: Record<string, unknown>): string;
}

export async function issueSessionToken(strapi: Core.Strapi, userId: number, address: string | null): Promise<string> {
  const limits = regulationConfig().security.session;
  const table = (strapi.db.metadata.get('plugin::users-permissions.user') as unknown as { tableName: string }).tableName;
  const row: unknown = await (strapi.db.connection as unknown as Knex)(table).where({ id: userId }).first('token_version');
  if (!isRow(row)) throw new Error(`no account ${userId}`);
  const sid = await openSession(strapi, userId, address, limits.absoluteHours);
  const jwt = strapi.plugin('users-permissions').service('jwt') as unknown as JwtIssuer;
  return jwt.issue({ id: userId, tv: Number(row.token_version ?? 0), sid }, { expiresIn: Math.round(limits.absoluteHours * 3600) });
}
