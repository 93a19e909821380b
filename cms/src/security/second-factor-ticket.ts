// Between a correct password and a correct code the user holds a ticket, not a token: a short-lived
// HMAC-signed note of the account and its token version. It is not a JWT, so no path accepts it as a
// session; a password change (new token version) or its age makes it worthless.
import { createHmac, timingSafeEqual } from 'crypto';

export interface TicketClaims {
  userId: number;
  tokenVersion: number;
  expiresAt: number;
}

const sign = (secret: string, payload: string): Buffer => createHmac('sha256', secret).update(`second-factor:${payload}`).digest();

export function issueTicket(secret: string, claims: TicketClaims): string {
  const payload = Buffer.from(JSON.stringify([claims.userId, claims.tokenVersion, claims.expiresAt])).toString('base64url');
  return `${payload}.${sign(secret, payload).toString('base64url')}`;
}

/** The ticket's claims when its signature holds and it has not expired; otherwise null. */
export function readTicket(secret: string, ticket: string, now = Date.now()): TicketClaims | null {
  const [payload, signature, extra] = ticket.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((n) => Number.isSafeInteger(n))) return null;
  const [userId, tokenVersion, expiresAt] = parsed as number[];
  if (expiresAt === undefined || expiresAt <= now || userId === undefined || tokenVersion === undefined) return null;
  return { userId, tokenVersion, expiresAt };
}
