// The inbox's overdue items beyond lists, adjustments and reports (issue 14): what is past its
// deadline for the signed-in user's role, each with the reason as a key the console words.
// - a major penalty decided but not filed within the days of config/deadlines.json (Art. 16):
//   the department's to file, the justice reviewer's to chase;
// - an officer whose enforcement certificate has lapsed (Art. 19): the department's to renew or
//   to take off enforcement duties;
// - an accountability case open past its correction deadline (Art. 27): the department's to
//   correct, the supervising government's to follow up;
// - an adjustment task past its deadline (Art. 10, 13) for the supervisors (the department has it
//   among its tasks already).
// Every read goes through strapi.documents(), so the document-service middleware narrows it to the
// user's scope; a viewer has nothing to do and gets nothing.
import type { Core, UID } from '@strapi/strapi';
import { INBOX_OVERDUE_SHOWN, type ConsoleFilter, type InboxItem, type InboxMore } from '@nmg/config';
import { asRow, isoDate, rowsOf, strOf, type Row } from '../util/row';
import type { ConsoleUser } from './auth';

const FILING = 'api::major-penalty-filing.major-penalty-filing';
const OFFICER = 'api::officer.officer';
const CASE = 'api::accountability-case.accountability-case';
const TASK = 'api::adjustment-task.adjustment-task';

const DEPARTMENT_ROLES = ['dept-editor', 'dept-head'];
const SUPERVISING_ROLES = ['justice-reviewer', 'gov-admin'];

/** One kind of overdue record: what to read (the scoped filters), how an item reads, and the console list of all of them. */
interface OverdueKind {
  uid: string;
  kind: InboxItem['kind'];
  resource: string;
  reason: string;
  filters: Row;
  /** The console list filter that shows every one of them (the "more" link). */
  filter: ConsoleFilter;
  query: Row;
  item(row: Row): InboxItem;
}

export interface Overdue {
  items: InboxItem[];
  /** Kinds with more overdue records than the inbox lists: the total and the list of all of them. */
  more: InboxMore[];
}

/** Items listed per kind; INBOX_OVERDUE_SHOWN in the environment lowers it (tests of the "more" line). */
export function overdueShown(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.INBOX_OVERDUE_SHOWN);
  return Number.isInteger(value) && value > 0 && value <= INBOX_OVERDUE_SHOWN ? value : INBOX_OVERDUE_SHOWN;
}

const nameOf = (row: Row, key: string): string | null => strOf(asRow(row[key]), 'name');

const overdueItem = (over: Omit<InboxItem, 'overdue' | 'opinion'> & { opinion?: string | null }): InboxItem => ({ opinion: null, ...over, overdue: true });

function lateFilings(role: string, today: string): OverdueKind | null {
  const chasing = SUPERVISING_ROLES.includes(role);
  if (!chasing && !DEPARTMENT_ROLES.includes(role)) return null;
  // The gov-admin has its own reports and cases; the filing goes to the justice department (Art. 16).
  if (role === 'gov-admin') return null;
  return {
    uid: FILING, kind: 'filing', resource: 'major-penalty-filings', reason: 'filingLate',
    filters: { filedAt: { $null: true }, filingDeadline: { $lt: today } },
    filter: { filingDeadline_lt: today, filedAt: null },
    query: { sort: [{ filingDeadline: 'asc' }], populate: { department: { fields: ['name'] } } },
    item: (r) => overdueItem({ kind: 'filing', resource: 'major-penalty-filings', id: String(r.documentId), title: strOf(r, 'caseNumber') ?? '', organisation: nameOf(r, 'department'), step: chasing ? 'supervise' : 'file', due: isoDate(r.filingDeadline), reason: 'filingLate' }),
  };
}

function lapsedCertificates(role: string, today: string): OverdueKind | null {
  if (!DEPARTMENT_ROLES.includes(role)) return null;
  return {
    uid: OFFICER, kind: 'officer', resource: 'officers', reason: 'certificateLapsed',
    // Lapsed by date though not yet flagged, or flagged expired by the certificate job.
    filters: { $or: [{ status: 'expired' }, { status: 'valid', certificateExpiresAt: { $lt: today } }] },
    // The list's filter has no "or": every certificate past its date, flagged or not.
    filter: { certificateExpiresAt_lt: today },
    query: { fields: ['documentId', 'name', 'certificateExpiresAt'], sort: [{ certificateExpiresAt: 'asc' }], populate: { department: { fields: ['name'] } } },
    item: (r) => overdueItem({ kind: 'officer', resource: 'officers', id: String(r.documentId), title: strOf(r, 'name') ?? '', organisation: nameOf(r, 'department'), step: 'renew', due: isoDate(r.certificateExpiresAt), reason: 'certificateLapsed' }),
  };
}

function lateCases(role: string, today: string): OverdueKind | null {
  const following = role === 'gov-admin';
  if (!following && !DEPARTMENT_ROLES.includes(role)) return null;
  return {
    uid: CASE, kind: 'case', resource: 'accountability-cases', reason: 'correctionLate',
    filters: { state: 'open', deadline: { $lt: today } },
    filter: { state: 'open', deadline_lt: today },
    query: { sort: [{ deadline: 'asc' }], populate: { department: { fields: ['name'] }, officer: { fields: ['name'] } } },
    item: (r) => overdueItem({ kind: 'case', resource: 'accountability-cases', id: String(r.documentId), title: strOf(r, 'title') ?? nameOf(r, 'officer') ?? nameOf(r, 'department') ?? '', organisation: nameOf(r, 'department'), step: following ? 'supervise' : 'correct', due: isoDate(r.deadline), reason: 'correctionLate' }),
  };
}

function lateTasks(role: string, today: string): OverdueKind | null {
  if (!SUPERVISING_ROLES.includes(role)) return null;
  return {
    uid: TASK, kind: 'task', resource: 'adjustment-tasks', reason: 'taskLate',
    filters: { state: 'open', $or: [{ overdue: true }, { dueDate: { $lt: today } }] },
    filter: { state: 'open', dueDate_lt: today },
    query: { sort: [{ dueDate: 'asc' }], populate: { department: { fields: ['name'] } } },
    item: (r) => overdueItem({ kind: 'task', resource: 'adjustment-tasks', id: String(r.documentId), title: strOf(r, 'basisTitle') ?? '', organisation: nameOf(r, 'department'), step: 'supervise', due: isoDate(r.dueDate), reason: 'taskLate' }),
  };
}

/** The most overdue records of each kind, and for a kind with more than the inbox lists, how many in all. */
export async function overdueItems(strapi: Core.Strapi, user: ConsoleUser, today: string): Promise<Overdue> {
  const role = user.actor.role;
  const overdue: Overdue = { items: [], more: [] };
  const shown = overdueShown();
  for (const k of [lateFilings(role, today), lapsedCertificates(role, today), lateCases(role, today), lateTasks(role, today)]) {
    // Each read only where the role may read the type at all; the middleware narrows it further.
    if (!k || !user.actions.has(`${k.uid}.find`)) continue;
    const docs = strapi.documents(k.uid as UID.ContentType);
    const rows = rowsOf(await docs.findMany({ ...k.query, filters: k.filters, limit: shown }));
    overdue.items.push(...rows.map(k.item));
    // A full page may hide more: count them (scoped alike), so the inbox never says fewer than there are.
    const total = rows.length < shown ? rows.length : Number(await docs.count({ filters: k.filters }));
    if (total > rows.length) overdue.more.push({ kind: k.kind, reason: k.reason, total, shown: rows.length, resource: k.resource, filter: k.filter });
  }
  return overdue;
}
