// Starts and stops a reference server of the bench (plain-server.ts, replay-server.ts) as a child
// process: forked with the database URL, sent its first message if it needs one, it answers
// { port } once it listens; `stop` asks it to close and kills it if it has not within 5 s.
import { fork, type Serializable } from 'child_process';
import { join } from 'path';

export interface ChildServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export function startChildServer(script: string, databaseUrl: string, first?: Serializable): Promise<ChildServer> {
  return new Promise((resolveStart, reject) => {
    const child = fork(join(__dirname, script), [], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it listened`)));
    child.once('message', (message: { port?: number }) => {
      if (!message.port) return reject(new Error(`${script} did not report its port`));
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
    if (first !== undefined) child.send(first);
  });
}
