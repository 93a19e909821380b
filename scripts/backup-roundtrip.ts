// npm run backup:roundtrip: the evidence for issue 13's backup on a data set of real size. It runs
// `npm run backup` against the embedded database (EMBEDDED_PG_DIR, e.g. the one `npm run
// seed:region` filled) while a writer commits a transaction every few milliseconds, restores the
// backup with `npm run restore` into a scratch directory, and compares every table row for row:
// every table but the writer's must be identical, and the writer's must hold exactly its first N
// transactions, N between those acknowledged before the backup began and those after it ended.
// Prints size, times and the count of differing tables. Not for production data directories: it
// adds a table (nmg_roundtrip_writes) to the database.
import { spawn } from 'child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../database/embedded';
import { freePort } from '../database/ports';
import { DATABASE_NAME, embeddedDir, embeddedPort } from './database';
import { ROOT } from './run';
import { runOrExplain } from './start-error';

const WRITES = 'nmg_roundtrip_writes';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Commits one row per transaction until stopped; `acknowledged` is the last committed seq. */
class Writer {
  acknowledged = 0;
  private running = true;
  private loop: Promise<void> = Promise.resolve();

  constructor(private readonly client: Client) {}

  start(): void {
    this.loop = (async () => {
      while (this.running) {
        const seq = this.acknowledged + 1;
        await this.client.query(`INSERT INTO ${WRITES} (seq, body) VALUES ($1::bigint, repeat(md5($1::bigint::text), 8))`, [seq]);
        this.acknowledged = seq;
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}

/** Runs a compiled project script in its own process (not blocking: the writer goes on meanwhile); its output passes through. */
function script(name: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, [join(ROOT, '.build', 'scripts', `${name}.js`), ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run ${name} exited ${code}`)))));
}

const tables = async (client: Client): Promise<string[]> =>
  (await client.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")).rows.map((r) => r.t);

/** count and an order-independent checksum of every row's text (a sum of 60-bit slices of md5): no sort of millions of rows. */
async function fingerprint(client: Client, table: string, where = ''): Promise<string> {
  const { rows } = await client.query<{ n: string; s: string | null }>(
    `SELECT count(*)::text AS n, sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint)::text AS s FROM "${table}" t ${where}`,
  );
  return `${rows[0].n}:${rows[0].s ?? '0'}`;
}

async function open(pg: RunningPostgres): Promise<Client> {
  const client = new Client({ connectionString: pg.urlFor(DATABASE_NAME) });
  // An idle client hears the server's shutdown as an error event; without a listener that ends the process.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

runOrExplain(async () => {
  const scratch = mkdtempSync(join(process.env.ROUNDTRIP_DIR ?? tmpdir(), 'nmg-roundtrip-'));
  chmodSync(scratch, 0o755); // as root PostgreSQL runs as its own user, which must reach the restored directory
  const file = join(scratch, 'backup.tar.gz');
  const restoredDir = join(scratch, 'restored');
  const source = await startEmbeddedPostgres({ dir: embeddedDir(), port: embeddedPort(), quiet: true, logFile: `${embeddedDir()}.log` });
  let restored: RunningPostgres | null = null;
  try {
    await source.createDatabase(DATABASE_NAME);
    const control = await open(source);
    await control.query(`DROP TABLE IF EXISTS ${WRITES}`);
    await control.query(`CREATE TABLE ${WRITES} (seq bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp(), body text NOT NULL)`);
    const writer = new Writer(await open(source));
    writer.start();
    await sleep(1000);
    const before = writer.acknowledged;
    await script('backup', [file]);
    const after = writer.acknowledged;
    await sleep(500);
    await writer.stop();
    const bytes = statSync(file).size;
    console.log(`[roundtrip] writer: ${before} transactions before the backup began, ${after} when it ended, ${writer.acknowledged} in all; backup ${(bytes / 1024 / 1024).toFixed(1)} MB`);

    await script('restore', [file, '--data-dir', restoredDir]);
    restored = await startEmbeddedPostgres({ dir: restoredDir, port: await freePort(), quiet: true, logFile: `${restoredDir}.log` });
    const copy = await open(restored);
    const names = await tables(control);
    const restoredNames = new Set(await tables(copy));
    const { rows: countRows } = await copy.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${WRITES}`);
    const kept = Number(countRows[0].n);
    const { rows: maxRows } = await copy.query<{ m: string | null }>(`SELECT max(seq)::text AS m FROM ${WRITES}`);
    const contiguous = Number(maxRows[0].m ?? 0) === kept;
    const writesOk = contiguous && kept >= before && kept <= after;
    let different = 0;
    let rows = 0;
    const began = Date.now();
    for (const table of names) {
      if (!restoredNames.has(table)) {
        console.log(`[roundtrip] table ${table} missing from the restored copy`);
        different += 1;
        continue;
      }
      const where = table === WRITES ? `WHERE seq <= ${kept}` : '';
      const [a, b] = await Promise.all([fingerprint(control, table, where), fingerprint(copy, table, where)]);
      rows += Number(a.split(':')[0]);
      if (a !== b) {
        console.log(`[roundtrip] table ${table} differs: source ${a}, restored ${b}`);
        different += 1;
      }
    }
    console.log(`[roundtrip] writer's table restored with transactions 1…${kept} (${contiguous ? 'contiguous' : 'NOT contiguous'}; between ${before} and ${after}: ${writesOk ? 'yes' : 'NO'})`);
    console.log(`[roundtrip] compared ${names.length} tables, ${rows} rows, in ${((Date.now() - began) / 1000).toFixed(1)} s: ${different} different`);
    await copy.end();
    await control.query(`DROP TABLE ${WRITES}`);
    await control.end();
    if (different > 0 || !writesOk) process.exitCode = 1;
  } finally {
    await restored?.stop();
    await source.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
});
