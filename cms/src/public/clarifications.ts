// Published clarifications (Art. 31) on the public API: /api/public/clarifications and
// /api/public/clarifications/:id. A clarification exists to clear a named officer's reputation in
// public (消除不良影响), so it names the officer — by name only — with the department, its
// government, the title, the statement and the date. Nothing else personal leaves: not the
// officer's ID number, phone or certificate, not the report's summary or the investigation's
// finding (which may name the person who reported), not the linked case.
import type { Core } from '@strapi/strapi';
import { PublicError } from './errors';
import { itemPageParams } from './params';
import type { PublicHandler } from './respond';
import { asRow, isoDate, rowsOf, strOf, type Row } from '../util/row';

const CLARIFICATION = 'api::clarification.clarification';

export interface PublicClarification {
  id: string;
  title: string;
  statement: string;
  publishedOn: string | null;
  officerName: string | null;
  department: { id: string; name: string } | null;
  government: { code: string; name: string } | null;
}

const POPULATE = {
  officer: { select: ['name'] },
  department: { select: ['documentId', 'name'], populate: { government: { select: ['code', 'name'] } } },
};

function toPublic(row: Row): PublicClarification {
  const department = asRow(row.department);
  const government = asRow(department?.government);
  return {
    id: String(row.documentId),
    title: strOf(row, 'title') ?? '',
    statement: strOf(row, 'statement') ?? '',
    publishedOn: isoDate(row.publishedOn),
    officerName: strOf(asRow(row.officer), 'name'),
    department: department ? { id: String(department.documentId), name: strOf(department, 'name') ?? '' } : null,
    government: government ? { code: strOf(government, 'code') ?? '', name: strOf(government, 'name') ?? '' } : null,
  };
}

export function clarificationHandlers(strapi: Core.Strapi): Record<'list' | 'one', PublicHandler> {
  // The query engine, not the document service: the public is no actor with a scope, and only
  // published rows are ever selected.
  const query = () => strapi.db.query(CLARIFICATION);
  return {
    async list({ query: params }) {
      const { page, pageSize, q } = itemPageParams(params);
      const where: Row = { state: 'published', ...(q ? { title: { $containsi: q } } : {}) };
      const [rows, total] = await Promise.all([
        query().findMany({ where, populate: POPULATE, orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        query().count({ where }),
      ]);
      return { json: { data: rowsOf(rows).map(toPublic), meta: { page, pageSize, total: Number(total) } } };
    },

    async one({ params }) {
      const row = asRow(await query().findOne({ where: { documentId: params.id, state: 'published' }, populate: POPULATE }));
      if (!row) throw new PublicError(404, 'CLARIFICATION_NOT_FOUND', '未找到已公布的澄清说明。');
      return { json: { data: toPublic(row) } };
    },
  };
}
