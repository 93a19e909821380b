// Published 普法责任清单 and 以案释法 cases (Art. 18) on the public API:
// /api/public/legal-education-lists and /api/public/case-interpretations, newest first, with the
// department and its government. Only published records; organisations only, no personal
// information (a case interpretation is written for the public, its form says so).
import type { Core } from '@strapi/strapi';
import { educationItemsOf } from '../domain';
import { itemPageParams } from './params';
import type { PublicHandler } from './respond';
import { asRow, isoDate, numOf, rowsOf, strOf, type Row } from '../util/row';

const EDUCATION_LIST = 'api::legal-education-list.legal-education-list';
const CASE_INTERPRETATION = 'api::case-interpretation.case-interpretation';

const POPULATE = { department: { select: ['documentId', 'name'], populate: { government: { select: ['code', 'name'] } } } };

function organisation(row: Row): { department: { id: string; name: string } | null; government: { code: string; name: string } | null } {
  const department = asRow(row.department);
  const government = asRow(department?.government);
  return {
    department: department ? { id: String(department.documentId), name: strOf(department, 'name') ?? '' } : null,
    government: government ? { code: strOf(government, 'code') ?? '', name: strOf(government, 'name') ?? '' } : null,
  };
}

const educationList = (row: Row) => ({
  id: String(row.documentId),
  year: numOf(row, 'year'),
  title: strOf(row, 'title') ?? '',
  items: educationItemsOf(row.items) ?? [],
  publishedOn: isoDate(row.publishedOn),
  ...organisation(row),
});

const caseInterpretation = (row: Row) => ({
  id: String(row.documentId),
  title: strOf(row, 'title') ?? '',
  caseSummary: strOf(row, 'caseSummary') ?? '',
  lawExplained: strOf(row, 'lawExplained') ?? '',
  legalBasis: strOf(row, 'legalBasis') ?? '',
  caseDate: isoDate(row.caseDate),
  publishedOn: isoDate(row.publishedOn),
  ...organisation(row),
});

export function legalEducationHandlers(strapi: Core.Strapi): Record<'lists' | 'cases', PublicHandler> {
  // The query engine, not the document service: the public is no actor with a scope, and only
  // published rows are ever selected.
  const page = async (uid: string, params: Record<string, unknown>, shape: (row: Row) => unknown, extra: Row = {}) => {
    const { page: n, pageSize, q } = itemPageParams(params);
    const where: Row = { state: 'published', ...(q ? { title: { $containsi: q } } : {}) };
    const query = strapi.db.query(uid as never);
    const [rows, total] = await Promise.all([
      query.findMany({ where, populate: { ...POPULATE, ...extra }, orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }], offset: (n - 1) * pageSize, limit: pageSize }),
      query.count({ where }),
    ]);
    return { json: { data: rowsOf(rows).map(shape), meta: { page: n, pageSize, total: Number(total) } } };
  };
  return {
    lists: ({ query }) => page(EDUCATION_LIST, query, educationList, { items: true }),
    cases: ({ query }) => page(CASE_INTERPRETATION, query, caseInterpretation),
  };
}
