// Counts the SQL statements Strapi's knex connection sends while a piece of work runs, grouped by
// verb and table, so a test can hold a request to a ceiling and print what it spent (issue 16).
import type { Core } from '@strapi/strapi';

interface QueryEvent {
  sql?: unknown;
}

interface Emitter {
  on(event: 'query', listener: (q: QueryEvent) => void): void;
  off(event: 'query', listener: (q: QueryEvent) => void): void;
}

export interface StatementCount {
  total: number;
  /** "select powers" → 3, in the order first seen. */
  groups: Map<string, number>;
  statements: string[];
}

/** "select … from "powers" …" → "select powers"; transaction control as its own word. */
export function statementKey(sql: string): string {
  const text = sql.trim().replace(/\s+/g, ' ');
  const verb = (text.split(' ')[0] ?? '').toLowerCase();
  const table = /\b(?:from|into|update)\s+"?([A-Za-z0-9_]+)"?/i.exec(text)?.[1];
  return table ? `${verb} ${table}` : verb;
}

export async function countStatements<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<{ result: T; count: StatementCount }> {
  const connection = strapi.db.connection as unknown as Emitter;
  const statements: string[] = [];
  const listener = (q: QueryEvent): void => {
    if (typeof q.sql === 'string') statements.push(q.sql);
  };
  connection.on('query', listener);
  let result: T;
  try {
    result = await work();
  } finally {
    connection.off('query', listener);
  }
  const groups = new Map<string, number>();
  for (const s of statements) groups.set(statementKey(s), (groups.get(statementKey(s)) ?? 0) + 1);
  return { result, count: { total: statements.length, groups, statements } };
}

export const describeCount = (label: string, c: StatementCount): string =>
  `${label}: ${c.total} statements\n${[...c.groups].map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`).join('\n')}`;
