// GET /console-api/inbox: what the signed-in user must do now (issue 14, B), assembled on the
// server from scoped reads: lists awaiting one of the user's workflow steps (Art. 13), power
// adjustments to submit or decide (Art. 11), adjustment tasks of the user's scope (Art. 10, 13),
// and what was returned to the user with the opinion that says why. Overdue items come first,
// with what is past its deadline for each role (inbox-overdue.ts) and the reason.
import type { Core } from '@strapi/strapi';
import type { InboxItem, InboxMore } from '@nmg/config';
import { availableActions } from '../workflow/actions';
import { LIST, loadListContexts } from '../workflow/context';
import { asRow, isoDate, isRow, strOf, type Row } from '../util/row';
import type { ConsoleUser } from './auth';
import { dashboardTasks } from './dashboard-tasks';
import { isOverdue, loadReportContext, reportActions } from '../reports/context';
import { overdueItems } from './inbox-overdue';
import { listDeadline } from './inbox-list-deadline';
import { lateLists } from './inbox-lists-late';
import { regulationConfig } from '@nmg/config';
import { today as serverToday } from '../store/facts';

export type { InboxItem };

const ADJUSTMENT = 'api::power-adjustment.power-adjustment';


const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRow) : []);

async function listItems(strapi: Core.Strapi, user: ConsoleUser, today: string): Promise<InboxItem[]> {
  if (!user.actions.has(`${LIST}.find`)) return [];
  // A scoped read (the document-service middleware narrows it); the workflow decides what is the user's to do.
  const visible = rowsOf(await strapi.documents(LIST).findMany({ filters: { state: { $in: ['draft', 'returned', 'submitted', 'legal-review', 'approved'] } }, fields: ['documentId'], limit: 500 }));
  if (visible.length === 0) return [];
  const lists = await loadListContexts(strapi, { documentId: { $in: visible.map((r) => String(r.documentId)) } });
  const items: InboxItem[] = [];
  for (const list of lists) {
    const actions = availableActions(user.actor, list).filter((a) => a !== 'withdraw');
    if (actions.length === 0) continue;
    const returned = list.state === 'returned';
    const lastReturn = returned ? [...list.history].reverse().find((h) => h.action === 'return') : undefined;
    // A late version (Art. 13 及时) comes from lateLists, the decision the dashboard counts too.
    const deadline = listDeadline(list, regulationConfig().deadlines, today);
    if (deadline?.overdue) continue;
    items.push({ kind: 'list', resource: 'responsibility-lists', id: list.documentId, title: list.title ?? '', organisation: list.department?.name ?? null, step: returned ? 'returned' : actions[0], due: deadline?.due ?? null, overdue: false, reason: null, opinion: lastReturn?.opinion ?? null });
  }
  return items;
}

async function adjustmentItems(strapi: Core.Strapi, user: ConsoleUser): Promise<InboxItem[]> {
  if (!user.actions.has(`${ADJUSTMENT}.find`)) return [];
  const role = user.actor.role;
  const deciding = role === 'justice-reviewer';
  const filing = role === 'dept-editor' || role === 'dept-head';
  if (!deciding && !filing) return [];
  const since = new Date(Date.now() - 30 * 86400000).toISOString();
  // Art. 11 with Art. 5: a reviewer decides the requests of its own government's departments only.
  const filters = deciding
    ? { state: 'submitted' as const, department: { government: { documentId: user.actor.governmentId ?? '' } } }
    : { $or: [{ state: 'draft' as const }, { state: 'rejected' as const, decidedAt: { $gte: since } }] };
  const rows = rowsOf(await strapi.documents(ADJUSTMENT).findMany({ filters, sort: [{ updatedAt: 'asc' }], limit: 200, populate: { department: { fields: ['name'] }, power: { fields: ['name'] } } }));
  return rows.map((r) => {
    const state = strOf(r, 'state');
    const power = strOf(asRow(r.power), 'name') ?? strOf(r, 'proposedName');
    return {
      kind: 'adjustment',
      resource: 'power-adjustments',
      id: String(r.documentId),
      title: [strOf(r, 'kind') ?? '', power ?? strOf(r, 'reason') ?? ''].join(':'),
      organisation: strOf(asRow(r.department), 'name'),
      step: deciding ? 'decide' : state === 'rejected' ? 'returned' : 'submit',
      due: null,
      overdue: false,
      reason: null,
      opinion: state === 'rejected' ? strOf(r, 'opinion') : null,
    };
  });
}

