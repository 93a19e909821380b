// Brings every stored personal value under the current key and profile, in batches, idempotently.
// On start ('clear') it only encrypts clear values (rows from raw SQL such as the region generator,
// or a database from before encryption); `npm run pii:rotate` ('rotate') also re-encrypts values
// under PII_KEY_OLD or another profile and recomputes every search hash (a new PII_HASH_KEY).
import type { Core } from '@strapi/strapi';
import { piiConfig } from '@nmg/config';
import { asRow, type Row } from '../util/row';
import { decryptValue, encryptValue, isEncrypted, searchHash } from '../pii/cipher';
import { hashFieldOf } from '../pii/codec';
import { currentPiiKeys } from '../pii/keys';
import { rotateSecondFactorSecrets } from '../store/second-factor-store';

interface ColumnMeta { attributes: Record<string, { columnName?: string } | undefined>; tableName: string }
export type MigrationMode = 'clear' | 'rotate';
const BATCH = 500;

const columnOf = (meta: ColumnMeta, field: string): string => meta.attributes[field]?.columnName ?? field;

export async function migratePii(strapi: Core.Strapi, mode: MigrationMode): Promise<number> {
  const config = piiConfig();
  const keys = currentPiiKeys();
  const profileTag = config.profile === 'guomi' ? 's' : 'a';
  const currentPrefix = `enc1:${profileTag}:${keys.current.id}:`;
  const knex = strapi.db.connection;
  let changed = 0;
  for (const [uid, fields] of Object.entries(config.fields)) {
    const meta = strapi.db.metadata.get(uid) as unknown as ColumnMeta;
    const columns = fields.map((f) => ({ value: columnOf(meta, f), hash: columnOf(meta, hashFieldOf(f)) }));
    let lastId = 0;
    for (;;) {
      const query = knex(meta.tableName).select(['id', ...columns.flatMap((c) => [c.value, c.hash])]).where('id', '>', lastId).orderBy('id').limit(BATCH);
      if (mode === 'clear') {
        // Only rows with a clear value or a missing hash: on a migrated database this reads nothing.
        query.andWhere((q) => {
          for (const c of columns) q.orWhere((w) => w.whereNotNull(c.value).andWhere((x) => x.whereNot(c.value, 'like', 'enc1:%').orWhereNull(c.hash)));
        });
      }
      const rows = (await query) as Row[];
      if (rows.length === 0) break;
      lastId = Number(rows[rows.length - 1]?.id);
      await knex.transaction(async (trx) => {
        for (const row of rows) {
          const update: Row = {};
          for (const c of columns) {
            const stored = row[c.value];
            if (typeof stored !== 'string' || stored === '') continue;
            const clear = decryptValue(keys, stored);
            if (!isEncrypted(stored) || !stored.startsWith(currentPrefix)) update[c.value] = encryptValue(keys, config.profile, clear);
            const hash = searchHash(keys, clear);
            if (row[c.hash] !== hash) update[c.hash] = hash;
          }
          if (Object.keys(update).length === 0) continue;
          await trx(meta.tableName).where('id', row.id as number).update(update);
          changed += 1;
        }
      });
    }
  }
  // The second factor's secrets are sealed with the same key (cms/src/security/second-factor-store.ts).
  if (mode === 'rotate') changed += await rotateSecondFactorSecrets(strapi);
  return changed;
}

/** Rows whose values are not yet under the current key (0 after a complete rotation). */
export async function piiRowsBehind(strapi: Core.Strapi): Promise<number> {
  const config = piiConfig();
  const keys = currentPiiKeys();
  const prefix = `enc1:${config.profile === 'guomi' ? 's' : 'a'}:${keys.current.id}:%`;
  let behind = 0;
  for (const [uid, fields] of Object.entries(config.fields)) {
    const meta = strapi.db.metadata.get(uid) as unknown as ColumnMeta;
    const row = asRow(await strapi.db.connection(meta.tableName).count({ n: '*' }).where((q) => {
      for (const f of fields) q.orWhere((w) => w.whereNotNull(columnOf(meta, f)).andWhereNot(columnOf(meta, f), 'like', prefix));
    }).first());
    behind += Number(row?.n ?? 0);
  }
  return behind;
}
