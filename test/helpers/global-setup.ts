// Runs once per `npm test`: starts a throwaway PostgreSQL (embedded, or TEST_DATABASE_URL's
// server), migrates and seeds a template database; each test file then copies the template.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { freePort } from '../../database/ports';
import { startEmbeddedPostgres } from '../../database/embedded';
import { BOOT, TEMPLATE_DB } from './paths';

type Boot = typeof import('../../cms/src/server/boot');

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'nmg-test-pg-'));
    const pg = await startEmbeddedPostgres({ dir, port: await freePort(), quiet: true });
    (globalThis as { __nmgPostgres?: { stop(): Promise<void>; dir: string } }).__nmgPostgres = { stop: () => pg.stop(), dir };
    adminUrl = pg.urlFor('postgres');
  }
  process.env.NMG_TEST_ADMIN_URL = adminUrl;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();

  process.env.DATABASE_URL = withDatabase(adminUrl, TEMPLATE_DB);
  process.env.CRON_ENABLED = 'false';
  process.env.STRAPI_LOG_LEVEL = 'error';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const boot = require(BOOT) as Boot;
  const strapi = await boot.loadStrapi();
  await boot.seedDemo(strapi, { divisionsCsv: boot.DIVISIONS_CSV });
  await strapi.destroy();
}
