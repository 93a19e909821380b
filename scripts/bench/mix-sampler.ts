// Where the mixed load's time goes (issue 17, mixload): while it runs, five times a second, the
// server's knex pool (connections in use, requests waiting for one) and PostgreSQL's sessions of the
// bench database (running, waiting for a lock and on what, idle inside a transaction). The server
// runs in the bench's process, so its pool is read directly; the sessions through the bench's pool.
import type { Core } from '@strapi/strapi';
import { monitorEventLoopDelay, performance } from 'perf_hooks';
import type { Pool } from 'pg';

interface TarnPool {
  numUsed(): number;
  numPendingAcquires(): number;
}

export interface MixSamples {
  samples: number;
  poolMax: number;
  poolUsedMean: number;
  /** Requests (statements or transactions) waiting for a pooled connection. */
  waitingMean: number;
  waitingMax: number;
  /** Share of samples in which something waited for a connection. */
  poolFullShare: number;
  activeMean: number;
  lockWaitMean: number;
  lockWaitMax: number;
  idleInTransactionMean: number;
  /** The statements found waiting for a lock, most frequent first. */
  lockWaiters: [string, number][];
  /** Share of the time the server's event loop was busy (the server shares this process), and its delay p99 in ms. */
  eventLoopBusy: number;
  eventLoopDelayP99: number;
}

const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export function sampleMix(strapi: Core.Strapi, pool: Pool, everyMs = 200): { stop(): Promise<MixSamples> } {
  const knexPool = (strapi.db.connection.client as unknown as { pool?: TarnPool }).pool;
  const poolMax = Number((strapi.db.connection.client as unknown as { config?: { pool?: { max?: unknown } } }).config?.pool?.max ?? 0);
  const used: number[] = [];
  const waiting: number[] = [];
  const active: number[] = [];
  const lockWaits: number[] = [];
  const idleInTrx: number[] = [];
  const waiters = new Map<string, number>();
  let running = true;
  const elu = performance.eventLoopUtilization();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const sample = async (): Promise<void> => {
    if (knexPool) {
      used.push(knexPool.numUsed());
      waiting.push(knexPool.numPendingAcquires());
    }
    const sessions = await pool.query<{ state: string | null; wait: string | null; query: string }>(
      `SELECT state, wait_event_type AS wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    active.push(sessions.rows.filter((s) => s.state === 'active').length);
    idleInTrx.push(sessions.rows.filter((s) => s.state === 'idle in transaction').length);
    const locked = sessions.rows.filter((s) => s.wait === 'Lock');
    lockWaits.push(locked.length);
    for (const s of locked) waiters.set(s.query, (waiters.get(s.query) ?? 0) + 1);
  };
  const loop = (async () => {
    while (running) {
      const next = Date.now() + everyMs;
      await sample().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      delay.disable();
      const busy = performance.eventLoopUtilization(elu).utilization;
      return {
        eventLoopBusy: busy,
        eventLoopDelayP99: delay.percentile(99) / 1e6,
        samples: active.length,
        poolMax,
        poolUsedMean: mean(used),
        waitingMean: mean(waiting),
        waitingMax: Math.max(0, ...waiting),
        poolFullShare: waiting.length ? waiting.filter((w) => w > 0).length / waiting.length : 0,
        activeMean: mean(active),
        lockWaitMean: mean(lockWaits),
        lockWaitMax: Math.max(0, ...lockWaits),
        idleInTransactionMean: mean(idleInTrx),
        lockWaiters: [...waiters].sort((a, b) => b[1] - a[1]).slice(0, 3),
      };
    },
  };
}

export const describeSamples = (s: MixSamples): string =>
  `  mixed load, ${s.samples} samples: knex pool ${s.poolUsedMean.toFixed(1)}/${s.poolMax} in use, waiting for a connection mean ${s.waitingMean.toFixed(1)} max ${s.waitingMax} (${(s.poolFullShare * 100).toFixed(0)}% of samples); ` +
  `event loop busy ${(s.eventLoopBusy * 100).toFixed(0)}% (delay p99 ${s.eventLoopDelayP99.toFixed(0)} ms); PostgreSQL: active ${s.activeMean.toFixed(1)}, waiting on a lock mean ${s.lockWaitMean.toFixed(2)} max ${s.lockWaitMax}, idle in transaction ${s.idleInTransactionMean.toFixed(1)}` +
  (s.lockWaiters.length ? `; lock waits: ${s.lockWaiters.map(([q, n]) => `${n}× ${q}`).join(' | ')}` : '');