async function taskItems(strapi: Core.Strapi, user: ConsoleUser): Promise<InboxItem[]> {
  if (!user.actions.has('api::adjustment-task.adjustment-task.find')) return [];
  // Tasks are the department's to carry out; supervisors see them as overdue figures on the dashboard.
  if (user.actor.role !== 'dept-editor' && user.actor.role !== 'dept-head') return [];
  return (await dashboardTasks(strapi)).map((t) => ({
    kind: 'task',
    resource: 'adjustment-tasks',
    id: t.id,
    title: t.legalBasisTitle,
    organisation: t.department?.name ?? null,
    step: 'adjust',
    due: t.dueDate || null,
    overdue: t.overdue,
    reason: t.overdue ? 'taskLate' : null,
    opinion: t.reason || null,
  }));
}

const REPORT = 'api::annual-report.annual-report';

/** Annual reports awaiting the user's step (Art. 7): to submit (a returned one with its opinion) or to accept. */
async function reportItems(strapi: Core.Strapi, user: ConsoleUser, today: string): Promise<InboxItem[]> {
  if (!user.actions.has(`${REPORT}.find`)) return [];
  // A scoped read; the report's routing (reportActions) decides whose step it is.
  const visible = rowsOf(await strapi.documents(REPORT).findMany({ filters: { state: { $in: ['draft', 'returned', 'submitted'] } }, fields: ['documentId'], sort: [{ dueAt: 'asc' }], limit: 100 }));
  const items: InboxItem[] = [];
  for (const { documentId } of visible) {
    const context = await loadReportContext(strapi, String(documentId));
    if (!context) continue;
    const [action] = reportActions(user.actor, context);
    if (!action) continue;
    const state = strOf(context.row, 'state');
    const year = context.row.year;
    items.push({
      kind: 'report',
      resource: 'annual-reports',
      id: String(documentId),
      title: strOf(context.row, 'title') ?? `${typeof year === 'number' ? year : ''} 年度行政执法责任制工作报告`,
      organisation: context.area.name || null,
      step: state === 'returned' ? 'returned' : action,
      due: action === 'submit' ? isoDate(context.row.dueAt) : null,
      overdue: action === 'submit' && isOverdue(context.row, today),
      reason: action === 'submit' && isOverdue(context.row, today) ? 'reportLate' : null,
      opinion: state === 'returned' ? strOf(context.row, 'reviewOpinion') : null,
    });
  }
  return items;
}

/** The inbox: its items, overdue first; and the overdue kinds with more records than it lists. */
export async function inboxItems(strapi: Core.Strapi, user: ConsoleUser): Promise<{ data: InboxItem[]; more: InboxMore[] }> {
  // The same day as the dashboard's (handlers.ts), so both call the same versions late.
  const today = serverToday();
  const overdue = await overdueItems(strapi, user, today);
  const items = [...(await listItems(strapi, user, today)), ...(await adjustmentItems(strapi, user)), ...(await taskItems(strapi, user)), ...(await reportItems(strapi, user, today)), ...overdue.items, ...(await lateLists(strapi, user, today))];
  const rank = (i: InboxItem) => (i.overdue ? 0 : i.step === 'returned' ? 1 : 2);
  return { data: items.sort((a, b) => rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999')), more: overdue.more };
}
