// The OpenAPI paths of the assessment results and the public rating form (Art. 22, 25, 26),
// merged into openapi.ts's document.
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const str: Json = { type: 'string' };
const num: Json = { type: ['number', 'null'] };
const notModified: Json = { description: '内容未变（If-None-Match 与 ETag 相同），无响应体。' };
const errorRef: Json = { $ref: '#/components/schemas/Error' };
const errorJson = (description: string): Json => ({ description, content: { 'application/json': { schema: errorRef } } });
const yearTier: Json[] = [
  { name: 'year', in: 'query', required: false, description: '年度（默认当年）', schema: { type: 'integer', minimum: 2021, maximum: 2100 } },
  { name: 'tier', in: 'query', required: false, description: '被考核单位的层级', schema: { type: 'string', enum: ['region', 'league', 'county', 'township'] } },
];
const parts: Json = { type: 'object', properties: { self: num, mutual: num, internal: num, external: num } };
const result: Json = {
  type: 'object',
  description: '一个被考核单位的公开结果（只含组织，不含个人信息）',
  properties: {
    rank: { type: 'integer', description: '层级内名次（并列同名次）' }, year: { type: 'integer' }, tier: str,
    target: { type: 'object', properties: { kind: { type: 'string', enum: ['government', 'department'] }, id: str, name: str, governmentName: { type: ['string', 'null'] } } },
    plan: { type: ['object', 'null'], properties: { id: str, title: str } },
    parts, weights: parts, ratingCount: { type: 'integer' }, ratingAverage: num, score: { type: 'number' }, grade: str, assessments: { type: 'integer' },
    publicationDate: { type: ['string', 'null'], format: 'date-time' },
  },
};

export const assessmentPaths: Record<string, Json> = {
  '/assessments': {
    get: {
      operationId: 'listAssessmentResults', summary: '已公开的评议考核结果，按层级排名（第二十二条）', parameters: yearTier,
      responses: { '200': { description: '结果', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: result }, meta: { type: 'object' } } } } } }, '304': notModified, '400': errorJson('INVALID_QUERY') },
    },
  },
  '/assessments/export': {
    get: {
      operationId: 'exportAssessmentResults', summary: '导出评议考核结果（第二十六条，CSV 带 BOM 或 XLSX）',
      parameters: [...yearTier, { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['csv', 'xlsx'], default: 'csv' } }],
      responses: { '200': { description: '文件下载' }, '304': notModified, '400': errorJson('INVALID_QUERY 或 UNKNOWN_FORMAT') },
    },
  },
  '/ratings/challenge': {
    get: {
      operationId: 'ratingChallenge', summary: '公众评议的验证题（不缓存）',
      parameters: [{ name: 'department', in: 'query', required: true, schema: str }],
      responses: { '200': { description: '{ data: { token, question, minFillSeconds, expiresAt, scale } }' }, '404': errorJson('DEPARTMENT_NOT_FOUND') },
    },
  },
  '/ratings': {
    post: {
      operationId: 'createRating', summary: '公众评议一个行政执法部门（第二十五条，外部评议），无需登录',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['department', 'rating', 'token', 'answer'], properties: { department: str, rating: { type: 'integer', minimum: 1 }, comment: { type: ['string', 'null'] }, token: str, answer: str, website: { type: 'string', description: '留空（防机器人）' } } } } } },
      responses: {
        '201': { description: '已记录' },
        '400': errorJson('INVALID_RATING、INVALID_COMMENT、CHALLENGE_INVALID、CHALLENGE_FAILED、CHALLENGE_EXPIRED、CHALLENGE_USED、TOO_FAST、SPAM_SUSPECTED'),
        '404': errorJson('DEPARTMENT_NOT_FOUND'),
        '429': errorJson('RATE_LIMITED：同一地址一小时内对同一部门的评议次数已达上限；响应带 Retry-After'),
      },
    },
  },
};
