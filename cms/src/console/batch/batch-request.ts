// POST /console-api/power-adjustments/batch { rows, commit, reason, file?, sheetRows?, columns? }:
// a department's first compilation from its own sheet (Art. 10, 11, 13). The preview (commit:
// false) judges every row as a power by every rule except CATALOGUE_ONLY and writes nothing; the
// commit judges them again and, only when every row passes, files ONE power adjustment (新增, or
// 变更 when every row changes a power the department holds) carrying the rows, submitted to the
// justice department of the department's government, which approves or returns it as one act.
// `agencies: string[]` names the missing agencies the clerk accepts for creation with the batch.
import type { Core } from '@strapi/strapi';
import { runtimeAttributes } from '../../store/document-input';
import { asRow, isRow, strOf } from '../../util/row';
import { authenticate, requirePermission } from '../auth';
import { ConsoleError } from '../errors';
import type { ConsoleContext } from '../handlers';
import { readImportBody } from '../import';
import { judgeBatch, type BatchTarget } from './batch-judge';
import { batchReport, type BatchReport } from './batch-report';
import type { BatchRow } from './batch-rows';
import { acceptedAgencies } from './batch-agencies';

export const ADJUSTMENT = 'api::power-adjustment.power-adjustment';

/** A trimmed text field of a request body, cut to max characters ('' when absent). */
export const text = (body: unknown, key: string, max: number): string => {
  const value = isRow(body) ? body[key] : undefined;
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
};

/** The sheet row numbers a request sends with its rows (null where absent or not an integer). */
export function sheetRowsOf(body: unknown, count: number): (number | null)[] {
  const value = isRow(body) ? body.sheetRows : undefined;
  const list = Array.isArray(value) ? value : [];
  return Array.from({ length: count }, (_, i) => (typeof list[i] === 'number' && Number.isInteger(list[i]) ? (list[i] as number) : null));
}

export async function targetOf(strapi: Core.Strapi, departmentId: string): Promise<BatchTarget> {
  const dept = asRow(await strapi.db.query('api::department.department').findOne({ where: { documentId: departmentId }, select: ['documentId'], populate: { government: { select: ['tier'] } } }));
  return { departmentId, tier: strOf(asRow(dept?.government), 'tier') };
}

/** The request's own title for the reviewer's inbox: what the batch adds and changes. */
export const titleOf = (file: string, report: BatchReport): string =>
  `${file ? `${file}：` : ''}批量${report.added > 0 ? `新增 ${report.added} 项` : ''}${report.added > 0 && report.changed > 0 ? '、' : ''}${report.changed > 0 ? `变更 ${report.changed} 项` : ''}`.slice(0, 200);

export function batchRequestHandler(strapi: Core.Strapi) {
  return async (ctx: ConsoleContext): Promise<void> => {
    const user = await authenticate(strapi, ctx);
    requirePermission(user, ADJUSTMENT, 'create');
    const actor = user.actor;
    // Art. 11: the department files its own adjustments; a reviewer or administrator has no list to import.
    if (actor.scope.kind !== 'department' || !actor.departmentId) {
      throw new ConsoleError(403, 'ROLE_FORBIDDEN', '批量职权调整由部门就本部门的权责事项提出（第十一条）。');
    }
    const body = ctx.request.body;
    const { rows, commit, columns } = readImportBody(body);
    const reason = text(body, 'reason', 2000);
    if (commit && reason === '') throw new ConsoleError(400, 'VALIDATION', '请填写调整原因。', { reason: ['必填'] });
    // Agencies the sheet names that the department lacks: created with the batch at approval once accepted here.
    const accepted = acceptedAgencies(body);
    const sheetRows = sheetRowsOf(body, rows.length);
    const judged = await judgeBatch(strapi, actor, await targetOf(strapi, actor.departmentId), rows, null, accepted);
    const report = batchReport(judged.rows, rows, columns, false, { missing: judged.missingAgencies, accepted, sheetRows });
    if (!commit || report.failed > 0) {
      ctx.body = report;
      return;
    }
    const batchRows: BatchRow[] = judged.rows.map((r, i) => ({ sheetRow: sheetRows[i], action: r.action, powerId: r.powerId, data: rows[i] }));
    const file = text(body, 'file', 200);
    const created: unknown = await strapi.documents(ADJUSTMENT).create({
      data: { kind: report.added > 0 ? 'add' : 'change', department: actor.departmentId, reason, state: 'submitted', ...runtimeAttributes<typeof ADJUSTMENT>({ batchRows }), ...(file ? { batchFile: file } : {}), proposedName: titleOf(file, report) },
    });
    ctx.status = 201;
    ctx.body = { ...report, committed: true, adjustmentId: strOf(asRow(created), 'documentId') ?? undefined } satisfies BatchReport;
  };
}

