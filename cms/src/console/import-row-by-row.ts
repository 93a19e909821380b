// The row-by-row import, for types without a bulk adapter (cms/src/console/bulk/registry.ts): every
// row is validated by really writing it (so scope, the regulation's rules and the database all have
// their say) inside ONE transaction, each row behind a savepoint; the transaction commits only when
// asked and every row passed. Otherwise it is rolled back and the report says which row failed, on
// which field, by which rule.
import type { Core, UID } from '@strapi/strapi';
import type { ModelLike } from '../scope/populate';
import { isRow, type Row } from '../util/row';
import { toConsoleError } from './errors';
import { finalReport, type ImportReport, type RowReport } from './import-report';
import { parseInput } from './input';

/** Thrown inside the transaction to roll it back once the report is complete. */
class RollBack extends Error {}

interface Knexish {
  raw(sql: string): Promise<unknown>;
}

export async function importRowByRow(strapi: Core.Strapi, uid: string, model: ModelLike, lookup: (uid: string) => ModelLike | undefined, rows: Row[], commit: boolean, status: Row): Promise<ImportReport> {
  const reports: RowReport[] = [];
  const docs = strapi.documents(uid as UID.ContentType);
  try {
    await strapi.db.transaction(async ({ trx }) => {
      const db = trx as unknown as Knexish;
      for (const [index, row] of rows.entries()) {
        await db.raw('SAVEPOINT import_row');
        try {
          const input = parseInput(row, model, lookup);
          const created: unknown = await docs.create({ data: input.data, ...status });
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
  return finalReport(rows.length, reports, commit);
}
