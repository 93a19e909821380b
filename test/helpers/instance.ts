// A second server instance in a child process, on the same database as the test's own Strapi: for
// the jobs that must run exactly once across instances. It boots, says "ready", then runs the job
// named on its stdin and prints the outcome as one JSON line.
import { spawn, type ChildProcess } from 'child_process';
import { BOOT } from './paths';

const SCRIPT = `
const boot = require(process.env.NMG_BOOT);
const readline = require('readline');
(async () => {
  const strapi = await boot.loadStrapi();
  process.stdout.write('ready\\n');
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    const { job, at } = JSON.parse(line);
    if (job === 'exit') break;
    const outcome = await boot[job](strapi, new Date(at));
    process.stdout.write(JSON.stringify(outcome) + '\\n');
  }
  await strapi.destroy();
  process.exit(0);
})().catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });
`;

export interface SecondInstance {
  /** Runs `job` (an export of cms/src/server/boot.ts taking (strapi, date)) and resolves with its outcome. */
  run(job: string, at: Date): Promise<unknown>;
  close(): Promise<void>;
}

/** Boots the second instance on process.env.DATABASE_URL (set by bootApp). */
export function startSecondInstance(): Promise<SecondInstance> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SCRIPT], {
    env: { ...process.env, NMG_BOOT: BOOT, CRON_ENABLED: 'false', STRAPI_LOG_LEVEL: 'error' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let buffer = '';
  let stderr = '';
  const waiting: ((line: string) => void)[] = [];
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let index = buffer.indexOf('\n');
    while (index >= 0) {
      const line = buffer.slice(0, index);
      buffer = buffer.slice(index + 1);
      // Strapi may log to stdout: only our lines (ready, JSON) answer a waiter.
      if (line === 'ready' || line.startsWith('{')) waiting.shift()?.(line);
      index = buffer.indexOf('\n');
    }
  });
  const next = (): Promise<string> => new Promise((resolve, reject) => {
    waiting.push(resolve);
    child.once('exit', (code) => reject(new Error(`second instance exited (${String(code)}): ${stderr}`)));
  });
  const instance: SecondInstance = {
    async run(job, at) {
      const answer = next();
      child.stdin?.write(`${JSON.stringify({ job, at: at.toISOString() })}\n`);
      return JSON.parse(await answer) as unknown;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin?.write(`${JSON.stringify({ job: 'exit' })}\n`);
      await exited;
    },
  };
  return next().then(() => instance);
}
