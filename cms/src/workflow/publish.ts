// Publishing a list version (Art. 13): in the transition's transaction, the department is locked
// so that two publications cannot interleave, the version it replaces becomes superseded, and the
// approved snapshot's items are written in bulk to published_items, which the public API reads.
// Either all of it happens or, on a failure, none of it.
import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { ListItem } from '@nmg/config';
import { asSystem, SYSTEM } from '../scope/actor';
import { afterCommit, withTrx } from '../util/trx';
import { LIST, loadListContexts, type ListContext } from './context';
import { historyEntry } from './history';
import { notePublicationChange } from '../store/generation';

const BATCH = 500;

/** A documentId for a published item; Strapi's own are 24-character lowercase ids too. */
const newDocumentId = (): string => randomBytes(18).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x').slice(0, 24);

function itemRow(list: ListContext, item: ListItem, position: number, now: Date): Record<string, unknown> {
  return {
    document_id: newDocumentId(),
    list_id: list.documentId,
    department_id: list.department?.id ?? '',
    government_code: list.government?.code ?? null,
    position,
    current: true,
    power_id: item.powerId,
    code: item.code,
    name: item.name,
    sub_item: item.subItem,
    type: item.type,
    status: item.status,
    detail: JSON.stringify(item),
    created_at: now,
    updated_at: now,
    published_at: now,
  };
}

/** Serialises publications of one department until the transaction ends. */
export async function lockDepartment(trx: Knex.Transaction, departmentId: string): Promise<void> {
  await trx('departments').where({ document_id: departmentId }).forUpdate().select('id');
}

export async function publishVersion(strapi: Core.Strapi, list: ListContext, items: readonly ListItem[], now: Date): Promise<void> {
  const departmentId = list.department?.id;
  if (!departmentId) return;
  await withTrx(strapi, async (trx) => {
    await lockDepartment(trx, departmentId);
    const previous = (await loadListContexts(strapi, { department: { documentId: departmentId }, state: 'published' })).filter((l) => l.documentId !== list.documentId);
    for (const old of previous) {
      // Through the document service, so the supersession is audited and checked like every write.
      await asSystem(() =>
        strapi.documents(LIST).update({
          documentId: old.documentId,
          data: { state: 'superseded', history: [...old.history, historyEntry(SYSTEM, 'supersede', 'published', 'superseded', `由第${list.versionNumber}版替代`, now)] },
          fields: ['documentId'],
        } as never),
      );
    }
    await trx('published_items').where({ department_id: departmentId, current: true }).update({ current: false });
    for (let start = 0; start < items.length; start += BATCH) {
      await trx('published_items').insert(items.slice(start, start + BATCH).map((item, i) => itemRow(list, item, start + i + 1, now)));
    }
  });
  await afterCommit(strapi, notePublicationChange);
}

/** A withdrawn version leaves the public site; its rows stay for the record. */
export async function withdrawVersion(strapi: Core.Strapi, list: ListContext): Promise<void> {
  await withTrx(strapi, (trx) => trx('published_items').where({ list_id: list.documentId }).update({ current: false }));
  await afterCommit(strapi, notePublicationChange);
}
