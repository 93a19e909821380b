// The OpenAPI entries of /api/public/clarifications (Art. 31), merged into openapi.ts's document.
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const str = { type: 'string' };
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const cacheHeaders = {
  ETag: { description: '响应内容的强校验值；再次请求时放入 If-None-Match，内容未变则返回 304。', schema: str },
  'Cache-Control': { description: 'public, max-age=60', schema: str },
};
const json = (schema: Json, description: string): Json => ({ description, headers: cacheHeaders, content: { 'application/json': { schema } } });
const notModified: Json = { description: '内容未变（If-None-Match 与 ETag 相同），无响应体。', headers: cacheHeaders };
const ifNoneMatch: Json = { name: 'If-None-Match', in: 'header', required: false, description: '此前响应的 ETag。', schema: str };

export const clarificationSchemas: Record<string, Json> = {
  PublicClarification: {
    type: 'object',
    description: '澄清正名（第三十一条）：只写明执法人员姓名，不含其他个人信息，不含举报内容与举报人',
    required: ['id', 'title', 'statement', 'publishedOn', 'officerName', 'department', 'government'],
    properties: {
      id: str,
      title: str,
      statement: { type: 'string', description: '公开澄清的事实' },
      publishedOn: { type: ['string', 'null'], format: 'date' },
      officerName: { type: ['string', 'null'], description: '被澄清的执法人员姓名' },
      department: { type: ['object', 'null'], properties: { id: str, name: str } },
      government: { type: ['object', 'null'], properties: { code: str, name: str } },
    },
  },
};

export const clarificationPaths: Record<string, Json> = {
  '/clarifications': {
    get: {
      operationId: 'listClarifications', summary: '已公布的澄清正名，按公布日期倒序',
      parameters: [
        { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
        { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        { name: 'q', in: 'query', required: false, description: '标题包含的文字', schema: { type: 'string', maxLength: 100 } },
        ifNoneMatch,
      ],
      responses: {
        '200': json({ type: 'object', properties: { data: { type: 'array', items: ref('PublicClarification') }, meta: { type: 'object', properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, total: { type: 'integer' } } } } }, '一页澄清说明'),
        '304': notModified,
        '400': json(ref('Error'), 'INVALID_PAGE、INVALID_PAGE_SIZE 或 INVALID_QUERY'),
      },
    },
  },
  '/clarifications/{id}': {
    get: {
      operationId: 'getClarification', summary: '一份已公布的澄清说明',
      parameters: [{ name: 'id', in: 'path', required: true, schema: str }, ifNoneMatch],
      responses: { '200': json({ type: 'object', properties: { data: ref('PublicClarification') } }, '澄清说明'), '304': notModified, '404': json(ref('Error'), 'CLARIFICATION_NOT_FOUND') },
    },
  },
};
