// Point-in-time recovery from config/ (issue 13): with config/backup.json's walArchive enabled and
// no WAL_ARCHIVE_DIR, the embedded PostgreSQL that npm start opens (scripts/database.ts) runs with
// archive_mode on and copies a finished WAL segment into the configured folder; disabled, it does not.
import { spawn, type ChildProcess } from 'child_process';
import { existsSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { freePort } from '../../database/ports';
import { ROOT } from '../helpers/paths';
import { makeDataFolder, waitUntil } from './server-process';

const DATABASE = join(ROOT, '.build', 'scripts', 'database.js');

// openDatabase() as npm start calls it, in plain node (the launcher is not loadable by jest); SIGTERM stops it.
const SCRIPT = `
const { openDatabase } = require(${JSON.stringify(DATABASE)});
openDatabase().then((db) => {
  process.stdout.write('URL ' + db.url + '\\n');
  process.once('SIGTERM', () => db.embedded.stop().then(() => process.exit(0)));
}).catch((error) => { process.stdout.write('FAILED ' + error.message + '\\n'); process.exit(1); });
`;

interface Opened {
  url: string;
  stop(): Promise<void>;
}

function openAsNpmStart(env: Record<string, string>): Promise<Opened> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SCRIPT], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', WAL_ARCHIVE_DIR: '', WAL_ARCHIVE_TIMEOUT: '', NMG_PG_WATCHDOG: '0', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = /URL (\S+)\n/.exec(out)?.[1];
      if (url) resolve({ url, stop: async () => { child.kill('SIGTERM'); await exited; } });
      if (out.includes('FAILED')) reject(new Error(out));
    });
    child.once('exit', (code) => reject(new Error(`exited ${String(code)}: ${out}`)));
  });
}

let folder: string;
beforeAll(() => {
  folder = makeDataFolder('nmg-wal-config-');
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function archiveModeWith(walArchive: { enabled: boolean; dir: string; timeoutSeconds: number }, name: string): Promise<{ mode: string; timeout: string; segments: () => string[] }> {
  const config = join(folder, `${name}-config`);
  mkdirSync(config);
  writeFileSync(join(config, 'backup.json'), JSON.stringify({ walArchive }));
  const opened = await openAsNpmStart({ CONFIG_DIR: config, EMBEDDED_PG_DIR: join(folder, `${name}-pg`), EMBEDDED_PG_PORT: String(await freePort()) });
  const client = new Client({ connectionString: opened.url });
  try {
    await client.connect();
    const mode = String((await client.query<{ archive_mode: string }>('SHOW archive_mode')).rows[0].archive_mode);
    const timeout = String((await client.query<{ archive_timeout: string }>('SHOW archive_timeout')).rows[0].archive_timeout);
    // Something to archive, then close the segment: it is copied when finished.
    await client.query('CREATE TABLE wal_marker (id int)');
    await client.query('INSERT INTO wal_marker VALUES (1)');
    await client.query('SELECT pg_switch_wal()');
    const segments = (): string[] => (existsSync(walArchive.dir) ? readdirSync(walArchive.dir).filter((f) => /^[0-9A-F]{24}$/.test(f)) : []);
    if (mode === 'on') await waitUntil(() => segments().length > 0, 30_000);
    return { mode, timeout, segments };
  } finally {
    await client.end();
    await opened.stop();
  }
}

test('config/backup.json enabled: archive_mode on, its timeout, and a finished segment lands in its folder', async () => {
  const dir = join(folder, 'archive-on');
  const run = await archiveModeWith({ enabled: true, dir, timeoutSeconds: 120 }, 'on');
  expect(run.mode).toBe('on');
  expect(run.timeout).toBe('2min');
  expect(run.segments().length).toBeGreaterThan(0);
}, 180_000);

test('config/backup.json disabled: archive_mode off, nothing archived', async () => {
  const dir = join(folder, 'archive-off');
  const run = await archiveModeWith({ enabled: false, dir, timeoutSeconds: 300 }, 'off');
  expect(run.mode).toBe('off');
  expect(run.segments()).toEqual([]);
}, 180_000);
