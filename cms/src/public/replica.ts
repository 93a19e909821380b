// The public API may read from a streaming replica (PUBLIC_DATABASE_URL): a connection pool of its
// own, used only while the replica is reachable, lags the primary by at most REPLICA_MAX_LAG_BYTES
// of WAL, and has replayed the latest publication this instance knows of (publication-lsn.ts).
// Otherwise the primary answers, so a reader never sees a list older than the notice that
// refreshed its cache.
import type { Core } from '@strapi/strapi';
import { Pool } from 'pg';
import { parseLsn, publicationFloor } from './publication-lsn';

const CHECK_EVERY_MS = 1000;
/** While a publication is not yet replayed, the replica is asked again at most this often. */
const CATCH_UP_POLL_MS = 25;

export interface ReplicaReads {
  /** The replica's pool when it may answer now, else null (use the primary). */
  pool(): Pool | null;
  /** A read on the replica failed: use the primary until the next check says otherwise. */
  failed(error: unknown): void;
  state(): { healthy: boolean; lagBytes: bigint | null; replayed: bigint };
  stop(): Promise<void>;
}

const lsnOf = (rows: { lsn?: string | null }[]): bigint | null => parseLsn(String(rows[0]?.lsn ?? ''));

export function startReplicaReads(strapi: Core.Strapi, url: string, maxLagBytes: bigint): ReplicaReads {
  const pool = new Pool({ connectionString: url, max: Number(process.env.PUBLIC_DATABASE_POOL_MAX ?? 10), application_name: 'nmg-public-replica', connectionTimeoutMillis: 2000 });
  pool.on('error', (error) => strapi.log.warn(`[nmg] replica connection lost: ${error.message}`));
  let healthy = false;
  let lagBytes: bigint | null = null;
  let replayed = BigInt(0);
  let polling: Promise<void> | null = null;
  let polledAt = 0;

  const replayedNow = async (): Promise<bigint | null> => lsnOf((await pool.query<{ lsn: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS lsn')).rows);

  const check = async (): Promise<void> => {
    try {
      const [primary, replica] = await Promise.all([
        strapi.db.connection.raw('SELECT pg_current_wal_lsn()::text AS lsn') as Promise<{ rows: { lsn: string }[] }>,
        replayedNow(),
      ]);
      const current = lsnOf(primary.rows);
      if (replica === null || current === null) throw new Error('the replica is not in recovery (promoted?) or the primary is');
      replayed = replica;
      lagBytes = current > replica ? current - replica : BigInt(0);
      healthy = lagBytes <= maxLagBytes;
    } catch (error) {
      if (healthy) strapi.log.warn(`[nmg] public reads back on the primary: ${String(error instanceof Error ? error.message : error)}`);
      healthy = false;
      lagBytes = null;
    }
  };
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  timer.unref();
  void check();

  const catchUp = (): void => {
    if (polling || Date.now() - polledAt < CATCH_UP_POLL_MS) return;
    polledAt = Date.now();
    polling = replayedNow()
      .then((lsn) => { if (lsn !== null && lsn > replayed) replayed = lsn; })
      .catch(() => { healthy = false; })
      .finally(() => { polling = null; });
  };

  return {
    pool() {
      if (!healthy) return null;
      const floor = publicationFloor();
      if (floor === null) return null;
      if (replayed >= floor) return pool;
      catchUp();
      return null;
    },
    failed(error) {
      strapi.log.warn(`[nmg] public read on the replica failed, the primary answers: ${String(error instanceof Error ? error.message : error)}`);
      healthy = false;
    },
    state: () => ({ healthy, lagBytes, replayed }),
    async stop() {
      clearInterval(timer);
      await polling;
      await pool.end();
    },
  };
}

let active: ReplicaReads | null = null;

/** Starts replica reads when PUBLIC_DATABASE_URL is set. */
export function configureReplicaReads(strapi: Core.Strapi): ReplicaReads | null {
  const url = process.env.PUBLIC_DATABASE_URL;
  active = url ? startReplicaReads(strapi, url, BigInt(process.env.REPLICA_MAX_LAG_BYTES ?? 16 * 1024 * 1024)) : null;
  return active;
}

export const replicaReads = (): ReplicaReads | null => active;

export async function stopReplicaReads(): Promise<void> {
  await active?.stop();
  active = null;
}
