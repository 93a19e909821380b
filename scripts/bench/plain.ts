// Starts and stops the plain node + pg server (plain-server.ts) as a child process.
import { fork, type ChildProcess } from 'child_process';
import { join } from 'path';

export interface PlainServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export function startPlainServer(databaseUrl: string): Promise<PlainServer> {
  return new Promise((resolveStart, reject) => {
    const child: ChildProcess = fork(join(__dirname, 'plain-server.js'), [], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('message', (message: { port?: number }) => {
      if (!message.port) return reject(new Error('plain server did not report its port'));
      resolveStart({
        baseUrl: `http://127.0.0.1:${message.port}`,
        stop: () =>
          new Promise((resolveStop) => {
            if (child.exitCode !== null) return resolveStop();
            child.once('exit', () => resolveStop());
            child.send('stop');
            // Never let a stuck child keep the bench alive.
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
      });
    });
  });
}
