// Starts the whole system for browser tests: a throwaway embedded PostgreSQL, the seeded demo data
// and the server on a free port, serving the built console at /console.
import type { Core } from '@strapi/strapi';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { freePort } from '../../database/ports';
import { startEmbeddedPostgres, type RunningPostgres } from '../../database/embedded';
import { BOOT } from '../helpers/paths';

type Boot = typeof import('../../cms/src/server/boot');

export interface RunningSystem {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The department whose editor creates a power in the browser tests. */
export const E2E_DEPARTMENT = '锡林浩特市市场监督管理局';

// Creating a power needs an approved 'add' adjustment for the department (CATALOGUE_ONLY, Art. 11);
// the demo seed has none, so the system (no request context) records one as already approved.
async function approveAddAdjustment(strapi: Core.Strapi, departmentName: string): Promise<void> {
  const department = await strapi.documents('api::department.department').findFirst({ filters: { name: departmentName } });
  if (!department) throw new Error(`e2e setup: department ${departmentName} not seeded`);
  await strapi.documents('api::power-adjustment.power-adjustment').create({
    data: { kind: 'add', department: department.documentId, reason: '新增职权（浏览器测试）', state: 'approved' },
  });
}

export async function startSystem(): Promise<RunningSystem> {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-e2e-pg-'));
  const pg: RunningPostgres = await startEmbeddedPostgres({ dir, port: await freePort(), quiet: true });
  await pg.createDatabase('nmg_e2e');
  process.env.DATABASE_URL = pg.urlFor('nmg_e2e');
  process.env.CRON_ENABLED = 'false';
  // One browser signs in as a dozen demo accounts from one address within a minute.
  process.env.AUTH_RATELIMIT_MAX = '200';
  process.env.STRAPI_LOG_LEVEL = process.env.STRAPI_LOG_LEVEL ?? 'warn';
  const port = await freePort();
  process.env.PORT = String(port);
  process.env.HOST = '127.0.0.1';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const boot = require(BOOT) as Boot;
  const strapi: Core.Strapi = await boot.loadStrapi();
  await boot.seedDemo(strapi, { divisionsCsv: boot.DIVISIONS_CSV });
  await approveAddAdjustment(strapi, E2E_DEPARTMENT);
  await strapi.start();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await strapi.destroy();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
