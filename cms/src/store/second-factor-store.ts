// The second factor of each account: its TOTP secret (encrypted with the personal-data key, see
// cms/src/pii), when it was enrolled, the last time step used (a code is accepted once) and the hashes
// of the unused recovery codes. A table of our own like nmg_sessions: read on every request with the
// account (cms/src/scope/user-row.ts) and never edited as content.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { Secret, TOTP } from 'otpauth';
import { piiConfig, regulationConfig } from '@nmg/config';
import { newRecoveryCode, recoveryCodeOf, totpCodeOf } from '../domain/second-factor';
import { decryptValue, encryptValue, searchHash } from '../pii/cipher';
import { currentPiiKeys } from '../pii/keys';
import { jsonbArray } from '../util/jsonb';
import { isRow } from '../util/row';

export const SECOND_FACTOR_TABLE = 'nmg_second_factors';

export async function ensureSecondFactorTable(strapi: Core.Strapi): Promise<void> {
  await knexOf(strapi).raw(`CREATE TABLE IF NOT EXISTS ${SECOND_FACTOR_TABLE} (
    user_id integer PRIMARY KEY,
    secret text NOT NULL,
    enrolled_at timestamptz,
    last_step bigint NOT NULL DEFAULT 0,
    recovery jsonb NOT NULL DEFAULT '[]'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
  )`);
}

const knexOf = (strapi: Core.Strapi): Knex => strapi.db.connection as unknown as Knex;
const PERIOD = 30;

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer: regulationConfig().security.secondFactor.issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

const hashOf = (code: string): string => searchHash(currentPiiKeys(), code);

export interface Enrolment {
  secret: string;
  uri: string;
}

/** A new secret waiting for its first code; null when the account is already enrolled. */
export async function startEnrolment(strapi: Core.Strapi, userId: number, label: string): Promise<Enrolment | null> {
  const secret = new Secret({ size: 20 }).base32;
  const sealed = encryptValue(currentPiiKeys(), piiConfig().profile, secret);
  const result = (await knexOf(strapi).raw(
    `INSERT INTO ${SECOND_FACTOR_TABLE} (user_id, secret) VALUES (?, ?)
     ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, last_step = 0, recovery = '[]'::jsonb, created_at = now()
     WHERE ${SECOND_FACTOR_TABLE}.enrolled_at IS NULL RETURNING user_id`,
    [userId, sealed],
  )) as { rows: unknown[] };
  if (result.rows.length === 0) return null;
  return { secret, uri: totpFor(secret, label).toString() };
}

