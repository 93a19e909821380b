// Judges every row of a sheet as the row-by-row import would, in the same order of checks, without
// writing anything: parsing (parseInput), the importer's own department as default, readable
// references, the rule adapter's server defaults, existing references, Strapi's attribute
// validation, unique values, the scope of the new record and the rules. Reads are set-based (one
// query per kind of fact for all rows); each row is then judged in memory, in sheet order, so that
// a unique value counts as taken only by rows before it that passed (as rows already written).
import { errors } from '@strapi/utils';
import { ScopeForbidden } from '../../store/errors';
import { collectReferences, type Reference } from '../../guards/references';
import { scopeFieldOf } from '../../scope/anchors';
import { ownDepartmentField, writeFilter } from '../../scope/filters';
import type { ModelLike } from '../../scope/populate';
import type { Row } from '../../util/row';
import { parseInput } from '../input';
import { checkReadableReferences, resolveReferences, type IdMap } from './references';
import { compileScope } from './scope';
import { passing, type BulkAdapter, type BulkContext, type Candidate, type FieldIssue } from './types';
import { UniqueLedger } from './unique';
import { validateCandidates, validateCandidatesByParts } from './validate';

export interface BulkJob {
  ctx: BulkContext;
  adapter: BulkAdapter;
  model: ModelLike;
  lookup: (uid: string) => ModelLike;
  isDraft: boolean;
  /** Component items validated one by one, each distinct item once (validate.ts); the batch power judge's choice. */
  componentsApart?: boolean;
}

function parseRow(job: BulkJob, row: Row, index: number): Candidate {
  try {
    return { index, data: parseInput(row, job.model, job.lookup).data, values: null, issues: [], failure: null };
  } catch (error) {
    return { index, data: {}, values: null, issues: [], failure: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** The middleware's default: a department user's record belongs to their department unless the row names one. */
function defaultDepartment(job: BulkJob, rows: readonly Candidate[]): void {
  const { actor, uid } = job.ctx;
  const field = ownDepartmentField(uid);
  if (!field || actor.scope.kind !== 'department') return;
  for (const c of rows) if (c.data[field] === undefined) c.data[field] = actor.scope.departmentId;
}

/** Rows whose new record would lie outside the importer's write scope (the middleware's after-write check). */
async function scopeRefusals(job: BulkJob, rows: readonly Candidate[]): Promise<Map<number, Error>> {
  const { strapi, actor, uid } = job.ctx;
  const filter = writeFilter(actor, uid);
  const refused = new Map<number, Error>();
  if (!filter) return refused;
  const inside = await compileScope(strapi, job.model, filter, rows);
  for (const c of rows) if (!inside(c)) refused.set(c.index, new ScopeForbidden(scopeFieldOf(uid)));
  return refused;
}

/** yup reports problems in the order of the model's attributes, a field's own tests before its unique test. */
function inAttributeOrder(model: ModelLike, issues: FieldIssue[]): FieldIssue[] {
  const order = Object.keys(model.attributes);
  const rank = (i: FieldIssue): number => order.indexOf(String(i.path[0]));
  return issues.map((issue, at) => ({ issue, at })).sort((a, b) => rank(a.issue) - rank(b.issue) || a.at - b.at).map((x) => x.issue);
}

const validationError = (issues: FieldIssue[]): Error =>
  new errors.ValidationError(issues.length === 1 ? issues[0].message : `${issues.length} errors occurred`, { errors: issues });

export async function judgeRows(job: BulkJob, rows: readonly Row[]): Promise<{ candidates: Candidate[]; idMap: IdMap }> {
  const { ctx, adapter, model } = job;
  const candidates = rows.map((row, index) => parseRow(job, row, index));
  defaultDepartment(job, passing(candidates));
  const refs = new Map<number, Reference[]>(passing(candidates).map((c) => [c.index, collectReferences(ctx.strapi, c.data, model)]));
  const refsOf = (c: Candidate): Reference[] => refs.get(c.index) ?? [];
  await checkReadableReferences(ctx, passing(candidates), refsOf);
  for (const c of passing(candidates)) adapter.prepare(ctx, c.data);
  const idMap = await resolveReferences(ctx, passing(candidates), refsOf);
  await (job.componentsApart ? validateCandidatesByParts : validateCandidates)(ctx.strapi, model, job.lookup, passing(candidates), job.isDraft, ctx.uid);
  const live = passing(candidates);
  const valid = live.filter((c) => c.values !== null);
  const outside = await scopeRefusals(job, valid);
  const ruled = await adapter.check(ctx, valid);
  const ledger = await UniqueLedger.load(ctx.strapi, ctx.uid, model, live, job.isDraft);
  for (const c of live) {
    const issues = inAttributeOrder(model, [...c.issues, ...ledger.issuesOf(c)]);
    c.failure = issues.length > 0 ? validationError(issues) : outside.get(c.index) ?? ruled.get(c.index) ?? null;
    if (!c.failure) ledger.claim(c);
  }
  return { candidates, idMap };
}
