import { checkPasswordPolicy } from '../../../cms/src/domain/password-policy';

describe('minimal password policy (GB/T 22239 8.1.4.1 a: 口令复杂度)', () => {
  test.each([
    ['Xm4!pQ9rTz', ['region-admin']],
    ['长城-Hohhot-2026', ['it@nmg.gov.cn']],
    ['correct horse 7 Battery', ['admin']],
  ])('accepts %s', (password, names) => {
    expect(checkPasswordPolicy(password, names)).toEqual({ ok: true });
  });

  test.each([
    ['aaaaaaaa', ['x'], '至少 10 个字符'],
    ['Ab1!Ab1!a', ['x'], '至少 10 个字符'],
    ['aaaaaaaaaaaa', ['x'], '至少 3 类'],
    ['abcdefgh12', ['x'], '至少 3 类'],
    ['Region-Admin-2026', ['region-admin'], '不得包含账号名'],
    ['Xiaowang@2026!', ['xiaowang@nmg.gov.cn'], '不得包含账号名'],
  ])('refuses %s', (password, names, message) => {
    const result = checkPasswordPolicy(password, names);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect({ code: result.code, field: result.field }).toEqual({ code: 'WEAK_PASSWORD', field: 'password' });
      expect(result.message).toContain(message);
    }
  });
});
