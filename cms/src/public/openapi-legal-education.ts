// The OpenAPI entries of /api/public/legal-education-lists and /api/public/case-interpretations
// (Art. 18), merged into openapi.ts's document.
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const cacheHeaders = {
  ETag: { description: '响应内容的强校验值；再次请求时放入 If-None-Match，内容未变则返回 304。', schema: str },
  'Cache-Control': { description: 'public, max-age=60', schema: str },
};
const json = (schema: Json, description: string): Json => ({ description, headers: cacheHeaders, content: { 'application/json': { schema } } });
const notModified: Json = { description: '内容未变（If-None-Match 与 ETag 相同），无响应体。', headers: cacheHeaders };
const ifNoneMatch: Json = { name: 'If-None-Match', in: 'header', required: false, description: '此前响应的 ETag。', schema: str };
const organisation: Record<string, Json> = {
  department: { type: ['object', 'null'], properties: { id: str, name: str } },
  government: { type: ['object', 'null'], properties: { code: str, name: str } },
};
const pageParams: Json[] = [
  { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
  { name: 'q', in: 'query', required: false, description: '标题包含的文字', schema: { type: 'string', maxLength: 100 } },
  ifNoneMatch,
];
const pageOf = (name: string): Json => ({ type: 'object', properties: { data: { type: 'array', items: ref(name) }, meta: { type: 'object', properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, total: { type: 'integer' } } } } });

export const legalEducationSchemas: Record<string, Json> = {
  PublicLegalEducationList: {
    type: 'object',
    description: '普法责任清单（第十八条）：普法内容、对象、方式和时间安排',
    required: ['id', 'year', 'title', 'items', 'publishedOn', 'department', 'government'],
    properties: {
      id: str, year: { type: ['integer', 'null'] }, title: str, publishedOn: { type: ['string', 'null'], format: 'date' },
      items: { type: 'array', items: { type: 'object', properties: { content: { type: 'string', description: '普法内容' }, targets: { type: 'string', description: '普法对象' }, means: { type: 'string', description: '普法方式' }, period: { type: 'string', description: '时间安排' } } } },
      ...organisation,
    },
  },
  PublicCaseInterpretation: {
    type: 'object',
    description: '以案释法案例（第十八条），不含当事人个人信息',
    required: ['id', 'title', 'caseSummary', 'lawExplained', 'legalBasis', 'caseDate', 'publishedOn', 'department', 'government'],
    properties: { id: str, title: str, caseSummary: str, lawExplained: str, legalBasis: str, caseDate: nullableStr, publishedOn: { type: ['string', 'null'], format: 'date' }, ...organisation },
  },
};

export const legalEducationPaths: Record<string, Json> = {
  '/legal-education-lists': {
    get: {
      operationId: 'listLegalEducationLists', summary: '已公布的普法责任清单，按公布日期倒序',
      parameters: pageParams,
      responses: { '200': json(pageOf('PublicLegalEducationList'), '一页普法责任清单'), '304': notModified, '400': json(ref('Error'), 'INVALID_PAGE、INVALID_PAGE_SIZE 或 INVALID_QUERY') },
    },
  },
  '/case-interpretations': {
    get: {
      operationId: 'listCaseInterpretations', summary: '已公布的以案释法案例，按公布日期倒序',
      parameters: pageParams,
      responses: { '200': json(pageOf('PublicCaseInterpretation'), '一页以案释法案例'), '304': notModified, '400': json(ref('Error'), 'INVALID_PAGE、INVALID_PAGE_SIZE 或 INVALID_QUERY') },
    },
  },
};
