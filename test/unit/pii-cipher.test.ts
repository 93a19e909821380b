// 第二十一条 PII_PROTECTED: the cipher of one personal value (AES-256-GCM, 国密 SM4 + HMAC-SM3),
// its key id, its integrity check, and the keys' refusal of development defaults in production.
import { randomBytes } from 'crypto';
import { decryptValue, encryptValue, keyIdOf, searchHash } from '../../cms/src/pii/cipher';
import { readPiiKeys } from '../../cms/src/pii/keys';

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...extra });

describe.each(['international', 'guomi'] as const)('第二十一条 PII_PROTECTED: the %s profile', (profile) => {
  const keys = readPiiKeys(env());

  test('round-trips, never stores the clear value and names its key', () => {
    const stored = encryptValue(keys, profile, '15250219900101123X');
    expect(stored).not.toContain('15250219900101123X');
    expect(stored.startsWith(profile === 'guomi' ? 'enc1:s:' : 'enc1:a:')).toBe(true);
    expect(keyIdOf(stored)).toBe(keys.current.id);
    expect(decryptValue(keys, stored)).toBe('15250219900101123X');
    expect(encryptValue(keys, profile, '15250219900101123X')).not.toBe(stored); // a fresh IV each time
  });

  test('a tampered value is refused, not decrypted to something else', () => {
    const stored = encryptValue(keys, profile, '13904791234');
    const [head, data] = [stored.slice(0, stored.lastIndexOf(':') + 1), stored.slice(stored.lastIndexOf(':') + 1)];
    const bytes = Buffer.from(data, 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => decryptValue(keys, head + bytes.toString('base64'))).toThrow();
  });

  test('a value under an unknown key is refused; with PII_KEY_OLD it reads', () => {
    const old = randomBytes(32).toString('hex');
    const stored = encryptValue(readPiiKeys(env({ PII_KEY: old })), profile, '13904791234');
    expect(() => decryptValue(keys, stored)).toThrow(/unknown key/);
    const rotating = readPiiKeys(env({ PII_KEY: randomBytes(32).toString('base64'), PII_KEY_OLD: old }));
    expect(decryptValue(rotating, stored)).toBe('13904791234');
  });
});

describe('第二十一条 PII_PROTECTED: keys', () => {
  test('the search hash is keyed (another hash key, another hash) and ignores the case of a final X', () => {
    const a = readPiiKeys(env());
    const b = readPiiKeys(env({ PII_HASH_KEY: randomBytes(32).toString('base64') }));
    expect(searchHash(a, '15250219900101123x')).toBe(searchHash(a, '15250219900101123X'));
    expect(searchHash(a, '15250219900101123X')).not.toBe(searchHash(b, '15250219900101123X'));
  });

  test.each([
    ['unset keys', {}],
    ['the development PII_KEY', { PII_KEY: 'ZGV2ZWxvcG1lbnQtb25seS1waWkta2V5LTMyLWJ5dGU=', PII_HASH_KEY: randomBytes(32).toString('base64') }],
  ])('production refuses %s', (_title, extra) => {
    expect(() => readPiiKeys({ NODE_ENV: 'production', ...extra })).toThrow(/PII_KEY/);
  });

  test('a key of the wrong length is refused', () => {
    expect(() => readPiiKeys(env({ PII_KEY: randomBytes(16).toString('base64') }))).toThrow(/32 bytes/);
  });
});
