// 待督办 for the gov-admin (issue 14): lists of its government's subtree returned and not sent back,
// or waiting at a review step, past the office's own days (inbox-list-deadline.ts, Art. 13 及时).
// The gov-admin takes no list step itself; it chases the department or the reviewer. The read goes
// through the document service, so the middleware narrows it to the gov-admin's scope (Art. 5).
import type { Core } from '@strapi/strapi';
import { regulationConfig, type InboxItem } from '@nmg/config';
import { LIST, loadListContexts } from '../workflow/context';
import { rowsOf } from '../util/row';
import type { ConsoleUser } from './auth';
import { listDeadline } from './inbox-list-deadline';

export async function supervisedLateLists(strapi: Core.Strapi, user: ConsoleUser, today: string): Promise<InboxItem[]> {
  if (user.actor.role !== 'gov-admin' || !user.actions.has(`${LIST}.find`)) return [];
  // The oldest first: a version not updated since it entered its state is the likeliest to be late.
  const visible = rowsOf(await strapi.documents(LIST).findMany({ filters: { state: { $in: ['returned', 'submitted', 'legal-review'] } }, fields: ['documentId'], sort: [{ updatedAt: 'asc' }], limit: 500 }));
  if (visible.length === 0) return [];
  const lists = await loadListContexts(strapi, { documentId: { $in: visible.map((r) => String(r.documentId)) } });
  const days = regulationConfig().deadlines;
  return lists.flatMap((list): InboxItem[] => {
    const deadline = listDeadline(list, days, today);
    if (deadline === null || !deadline.overdue) return [];
    return [{ kind: 'list', resource: 'responsibility-lists', id: list.documentId, title: list.title ?? '', organisation: list.department?.name ?? null, step: 'supervise', due: deadline.due, overdue: true, reason: deadline.reason, opinion: null }];
  });
}
