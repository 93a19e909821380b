// The statements one request sends to PostgreSQL, with their bindings, as Strapi's pool sends them
// (knex's query events): what a plain node+pg server replays to give "the same SQL" its floor.
import type { Core } from '@strapi/strapi';

export interface Statement {
  sql: string;
  bindings: unknown[];
}

interface QueryData {
  sql?: string;
  bindings?: unknown;
}

interface KnexEvents {
  on(event: 'query', listener: (data: QueryData) => void): void;
  off(event: 'query', listener: (data: QueryData) => void): void;
}

/** Runs `request` and returns every statement the server sent meanwhile (nothing else may run). */
export async function captureSql(strapi: Core.Strapi, request: () => Promise<void>): Promise<Statement[]> {
  const knex = strapi.db.connection as unknown as KnexEvents;
  const statements: Statement[] = [];
  const listener = (data: QueryData): void => {
    if (typeof data.sql !== 'string') return;
    const bindings = Array.isArray(data.bindings) ? data.bindings.map((b: unknown) => (b instanceof Date ? b.toISOString() : b)) : [];
    statements.push({ sql: data.sql, bindings });
  };
  knex.on('query', listener);
  try {
    await request();
  } finally {
    knex.off('query', listener);
  }
  return statements;
}
