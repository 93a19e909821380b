// Publishes the demo lists of the four market regulation departments through the real workflow
// route, each step by the account that owns it (Art. 13): the department's editor submits, its head
// forwards to legal review, and the justice reviewer of the same government approves and publishes.
import type { Core } from '@strapi/strapi';
import { transition, type Tokens } from './http';

type Demo = typeof import('../../cms/src/seed/demo-data');

const LIST = 'api::responsibility-list.responsibility-list';

export interface PublishedDemoList {
  tier: string;
  department: string;
  listId: string;
  items: number;
  /** Round trip of each step, in milliseconds. */
  steps: Record<string, number>;
}

/** The tier whose demo accounts belong to the departments of a government (scripts/start.ts). */
function tierOf(demo: Demo, governmentCode: string): string | null {
  const tiers: Record<string, string> = { [demo.REGION]: 'region', [demo.LEAGUE]: 'league', [demo.COUNTY]: 'county', [demo.SECOND_COUNTY]: 'county2' };
  return tiers[governmentCode] ?? null;
}

export async function publishDemoLists(strapi: Core.Strapi, demo: Demo, baseUrl: string, tokens: Tokens): Promise<PublishedDemoList[]> {
  const published: PublishedDemoList[] = [];
  for (const seed of demo.DEMO_DEPARTMENTS.filter((d) => d.domain === 'market')) {
    const tier = tierOf(demo, seed.government);
    if (!tier) continue;
    const row = (await strapi.db.query(LIST).findOne({ where: { department: { name: seed.name }, state: 'draft' }, select: ['documentId'] })) as { documentId: string } | null;
    if (!row) throw new Error(`demo list of ${seed.name} not found`);
    const steps: Record<string, number> = {};
    steps.submit = await transition(baseUrl, await tokens.of(`${tier}-dept-editor`), row.documentId, 'submit');
    steps.forward = await transition(baseUrl, await tokens.of(`${tier}-dept-head`), row.documentId, 'forward');
    const reviewer = await tokens.of(`${tier}-justice-reviewer`);
    steps.approve = await transition(baseUrl, reviewer, row.documentId, 'approve', '经合法性审核，同意公布。');
    steps.publish = await transition(baseUrl, reviewer, row.documentId, 'publish');
    const items = Number(await strapi.db.query('api::published-item.published-item').count({ where: { listId: row.documentId } }));
    published.push({ tier, department: seed.name, listId: row.documentId, items, steps });
  }
  return published;
}