/** The time step a code belongs to (within one step of now), or null when it is wrong. */
function matchingStep(secretBase32: string, code: string, now: number): number | null {
  const delta = totpFor(secretBase32, 'check').validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

export type EnrolOutcome = { ok: true; recoveryCodes: string[] } | { ok: false; reason: 'not-started' | 'wrong-code' };

/** Confirms the pending secret with its first code and hands out the recovery codes (shown once). */
export async function completeEnrolment(strapi: Core.Strapi, userId: number, input: string, now = Date.now()): Promise<EnrolOutcome> {
  const row: unknown = await knexOf(strapi)(SECOND_FACTOR_TABLE).where({ user_id: userId }).whereNull('enrolled_at').first('secret');
  if (!isRow(row) || typeof row.secret !== 'string') return { ok: false, reason: 'not-started' };
  const code = totpCodeOf(input);
  const step = code ? matchingStep(decryptValue(currentPiiKeys(), row.secret), code, now) : null;
  if (step === null) return { ok: false, reason: 'wrong-code' };
  const recoveryCodes = Array.from({ length: regulationConfig().security.secondFactor.recoveryCodes }, newRecoveryCode);
  const hashes = recoveryCodes.map((c) => hashOf(recoveryCodeOf(c) ?? c));
  const updated = await knexOf(strapi)(SECOND_FACTOR_TABLE)
    .where({ user_id: userId })
    .whereNull('enrolled_at')
    .update({ enrolled_at: new Date(now), last_step: step, recovery: JSON.stringify(hashes) });
  return Number(updated) > 0 ? { ok: true, recoveryCodes } : { ok: false, reason: 'not-started' };
}

export async function isEnrolled(strapi: Core.Strapi, userId: number): Promise<boolean> {
  const row: unknown = await knexOf(strapi)(SECOND_FACTOR_TABLE).where({ user_id: userId }).whereNotNull('enrolled_at').first('user_id');
  return isRow(row);
}

/** The stored recovery hashes (a jsonb array). */
const hashesOf = (value: unknown): string[] => jsonbArray(value).filter((h): h is string => typeof h === 'string');

export type VerifyOutcome = { ok: true; means: 'totp' | 'recovery'; recoveryLeft: number } | { ok: false; reason: 'wrong-code' | 'reused-code' | 'not-enrolled' };

/**
 * Judges a sign-in's code under a row lock: a TOTP code of a step already used is refused (RFC 6238
 * §5.2: accept a code once), a recovery code is struck off when used.
 */
export async function verifySecondFactor(strapi: Core.Strapi, userId: number, input: string, now = Date.now()): Promise<VerifyOutcome> {
  return knexOf(strapi).transaction(async (trx) => {
    const row: unknown = await trx(SECOND_FACTOR_TABLE).where({ user_id: userId }).whereNotNull('enrolled_at').forUpdate().first('secret', 'last_step', 'recovery');
    if (!isRow(row) || typeof row.secret !== 'string') return { ok: false, reason: 'not-enrolled' } as const;
    const recovery = hashesOf(row.recovery);
    const code = totpCodeOf(input);
    if (code) {
      const step = matchingStep(decryptValue(currentPiiKeys(), row.secret), code, now);
      if (step === null) return { ok: false, reason: 'wrong-code' } as const;
      if (step <= Number(row.last_step)) return { ok: false, reason: 'reused-code' } as const;
      await trx(SECOND_FACTOR_TABLE).where({ user_id: userId }).update({ last_step: step });
      return { ok: true, means: 'totp', recoveryLeft: recovery.length } as const;
    }
    const plain = recoveryCodeOf(input);
    const hash = plain ? hashOf(plain) : null;
    if (!hash || !recovery.includes(hash)) return { ok: false, reason: 'wrong-code' } as const;
    const left = recovery.filter((h) => h !== hash);
    await trx(SECOND_FACTOR_TABLE).where({ user_id: userId }).update({ recovery: JSON.stringify(left) });
    return { ok: true, means: 'recovery', recoveryLeft: left.length } as const;
  });
}

/** An administrator's reset after a lost phone: the account enrols again at its next sign-in. */
export async function resetSecondFactor(strapi: Core.Strapi, userId: number): Promise<boolean> {
  return Number(await knexOf(strapi)(SECOND_FACTOR_TABLE).where({ user_id: userId }).delete()) > 0;
}

/**
 * `npm run pii:rotate`: the TOTP secrets under the current key too (the old one readable through
 * PII_KEY_OLD meanwhile). Recovery codes are keyed hashes: a new PII_HASH_KEY voids them, and those
 * accounts get new ones through a reset by their administrator.
 */
export async function rotateSecondFactorSecrets(strapi: Core.Strapi): Promise<number> {
  const keys = currentPiiKeys();
  const profile = piiConfig().profile;
  const prefix = `enc1:${profile === 'guomi' ? 's' : 'a'}:${keys.current.id}:`;
  const rows = (await knexOf(strapi)(SECOND_FACTOR_TABLE).select('user_id', 'secret')) as { user_id: number; secret: string }[];
  let changed = 0;
  for (const row of rows.filter((r) => !r.secret.startsWith(prefix))) {
    await knexOf(strapi)(SECOND_FACTOR_TABLE).where({ user_id: row.user_id }).update({ secret: encryptValue(keys, profile, decryptValue(keys, row.secret)) });
    changed += 1;
  }
  return changed;
}
