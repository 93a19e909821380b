// What `npm start` puts in the database before serving. Development: the demo (governments,
// departments, lists, the 20 demo accounts and the admin with the README's password), once.
// Production: the governments and justice departments only; no account at all, the first
// administrator comes from `npm run admin:create`.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { seedDemo, seedReference, type SeedOptions } from './index';
import { DEMO_ADMIN, DEMO_PASSWORD } from './demo-data';
import { isRow } from '../util/row';
import { publishDemoLists } from './publish-demo';
import { seedSupervisionDemo, type SupervisionDemo } from './supervision-demo';

export interface Prepared {
  production: boolean;
  /** True when this start seeded (reference data in production, the demo otherwise). */
  seeded: boolean;
  published: string[];
  supervision: SupervisionDemo | null;
  /** Accounts that can sign in to the console or the admin panel (production: 0 until admin:create). */
  administrators: number;
}

export async function prepareData(strapi: Core.Strapi, options: SeedOptions & { production: boolean }): Promise<Prepared> {
  if (options.production) {
    const left = await demoAccountsLeft(strapi);
    if (left.length > 0) {
      throw new Error(`拒绝以生产模式启动：数据库中仍有使用公开演示密码的账号（${left.join('、')}），请停用或删除后再启动。\nRefusing to start in production: demo accounts with the published password exist: ${left.join(', ')}.`);
    }
    const seeded = await seedReference(strapi, options);
    const administrators = Number(await strapi.db.query('admin::user').count({}));
    return { production: true, seeded, published: [], supervision: null, administrators };
  }
  const seeded = await seedDemo(strapi, options);
  const published = seeded ? await publishDemoLists(strapi) : [];
  const supervision = seeded ? await seedSupervisionDemo(strapi) : null;
  return { production: false, seeded, published, supervision, administrators: Number(await strapi.db.query('admin::user').count({})) };
}

/** Tiers of the demo accounts (`<tier>-<role>`), as README lists them. */
const DEMO_TIERS = ['region', 'league', 'county', 'county2'];

/**
 * Demo accounts still signing in with the published password (a database that began as a demo).
 * Only the demo names are tried, so the check costs at most 21 password comparisons.
 */
async function demoAccountsLeft(strapi: Core.Strapi): Promise<string[]> {
  const usernames = DEMO_TIERS.flatMap((tier) => regulationConfig().roles.map((r) => `${tier}-${r.type}`));
  const users: unknown = await strapi.db.query('plugin::users-permissions.user').findMany({ where: { username: { $in: usernames }, blocked: false }, select: ['username', 'password'] });
  const admins: unknown = await strapi.db.query('admin::user').findMany({ where: { email: DEMO_ADMIN.email, blocked: false }, select: ['email', 'password'] });
  const userService = strapi.plugin('users-permissions').service('user') as unknown as { validatePassword(password: string, hash: string): Promise<boolean> };
  const adminAuth = strapi.service('admin::auth') as unknown as { validatePassword(password: string, hash: string): Promise<boolean> };
  const left: string[] = [];
  for (const row of Array.isArray(users) ? users.filter(isRow) : []) {
    if (typeof row.password === 'string' && (await userService.validatePassword(DEMO_PASSWORD, row.password))) left.push(String(row.username));
  }
  for (const row of Array.isArray(admins) ? admins.filter(isRow) : []) {
    if (typeof row.password === 'string' && (await adminAuth.validatePassword(DEMO_ADMIN.password, row.password))) left.push(String(row.email));
  }
  return left;
}
