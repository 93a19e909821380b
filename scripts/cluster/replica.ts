// A streaming replica of a running primary, made with PostgreSQL's own low-level base backup API
// (pg_backup_start / pg_backup_stop and a file copy): the embedded binaries have no pg_basebackup,
// and Debian's is of another major version. The replica keeps a physical replication slot on the
// primary so that the WAL it needs is never recycled while it catches up.
import { appendFileSync, chmodSync, cpSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { ChildProcess } from 'child_process';
import { Client } from 'pg';
import { chownTree, pgCtl, postgresIds, startPostgres } from './postgres-process';

/** Files a base backup leaves out (PostgreSQL docs, "Backing Up the Data Directory"). */
const SKIP = new Set(['postmaster.pid', 'postmaster.opts', 'pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);

export interface Replica {
  port: number;
  dir: string;
  process: ChildProcess;
  /** Makes the replica the primary (after the old primary is gone). */
  promote(): void;
  stop(): Promise<void>;
}

export async function createReplica(options: { primaryAdminUrl: string; primaryDir: string; primaryPort: number; dir: string; port: number; user: string; password: string }): Promise<Replica> {
  const ids = postgresIds();
  const client = new Client({ connectionString: options.primaryAdminUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_create_physical_replication_slot('nmg_replica', true) WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = 'nmg_replica')");
    // Non-exclusive backup: this session must stay open until pg_backup_stop.
    await client.query("SELECT pg_backup_start('nmg-replica', true)");
    mkdirSync(options.dir, { recursive: true });
    cpSync(options.primaryDir, options.dir, { recursive: true, filter: (source) => !SKIP.has(source.slice(options.primaryDir.length + 1)) });
    for (const empty of SKIP) if (!empty.startsWith('postmaster')) mkdirSync(join(options.dir, empty), { recursive: true });
    const stop = await client.query<{ labelfile: string; spcmapfile: string }>('SELECT labelfile, spcmapfile FROM pg_backup_stop(true)');
    writeFileSync(join(options.dir, 'backup_label'), stop.rows[0]?.labelfile ?? '');
    if (stop.rows[0]?.spcmapfile) writeFileSync(join(options.dir, 'tablespace_map'), stop.rows[0].spcmapfile);
  } finally {
    await client.end();
  }
  writeFileSync(join(options.dir, 'standby.signal'), '');
  appendFileSync(
    join(options.dir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = 'host=127.0.0.1 port=${options.primaryPort} user=${options.user} password=${options.password} application_name=nmg_replica'\nprimary_slot_name = 'nmg_replica'\nhot_standby = on\n`,
  );
  chownTree(options.dir, ids);
  // PostgreSQL refuses a data directory others may read.
  chmodSync(options.dir, 0o700);
  const process = await startPostgres(options.dir, options.port, ids);
  return {
    port: options.port,
    dir: options.dir,
    process,
    promote: () => pgCtl(['promote', '-w', '-D', options.dir], ids),
    stop: () => new Promise((resolve) => {
      if (process.exitCode !== null) return resolve();
      process.once('exit', () => resolve());
      process.kill('SIGINT');
    }),
  };
}
