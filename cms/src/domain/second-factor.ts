// The second factor's pure parts (GB/T 22239-2019 8.1.4.1 d: two means of identification, one of
// them cryptographic): which roles must use it, the shape of a code, and the recovery codes given
// at enrolment for a lost phone. TOTP itself (RFC 6238) is the otpauth library's.
import { randomInt } from 'crypto';

export interface SecondFactorRules {
  roles: string[];
}

/**
 * Whether an account of this role must enrol before using the console (config/security.json
 * secondFactor.roles). Enforced in production, and wherever SECOND_FACTOR_ENFORCE=true (the tests):
 * the demo's one-command start keeps its shared demo accounts usable without a phone. An enrolled
 * account is asked for its code in every environment.
 */
export const secondFactorRequired = (role: string, rules: SecondFactorRules, env: NodeJS.ProcessEnv = process.env): boolean =>
  (env.NODE_ENV === 'production' || env.SECOND_FACTOR_ENFORCE === 'true') && rules.roles.includes(role);

/** Six digits from an authenticator app, spaces allowed as apps show them ("123 456"). */
export const totpCodeOf = (input: string): string | null => {
  const digits = input.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
};

// No 0/o, 1/l/i: a code read off paper is typed back without doubt.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A recovery code as shown once: two groups of five, e.g. "k7mqa-4tx2p". */
export function newRecoveryCode(): string {
  const pick = (): string => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** A typed recovery code in the form it is hashed in (case, spaces and the dash ignored), or null. */
export function recoveryCodeOf(input: string): string | null {
  const plain = input.toLowerCase().replace(/[\s-]+/g, '');
  return plain.length === 10 && [...plain].every((c) => ALPHABET.includes(c)) ? plain : null;
}
