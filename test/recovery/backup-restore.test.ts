// npm run backup under write load, then npm run restore: the restored database is exactly the
// source as of one moment between the backup's start and its end (every transaction acknowledged
// before the backup started is there, none half there), and a point-in-time restore from the WAL
// archive holds exactly the transactions committed before the chosen time. Every table compared
// row for row (count and md5 of its rows in key order).
import { join } from 'path';
import { rmSync, mkdirSync, writeFileSync } from 'fs';
import { Client } from 'pg';
import { freePort } from '../../database/ports';
import { runScript, startPgProcess, type PgProcess } from './pg-process';
import { makeDataFolder } from './server-process';

const ACCOUNTS = 200;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One transaction per step: move money on one account, log it, store a 1 kB payload. Sequential, so commit order is seq order. */
class Writer {
  readonly moves: { account: number; delta: number }[] = [];
  acknowledged = 0;
  private running = true;
  private paused = false;
  private done: Promise<void> = Promise.resolve();
  private failed: unknown = null;

  constructor(readonly client: Client) {}

  start(): void {
    this.done = (async () => {
      while (this.running) {
        if (this.paused) {
          await sleep(10);
          continue;
        }
        const seq = this.acknowledged + 1;
        const account = 1 + ((seq * 7919) % ACCOUNTS);
        const delta = (seq % 13) - 6;
        await this.client.query('BEGIN');
        await this.client.query("UPDATE account SET balance = balance + $2, note = 'seq ' || $3::bigint WHERE id = $1", [account, delta, seq]);
        await this.client.query('INSERT INTO ledger (seq, account, delta) VALUES ($1, $2, $3)', [seq, account, delta]);
        await this.client.query('INSERT INTO payload (seq, body) VALUES ($1::bigint, repeat(md5($1::bigint::text), 32))', [seq]);
        await this.client.query('COMMIT');
        this.moves.push({ account, delta });
        this.acknowledged = seq;
      }
    })().catch((error: unknown) => {
      this.failed = error;
    });
  }

  async until(seq: number): Promise<void> {
    while (this.acknowledged < seq) {
      if (this.failed) throw this.failed;
      await sleep(5);
    }
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
    if (this.failed) throw this.failed;
  }

  /** The account table as it stood after transaction seq, in id order, as the fingerprint query prints it. */
  accountsAfter(seq: number): string {
    const balance = new Array<number>(ACCOUNTS + 1).fill(0);
    const note = new Array<string>(ACCOUNTS + 1).fill('');
    this.moves.slice(0, seq).forEach((m, i) => {
      balance[m.account] += m.delta;
      note[m.account] = `seq ${i + 1}`;
    });
    return Array.from({ length: ACCOUNTS }, (_, i) => `(${i + 1},${balance[i + 1]},"${note[i + 1]}")`).join(',');
  }
}

async function connect(pg: PgProcess, database = 'nmg'): Promise<Client> {
  const client = new Client({ connectionString: pg.url(database) });
  await client.connect();
  return client;
}

/** count:md5 of every row in key order, for seq-keyed tables up to maxSeq. */
async function tableFingerprint(client: Client, table: string, key: string, maxSeq?: number): Promise<string> {
  const where = maxSeq === undefined ? '' : ` WHERE seq <= ${Number(maxSeq)}`;
  const { rows } = await client.query<{ f: string }>(`SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY ${key}), '')) AS f FROM ${table} t${where}`);
  return rows[0].f;
}

const userTables = async (client: Client) =>
  (await client.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).rows.map((r) => r.t);

let folder: string;
let source: PgProcess;
let sourceDir: string;
let archive: string;
let client: Client;

beforeAll(async () => {
  folder = makeDataFolder('nmg-backup-');
  archive = join(folder, 'wal-archive');
  sourceDir = join(folder, 'source');
  source = await startPgProcess(sourceDir, await freePort(), archive);
  const admin = await connect(source, 'postgres');
  await admin.query('CREATE DATABASE nmg');
  await admin.end();
  client = await connect(source);
  await client.query('CREATE TABLE account (id int PRIMARY KEY, balance bigint NOT NULL, note text NOT NULL)');
  await client.query('CREATE TABLE ledger (seq bigint PRIMARY KEY, account int NOT NULL REFERENCES account, delta int NOT NULL)');
  await client.query('CREATE TABLE payload (seq bigint PRIMARY KEY REFERENCES ledger, body text NOT NULL)');
  await client.query('CREATE TABLE reference (id int PRIMARY KEY, name text NOT NULL)');
  await client.query(`INSERT INTO account SELECT g, 0, '' FROM generate_series(1, ${ACCOUNTS}) g`);
  await client.query("INSERT INTO reference SELECT g, '条目 ' || g FROM generate_series(1, 20000) g");
});

