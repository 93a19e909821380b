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
import type { Core } from '@strapi/strapi';
import { asRow, isoDate, rowsOf, strOf, type Row } from '../util/row';
import type { ConsoleUser } from './auth';
import type { InboxItem } from '@nmg/config';

const FILING = 'api::major-penalty-filing.major-penalty-filing';
const OFFICER = 'api::officer.officer';
const CASE = 'api::accountability-case.accountability-case';
const TASK = 'api::adjustment-task.adjustment-task';

const DEPARTMENT_ROLES = ['dept-editor', 'dept-head'];
const SUPERVISING_ROLES = ['justice-reviewer', 'gov-admin'];

type Read = (uid: string, query: Row) => Promise<Row[]>;

const nameOf = (row: Row, key: string): string | null => strOf(asRow(row[key]), 'name');

const overdueItem = (over: Omit<InboxItem, 'overdue' | 'opinion'> & { opinion?: string | null }): InboxItem => ({ opinion: null, ...over, overdue: true });

async function lateFilings(read: Read, role: string, today: string): Promise<InboxItem[]> {
  const chasing = SUPERVISING_ROLES.includes(role);
  if (!chasing && !DEPARTMENT_ROLES.includes(role)) return [];
  // The gov-admin has its own reports and cases; the filing goes to the justice department (Art. 16).
  if (role === 'gov-admin') return [];
  const rows = await read(FILING, { filters: { filedAt: { $null: true }, filingDeadline: { $lt: today } }, sort: [{ filingDeadline: 'asc' }], limit: 100, populate: { department: { fields: ['name'] } } });
  return rows.map((r) => overdueItem({ kind: 'filing', resource: 'major-penalty-filings', id: String(r.documentId), title: strOf(r, 'caseNumber') ?? '', organisation: nameOf(r, 'department'), step: chasing ? 'supervise' : 'file', due: isoDate(r.filingDeadline), reason: 'filingLate' }));
}

async function lapsedCertificates(read: Read, role: string, today: string): Promise<InboxItem[]> {
  if (!DEPARTMENT_ROLES.includes(role)) return [];
  // Lapsed by date though not yet flagged, or flagged expired by the certificate job.
  const rows = await read(OFFICER, { filters: { $or: [{ status: 'expired' }, { status: 'valid', certificateExpiresAt: { $lt: today } }] }, fields: ['documentId', 'name', 'certificateExpiresAt'], sort: [{ certificateExpiresAt: 'asc' }], limit: 100, populate: { department: { fields: ['name'] } } });
  return rows.map((r) => overdueItem({ kind: 'officer', resource: 'officers', id: String(r.documentId), title: strOf(r, 'name') ?? '', organisation: nameOf(r, 'department'), step: 'renew', due: isoDate(r.certificateExpiresAt), reason: 'certificateLapsed' }));
}

async function lateCases(read: Read, role: string, today: string): Promise<InboxItem[]> {
  const following = role === 'gov-admin';
  if (!following && !DEPARTMENT_ROLES.includes(role)) return [];
  const rows = await read(CASE, { filters: { state: 'open', deadline: { $lt: today } }, sort: [{ deadline: 'asc' }], limit: 100, populate: { department: { fields: ['name'] }, officer: { fields: ['name'] } } });
  return rows.map((r) => overdueItem({ kind: 'case', resource: 'accountability-cases', id: String(r.documentId), title: strOf(r, 'title') ?? nameOf(r, 'officer') ?? nameOf(r, 'department') ?? '', organisation: nameOf(r, 'department'), step: following ? 'supervise' : 'correct', due: isoDate(r.deadline), reason: 'correctionLate' }));
}

async function lateTasks(read: Read, role: string, today: string): Promise<InboxItem[]> {
  if (!SUPERVISING_ROLES.includes(role)) return [];
  const rows = await read(TASK, { filters: { state: 'open', $or: [{ overdue: true }, { dueDate: { $lt: today } }] }, sort: [{ dueDate: 'asc' }], limit: 100, populate: { department: { fields: ['name'] } } });
  return rows.map((r) => overdueItem({ kind: 'task', resource: 'adjustment-tasks', id: String(r.documentId), title: strOf(r, 'basisTitle') ?? '', organisation: nameOf(r, 'department'), step: 'supervise', due: isoDate(r.dueDate), reason: 'taskLate' }));
}

export async function overdueItems(strapi: Core.Strapi, user: ConsoleUser, today: string): Promise<InboxItem[]> {
  const role = user.actor.role;
  // Each read only where the role may read the type at all; the middleware narrows it further.
  const read: Read = async (uid, query) => (user.actions.has(`${uid}.find`) ? rowsOf(await strapi.documents(uid as typeof FILING).findMany(query)) : []);
  return [...(await lateFilings(read, role, today)), ...(await lapsedCertificates(read, role, today)), ...(await lateCases(read, role, today)), ...(await lateTasks(read, role, today))];
}
