// Raw SQL for the public API. The public routes are read-only and hot, so they skip the document
// service (scope, populate, sanitising: none applies to public snapshots) and select a few columns.
// Queries run as named prepared statements on the pool's PostgreSQL connection: each connection
// plans a statement once instead of on every request (planning costs more than executing these
// index lookups). Placeholders are $1, $2 … With PUBLIC_DATABASE_URL they run on a streaming replica
// when it is current enough (replica.ts).
// Table names follow Strapi 5's naming: collectionName for content types, and a link table
// `<collection>_<attribute>_lnk` with `<singular>_id` / `<target singular>_id` columns for every
// relation (`inv_<singular>_id` for the target of a self-relation such as government.parent).
import type { Core } from '@strapi/strapi';
import { isRow, type Row } from '../util/row';
import { replicaReads } from './replica';

export type SqlValue = string | number | boolean | null;

/** The node-postgres connection knex hands out (only what is used here). */
interface PgConnection {
  query(config: { name?: string; text: string; values: SqlValue[] }): Promise<{ rows: unknown[] }>;
}

/** knex's client: the pool behind strapi.db.connection. */
interface PoolClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

interface KnexLike {
  client: PoolClient;
  raw(sql: string): Promise<unknown>;
}

const knexOf = (strapi: Core.Strapi): KnexLike => strapi.db.connection as unknown as KnexLike;

/** Rows of a prepared statement; `name` identifies `text` (one text per name). */
export async function sqlRows(strapi: Core.Strapi, name: string, text: string, values: readonly SqlValue[] = []): Promise<Row[]> {
  const replica = replicaReads();
  const replicaPool = replica?.pool();
  if (replica && replicaPool) {
    try {
      const result = await replicaPool.query({ name: `nmg_public_${name}`, text, values: [...values] });
      return result.rows.filter(isRow);
    } catch (error) {
      replica.failed(error);
    }
  }
  const pool = knexOf(strapi).client;
  const connection = await pool.acquireConnection();
  try {
    const result = await connection.query({ name: `nmg_public_${name}`, text, values: [...values] });
    return result.rows.filter(isRow);
  } finally {
    await pool.releaseConnection(connection);
  }
}

/** A statement without result (DDL at bootstrap). */
export const sqlRun = async (strapi: Core.Strapi, text: string): Promise<void> => {
  await knexOf(strapi).raw(text);
};
