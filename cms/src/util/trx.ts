// Raw SQL inside the document service's transaction: Strapi keeps the transaction in async context,
// and a nested strapi.db.transaction() hands back the same one (committed by the outermost caller).
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export const withTrx = <T>(strapi: Core.Strapi, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
  strapi.db.transaction(({ trx }) => work(trx as Knex.Transaction)) as Promise<T>;

/** Runs `effect` once the surrounding transaction commits (never after a rollback). */
export async function afterCommit(strapi: Core.Strapi, effect: () => void): Promise<void> {
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(effect);
  });
}
