import { rmSync } from 'fs';
import { Client } from 'pg';
import { TEMPLATE_DB } from './paths';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __nmgPostgres?: { stop(): Promise<void>; dir: string } };
  if (holder.__nmgPostgres) {
    await holder.__nmgPostgres.stop();
    rmSync(holder.__nmgPostgres.dir, { recursive: true, force: true });
    return;
  }
  if (process.env.NMG_TEST_ADMIN_URL) {
    const client = new Client({ connectionString: process.env.NMG_TEST_ADMIN_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await client.end();
  }
}
