// The dashboard's forty-odd counts run in ONE read transaction (issue 17, mixload). Without it each
// count took a pooled connection of its own, and the groups counted with Promise.all took up to ten
// at once: at the region tier, where every count covers the whole data set, a recomputation filled
// Strapi's pool (DATABASE_POOL_MAX, 10) for its whole length and every other request, the console's
// saves above all (about a hundred statements each), queued for a connection. In a transaction
// Strapi's query engine sends every statement of the callback down the transaction's one connection
// (its transaction context), so a recomputation holds one connection, however many counts it runs.
// REPEATABLE READ gives every figure the same snapshot, so the figures agree with one another; the
// write position (dashboard-cache.ts) is read before the transaction begins, so every write marked
// at or before it is in the snapshot. A transaction that only reads never fails to serialise.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export async function inOneSnapshot<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  // Inside a caller's transaction already (a script): its connection and snapshot serve.
  if (strapi.db.inTransaction()) return work();
  return strapi.db.transaction(async ({ trx }) => {
    await (trx as Knex.Transaction).raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    return work();
  }) as Promise<T>;
}
