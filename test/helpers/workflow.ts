// Driving the list workflow (Art. 13) through /console-api in API tests.
import type { Response } from 'supertest';
import type { ListAction } from '@nmg/config';
import type { TestApp } from './app';
import { LIST, department, findOne, iso, type Row } from './data';

export const transition = async (app: TestApp, username: string, id: string, action: ListAction, opinion?: string): Promise<Response> =>
  app.http().post(`/console-api/responsibility-lists/${id}/transition`).set('Authorization', await app.bearer(username)).send(opinion === undefined ? { action } : { action, opinion });

/** A transition that must succeed; returns the new state. */
export async function step(app: TestApp, username: string, id: string, action: ListAction, opinion?: string): Promise<string> {
  const res = await transition(app, username, id, action, opinion);
  if (res.status !== 200) throw new Error(`${username} ${action} ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return String((res.body as { state: string }).state);
}

/** The seeded draft list v1 of a department. */
export const seededList = async (app: TestApp, departmentName: string): Promise<string> =>
  String((await findOne(app.strapi, LIST, { versionNumber: 1, department: { documentId: await department(app.strapi, departmentName) } })).documentId);

export const listRow = (app: TestApp, id: string): Promise<Row> => findOne(app.strapi, LIST, { documentId: id });

export interface ListUsers {
  editor: string;
  head: string;
  reviewer: string;
}

/** Users of one tier's demo accounts, e.g. tierUsers('county'). */
export const tierUsers = (tier: string): ListUsers => ({ editor: `${tier}-dept-editor`, head: `${tier}-dept-head`, reviewer: `${tier}-justice-reviewer` });

/** submit → forward → approve → publish, each by its owner. */
export async function publishList(app: TestApp, id: string, u: ListUsers): Promise<void> {
  await step(app, u.editor, id, 'submit');
  await step(app, u.head, id, 'forward');
  await step(app, u.reviewer, id, 'approve');
  await step(app, u.reviewer, id, 'publish');
}

export const publishThrough = (app: TestApp, tier: string, id: string): Promise<void> => publishList(app, id, tierUsers(tier));

/** Publishes the seeded draft list v1 of a department; returns its id. */
export async function publishSeededList(app: TestApp, departmentName: string, users: ListUsers): Promise<string> {
  const id = await seededList(app, departmentName);
  await publishList(app, id, users);
  return id;
}

/** PUT through the console with the version token it needs. */
export async function putRecord(app: TestApp, username: string, resource: string, uid: string, id: string, body: Row): Promise<Response> {
  const row = await findOne(app.strapi, uid, { documentId: id });
  return app.http().put(`/console-api/${resource}/${id}`).set('Authorization', await app.bearer(username)).send({ ...body, updatedAt: iso(row.updatedAt) });
}
