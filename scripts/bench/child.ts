// Runs one job of the bench in a child process of its own (a worker script of this folder that
// answers the job it is sent with { result } or { error }), so that its work shares neither the
// event loop nor the memory of the server under test.
import { fork, type Serializable } from 'child_process';
import { join } from 'path';

export function runInChild<Job extends Serializable, Result>(worker: string, job: Job, label: string): Promise<Result> {
  return new Promise((resolveRun, reject) => {
    const child = fork(join(__dirname, worker), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (message: { result?: Result; error?: string }) => {
      settled = true;
      if (message.result) resolveRun(message.result);
      else reject(new Error(`${label}: ${message.error ?? 'no result'}`));
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`${label}: worker exited with ${code}`));
    });
    child.send(job);
  });
}
