// The database the server uses: DATABASE_URL when set, else the embedded PostgreSQL kept in .data/.
import { join } from 'path';
import { startEmbeddedPostgres, type RunningPostgres } from '../database/embedded';
import { ROOT } from './run';

export interface Database {
  url: string;
  embedded: RunningPostgres | null;
}

export async function openDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const embedded = await startEmbeddedPostgres({ dir: join(ROOT, '.data', 'postgres'), port, quiet: true });
  await embedded.createDatabase('nmg');
  const url = embedded.urlFor('nmg');
  process.env.DATABASE_URL = url;
  return { url, embedded };
}
