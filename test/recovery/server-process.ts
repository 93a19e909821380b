// A server process as `npm start` runs it (scripts/serve.ts, compiled by npm test), on its own
// embedded data directory and free ports, for tests that kill it.
import { spawn, type ChildProcess } from 'child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from '../helpers/paths';

export const SERVE = join(ROOT, '.build', 'scripts', 'serve.js');

export interface ServerRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export function makeDataFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  // PostgreSQL runs as the user `postgres` when the tests run as root: it must reach its directory.
  chmodSync(folder, 0o755);
  return folder;
}

export function startServer(env: Record<string, string>): ServerRun {
  if (!existsSync(SERVE)) throw new Error(`${SERVE} missing: run the tests with npm test (it compiles scripts/)`);
  const child = spawn(process.execPath, [SERVE], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', CRON_ENABLED: 'false', STRAPI_LOG_LEVEL: 'error', SEED_DEMO: 'false', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => void (output += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => void (output += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until the server answers the public API, or fails with what it printed. */
export async function waitForServer(run: ServerRun, port: number, timeoutMs = 120000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`server exited (${run.child.exitCode}): ${run.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/public/governments`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`server did not answer within ${timeoutMs} ms: ${run.output()}`);
}

export const postmasterPid = (dir: string): number | null => (existsSync(join(dir, 'postmaster.pid')) ? Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]) : null);

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(100);
  }
  return check();
}
