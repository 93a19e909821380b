// Runs the import measurement (import-sheet.ts) in a child process (import-worker.ts).
import { fork } from 'child_process';
import { join } from 'path';
import type { ImportResult } from './import-sheet';
import type { ImportJob } from './import-worker';

export function importInChild(baseUrl: string, jwt: string): Promise<ImportResult> {
  return new Promise((resolveImport, reject) => {
    const child = fork(join(__dirname, 'import-worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (message: { result?: ImportResult; error?: string }) => {
      settled = true;
      if (message.result) resolveImport(message.result);
      else reject(new Error(message.error ?? 'import: no result'));
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`import: worker exited with ${code}`));
    });
    const job: ImportJob = { baseUrl, jwt };
    child.send(job);
  });
}
