// One Strapi per test file, on its own copy of the seeded template database.
import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { BOOT, TEMPLATE_DB } from './paths';

type Boot = typeof import('../../cms/src/server/boot');

export const DEMO_PASSWORD = 'Demo@2026!';

export interface TestApp {
  strapi: Core.Strapi;
  http: () => TestAgent;
  /** JWT of a demo account, e.g. token('county-dept-editor'). */
  token(username: string): Promise<string>;
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
  return {
    strapi,
    http: () => request(server),
    async token(username: string) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const res = await request(server).post('/api/auth/local').send({ identifier: username, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(username, res.body.jwt as string);
      return res.body.jwt as string;
    },
    async close() {
      await strapi.destroy();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
