// Runs one measurement in a child process (load-worker.ts) and returns its figures.
import { fork } from 'child_process';
import { join } from 'path';
import type { LoadJob, LoadResult } from './load-job';

export const CONNECTIONS = 8;
export const WARMUP_SECONDS = 2;
export const SECONDS = 10;

export function load(url: string, headers: Record<string, string> = {}, connections = CONNECTIONS): Promise<LoadResult> {
  const job: LoadJob = { url, connections, warmupSeconds: WARMUP_SECONDS, seconds: SECONDS, headers };
  return new Promise((resolveLoad, reject) => {
    const child = fork(join(__dirname, 'load-worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (message: { result?: LoadResult; error?: string }) => {
      settled = true;
      if (message.result) resolveLoad(message.result);
      else reject(new Error(`load ${url}: ${message.error ?? 'no result'}`));
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load ${url}: generator exited with ${code}`));
    });
    child.send(job);
  });
}
