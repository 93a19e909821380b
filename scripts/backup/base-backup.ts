// An online base backup of a running PostgreSQL on this host, by PostgreSQL's low-level API
// ("Making a Base Backup Using the Low Level API"): pg_backup_start, a copy of the data directory,
// pg_backup_stop, then the backup_label it returns and the WAL from the backup's start to its end,
// all in one .tar.gz that a fresh data directory can be started from (scripts/backup/restore.ts).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { Client } from 'pg';
import { gzipFile, tar } from './tar';

export const BACKUP_INFO = 'nmg-backup.json';

export interface BackupInfo {
  format: 1;
  label: string;
  startedAt: string;
  finishedAt: string;
  serverVersion: string;
  startLsn: string;
  stopLsn: string;
  walFiles: string[];
}

// What the PostgreSQL docs say to leave out: the server recreates or does not need them, and
// the WAL comes separately (only the segments the backup needs).
const EXCLUDE = [
  './postmaster.pid',
  './postmaster.opts',
  './backup_label',
  './tablespace_map',
  './pg_wal/*',
  './pg_replslot/*',
  './pg_dynshmem/*',
  './pg_notify/*',
  './pg_serial/*',
  './pg_snapshots/*',
  './pg_stat_tmp/*',
  './pg_subtrans/*',
  'pgsql_tmp*',
  'pg_internal.init',
];

const WAL_FILE = /^[0-9A-F]{24}$/;

/** The server's data directory, if it is on this host and readable; else why not. */
async function localDataDir(client: Client): Promise<string> {
  const dir = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0].data_directory;
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    const version = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
    throw new Error(
      `the database server's data directory ${dir} is not on this machine: back it up where it runs, e.g. pg_dump -Fc of PostgreSQL ${version.split('.')[0]} (数据库不在本机：请在数据库服务器上用同一主版本的 pg_dump 备份)`,
    );
  }
  const spaces = await client.query("SELECT spcname FROM pg_tablespace WHERE spcname NOT IN ('pg_default', 'pg_global')");
  if (spaces.rowCount) throw new Error(`tablespaces outside the data directory are not backed up by this command: ${spaces.rows.map((r: { spcname: string }) => r.spcname).join(', ')}`);
  return dir;
}

/** Backs up the server client is connected to (a superuser) into file; returns what it did. */
export async function baseBackup(client: Client, file: string, label = `nmg ${new Date().toISOString()}`): Promise<BackupInfo> {
  const dataDir = await localDataDir(client);
  const startedAt = new Date().toISOString();
  const serverVersion = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  // A temporary slot holds every WAL segment from now on until this session ends: a checkpoint
  // during a long copy would otherwise recycle the segments the backup starts from.
  await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [`nmg_backup_${process.pid}_${Date.now()}`]);
  const start = await client.query<{ lsn: string }>('SELECT pg_backup_start($1, true) AS lsn', [label]);
  const partial = `${file}.partial`;
  const work = `${file}.work`;
  mkdirSync(dirname(file), { recursive: true });
  rmSync(work, { recursive: true, force: true });
  try {
    await tar(['-cf', partial, '-C', dataDir, '--ignore-failed-read', '--warning=no-file-changed', '--warning=no-file-removed', ...EXCLUDE.map((p) => `--exclude=${p}`), '.'], {
      tolerateChanges: true,
    });
  } catch (error: unknown) {
    await client.query('SELECT pg_backup_stop(false)').catch(() => undefined);
    rmSync(partial, { force: true });
    throw error;
  }
  // Waits until the last segment is archived when WAL archiving is on.
  const stop = await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>('SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(true)');
  const { lsn: stopLsn, labelfile, spcmapfile } = stop.rows[0];
  const startWal = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(labelfile)?.[1];
  if (!startWal) throw new Error(`backup_label without a start WAL file: ${labelfile}`);
  const stopWal = (await client.query<{ name: string }>('SELECT pg_walfile_name($1::pg_lsn) AS name', [stopLsn])).rows[0].name;
  // The segments from the start's to the stop's (the stop switched to a new segment, so its own is
  // complete), and the timeline history files recovery reads.
  const walDir = join(dataDir, 'pg_wal');
  const walFiles = readdirSync(walDir)
    .filter((name) => (WAL_FILE.test(name) && name.slice(0, 8) === stopWal.slice(0, 8) && name.slice(8) >= startWal.slice(8) && name.slice(8) <= stopWal.slice(8)) || name.endsWith('.history'))
    .sort();
  const missing = walFiles.filter((n) => WAL_FILE.test(n)).length === 0 || !walFiles.includes(startWal) || !walFiles.includes(stopWal);
  if (missing) throw new Error(`WAL segments ${startWal}…${stopWal} are not all in ${walDir}`);
  const info: BackupInfo = { format: 1, label, startedAt, finishedAt: new Date().toISOString(), serverVersion, startLsn: start.rows[0].lsn, stopLsn, walFiles };
  mkdirSync(join(work, 'pg_wal', 'archive_status'), { recursive: true });
  writeFileSync(join(work, 'backup_label'), labelfile);
  const extra = ['backup_label', 'pg_wal/archive_status', BACKUP_INFO];
  if (spcmapfile) {
    writeFileSync(join(work, 'tablespace_map'), spcmapfile);
    extra.push('tablespace_map');
  }
  writeFileSync(join(work, BACKUP_INFO), `${JSON.stringify(info, null, 2)}\n`);
  try {
    await tar(['-rf', partial, '-C', work, ...extra, '-C', dataDir, ...walFiles.map((name) => `pg_wal/${name}`)]);
    await gzipFile(partial, `${file}.gz.partial`);
    // Only a complete archive gets the name: a crash mid-backup leaves no file that looks usable.
    renameSync(`${file}.gz.partial`, file);
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${file}.gz.partial`, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
  return info;
}

export const fileSize = (file: string): number => statSync(file).size;
