// Password strength for accounts (GB/T 22239-2019 8.1.4.1 a: identification with passwords of
// sufficient complexity, changed periodically). The numbers come from config/security.json; this file
// judges one candidate password and whether a stored password is due for a change. Reuse of a recent
// password needs the stored hashes and is judged by the caller (cms/src/security/password-service.ts).
import { regulationConfig, type SecurityFile } from '@nmg/config';

export type PasswordPolicy = SecurityFile['password'];

export type PasswordCode = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_SIMPLE' | 'PASSWORD_HAS_USERNAME' | 'PASSWORD_REUSED';

export type PasswordResult = { ok: true } | { ok: false; code: PasswordCode; field: 'password'; message: string };

export interface PasswordContext {
  /** The account name (and, where known, e-mail local part) the password may not contain. */
  username: string;
  email?: string | null;
  /** Further names of the account (e.g. an administrator's e-mail), judged like the username. */
  otherNames?: string[];
  /** True when the password matches one of the account's recent passwords (see password-service.ts). */
  reused?: boolean;
  policy?: PasswordPolicy;
}

const CLASSES: { name: string; test: RegExp }[] = [
  { name: '大写字母', test: /[A-Z]/ },
  { name: '小写字母', test: /[a-z]/ },
  { name: '数字', test: /[0-9]/ },
  { name: '其他符号', test: /[^A-Za-z0-9]/ },
];

const failure = (code: PasswordCode, message: string): PasswordResult => ({ ok: false, code, field: 'password', message });

/** The account names a password may not contain: the username and the e-mail's local part, at least 3 characters. */
function namesOf(context: PasswordContext): string[] {
  const names = [context.username, context.email ?? '', ...(context.otherNames ?? [])];
  return names.flatMap((n) => [n, n.split('@')[0] ?? '']).map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 3);
}

export function checkPassword(password: string, context: PasswordContext): PasswordResult {
  const policy = context.policy ?? regulationConfig().security.password;
  if ([...password].length < policy.minLength) return failure('PASSWORD_TOO_SHORT', `密码至少 ${policy.minLength} 个字符。`);
  const classes = CLASSES.filter((c) => c.test.test(password)).length;
  if (classes < policy.minClasses) {
    return failure('PASSWORD_TOO_SIMPLE', `密码须包含${CLASSES.map((c) => c.name).join('、')}中的至少 ${policy.minClasses} 类。`);
  }
  const lower = password.toLowerCase();
  // Neither containing an account name nor contained in one.
  if (namesOf(context).some((name) => lower.includes(name) || name.includes(lower))) return failure('PASSWORD_HAS_USERNAME', '密码不得包含账号名。');
  if (context.reused === true) return failure('PASSWORD_REUSED', `新密码不能与最近 ${policy.history} 次使用过的密码相同。`);
  return { ok: true };
}

/** Whether a password set at `changedAt` must be changed now (maximum age); never when no maximum is set. */
export function passwordExpired(changedAt: Date | null, now: Date, policy: PasswordPolicy = regulationConfig().security.password): boolean {
  if (policy.maxAgeDays === null || changedAt === null) return false;
  return now.getTime() - changedAt.getTime() > policy.maxAgeDays * 86_400_000;
}

/** One code for any weakness: the shape `npm run admin:create` (cms/src/bootstrap/first-admin.ts) uses. */
export type PasswordPolicyResult = { ok: true } | { ok: false; code: 'WEAK_PASSWORD'; field: 'password'; message: string };

/** checkPassword for a new account known by several names (username, e-mail), without history. */
export function checkPasswordPolicy(password: string, accountNames: string[], policy?: PasswordPolicy): PasswordPolicyResult {
  const [username = '', ...otherNames] = accountNames;
  const result = checkPassword(password, { username, otherNames, policy });
  return result.ok ? result : { ok: false, code: 'WEAK_PASSWORD', field: 'password', message: result.message };
}
