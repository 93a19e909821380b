// The records the public reads as "published, newest first, searchable by title": 普法责任清单 and
// 以案释法 cases (Art. 18), clarifications (Art. 31). They differ only in what is read and shown, so
// each is data here; published-pages.ts serves them and openapi-published.ts describes them.
// Organisations only, no personal information: a case interpretation is written for the public
// (its form says so); a clarification exists to clear a named officer's reputation in public
// (消除不良影响), so it names the officer — by name only — and nothing else personal leaves: not the
// officer's ID number, phone or certificate, not the report's summary or the investigation's
// finding (which may name the person who reported), not the linked case.
import type { UID } from '@strapi/strapi';
import { educationItemsOf } from '../domain';
import { asRow, isoDate, numOf, strOf, type Row } from '../util/row';
import type { PublicErrorCode } from './errors';
import { nullableStr, str, type Schema } from './openapi-parts';

export interface PublishedKind {
  /** The path under /api/public. */
  path: string;
  uid: UID.ContentType;
  /** Populated beside the department and its government. */
  populate: Row;
  shape: (row: Row) => Record<string, unknown>;
  /** The OpenAPI component the shape answers to, and the list operation's words. */
  schemaName: string;
  schema: Schema;
  operationId: string;
  summary: string;
  pageDescription: string;
  /** GET <path>/{id}, where a record is also read alone. */
  one?: { operationId: string; summary: string; description: string; notFound: { code: PublicErrorCode; message: string } };
}

/** The department and its government, as every published record names them. */
export const ORGANISATION_POPULATE = { department: { select: ['documentId', 'name'], populate: { government: { select: ['code', 'name'] } } } };

function organisation(row: Row): { department: { id: string; name: string } | null; government: { code: string; name: string } | null } {
  const department = asRow(row.department);
  const government = asRow(department?.government);
  return {
    department: department ? { id: String(department.documentId), name: strOf(department, 'name') ?? '' } : null,
    government: government ? { code: strOf(government, 'code') ?? '', name: strOf(government, 'name') ?? '' } : null,
  };
}

const organisationSchema: Record<string, Schema> = {
  department: { type: ['object', 'null'], properties: { id: str, name: str } },
  government: { type: ['object', 'null'], properties: { code: str, name: str } },
};
const dateOrNull: Schema = { type: ['string', 'null'], format: 'date' };
const described = (description: string): Schema => ({ type: 'string', description });
const ORGANISATION_FIELDS = ['department', 'government'];

export const PUBLISHED_KINDS: readonly PublishedKind[] = [
  {
    path: '/legal-education-lists',
    uid: 'api::legal-education-list.legal-education-list',
    populate: { items: true },
    shape: (row) => ({ id: String(row.documentId), year: numOf(row, 'year'), title: strOf(row, 'title') ?? '', items: educationItemsOf(row.items) ?? [], publishedOn: isoDate(row.publishedOn), ...organisation(row) }),
    schemaName: 'PublicLegalEducationList',
    schema: {
      type: 'object',
      description: '普法责任清单（第十八条）：普法内容、对象、方式和时间安排',
      required: ['id', 'year', 'title', 'items', 'publishedOn', ...ORGANISATION_FIELDS],
      properties: {
        id: str, year: { type: ['integer', 'null'] }, title: str, publishedOn: dateOrNull,
        items: { type: 'array', items: { type: 'object', properties: { content: described('普法内容'), targets: described('普法对象'), means: described('普法方式'), period: described('时间安排') } } },
        ...organisationSchema,
      },
    },
    operationId: 'listLegalEducationLists',
    summary: '已公布的普法责任清单，按公布日期倒序',
    pageDescription: '一页普法责任清单',
  },
  {
    path: '/case-interpretations',
    uid: 'api::case-interpretation.case-interpretation',
    populate: {},
    shape: (row) => ({
      id: String(row.documentId), title: strOf(row, 'title') ?? '', caseSummary: strOf(row, 'caseSummary') ?? '', lawExplained: strOf(row, 'lawExplained') ?? '',
      legalBasis: strOf(row, 'legalBasis') ?? '', caseDate: isoDate(row.caseDate), publishedOn: isoDate(row.publishedOn), ...organisation(row),
    }),
    schemaName: 'PublicCaseInterpretation',
    schema: {
      type: 'object',
      description: '以案释法案例（第十八条），不含当事人个人信息',
      required: ['id', 'title', 'caseSummary', 'lawExplained', 'legalBasis', 'caseDate', 'publishedOn', ...ORGANISATION_FIELDS],
      properties: { id: str, title: str, caseSummary: str, lawExplained: str, legalBasis: str, caseDate: nullableStr, publishedOn: dateOrNull, ...organisationSchema },
    },
    operationId: 'listCaseInterpretations',
    summary: '已公布的以案释法案例，按公布日期倒序',
    pageDescription: '一页以案释法案例',
  },
  {
    path: '/clarifications',
    uid: 'api::clarification.clarification',
    populate: { officer: { select: ['name'] } },
    shape: (row) => ({
      id: String(row.documentId), title: strOf(row, 'title') ?? '', statement: strOf(row, 'statement') ?? '', publishedOn: isoDate(row.publishedOn),
      officerName: strOf(asRow(row.officer), 'name'), ...organisation(row),
    }),
    schemaName: 'PublicClarification',
    schema: {
      type: 'object',
      description: '澄清正名（第三十一条）：只写明执法人员姓名，不含其他个人信息，不含举报内容与举报人',
      required: ['id', 'title', 'statement', 'publishedOn', 'officerName', ...ORGANISATION_FIELDS],
      properties: {
        id: str, title: str, statement: described('公开澄清的事实'), publishedOn: dateOrNull,
        officerName: { type: ['string', 'null'], description: '被澄清的执法人员姓名' },
        ...organisationSchema,
      },
    },
    operationId: 'listClarifications',
    summary: '已公布的澄清正名，按公布日期倒序',
    pageDescription: '一页澄清说明',
    one: { operationId: 'getClarification', summary: '一份已公布的澄清说明', description: '澄清说明', notFound: { code: 'CLARIFICATION_NOT_FOUND', message: '未找到已公布的澄清说明。' } },
  },
];
