// Publishing a list version (Art. 13): in the transition's transaction, the department is locked
// so that two publications cannot interleave, the version it replaces becomes superseded, and the
// approved snapshot's items are written in bulk to published_items, which the public API reads.
// Either all of it happens or, on a failure, none of it.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { asSystem, SYSTEM } from '../scope/actor';
import { afterCommit, withTrx } from '../util/trx';
import { LIST, loadListContexts, type ListContext } from './context';
import { historyEntry } from './history';
import { freezeSnapshot } from './freeze';
import { notePublicationChange } from '../store/generation';
import { SNAPSHOT_ITEMS_TABLE, SNAPSHOT_TABLE } from '../store/list-snapshot-store';

/**
 * The snapshot's items into published_items in one statement, copied from the frozen rows where
 * they lie (issue 17: no 12 MB round trip through Node, and no item parsed again: each stored item
 * is copied as it is kept). Each row as the public API reads it: position in list order from 1, the
 * item as its detail, a fresh 24-character lowercase documentId like Strapi's own.
 */
const INSERT_ITEMS = `
  INSERT INTO published_items (document_id, list_id, department_id, government_code, position, current, power_id, code, name, sub_item, type, status, detail, created_at, updated_at, published_at)
  SELECT substr(replace(gen_random_uuid()::text, '-', ''), 1, 24), ?, ?, ?, f.position, true,
         f.power_id, f.code, f.name, f.sub_item, f.type, f.status, f.item, ?, ?, ?
  FROM ${SNAPSHOT_ITEMS_TABLE} f
  WHERE f.list_id = ?`;

async function hasSnapshot(trx: Knex.Transaction, listId: number): Promise<boolean> {
  const result = await trx.raw<{ rows: unknown[] }>(`SELECT 1 FROM ${SNAPSHOT_TABLE} WHERE list_id = ?`, [listId]);
  return result.rows.length > 0;
}

/** Serialises publications of one department until the transaction ends. */
export async function lockDepartment(trx: Knex.Transaction, departmentId: string): Promise<void> {
  await trx('departments').where({ document_id: departmentId }).forUpdate().select('id');
}

/** Publishes the version's frozen items (frozen now if it has none, as for a version published from the Strapi admin). */
export async function publishVersion(strapi: Core.Strapi, list: ListContext, now: Date): Promise<void> {
  const departmentId = list.department?.id;
  if (!departmentId) return;
  await withTrx(strapi, async (trx) => {
    await lockDepartment(trx, departmentId);
    if (!(await hasSnapshot(trx, list.id))) await freezeSnapshot(strapi, list);
    const previous = (await loadListContexts(strapi, { department: { documentId: departmentId }, state: 'published' })).filter((l) => l.documentId !== list.documentId);
    for (const old of previous) {
      // Through the document service, so the supersession is audited and checked like every write.
      await asSystem(() =>
        strapi.documents(LIST).update({
          documentId: old.documentId,
          data: { state: 'superseded', history: [...old.history, historyEntry(SYSTEM, 'supersede', 'published', 'superseded', `由第${list.versionNumber}版替代`, now)] },
          fields: ['documentId'],
        }),
      );
    }
    await trx('published_items').where({ department_id: departmentId, current: true }).update({ current: false });
    await trx.raw(INSERT_ITEMS, [list.documentId, departmentId, list.government?.code ?? null, now, now, now, list.id]);
  });
  await afterCommit(strapi, notePublicationChange);
}

/** A withdrawn version leaves the public site; its rows stay for the record. */
export async function withdrawVersion(strapi: Core.Strapi, list: ListContext): Promise<void> {
  await withTrx(strapi, (trx) => trx('published_items').where({ list_id: list.documentId }).update({ current: false }));
  await afterCommit(strapi, notePublicationChange);
}
