import { assertProductionSafe, DEV_SECRETS, productionProblems, secretProblems } from '../../../cms/src/server/secrets';

const strong = (n: number): string => `k${n}-${'x'.repeat(10)}-${n * 7919}-random`;
const SAFE = {
  NODE_ENV: 'production',
  APP_KEYS: `${strong(1)},${strong(2)}`,
  JWT_SECRET: strong(3),
  ADMIN_JWT_SECRET: strong(4),
  API_TOKEN_SALT: strong(5),
  TRANSFER_TOKEN_SALT: strong(6),
  ENCRYPTION_KEY: strong(7),
  PII_KEY: Buffer.alloc(32, 8).toString('base64'),
  PII_HASH_KEY: Buffer.alloc(32, 9).toString('base64'),
  DATABASE_URL: 'postgres://nmg:pw@db:5432/nmg',
};

describe('production secrets (GB/T 22239 身份鉴别: no published key signs a token)', () => {
  test('all set, strong and distinct: nothing to refuse', () => {
    expect(productionProblems(SAFE)).toEqual([]);
    expect(() => assertProductionSafe(SAFE)).not.toThrow();
  });

  test.each([
    ['unset', 'JWT_SECRET', undefined, '未设置'],
    ['empty', 'ADMIN_JWT_SECRET', '  ', '未设置'],
    ['the development default', 'JWT_SECRET', DEV_SECRETS.JWT_SECRET, '开发默认值'],
    ['Strapi template default', 'API_TOKEN_SALT', 'tobemodified', '开发默认值'],
    ['too short', 'ENCRYPTION_KEY', 'short-key', '少于 16 个字符'],
    ['one development app key among good ones', 'APP_KEYS', `${strong(1)},nmg-dev-key-2`, '开发默认值'],
    ['the same as another secret', 'ADMIN_JWT_SECRET', strong(3), '与 JWT_SECRET 相同'],
    ['a weak optional RATING_SECRET', 'RATING_SECRET', 'nmg-rating', '开发默认值'],
  ])('%s: %s is named', (_case, name, value, reason) => {
    const env = { ...SAFE, [name]: value };
    const problems = productionProblems(env);
    expect(problems.map((p) => p.name)).toEqual([name]);
    expect(problems[0].reason).toContain(reason);
    expect(() => assertProductionSafe(env)).toThrow(name);
  });

  test('nothing set: every secret and DATABASE_URL named in one message', () => {
    const names = productionProblems({ NODE_ENV: 'production' }).map((p) => p.name);
    expect(names).toEqual(['APP_KEYS', 'JWT_SECRET', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'PII_KEY', 'PII_HASH_KEY', 'DATABASE_URL']);
    let message = '';
    try {
      assertProductionSafe({ NODE_ENV: 'production' });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of names) expect(message).toContain(`  ${name}: `);
  });

  test('development and tests keep the defaults (the one-command demo)', () => {
    expect(() => assertProductionSafe({})).not.toThrow();
    expect(() => assertProductionSafe({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => assertProductionSafe({ NODE_ENV: 'test' })).not.toThrow();
    expect(secretProblems({}).length).toBe(8);
  });
});
