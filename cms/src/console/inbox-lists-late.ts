// Late lists (issue 14): one decision for the inbox's 已逾期 and the dashboard's 逾期事项, so the two
// never disagree. A version returned and not sent back, or waiting at a review step, past the
// office's own days (inbox-list-deadline.ts, Art. 13 及时) is late for:
// - whoever takes its present step (the department's clerk or head for a returned version, the head
//   or the justice reviewer for one in review): step 'revise' or the step to take;
// - the gov-admin of its government's subtree, which takes no list step but chases those who do:
//   step 'supervise' (待督办).
// The candidates are read through the document service, so the middleware narrows them to the
// user's scope (Art. 5), a page at a time until the last: no cap, so a region's gov-admin sees
// every late version, not the first few hundred.
import type { Core } from '@strapi/strapi';
import { regulationConfig, type InboxItem } from '@nmg/config';
import { availableActions } from '../workflow/actions';
import { LIST, loadListContexts, type ListContext } from '../workflow/context';
import { rowsOf } from '../util/row';
import type { ConsoleUser } from './auth';
import { listDeadline } from './inbox-list-deadline';

/** The states whose step has a deadline (inbox-list-deadline.ts's REVIEW_STATES and 'returned'). */
const TIMED_STATES = ['returned', 'submitted', 'legal-review'] as const;

/** Versions read per page; LATE_LISTS_PAGE in the environment lowers it (tests of the paging). */
export function lateListsPage(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.LATE_LISTS_PAGE);
  return Number.isInteger(value) && value > 0 && value <= 500 ? value : 500;
}

const supervises = (user: ConsoleUser): boolean => user.actor.role === 'gov-admin';

/** Whether the role takes any step from a timed state, or chases those who do; else it has no late list. */
function concerned(user: ConsoleUser): boolean {
  if (!user.actions.has(`${LIST}.find`)) return false;
  if (supervises(user)) return true;
  return regulationConfig().workflow.listTransitions.some((t) => (TIMED_STATES as readonly string[]).includes(t.from) && t.roles.includes(user.actor.role));
}

/** The late item of one version for the user, or null when it is in time or none of the user's business. */
export function lateListItem(user: ConsoleUser, list: ListContext, today: string): InboxItem | null {
  const deadline = listDeadline(list, regulationConfig().deadlines, today);
  if (deadline === null || !deadline.overdue) return null;
  const base = { kind: 'list' as const, resource: 'responsibility-lists', id: list.documentId, title: list.title ?? '', organisation: list.department?.name ?? null, due: deadline.due, overdue: true, reason: deadline.reason };
  if (supervises(user)) return { ...base, step: 'supervise', opinion: null };
  const actions = availableActions(user.actor, list).filter((a) => a !== 'withdraw');
  if (actions.length === 0) return null;
  const returned = list.state === 'returned';
  const lastReturn = returned ? [...list.history].reverse().find((h) => h.action === 'return') : undefined;
  return { ...base, step: returned ? 'revise' : actions[0], opinion: lastReturn?.opinion ?? null };
}

/** Every late version of the user's scope for the user, the longest overdue first. */
export async function lateLists(strapi: Core.Strapi, user: ConsoleUser, today: string, pageSize = lateListsPage()): Promise<InboxItem[]> {
  if (!concerned(user)) return [];
  const items: InboxItem[] = [];
  for (let start = 0; ; start += pageSize) {
    const page = rowsOf(await strapi.documents(LIST).findMany({ filters: { state: { $in: [...TIMED_STATES] } }, fields: ['documentId'], sort: [{ id: 'asc' }], start, limit: pageSize }));
    if (page.length > 0) {
      const lists = await loadListContexts(strapi, { documentId: { $in: page.map((r) => String(r.documentId)) } });
      for (const list of lists) {
        const item = lateListItem(user, list, today);
        if (item) items.push(item);
      }
    }
    if (page.length < pageSize) break;
  }
  return items.sort((a, b) => (a.due ?? '').localeCompare(b.due ?? '') || a.id.localeCompare(b.id));
}
