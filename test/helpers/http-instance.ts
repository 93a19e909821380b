// Another server instance in a child process, on the same database as the test's own Strapi and
// listening on a free port: for what must reach every instance behind a load balancer.
import { spawn } from 'child_process';
import { BOOT } from './paths';

const SCRIPT = `
const boot = require(process.env.NMG_BOOT);
(async () => {
  const strapi = await boot.loadStrapi();
  await strapi.listen();
  process.stdout.write('port ' + strapi.server.httpServer.address().port + '\\n');
  process.stdin.resume();
  process.stdin.on('end', async () => { await strapi.destroy(); process.exit(0); });
})().catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });
`;

export interface HttpInstance {
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
}

/** Boots a server on process.env.DATABASE_URL (set by bootApp) with extra environment variables. */
export function startHttpInstance(env: NodeJS.ProcessEnv = {}): Promise<HttpInstance> {
  const child = spawn(process.execPath, ['-e', SCRIPT], {
    env: { ...process.env, ...env, NMG_BOOT: BOOT, PORT: '0', HOST: '127.0.0.1', CRON_ENABLED: 'false', STRAPI_LOG_LEVEL: 'error' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.once('exit', (code) => reject(new Error(`instance exited (${String(code)}): ${stderr}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /^port (\d+)$/m.exec(buffer);
      if (!match) return;
      resolve({
        url: `http://127.0.0.1:${match[1]}`,
        close: () => new Promise((done) => {
          child.removeAllListeners('exit');
          child.once('exit', () => done());
          child.stdin.end();
        }),
      });
    });
  });
}
