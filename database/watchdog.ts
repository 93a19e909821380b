// Stops the embedded PostgreSQL when the server that started it dies, even by kill -9 (which runs
// no handler of ours): a detached shell, a few hundred kilobytes, polls both processes every two
// seconds and runs `pg_ctl stop -m fast` once the server is gone. Linux (/proc) only; elsewhere
// the next `npm start` stops a PostgreSQL left running (database/postmaster.ts).
import { spawn } from 'child_process';
import { existsSync, statSync } from 'fs';
import { join } from 'path';
import { binDir } from './postmaster';

const SCRIPT = [
  'while [ -d "/proc/$1" ] && [ -d "/proc/$2" ]; do sleep 2; done',
  'if [ -d "/proc/$2" ]; then exec "$3" stop -D "$4" -m fast -w -t 60; fi',
].join('\n');

export function startWatchdog(options: { dir: string; serverPid: number; postmasterPid: number }): void {
  if (!existsSync('/proc')) return;
  // pg_ctl refuses to run as root: the watchdog runs as the data directory's owner.
  const asOwner = typeof process.getuid === 'function' && process.getuid() === 0 ? { uid: statSync(options.dir).uid, gid: statSync(options.dir).gid } : {};
  const child = spawn('/bin/sh', ['-c', SCRIPT, 'nmg-pg-watchdog', String(options.serverPid), String(options.postmasterPid), join(binDir(), 'pg_ctl'), options.dir], {
    ...asOwner,
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}
