import { checkPassword, checkPasswordPolicy, passwordExpired, type PasswordPolicy } from '../../../cms/src/domain/password-policy';

const policy: PasswordPolicy = { minLength: 10, minClasses: 3, history: 5, maxAgeDays: 90 };

describe('GB/T 22239-2019 8.1.4.1 a: password complexity (config/security.json)', () => {
  test.each([
    ['Demo@2026!', 'the demo password: 10 characters, 4 classes'],
    ['Grassland#2026', 'upper, lower, digit, other'],
    ['grassland#2026', 'lower, digit, other'],
    ['草原Grassland99', 'Chinese counts as other characters'],
  ])('allowed: %s (%s)', (password) => {
    expect(checkPassword(password, { username: 'county-viewer', policy })).toEqual({ ok: true });
  });

  test.each([
    ['Short#1a', 'PASSWORD_TOO_SHORT'],
    ['aaaaaaaaaa', 'PASSWORD_TOO_SIMPLE'],
    ['abcdefgh12', 'PASSWORD_TOO_SIMPLE'],
    ['ABCDEFGH!!', 'PASSWORD_TOO_SIMPLE'],
    ['My-county-viewer-1', 'PASSWORD_HAS_USERNAME'],
    ['MY-COUNTY-VIEWER-1', 'PASSWORD_HAS_USERNAME'],
    ['Xx-wang.li-2026', 'PASSWORD_HAS_USERNAME'],
  ])('refused: %s (%s)', (password, code) => {
    const result = checkPassword(password, { username: 'county-viewer', email: 'wang.li@example.cn', policy });
    expect(result).toMatchObject({ ok: false, code, field: 'password' });
    if (!result.ok) expect(result.message).toMatch(/密码/);
  });

  test('a recent password is refused after the strength checks', () => {
    expect(checkPassword('Grassland#2026', { username: 'x', reused: true, policy })).toMatchObject({ ok: false, code: 'PASSWORD_REUSED' });
    expect(checkPassword('short', { username: 'x', reused: true, policy })).toMatchObject({ ok: false, code: 'PASSWORD_TOO_SHORT' });
  });

  test('a username under three characters is not looked for', () => {
    expect(checkPassword('ab-Grassland#1', { username: 'ab', policy })).toEqual({ ok: true });
  });
});

describe('maximum password age', () => {
  const now = new Date('2026-12-05T00:00:00Z');
  test('a password older than maxAgeDays is due; a younger one is not', () => {
    expect(passwordExpired(new Date('2026-09-05T00:00:00Z'), now, policy)).toBe(true);
    expect(passwordExpired(new Date('2026-09-07T00:00:00Z'), now, policy)).toBe(false);
  });
  test('no maximum age: never due', () => {
    expect(passwordExpired(new Date('2000-01-01T00:00:00Z'), now, { ...policy, maxAgeDays: null })).toBe(false);
  });
});

describe('checkPasswordPolicy: one code for admin:create (an account known by username and e-mail)', () => {
  test.each([
    ['Xm4!pQ9rTz', ['region-admin']],
    ['长城-Hohhot-2026', ['it@nmg.gov.cn']],
  ])('accepts %s', (password, names) => {
    expect(checkPasswordPolicy(password, names, policy)).toEqual({ ok: true });
  });
  test.each([
    ['Ab1!Ab1!a', ['x'], '至少 10 个字符'],
    ['abcdefgh12', ['x'], '至少 3 类'],
    ['Region-Admin-2026', ['region-admin'], '不得包含账号名'],
    ['Xiaowang@2026!', ['it', 'xiaowang@nmg.gov.cn'], '不得包含账号名'],
  ])('refuses %s', (password, names, message) => {
    const result = checkPasswordPolicy(password, names, policy);
    expect(result).toMatchObject({ ok: false, code: 'WEAK_PASSWORD', field: 'password' });
    if (!result.ok) expect(result.message).toContain(message);
  });
});
