// Issues and redeems the ticket between a correct password and its code (second-factor-ticket.ts):
// signed with the users-permissions JWT secret under its own label, bound to the account's token
// version so that a password change or block in between makes it worthless.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { regulationConfig } from '@nmg/config';
import { isRow } from '../util/row';
import { issueTicket, readTicket } from './second-factor-ticket';

export interface Challenge {
  secondFactorRequired: true;
  ticket: string;
  expiresInSeconds: number;
}

function secretOf(strapi: Core.Strapi): string {
  const secret: unknown = strapi.config.get('plugin::users-permissions.jwtSecret');
  if (typeof secret !== 'string' || secret === '') throw new Error('users-permissions has no jwtSecret');
  return secret;
}

async function tokenVersionOf(strapi: Core.Strapi, userId: number): Promise<{ tokenVersion: number; blocked: boolean } | null> {
  const table = (strapi.db.metadata.get('plugin::users-permissions.user') as unknown as { tableName: string }).tableName;
  const row: unknown = await (strapi.db.connection as unknown as Knex)(table).where({ id: userId }).first('token_version', 'blocked');
  return isRow(row) ? { tokenVersion: Number(row.token_version ?? 0), blocked: row.blocked === true } : null;
}

export async function secondFactorChallenge(strapi: Core.Strapi, userId: number): Promise<Challenge> {
  const state = await tokenVersionOf(strapi, userId);
  const seconds = regulationConfig().security.secondFactor.ticketMinutes * 60;
  const ticket = issueTicket(secretOf(strapi), { userId, tokenVersion: state?.tokenVersion ?? 0, expiresAt: Date.now() + seconds * 1000 });
  return { secondFactorRequired: true, ticket, expiresInSeconds: seconds };
}

/** The account a ticket was issued to, while it is valid and the account unchanged and not blocked. */
export async function redeemTicket(strapi: Core.Strapi, ticket: string): Promise<number | null> {
  const claims = readTicket(secretOf(strapi), ticket);
  if (!claims) return null;
  const state = await tokenVersionOf(strapi, claims.userId);
  return state && !state.blocked && state.tokenVersion === claims.tokenVersion ? claims.userId : null;
}
