// One Strapi per test file, on its own copy of the seeded template database.
import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { BOOT, TEMPLATE_DB } from './paths';

type Boot = typeof import('../../cms/src/server/boot');

export const DEMO_PASSWORD = 'Demo@2026!';
/** The seeded Strapi super administrator (admin panel). */
export const ADMIN_EMAIL = 'admin@nmg.gov.cn.local';
export const ADMIN_PASSWORD = 'Admin@2026!';

/** An Authorization header value for a token. */
export const bearerOf = (token: string): string => `Bearer ${token}`;

export interface TestApp {
  strapi: Core.Strapi;
  http: () => TestAgent;
  /** JWT of a demo account, e.g. token('county-dept-editor'). */
  token(username: string): Promise<string>;
  /** `Bearer <JWT>` of a demo account, for the Authorization header. */
  bearer(username: string): Promise<string>;
  /** `Bearer <token>` of the super administrator, signed in afresh through /admin/login (asserts a 200). */
  adminBearer(): Promise<string>;
  close(): Promise<void>;
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.NMG_TEST_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface PoolLike {
  numUsed(): number;
  numPendingAcquires(): number;
}

/**
 * Waits (up to 5 s) for database work that Strapi's own plugins start without awaiting (content
 * history after an admin edit, for instance) so that destroy() does not abort it mid-query.
 */
async function settle(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db.connection.client as unknown as { pool?: PoolLike }).pool;
  for (let waited = 0; pool && waited < 5000; waited += 50) {
    if (pool.numUsed() === 0 && pool.numPendingAcquires() === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function bootApp(): Promise<TestApp> {
  const name = `nmg_test_${process.pid}_${Date.now()}`;
  await admin(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  const url = new URL(String(process.env.NMG_TEST_ADMIN_URL));
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.PORT = '0';
  process.env.CRON_ENABLED = 'false';
  process.env.STRAPI_LOG_LEVEL = process.env.STRAPI_LOG_LEVEL ?? 'error';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const boot = require(BOOT) as Boot;
  const strapi = await boot.loadStrapi();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  const tokens = new Map<string, string>();
  const token = async (username: string): Promise<string> => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const res = await request(server).post('/api/auth/local').send({ identifier: username, password: DEMO_PASSWORD });
    let jwt: string;
    if (res.status === 200) {
      jwt = res.body.jwt as string;
    } else if (res.status === 429) {
      // users-permissions allows 10 sign-ins a minute from one address; a file that signs in more
      // accounts gets the token the sign-in would have issued (a new session of the account).
      const user = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username }, select: ['id'] })) as { id: number } | null;
      if (!user) throw new Error(`login ${username}: no such account`);
      jwt = await boot.issueSessionToken(strapi, user.id, null);
    } else {
      throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    tokens.set(username, jwt);
    return jwt;
  };
  return {
    strapi,
    http: () => request(server),
    token,
    bearer: async (username: string) => bearerOf(await token(username)),
    async adminBearer() {
      const res = await request(server).post('/admin/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
      expect(res.status).toBe(200);
      return bearerOf(String((res.body as { data: { token: string } }).data.token));
    },
    async close() {
      await settle(strapi);
      await strapi.destroy();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
