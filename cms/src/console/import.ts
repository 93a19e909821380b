// POST /console-api/<resource>/import { rows, commit }: a whole sheet or nothing. Types with a bulk
// adapter are judged and written set-based (bulk/import-bulk.ts); the others row by row, each row
// really written behind a savepoint (import-row-by-row.ts). Both answer with the same report and
// keep the same guarantees: scope, the regulation's rules, Strapi's validation, an audit row per
// record, one transaction committed only when asked and every row passed.
import type { Core } from '@strapi/strapi';
import type { UserActor } from '../scope/actor';
import type { ModelLike } from '../scope/populate';
import { isRow, type Row } from '../util/row';
import { bulkAdapterFor } from './bulk/registry';
import { importRowsBulk } from './bulk/import-bulk';
import { ConsoleError } from './errors';
import type { ImportReport } from './import-report';
import { importRowByRow } from './import-row-by-row';
import { withEveryFailure } from './import-failures';

export type { ImportReport, RowReport } from './import-report';

export const MAX_IMPORT_ROWS = 10000;

/** The sheet's header per field ({ bases: '设定依据' }), to name the column of each failure. */
function columnsOf(value: unknown): Record<string, string> {
  if (!isRow(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function readImportBody(body: unknown): { rows: Row[]; commit: boolean; columns: Record<string, string> } {
  if (!isRow(body) || !Array.isArray(body.rows)) throw new ConsoleError(400, 'INVALID_BODY', '导入内容须为 { rows: [...], commit: true|false }。', { rows: ['须为数组'] });
  if (body.rows.length === 0) throw new ConsoleError(400, 'INVALID_BODY', '没有可导入的数据行。', { rows: ['不能为空'] });
  if (body.rows.length > MAX_IMPORT_ROWS) throw new ConsoleError(400, 'INVALID_BODY', `一次最多导入 ${MAX_IMPORT_ROWS} 行。`, { rows: ['行数过多'] });
  const bad = body.rows.findIndex((r: unknown) => !isRow(r));
  if (bad >= 0) throw new ConsoleError(400, 'INVALID_BODY', `第 ${bad + 1} 行不是对象。`, { [`rows.${bad}`]: ['须为对象'] });
  return { rows: body.rows as Row[], commit: body.commit === true, columns: columnsOf(body.columns) };
}

export interface ImportRequest {
  actor: UserActor;
  uid: string;
  model: ModelLike & { options?: { draftAndPublish?: boolean } };
  lookup: (uid: string) => ModelLike;
  status: { status?: 'draft' };
}

export async function importRows(strapi: Core.Strapi, request: ImportRequest, rows: Row[], commit: boolean, columns: Record<string, string> = {}): Promise<ImportReport> {
  const { actor, uid, model, lookup, status } = request;
  const adapter = bulkAdapterFor(strapi, uid);
  if (adapter) return importRowsBulk(strapi, actor, uid, adapter, model, lookup, rows, commit, status);
  return withEveryFailure(uid, await importRowByRow(strapi, uid, model, lookup, rows, commit, status), rows, columns);
}
