// With BENCH_PROFILE=1, the SQL a workflow step runs: how many statements of each shape, how long
// they took and how many bytes of result they brought back (knex's query events on Strapi's pool).
import type { Core } from '@strapi/strapi';

interface QueryData {
  __knexQueryUid?: string;
  sql?: string;
}

interface Shape {
  sql: string;
  count: number;
  ms: number;
  bytes: number;
}

interface KnexEvents {
  on(event: 'query', listener: (data: QueryData) => void): void;
  on(event: 'query-response', listener: (response: unknown, data: QueryData) => void): void;
  off(event: string, listener: (...args: never[]) => void): void;
}

const shapeOf = (sql: string): string => sql.replace(/\$\d+/g, '?').replace(/\s+/g, ' ').slice(0, 110);

const sizeOf = (response: unknown): number => {
  try {
    return Buffer.byteLength(JSON.stringify(response) ?? '');
  } catch {
    return 0;
  }
};

export function startQueryLog(strapi: Core.Strapi): () => Shape[] {
  const knex = strapi.db.connection as unknown as KnexEvents;
  const started = new Map<string, number>();
  const shapes = new Map<string, Shape>();
  const onQuery = (data: QueryData) => {
    if (data.__knexQueryUid) started.set(data.__knexQueryUid, performance.now());
  };
  const onResponse = (response: unknown, data: QueryData) => {
    const uid = data.__knexQueryUid ?? '';
    const t0 = started.get(uid);
    started.delete(uid);
    const key = shapeOf(data.sql ?? '');
    const shape = shapes.get(key) ?? { sql: key, count: 0, ms: 0, bytes: 0 };
    shape.count += 1;
    shape.ms += t0 === undefined ? 0 : performance.now() - t0;
    shape.bytes += sizeOf(response);
    shapes.set(key, shape);
  };
  knex.on('query', onQuery);
  knex.on('query-response', onResponse);
  return () => {
    knex.off('query', onQuery);
    knex.off('query-response', onResponse);
    return [...shapes.values()].sort((a, b) => b.ms - a.ms);
  };
}

export function describeQueries(shapes: Shape[], limit = 12): string[] {
  const total = shapes.reduce((a, s) => ({ count: a.count + s.count, ms: a.ms + s.ms, bytes: a.bytes + s.bytes }), { count: 0, ms: 0, bytes: 0 });
  return [
    `    SQL: ${total.count} statements, ${total.ms.toFixed(0)} ms until their results were in hand, ${(total.bytes / 1e6).toFixed(1)} MB of results; slowest shapes:`,
    ...shapes.slice(0, limit).map((s) => `      ${String(s.count).padStart(5)}×  ${s.ms.toFixed(0).padStart(6)} ms  ${(s.bytes / 1e6).toFixed(2).padStart(6)} MB  ${s.sql}`),
  ];
}
