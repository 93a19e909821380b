// GET /console-api/power-adjustments/:id/rows?range=[0,49]: the per-row view of a batch power
// adjustment (Art. 10, 11, 13) for the reviewer who decides it and the department that filed it.
// The rows are a bulk field (never in lists, records or the audit snapshots: thousands of rows),
// read here a page at a time, each with its sheet row, 新增/变更, code, name, type and the laws it
// cites by title. The request is read through the document service, so its scope applies.
import type { Core } from '@strapi/strapi';
import { asRow, isRow, rowsOf, strOf, type Row } from '../../util/row';
import { authenticate, requirePermission } from '../auth';
import { ConsoleError } from '../errors';
import type { ConsoleContext } from '../handlers';
import { batchRowsOf, type BatchRow } from './batch-rows';
import { ADJUSTMENT } from './batch-request';

const MAX_PAGE = 500;

export interface BatchRowView {
  index: number;
  sheetRow: number | null;
  action: string;
  powerId: string | null;
  code: string;
  name: string;
  type: string;
  bases: { title: string; articles: string }[];
}

function rangeOf(query: Row): [number, number] {
  try {
    const parsed: unknown = typeof query.range === 'string' ? JSON.parse(query.range) : null;
    if (Array.isArray(parsed) && Number.isInteger(parsed[0]) && Number.isInteger(parsed[1]) && parsed[0] >= 0 && parsed[1] >= parsed[0]) {
      return [parsed[0] as number, Math.min(parsed[1] as number, (parsed[0] as number) + MAX_PAGE - 1)];
    }
  } catch {
    // Falls through to the first page.
  }
  return [0, 49];
}

async function lawTitles(strapi: Core.Strapi, rows: BatchRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => rowsOf(r.data.bases).map((b) => b.legalBasis)).filter((v): v is string => typeof v === 'string'))];
  const found = ids.length === 0 ? [] : rowsOf(await strapi.db.query('api::legal-basis.legal-basis').findMany({ where: { documentId: { $in: ids } }, select: ['documentId', 'title'] }));
  return new Map(found.map((l) => [String(l.documentId), String(l.title ?? '')]));
}

export function batchRowsReadHandler(strapi: Core.Strapi) {
  return async (ctx: ConsoleContext): Promise<void> => {
    const user = await authenticate(strapi, ctx);
    requirePermission(user, ADJUSTMENT, 'findOne');
    // Scoped read (the middleware narrows to the user's department or subtree), then the bulk field itself.
    const visible: unknown = await strapi.documents(ADJUSTMENT).findOne({ documentId: ctx.params.id, fields: ['documentId'] });
    if (!isRow(visible)) throw new ConsoleError(404, 'NOT_FOUND', '记录不存在或不在您的数据范围内。');
    const stored = asRow(await strapi.db.query(ADJUSTMENT).findOne({ where: { documentId: ctx.params.id }, select: ['batchRows'] }));
    const all = batchRowsOf(stored?.batchRows);
    const [start, end] = rangeOf(ctx.query);
    const page = all.slice(start, end + 1);
    const titles = await lawTitles(strapi, page);
    const rows: BatchRowView[] = page.map((r, i) => ({
      index: start + i,
      sheetRow: r.sheetRow,
      action: r.action,
      powerId: r.powerId,
      code: strOf(r.data, 'code') ?? '',
      name: strOf(r.data, 'name') ?? '',
      type: strOf(r.data, 'type') ?? '',
      bases: rowsOf(r.data.bases).map((b) => ({ title: titles.get(String(b.legalBasis)) ?? '', articles: strOf(b, 'articles') ?? '' })),
    }));
    ctx.body = { total: all.length, added: all.filter((r) => r.action === 'add').length, changed: all.filter((r) => r.action === 'change').length, rows };
  };
}
