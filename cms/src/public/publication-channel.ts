// Publication changes reach every instance's public cache at once: each instance LISTENs on one
// PostgreSQL channel on a connection of its own and NOTIFYs it after a local change. Without this a
// list published on one instance stayed stale on the others for the cache's lifetime (5 s).
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';
import { noteRemotePublicationChange, setPublicationBroadcast } from '../store/generation';
import { beginLocalChange, endLocalChange, noteChangeLsn, parseLsn } from './publication-lsn';

export const PUBLICATION_CHANNEL = 'nmg_publication';
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

export interface PublicationChannel {
  /** True while the LISTEN connection is up. */
  listening(): boolean;
  stop(): Promise<void>;
}

/** The pg settings of Strapi's own connection (cms/config/database.ts). */
function clientConfig(strapi: Core.Strapi): ClientConfig {
  const connection = strapi.config.get('database.connection.connection') as ClientConfig | string;
  return typeof connection === 'string' ? { connectionString: connection } : { ...connection };
}

export function startPublicationChannel(strapi: Core.Strapi): PublicationChannel {
  // The payload names the sender so that an instance does not bump twice for its own change.
  const instance = randomUUID();
  let client: Client | null = null;
  let stopped = false;
  let retryMs = RETRY_MIN_MS;
  let retry: NodeJS.Timeout | null = null;

  const scheduleReconnect = (reason: unknown): void => {
    client = null;
    if (stopped || retry) return;
    strapi.log.warn(`[nmg] publication channel down (${String(reason instanceof Error ? reason.message : reason)}); retrying in ${retryMs} ms`);
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  const connect = async (): Promise<void> => {
    const next = new Client({ ...clientConfig(strapi), application_name: 'nmg-publication-listener' });
    next.on('notification', (message) => {
      // Payload: '<sender> <LSN of the change>'.
      const [sender, lsn] = (message.payload ?? '').split(' ');
      if (message.channel !== PUBLICATION_CHANNEL || sender === instance) return;
      const position = parseLsn(lsn ?? '');
      if (position !== null) noteChangeLsn(position);
      noteRemotePublicationChange();
    });
    next.on('error', (error) => scheduleReconnect(error));
    next.on('end', () => { if (client === next) scheduleReconnect('connection ended'); });
    try {
      await next.connect();
      await next.query(`LISTEN ${PUBLICATION_CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      scheduleReconnect(error);
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    retryMs = RETRY_MIN_MS;
    // Changes made elsewhere while this instance was not listening are unknown: start afresh.
    noteRemotePublicationChange();
  };

  setPublicationBroadcast(() => {
    // After the commit (callers use afterCommit), on the pool: a lost notice leaves the other
    // instances stale only for the cache's lifetime. The notice carries the WAL position a replica
    // must have replayed before it may answer for the public again (replica.ts).
    beginLocalChange();
    strapi.db.connection
      .raw("SELECT pg_current_wal_lsn()::text AS lsn, pg_notify(?, ? || ' ' || pg_current_wal_lsn()::text)", [PUBLICATION_CHANNEL, instance])
      .then((result: { rows?: { lsn?: string }[] }) => endLocalChange(parseLsn(String(result.rows?.[0]?.lsn ?? ''))))
      .catch((error: unknown) => {
        endLocalChange(null);
        strapi.log.warn(`[nmg] publication notice not sent: ${String(error)}`);
      });
  });
  void connect();

  return {
    listening: () => client !== null,
    async stop() {
      stopped = true;
      setPublicationBroadcast(null);
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
