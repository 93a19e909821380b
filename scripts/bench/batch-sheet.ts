// Issue 15's 5,000-row targets in the bench: a league-size sheet (each row with its basis, seven
// responsibility steps and two accountability situations, as test/api/import-batch-timing.test.ts
// builds it) goes through the batch power adjustment over HTTP: the preview (≤ 5 s), the filing of
// the request, and the justice reviewer's approval that creates every power (≤ 10 s).
import type { Core } from '@strapi/strapi';
import { postJson } from './http';
import { runInChild } from './child';

export const BATCH_ROWS = 5000;
export const BATCH_PREVIEW_TARGET_MS = 5000;
export const BATCH_APPROVAL_TARGET_MS = 10000;

export interface BatchResult {
  rows: number;
  previewMs: number;
  filingMs: number;
  approvalMs: number;
}

const STEPS = ['立案', '调查取证', '审查', '告知', '决定', '送达', '执行'];

function sheet(laws: string[], count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `BENCH-BATCH-${String(i + 1).padStart(5, '0')}`,
    name: `对违反市场监督管理规定第${i + 1}项行为的行政处罚`,
    type: i % 10 === 0 ? 'inspection' : 'penalty',
    bases: [{ kind: 'setting', legalBasis: laws[i % laws.length], articles: `第${(i % 90) + 1}条` }],
    steps: STEPS.map((step) => ({ step, content: `${step}环节按规定程序办理。` })),
    accountabilities: [{ situation: '没有法律和事实依据实施行政处罚的' }, { situation: '擅自改变行政处罚种类、幅度的' }],
  }));
}

async function put(url: string, body: unknown, jwt: string): Promise<number> {
  const res = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` }, body: JSON.stringify(body) });
  if (res.status !== 200) throw new Error(`PUT ${url}: HTTP ${res.status} ${(await res.text()).slice(0, 600)}`);
  return res.status;
}

export interface BatchJob {
  baseUrl: string;
  editor: string;
  reviewer: string;
  laws: string[];
  count: number;
}

/** The HTTP part, run in a child process (batch-worker.ts): the 5,000 rows and their JSON bodies are
 * the client's memory, not the server's. */
export async function postBatchSheet(job: BatchJob): Promise<BatchResult> {
  const { baseUrl, editor, reviewer, count } = job;
  const rows = sheet(job.laws, count);
  const url = `${baseUrl}/console-api/power-adjustments/batch`;
  let t = performance.now();
  const preview = await postJson(url, { rows, commit: false }, editor);
  const previewMs = performance.now() - t;
  const body = preview.body as { failed?: unknown } | null;
  if (preview.status !== 200 || body?.failed !== 0) throw new Error(`batch preview: HTTP ${preview.status} ${JSON.stringify(preview.body).slice(0, 600)}`);
  t = performance.now();
  const filed = await postJson(url, { rows, commit: true, reason: '首次梳理编制权责清单' }, editor);
  const filingMs = performance.now() - t;
  const id = (filed.body as { adjustmentId?: unknown; updatedAt?: unknown } | null)?.adjustmentId;
  if (filed.status !== 201 || typeof id !== 'string') throw new Error(`batch filing: HTTP ${filed.status} ${JSON.stringify(filed.body).slice(0, 600)}`);
  const read = await fetch(`${baseUrl}/console-api/power-adjustments/${id}`, { headers: { Authorization: `Bearer ${reviewer}` } });
  const record = (await read.json()) as { updatedAt?: unknown };
  if (read.status !== 200 || typeof record.updatedAt !== 'string') throw new Error(`batch request read: HTTP ${read.status}`);
  t = performance.now();
  await put(`${baseUrl}/console-api/power-adjustments/${id}`, { state: 'approved', opinion: '同意。', updatedAt: record.updatedAt }, reviewer);
  const approvalMs = performance.now() - t;
  return { rows: count, previewMs, filingMs, approvalMs };
}

/** editor: the county market department's editor; reviewer: the same government's justice reviewer. */
export async function runBatchSheet(strapi: Core.Strapi, baseUrl: string, editor: string, reviewer: string, count = BATCH_ROWS): Promise<BatchResult> {
  const laws = ((await strapi.db.query('api::legal-basis.legal-basis').findMany({ where: { status: 'in-force' }, select: ['documentId'], limit: 20 })) as { documentId: string }[]).map((l) => l.documentId);
  const result = await runInChild<BatchJob, BatchResult>('batch-worker.js', { baseUrl, editor, reviewer, laws, count }, 'batch adjustment');
  const made = Number(await strapi.db.query('api::power.power').count({ where: { code: { $startsWith: 'BENCH-BATCH-' } } }));
  if (made !== count) throw new Error(`batch approval created ${made} powers, expected ${count}`);
  return result;
}
