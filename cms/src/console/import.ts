// POST /console-api/<resource>/import { rows, commit }: validates every row by really writing it
// (so scope, the regulation's rules and the database all have their say) inside ONE transaction,
// each row behind a savepoint; the transaction commits only when asked and every row passed.
// Otherwise it is rolled back and the report says which row failed, on which field, by which rule.
import type { Core, UID } from '@strapi/strapi';
import type { ModelLike } from '../scope/populate';
import { isRow, type Row } from '../util/row';
import { ConsoleError, toConsoleError, type FieldErrors } from './errors';
import { parseInput } from './input';

export const MAX_IMPORT_ROWS = 10000;

export interface RowReport {
  index: number;
  ok: boolean;
  id?: string;
  code?: string;
  message?: string;
  errors?: FieldErrors;
}

export interface ImportReport {
  total: number;
  passed: number;
  failed: number;
  committed: boolean;
  rows: RowReport[];
}

/** Thrown inside the transaction to roll it back once the report is complete. */
class RollBack extends Error {}

interface Knexish {
  raw(sql: string): Promise<unknown>;
}

export function readImportBody(body: unknown): { rows: Row[]; commit: boolean } {
  if (!isRow(body) || !Array.isArray(body.rows)) throw new ConsoleError(400, 'INVALID_BODY', '导入内容须为 { rows: [...], commit: true|false }。', { rows: ['须为数组'] });
  if (body.rows.length === 0) throw new ConsoleError(400, 'INVALID_BODY', '没有可导入的数据行。', { rows: ['不能为空'] });
  if (body.rows.length > MAX_IMPORT_ROWS) throw new ConsoleError(400, 'INVALID_BODY', `一次最多导入 ${MAX_IMPORT_ROWS} 行。`, { rows: ['行数过多'] });
  const bad = body.rows.findIndex((r: unknown) => !isRow(r));
  if (bad >= 0) throw new ConsoleError(400, 'INVALID_BODY', `第 ${bad + 1} 行不是对象。`, { [`rows.${bad}`]: ['须为对象'] });
  return { rows: body.rows as Row[], commit: body.commit === true };
}

export async function importRows(strapi: Core.Strapi, uid: string, model: ModelLike, lookup: (uid: string) => ModelLike | undefined, rows: Row[], commit: boolean, status: Row): Promise<ImportReport> {
  const reports: RowReport[] = [];
  const docs = strapi.documents(uid as UID.ContentType);
  try {
    await strapi.db.transaction(async ({ trx }) => {
      const db = trx as unknown as Knexish;
      for (const [index, row] of rows.entries()) {
        await db.raw('SAVEPOINT import_row');
        try {
          const input = parseInput(row, model, lookup);
          const created: unknown = await docs.create({ data: input.data, ...status } as never);
          await db.raw('RELEASE SAVEPOINT import_row');
          reports.push({ index, ok: true, id: isRow(created) ? String(created.documentId) : undefined });
        } catch (error) {
          // Undo this row only, so that a database error does not poison the rows after it.
          await db.raw('ROLLBACK TO SAVEPOINT import_row');
          const mapped = toConsoleError(error);
          if (!mapped) throw error;
          reports.push({ index, ok: false, code: mapped.code, message: mapped.message, errors: mapped.errors });
        }
      }
      if (!commit || reports.some((r) => !r.ok)) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  const failed = reports.filter((r) => !r.ok).length;
  const committed = commit && failed === 0;
  return { total: rows.length, passed: rows.length - failed, failed, committed, rows: committed ? reports : reports.map(({ id: _id, ...rest }) => rest) };
}
