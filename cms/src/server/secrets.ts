// The server's secrets, their development defaults, and the production check: with
// NODE_ENV=production the server refuses to start while a secret is unset, short, or one of the
// published defaults (anyone who read this repository could sign tokens as any account).
// Pure (no Strapi import): cms/config/*.ts and scripts/start.ts both use it.
import { DEV_HASH_KEY, DEV_KEY } from '../pii/keys';

/** The values `npm start` uses in development, so the demo runs with one command. Never in production. */
export const DEV_SECRETS = {
  APP_KEYS: ['nmg-dev-key-1', 'nmg-dev-key-2'],
  JWT_SECRET: 'nmg-dev-jwt-secret',
  ADMIN_JWT_SECRET: 'nmg-dev-admin-jwt-secret',
  API_TOKEN_SALT: 'nmg-dev-api-token-salt',
  TRANSFER_TOKEN_SALT: 'nmg-dev-transfer-salt',
  ENCRYPTION_KEY: 'nmg-dev-encryption-key',
} as const;

interface SecretSpec {
  name: string;
  /** Comma-separated list of keys (APP_KEYS): each key is judged. */
  list?: boolean;
  /** Unset is fine (another secret stands in), but a set value must be strong. */
  optional?: boolean;
}

/**
 * Every secret the server reads. RATING_SECRET signs the public rating form's challenge and falls
 * back to APP_KEYS. Helpers adding a secret (e.g. a key for personal data at rest) add it here.
 */
export const SECRETS: SecretSpec[] = [
  { name: 'APP_KEYS', list: true },
  { name: 'JWT_SECRET' },
  { name: 'ADMIN_JWT_SECRET' },
  { name: 'API_TOKEN_SALT' },
  { name: 'TRANSFER_TOKEN_SALT' },
  { name: 'ENCRYPTION_KEY' },
  { name: 'RATING_SECRET', optional: true },
  // Personal information at rest (Art. 21, cms/src/pii/keys.ts also checks their form: 32 bytes).
  { name: 'PII_KEY' },
  { name: 'PII_HASH_KEY' },
];

/** Shorter than this is not a secret (Strapi's generator makes 24 characters: 16 random bytes). */
export const MIN_SECRET_LENGTH = 16;

/** Defaults published here and in Strapi's own templates (.env.example: tobemodified). */
const KNOWN_DEFAULTS = new Set<string>([
  ...DEV_SECRETS.APP_KEYS, DEV_SECRETS.JWT_SECRET, DEV_SECRETS.ADMIN_JWT_SECRET, DEV_SECRETS.API_TOKEN_SALT,
  DEV_SECRETS.TRANSFER_TOKEN_SALT, DEV_SECRETS.ENCRYPTION_KEY, 'nmg-rating', DEV_KEY, DEV_HASH_KEY,
  'tobemodified', 'tobemodified1', 'tobemodified2', 'changeme', 'secret', 'password',
].map((v) => v.toLowerCase()));

export interface SecretProblem {
  name: string;
  reason: string;
}

type Env = Record<string, string | undefined>;

function judge(value: string): string | null {
  if (KNOWN_DEFAULTS.has(value.toLowerCase())) return '是公开的开发默认值 (a published development default)';
  if (value.length < MIN_SECRET_LENGTH) return `少于 ${MIN_SECRET_LENGTH} 个字符 (shorter than ${MIN_SECRET_LENGTH} characters)`;
  return null;
}

/** What is wrong with the secrets in env (empty when all are set and strong). */
export function secretProblems(env: Env): SecretProblem[] {
  const problems: SecretProblem[] = [];
  const seen = new Map<string, string>();
  for (const spec of SECRETS) {
    const raw = (env[spec.name] ?? '').trim();
    if (!raw) {
      if (!spec.optional) problems.push({ name: spec.name, reason: '未设置 (not set)' });
      continue;
    }
    const values = spec.list ? raw.split(',').map((v) => v.trim()).filter(Boolean) : [raw];
    const reasons = values.map(judge).filter((r): r is string => r !== null);
    if (values.length === 0) problems.push({ name: spec.name, reason: '未设置 (not set)' });
    else if (reasons.length > 0) problems.push({ name: spec.name, reason: reasons[0] });
    // One value for two purposes: leaking one (e.g. the admin's JWT secret) gives both away.
    for (const value of values) {
      const other = seen.get(value);
      if (other && other !== spec.name) problems.push({ name: spec.name, reason: `与 ${other} 相同 (same value as ${other})` });
      seen.set(value, spec.name);
    }
  }
  return problems;
}

/** Everything that keeps a production start from being safe: the secrets and the database. */
export function productionProblems(env: Env): SecretProblem[] {
  const problems = secretProblems(env);
  // The embedded PostgreSQL (user and password "postgres", data under .data/) is the demo's.
  if (!(env.DATABASE_URL ?? '').trim()) problems.push({ name: 'DATABASE_URL', reason: '未设置：生产环境须使用运维管理的 PostgreSQL，内置数据库仅用于演示 (not set: the embedded PostgreSQL is for development)' });
  return problems;
}

export const isProduction = (env: Env): boolean => env.NODE_ENV === 'production';

/** The one message naming each offending variable. */
export function productionRefusal(problems: SecretProblem[]): string {
  return [
    '拒绝以生产模式 (NODE_ENV=production) 启动：以下环境变量不安全，请设置为随机生成的值后再启动。',
    'Refusing to start in production: set these variables to random values (e.g. `openssl rand -base64 32`).',
    ...problems.map((p) => `  ${p.name}: ${p.reason}`),
  ].join('\n');
}

/** Throws the refusal in production when anything is unsafe; does nothing in development and tests. */
export function assertProductionSafe(env: Env = process.env): void {
  if (!isProduction(env)) return;
  const problems = productionProblems(env);
  if (problems.length > 0) throw new Error(productionRefusal(problems));
}
