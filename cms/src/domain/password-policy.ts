// The minimal password policy of GB/T 22239-2019 8.1.4.1 a) (身份鉴别：口令具有复杂度要求): at least
// 10 characters of at least 3 classes (lower case, upper case, digits, other), and not the account
// name. Used by `npm run admin:create`; the fuller policy (history, maximum age, values from
// config/) replaces this function where it is called, with the same result shape.

export const MIN_PASSWORD_LENGTH = 10;
export const MIN_PASSWORD_CLASSES = 3;

export type PasswordPolicyResult = { ok: true } | { ok: false; code: 'WEAK_PASSWORD'; field: 'password'; message: string };

const CLASSES: RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

const refuse = (message: string): PasswordPolicyResult => ({ ok: false, code: 'WEAK_PASSWORD', field: 'password', message });

/**
 * Judges a password for the account names it belongs to (username, e-mail and its local part):
 * the password may neither equal nor contain any of them (ignoring case), nor the reverse.
 */
export function checkPasswordPolicy(password: string, accountNames: string[]): PasswordPolicyResult {
  if ([...password].length < MIN_PASSWORD_LENGTH) return refuse(`密码至少 ${MIN_PASSWORD_LENGTH} 个字符。`);
  const classes = CLASSES.filter((c) => c.test(password)).length;
  if (classes < MIN_PASSWORD_CLASSES) return refuse(`密码须包含大写字母、小写字母、数字、其他符号中的至少 ${MIN_PASSWORD_CLASSES} 类。`);
  const lower = password.toLowerCase();
  const names = accountNames.flatMap((n) => [n, n.split('@')[0] ?? '']).map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 3);
  if (names.some((n) => lower.includes(n) || n.includes(lower))) return refuse('密码不得包含账号名。');
  return { ok: true };
}
