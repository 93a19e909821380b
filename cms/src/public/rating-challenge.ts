// The anti-abuse check of the public rating form (Art. 25, external evaluation), without accounts
// and without a third-party CAPTCHA (the public page must work inside government networks):
//  - a server-issued arithmetic question; the token signs the department, the issue time, a nonce
//    and the answer (HMAC-SHA256 with the server's key), so the answer is not in the token and the
//    server keeps no state until a rating arrives;
//  - a minimum fill time (a token used within N seconds of issue came from a script);
//  - a maximum age, and each token's nonce is stored with its rating, so a token counts once;
//  - a honeypot field the page hides from people (bots fill every input).
// The per-address rate limit (ratings.ts) bounds what gets through all of these.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'crypto';

export interface Challenge {
  token: string;
  question: string;
  issuedAt: number;
}

export type ChallengeCheck = { ok: true; nonce: string } | { ok: false; code: 'CHALLENGE_INVALID' | 'CHALLENGE_FAILED' | 'TOO_FAST' | 'CHALLENGE_EXPIRED' };

const sign = (secret: string, payload: string): string => createHmac('sha256', secret).update(payload).digest('base64url');

export function issueChallenge(secret: string, departmentId: string, now: number = Date.now()): Challenge {
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const nonce = randomBytes(12).toString('base64url');
  const payload = `${nonce}.${now}.${departmentId}`;
  return { token: `${payload}.${sign(secret, `${payload}.${a + b}`)}`, question: `${a} + ${b} = ?`, issuedAt: now };
}

export function checkChallenge(secret: string, token: string, answer: string, departmentId: string, limits: { minFillSeconds: number; ttlSeconds: number }, now: number = Date.now()): ChallengeCheck {
  const parts = token.split('.');
  if (parts.length !== 4) return { ok: false, code: 'CHALLENGE_INVALID' };
  const [nonce, issued, department, signature] = parts;
  const issuedAt = Number(issued);
  if (department !== departmentId || !Number.isFinite(issuedAt)) return { ok: false, code: 'CHALLENGE_INVALID' };
  const expected = Buffer.from(sign(secret, `${nonce}.${issued}.${department}.${answer.trim()}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, code: 'CHALLENGE_FAILED' };
  const age = (now - issuedAt) / 1000;
  if (age < limits.minFillSeconds) return { ok: false, code: 'TOO_FAST' };
  if (age > limits.ttlSeconds) return { ok: false, code: 'CHALLENGE_EXPIRED' };
  return { ok: true, nonce };
}
