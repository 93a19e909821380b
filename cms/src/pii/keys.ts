// Keys for personal information at rest (Art. 21). PII_KEY encrypts, PII_KEY_OLD (during a
// rotation) only decrypts, PII_HASH_KEY keys the exact-match search hash. Each is 32 bytes, given
// as 64 hex characters or base64. A key is named in each stored value by its fingerprint, so the
// server reads values under either key while `npm run pii:rotate` moves them to the new one.
import { createHash } from 'crypto';

export interface PiiKey {
  /** First 8 hex characters of SHA-256 of the key: names the key inside each stored value. */
  id: string;
  bytes: Buffer;
}

export interface PiiKeys {
  current: PiiKey;
  /** Every key that may decrypt, by id (current and old). */
  byId: Map<string, PiiKey>;
  hashKey: Buffer;
}

// Development defaults, refused in production (the values are public in this repository).
export const DEV_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1waWkta2V5LTMyLWJ5dGU=';
export const DEV_HASH_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1waWktaGFzaC0zMmJ5dGU=';

export class PiiKeyError extends Error {}

function parseKey(name: string, raw: string): Buffer {
  const value = raw.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (bytes.length !== 32) throw new PiiKeyError(`${name} must be 32 bytes (64 hex characters or base64), got ${bytes.length}`);
  return bytes;
}

const named = (bytes: Buffer): PiiKey => ({ id: createHash('sha256').update(bytes).digest('hex').slice(0, 8), bytes });

/** Reads the keys from `env`; in production a missing or development key stops the start. */
export function readPiiKeys(env: NodeJS.ProcessEnv = process.env): PiiKeys {
  const production = env.NODE_ENV === 'production';
  const pick = (name: string, fallback: string): Buffer => {
    const raw = env[name];
    if (!raw) {
      if (production) throw new PiiKeyError(`${name} is not set: personal information cannot be encrypted (set 32 random bytes, e.g. openssl rand -base64 32)`);
      return parseKey(name, fallback);
    }
    if (production && (raw === DEV_KEY || raw === DEV_HASH_KEY)) throw new PiiKeyError(`${name} equals the development default; set a key of your own`);
    return parseKey(name, raw);
  };
  const current = named(pick('PII_KEY', DEV_KEY));
  const byId = new Map<string, PiiKey>([[current.id, current]]);
  if (env.PII_KEY_OLD) {
    const old = named(parseKey('PII_KEY_OLD', env.PII_KEY_OLD));
    byId.set(old.id, old);
  }
  const hashKey = pick('PII_HASH_KEY', DEV_HASH_KEY);
  if (hashKey.equals(current.bytes)) throw new PiiKeyError('PII_HASH_KEY must differ from PII_KEY');
  return { current, byId, hashKey };
}

let cached: { signature: string; keys: PiiKeys } | undefined;
/** The keys of the current environment, parsed once per distinct set of values. */
export function currentPiiKeys(env: NodeJS.ProcessEnv = process.env): PiiKeys {
  const signature = [env.NODE_ENV, env.PII_KEY, env.PII_KEY_OLD, env.PII_HASH_KEY].join('|');
  if (cached?.signature !== signature) cached = { signature, keys: readPiiKeys(env) };
  return cached.keys;
}
