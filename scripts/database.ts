// The database the server uses: DATABASE_URL when set, else the embedded PostgreSQL kept in .data/.
import { mkdirSync } from 'fs';
import { dirname, isAbsolute, join } from 'path';
import { startEmbeddedPostgres, type RunningPostgres } from '../database/embedded';
import { ROOT } from './run';
import { archiveSettings, walArchiveDir } from './wal-archive';

export interface Database {
  url: string;
  embedded: RunningPostgres | null;
}

export const DATABASE_NAME = 'nmg';

/** The embedded data directory: EMBEDDED_PG_DIR (tests, a restored copy) or .data/postgres. */
export function embeddedDir(): string {
  const configured = process.env.EMBEDDED_PG_DIR;
  if (!configured) return join(ROOT, '.data', 'postgres');
  return isAbsolute(configured) ? configured : join(ROOT, configured);
}

export const embeddedPort = (): number => Number(process.env.EMBEDDED_PG_PORT ?? 54329);

export async function openDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const dir = embeddedDir();
  mkdirSync(dirname(dir), { recursive: true });
  const archive = walArchiveDir();
  const embedded = await startEmbeddedPostgres({
    dir,
    port: embeddedPort(),
    quiet: true,
    logFile: `${dir}.log`,
    settings: archive ? () => archiveSettings(archive, dir) : undefined,
    watchdog: process.env.NMG_PG_WATCHDOG !== '0',
  });
  await embedded.createDatabase(DATABASE_NAME);
  const url = embedded.urlFor(DATABASE_NAME);
  process.env.DATABASE_URL = url;
  return { url, embedded };
}
