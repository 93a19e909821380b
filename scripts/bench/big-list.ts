// Issue 4's publishing target: a 5,000-item list goes through submit (the snapshot is taken),
// forward, approve and publish over HTTP, each step by the account that owns it; the publish round
// trip must take at most 5 s.
import type { Core } from '@strapi/strapi';
import { Pool } from 'pg';
import { BIG_EDITOR, BIG_HEAD, createBigDepartment } from './big-department';
import { clonePower, type CloneCounts } from './clone-powers';
import { transition, type Tokens } from './http';
import { describeProfile, profiled, profiling } from './profile';
import { describeQueries, startQueryLog } from './query-log';

type Demo = typeof import('../../cms/src/seed/demo-data');

export const BIG_LIST_ITEMS = 5000;
export const PUBLISH_TARGET_MS = 5000;

export interface BigListResult {
  listId: string;
  departmentId: string;
  items: number;
  setupSeconds: number;
  cloned: CloneCounts;
  /** Round trip of each step, in milliseconds. */
  steps: Record<string, number>;
  /** documentId of one published item (the detail route's subject), the 2,500th in list order. */
  sampleItemId: string;
  snapshotBytes: number;
}

async function rowId(strapi: Core.Strapi, documentId: string): Promise<number> {
  const row = (await strapi.db.query('api::power.power').findOne({ where: { documentId }, select: ['id'] })) as { id: number } | null;
  if (!row) throw new Error(`power ${documentId} not found`);
  return Number(row.id);
}

async function multiplyTemplates(strapi: Core.Strapi, pool: Pool, templates: { documentId: string; code: string }[]): Promise<CloneCounts> {
  const client = await pool.connect();
  const counts: CloneCounts = { powers: 0, components: 0, links: 0 };
  const share = BIG_LIST_ITEMS / templates.length;
  try {
    await client.query('BEGIN');
    for (const template of templates) {
      const c = await clonePower(strapi, client, await rowId(strapi, template.documentId), template.code.replace(/\d+$/, ''), share);
      counts.powers += c.powers;
      counts.components += c.components;
      counts.links += c.links;
    }
    await client.query('COMMIT');
    // Fresh statistics, as autovacuum would have them on a database that grew over time.
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return counts;
}

/** Size of the version's frozen items as JSON text (kept beside the version, not in its row). */
async function snapshotBytes(pool: Pool, listId: string): Promise<number> {
  const res = await pool.query<{ bytes: number }>(
    'SELECT coalesce(sum(octet_length(f.item::text)), 0)::int AS bytes FROM nmg_list_snapshot_items f JOIN responsibility_lists l ON l.id = f.list_id WHERE l.document_id = $1',
    [listId],
  );
  return Number(res.rows[0]?.bytes ?? 0);
}

async function publishWith(strapi: Core.Strapi, demo: Demo, baseUrl: string, pool: Pool, tokens: Tokens, reviewer: string, log: (line: string) => void): Promise<BigListResult> {
  const setupStart = performance.now();
  const big = await createBigDepartment(strapi, demo);
  const cloned = await multiplyTemplates(strapi, pool, big.templates);
  const powers = Number(await strapi.db.query('api::power.power').count({ where: { department: { documentId: big.departmentId } } }));
  if (powers !== BIG_LIST_ITEMS) throw new Error(`bench setup: the department has ${powers} powers, expected ${BIG_LIST_ITEMS}`);
  const setupSeconds = (performance.now() - setupStart) / 1000;
  const steps: Record<string, number> = {};
  const plan: [string, string, string | undefined][] = [
    ['submit', await tokens.of(BIG_EDITOR), undefined],
    ['forward', await tokens.of(BIG_HEAD), undefined],
    ['approve', await tokens.of(reviewer), '经合法性审核，同意公布。'],
    ['publish', await tokens.of(reviewer), undefined],
  ];
  for (const [action, jwt, opinion] of plan) {
    const queries = profiling() ? startQueryLog(strapi) : null;
    const { result, profile } = await profiled(() => transition(baseUrl, jwt, big.listId, action, opinion));
    steps[action] = result;
    if (profile) log([...describeProfile(`${action} (${(result / 1000).toFixed(2)} s with the profiler on)`, profile), ...describeQueries(queries?.() ?? [])].join('\n'));
  }
  const items = Number(await strapi.db.query('api::published-item.published-item').count({ where: { listId: big.listId } }));
  if (items !== BIG_LIST_ITEMS) throw new Error(`publish wrote ${items} published items, expected ${BIG_LIST_ITEMS}`);
  const sample = (await strapi.db.query('api::published-item.published-item').findOne({ where: { listId: big.listId, position: BIG_LIST_ITEMS / 2 }, select: ['documentId'] })) as { documentId: string } | null;
  if (!sample) throw new Error('no published item at the middle of the list');
  return { listId: big.listId, departmentId: big.departmentId, items, setupSeconds, cloned, steps, sampleItemId: sample.documentId, snapshotBytes: await snapshotBytes(pool, big.listId) };
}

export async function publishBigList(strapi: Core.Strapi, demo: Demo, baseUrl: string, databaseUrl: string, tokens: Tokens, reviewer: string, log: (line: string) => void): Promise<BigListResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    return await publishWith(strapi, demo, baseUrl, pool, tokens, reviewer, log);
  } finally {
    await pool.end();
  }
}
