// BENCH_EXPLAIN=1: EXPLAIN ANALYZE of the statements one console request sent (sql-capture.ts), run
// again on a connection of the bench's pool with the server's setting of no parallel workers
// (cms/config/database.ts), so that the plans are the ones the server's connections get.
import type { Pool } from 'pg';
import type { Statement } from './sql-capture';

export async function explainStatements(pool: Pool, label: string, statements: Statement[]): Promise<string[]> {
  const client = await pool.connect();
  const lines = [`  EXPLAIN ANALYZE, ${label}: ${statements.length} statements`];
  try {
    await client.query('SET max_parallel_workers_per_gather = 0');
    for (const [i, s] of statements.entries()) {
      lines.push(`    #${i + 1} ${s.sql.replace(/\s+/g, ' ').slice(0, 160)}…`);
      if (!/^\s*(select|with)\b/i.test(s.sql)) continue;
      const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.bindings);
      lines.push(...plan.rows.map((r) => `      ${r['QUERY PLAN']}`));
    }
  } finally {
    client.query('RESET max_parallel_workers_per_gather').catch(() => undefined).finally(() => client.release());
  }
  return lines;
}
