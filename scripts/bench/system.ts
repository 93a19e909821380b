// The system under measurement, started the way the browser tests start it (test/e2e/server.ts):
// a throwaway embedded PostgreSQL in its own temp dir and port, the demo data, and the server on a
// free port with the scheduled checks off (CRON_ENABLED=false), so nothing runs besides the bench.
import type { Core } from '@strapi/strapi';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startEmbeddedPostgres } from '../../database/embedded';
import { ROOT } from '../run';
import { freePort } from '../../database/ports';

type Boot = typeof import('../../cms/src/server/boot');

export interface BenchSystem {
  strapi: Core.Strapi;
  boot: Boot;
  baseUrl: string;
  databaseUrl: string;
  /** Seconds spent seeding the demo data (printed, not measured against a target). */
  seedSeconds: number;
  stop(): Promise<void>;
}

export async function startBenchSystem(): Promise<BenchSystem> {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-bench-pg-'));
  const pg = await startEmbeddedPostgres({ dir, port: await freePort(), quiet: true });
  let strapi: Core.Strapi | null = null;
  const stop = async (): Promise<void> => {
    if (strapi) await strapi.destroy();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await pg.createDatabase('nmg_bench');
    const databaseUrl = pg.urlFor('nmg_bench');
    process.env.DATABASE_URL = databaseUrl;
    process.env.CRON_ENABLED = 'false';
    process.env.STRAPI_LOG_LEVEL = process.env.STRAPI_LOG_LEVEL ?? 'warn';
    const port = await freePort();
    process.env.PORT = String(port);
    process.env.HOST = '127.0.0.1';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const boot = require(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js')) as Boot;
    strapi = await boot.loadStrapi();
    const seedStart = performance.now();
    await boot.seedDemo(strapi, { divisionsCsv: boot.DIVISIONS_CSV });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    await strapi.start();
    return { strapi, boot, baseUrl: `http://127.0.0.1:${port}`, databaseUrl, seedSeconds, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
