// npm run backup [-- <file>]: an online, consistent backup of the running database without stopping
// it (PostgreSQL's low-level base backup with its WAL; docs/DECISIONS.md), into
// backups/<time>.tar.gz by default. The embedded PostgreSQL is started for the backup if it is not
// running; a DATABASE_URL server must be on this host (else: pg_dump of its own major version).
import { isAbsolute, join, relative } from 'path';
import { Client } from 'pg';
import { startEmbeddedPostgres, embeddedUser, type RunningPostgres } from '../database/embedded';
import { readPostmasterPid, runsOn } from '../database/postmaster';
import { baseBackup, fileSize } from './backup/base-backup';
import { embeddedDir, embeddedPort } from './database';
import { ROOT } from './run';
import { runOrExplain } from './start-error';
import { archiveSettings, walArchiveDir } from './wal-archive';

const stamp = () => new Date().toISOString().replace(/[:]/g, '-').replace(/\..*/, '');

async function connect(): Promise<{ client: Client; started: RunningPostgres | null }> {
  if (process.env.DATABASE_URL) return { client: new Client({ connectionString: process.env.DATABASE_URL }), started: null };
  const dir = embeddedDir();
  const postmaster = readPostmasterPid(dir);
  if (postmaster && runsOn(postmaster.pid, dir)) {
    const { user, password, socketDir } = embeddedUser;
    return { client: new Client({ user, password, host: postmaster.socketDir || socketDir, port: postmaster.port, database: 'postgres' }), started: null };
  }
  // Not running: start it for the backup alone (a stopped server would do with a plain copy, but one path is one thing to trust).
  const archive = walArchiveDir();
  const started = await startEmbeddedPostgres({ dir, port: embeddedPort(), quiet: true, logFile: `${dir}.log`, settings: archive ? () => archiveSettings(archive, dir) : undefined });
  return { client: new Client({ connectionString: started.urlFor('postgres') }), started };
}

runOrExplain(async () => {
  const argument = process.argv.slice(2).find((a) => !a.startsWith('-'));
  const file = argument ? (isAbsolute(argument) ? argument : join(process.cwd(), argument)) : join(ROOT, 'backups', `${stamp()}.tar.gz`);
  const began = Date.now();
  const { client, started } = await connect();
  try {
    await client.connect();
    const info = await baseBackup(client, file);
    const mb = (fileSize(file) / 1024 / 1024).toFixed(1);
    console.log(`[nmg] backup written: ${relative(process.cwd(), file) || file}  ${mb} MB  in ${((Date.now() - began) / 1000).toFixed(1)} s  (PostgreSQL ${info.serverVersion}, WAL ${info.startLsn}…${info.stopLsn}, ${info.walFiles.length} WAL file(s))`);
    console.log(`      restore with: npm run restore ${relative(process.cwd(), file) || file}`);
  } finally {
    await client.end().catch(() => undefined);
    await started?.stop();
  }
}, 'backup');
