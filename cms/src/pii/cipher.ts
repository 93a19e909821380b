// Encryption of one personal value (Art. 21). Stored form: `enc1:<profile>:<keyId>:<base64>`, where
// the profile is `a` (AES-256-GCM: iv 12 | tag 16 | ciphertext) or `s` (国密 SM4-CBC with an
// encrypt-then-MAC HMAC-SM3 tag: iv 16 | tag 32 | ciphertext; node's OpenSSL has no SM4-GCM). The
// search hash is HMAC-SHA256 under a separate key, so equal values are found without decrypting.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'crypto';
import type { PiiKey, PiiKeys } from './keys';

export type PiiProfile = 'international' | 'guomi';
const PREFIX = 'enc1:';

export const isEncrypted = (value: string): boolean => value.startsWith(PREFIX);

/** The key id a stored value was encrypted with (null for a clear value). */
export const keyIdOf = (value: string): string | null => (isEncrypted(value) ? value.split(':')[2] ?? null : null);

// SM4 takes a 16-byte key: the 32-byte key is split into an encryption half and a MAC half by HMAC.
const derive = (key: Buffer, label: string): Buffer => createHmac('sha256', key).update(label).digest();

function sealAes(key: PiiKey, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}a:${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

function openAes(key: PiiKey, payload: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key.bytes, payload.subarray(0, 12));
  decipher.setAuthTag(payload.subarray(12, 28));
  return Buffer.concat([decipher.update(payload.subarray(28)), decipher.final()]).toString('utf8');
}

function sealSm4(key: PiiKey, plain: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', derive(key.bytes, 'sm4-enc').subarray(0, 16), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = createHmac('sm3', derive(key.bytes, 'sm4-mac')).update(Buffer.concat([iv, body])).digest();
  return `${PREFIX}s:${key.id}:${Buffer.concat([iv, tag, body]).toString('base64')}`;
}

function openSm4(key: PiiKey, payload: Buffer): string {
  const iv = payload.subarray(0, 16);
  const body = payload.subarray(48);
  const tag = createHmac('sm3', derive(key.bytes, 'sm4-mac')).update(Buffer.concat([iv, body])).digest();
  if (!timingSafeEqual(tag, payload.subarray(16, 48))) throw new Error('SM4 value failed its integrity check');
  const decipher = createDecipheriv('sm4-cbc', derive(key.bytes, 'sm4-enc').subarray(0, 16), iv);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

export function encryptValue(keys: PiiKeys, profile: PiiProfile, plain: string): string {
  return profile === 'guomi' ? sealSm4(keys.current, plain) : sealAes(keys.current, plain);
}

/** The clear value; a clear value passes through (rows written before encryption, until migrated). */
export function decryptValue(keys: PiiKeys, stored: string): string {
  if (!isEncrypted(stored)) return stored;
  const [, kind, keyId, data] = stored.split(':');
  const key = keys.byId.get(keyId ?? '');
  if (!key || !data) throw new Error(`personal value encrypted with unknown key ${keyId ?? '?'} (set PII_KEY_OLD during a rotation)`);
  const payload = Buffer.from(data, 'base64');
  return kind === 's' ? openSm4(key, payload) : openAes(key, payload);
}

/** Keyed hash for exact-value search; ID numbers compare case-insensitively (a final X or x). */
export function searchHash(keys: PiiKeys, plain: string): string {
  return createHmac('sha256', keys.hashKey).update(plain.trim().toUpperCase()).digest('hex');
}