afterAll(async () => {
  await client?.end();
  await source?.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function inspect(dataDir: string, check: (restored: Client) => Promise<void>): Promise<void> {
  const pg = await startPgProcess(dataDir, await freePort());
  try {
    const restored = await connect(pg);
    try {
      await check(restored);
    } finally {
      await restored.end();
    }
  } finally {
    await pg.stop();
  }
}

describe('backup under write load and restore', () => {
  const file = () => join(folder, 'backups', 'under-load.tar.gz');
  const writer = () => new Writer(new Client({ connectionString: source.url('nmg') }));
  let load: Writer;
  let beforeBackup = 0;
  let afterBackup = 0;
  let beforeT = 0;
  let pointInTime = '';

  it('backs up while a writer commits', async () => {
    load = writer();
    await load.client.connect();
    load.start();
    await load.until(300);
    beforeBackup = load.acknowledged;
    // npm run backup finds the running server through its postmaster.pid.
    const printed = await runScript('backup', [file()], { EMBEDDED_PG_DIR: sourceDir });
    expect(printed).toMatch(/backup written: .*under-load\.tar\.gz +[\d.]+ MB +in [\d.]+ s .*[1-9]\d* WAL file/);
    afterBackup = load.acknowledged;
    // A moment T between two commits, on the server's clock, for the point-in-time restore.
    await load.until(afterBackup + 200);
    load.pause();
    await sleep(50);
    beforeT = load.acknowledged;
    pointInTime = (await client.query<{ t: string }>('SELECT now()::text AS t')).rows[0].t;
    await sleep(50);
    load.resume();
    await load.until(beforeT + 200);
    await load.stop();
    await load.client.end();
    // Hand the last segment to the archive and wait for it.
    const last = (await client.query<{ f: string }>('SELECT pg_walfile_name(pg_switch_wal()) AS f')).rows[0].f;
    for (let i = 0; i < 300; i += 1) {
      const archived = (await client.query<{ w: string | null }>('SELECT last_archived_wal AS w FROM pg_stat_archiver')).rows[0].w;
      if (archived && archived >= last) break;
      await sleep(100);
    }
    expect(afterBackup).toBeGreaterThan(beforeBackup);
  });

  it('restores the state of one moment of the backup: everything acknowledged before it began, nothing half-written', async () => {
    const dataDir = join(folder, 'restored');
    await runScript('restore', [file(), '--data-dir', dataDir]);
    await inspect(dataDir, async (restored) => {
      const seq = Number((await restored.query<{ m: string }>('SELECT coalesce(max(seq), 0) AS m FROM ledger')).rows[0].m);
      expect(seq).toBeGreaterThanOrEqual(beforeBackup);
      expect(seq).toBeLessThanOrEqual(afterBackup + 1);
      expect(await userTables(restored)).toEqual(await userTables(client));
      // Exactly transactions 1..seq, each whole.
      expect(await tableFingerprint(restored, 'ledger', 'seq')).toBe(await tableFingerprint(client, 'ledger', 'seq', seq));
      expect(await tableFingerprint(restored, 'payload', 'seq')).toBe(await tableFingerprint(client, 'payload', 'seq', seq));
      expect(await tableFingerprint(restored, 'reference', 'id')).toBe(await tableFingerprint(client, 'reference', 'id'));
      const accounts = (await restored.query<{ a: string }>("SELECT string_agg(t::text, ',' ORDER BY id) AS a FROM account t")).rows[0].a;
      expect(accounts).toBe(load.accountsAfter(seq));
    });
  });

  it('restores to a point in time from the WAL archive: exactly the transactions committed before it', async () => {
    const dataDir = join(folder, 'restored-pitr');
    const printed = await runScript('restore', [file(), '--data-dir', dataDir, '--archive', archive, '--until', pointInTime]);
    expect(printed).toMatch(/state at .*timeline 2/);
    await inspect(dataDir, async (restored) => {
      const seq = Number((await restored.query<{ m: string }>('SELECT max(seq) AS m FROM ledger')).rows[0].m);
      expect(seq).toBe(beforeT);
      expect(await tableFingerprint(restored, 'ledger', 'seq')).toBe(await tableFingerprint(client, 'ledger', 'seq', beforeT));
      expect(await tableFingerprint(restored, 'payload', 'seq')).toBe(await tableFingerprint(client, 'payload', 'seq', beforeT));
      expect(await tableFingerprint(restored, 'reference', 'id')).toBe(await tableFingerprint(client, 'reference', 'id'));
      const accounts = (await restored.query<{ a: string }>("SELECT string_agg(t::text, ',' ORDER BY id) AS a FROM account t")).rows[0].a;
      expect(accounts).toBe(load.accountsAfter(beforeT));
    });
  });

  it('refuses to restore over a non-empty data directory without --force', async () => {
    const occupied = join(folder, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'PG_VERSION'), '17\n');
    await expect(runScript('restore', [file(), '--data-dir', occupied])).rejects.toThrow(/restore 失败 \(failed\): .*is not empty.*--force/);
  });
});
