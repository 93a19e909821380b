// So that the public page of a fresh `npm start` has lists to show, the demo lists of the
// departments the tests and walkthroughs do not compile by hand go through the workflow once,
// as the server (every rule of submission and publication still runs).
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { LIST } from '../workflow/context';
import { asRow, strOf } from '../util/row';

export const PUBLISHED_DEMO_DEPARTMENTS = ['锡林郭勒盟生态环境局', '锡林郭勒盟交通运输局', '锡林浩特市交通运输局'];

/** Publishes the draft v1 of each department above; returns the names published. */
export async function publishDemoLists(strapi: Core.Strapi): Promise<string[]> {
  const path = ['submitted', 'legal-review', 'approved', 'published'] as const;
  const configured = regulationConfig().workflow.listTransitions;
  const done: string[] = [];
  for (const name of PUBLISHED_DEMO_DEPARTMENTS) {
    const list = asRow(await strapi.db.query(LIST).findOne({ where: { versionNumber: 1, state: 'draft', department: { name } }, select: ['documentId'] }));
    const documentId = strOf(list, 'documentId');
    if (!documentId) continue;
    let from = 'draft';
    for (const to of path) {
      if (!configured.some((t) => t.from === from && t.to === to)) throw new Error(`workflow has no step ${from} → ${to}`);
      await strapi.documents(LIST).update({ documentId, data: { state: to } });
      from = to;
    }
    done.push(name);
  }
  return done;
}
