// Child processes for the production tests: a project script run to its end, and the server
// started as `npm start` starts it (boot, prepare the data, listen) but without the builds.
import { spawn, type ChildProcess } from 'child_process';
import { BOOT, ROOT } from './paths';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>` in the repository root with exactly `env` (plus PATH and HOME), feeding `stdin`. */
export function runNode(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin?.end(stdin);
  });
}

// scripts/start.ts after its builds: load, prepare the data for the environment, listen.
const SERVE = `
const boot = require(process.env.NMG_BOOT);
(async () => {
  const strapi = await boot.loadStrapi();
  const prepared = await boot.prepareData(strapi, { divisionsCsv: boot.DIVISIONS_CSV, production: process.env.NODE_ENV === 'production' });
  await strapi.start();
  process.stdout.write('ready ' + JSON.stringify({ port: strapi.server.httpServer.address().port, prepared }) + '\\n');
  process.once('SIGTERM', async () => { await strapi.destroy(); process.exit(0); });
})().catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });
`;

export interface ServingChild {
  port: number;
  prepared: Record<string, unknown>;
  stop(): Promise<void>;
}

/** Starts the server in a child process; rejects with its stderr if it exits before listening. */
export function serveInChild(env: NodeJS.ProcessEnv): Promise<ServingChild> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVE], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, NMG_BOOT: BOOT, PORT: '0', HOST: '127.0.0.1', CRON_ENABLED: 'false', STRAPI_LOG_LEVEL: 'error', STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${String(code)}) before listening: ${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('ready '));
      if (!line) return;
      const { port, prepared } = JSON.parse(line.slice('ready '.length)) as { port: number; prepared: Record<string, unknown> };
      child.removeAllListeners('exit');
      resolve({
        port,
        prepared,
        stop: () => new Promise((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}
