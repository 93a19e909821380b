// Starts and stops the SQL replay server (replay-server.ts) as a child process.
import { fork } from 'child_process';
import { join } from 'path';
import type { Statement } from './sql-capture';

export interface ReplayServer {
  /** The URL that replays the statements of `key`. */
  url(key: string): string;
  stop(): Promise<void>;
}

export function startReplayServer(databaseUrl: string, routes: Record<string, Statement[]>): Promise<ReplayServer> {
  return new Promise((resolveStart, reject) => {
    const child = fork(join(__dirname, 'replay-server.js'), [], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('message', (message: { port?: number }) => {
      if (!message.port) return reject(new Error('replay server did not report its port'));
      const base = `http://127.0.0.1:${message.port}`;
      resolveStart({
        url: (key) => `${base}/replay/${encodeURIComponent(key)}`,
        stop: () =>
          new Promise((resolveStop) => {
            if (child.exitCode !== null) return resolveStop();
            child.once('exit', () => resolveStop());
            child.send('stop');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
      });
    });
    child.send({ routes });
  });
}
