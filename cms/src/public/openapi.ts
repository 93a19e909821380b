// The OpenAPI 3.1 description of /api/public/*, written by hand next to the routes it describes
// and served at /api/public/openapi.json. Schemas mirror config/src/contracts.ts.
import { regulationConfig } from '@nmg/config';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './params';
import { certificatePaths, certificateSchemas } from './openapi-certificates';
import { assessmentPaths } from './openapi-assessment';
import { publishedPaths, publishedSchemas } from './openapi-published';
import { cacheHeaders, errorResponse, ifNoneMatch, json, notModified, nullableStr, ref, str, type Json, type Schema } from './openapi-parts';

const nullableNum: Schema = { type: ['number', 'null'] };
const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  properties,
});
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });

const pathId = (name: string, description: string): Json => ({ name, in: 'path', required: true, description, schema: str });

function schemas(): Record<string, Schema> {
  const typeKeys = regulationConfig().powerTypes.types.map((t) => t.key);
  const listItemProperties: Record<string, Schema> = {
    powerId: { type: 'string', description: '权责事项的稳定标识（跨版本不变）' },
    code: { type: 'string', description: '事项编码' },
    name: { type: 'string', description: '事项名称' },
    subItem: { ...nullableStr, description: '子项' },
    type: { type: 'string', enum: typeKeys, description: '权力类型' },
    tier: { ...nullableStr, description: '行使层级' },
    status: { type: 'string', description: '状态（valid 有效、cancelled 取消、delegated 下放、undertaken 承接、changed 变更）' },
    departmentName: { type: 'string', description: '实施主体' },
    bases: arrayOf(ref('ListItemBasis')),
    steps: arrayOf(object({ step: str, content: nullableStr, basis: nullableStr }, '责任事项')),
    accountabilities: arrayOf(object({ situation: str, basis: nullableStr }, '追责情形及依据')),
    legalTimeLimit: { ...nullableStr, description: '法定时限' },
    promisedTimeLimit: { ...nullableStr, description: '承诺时限' },
    feeBasis: { ...nullableStr, description: '收费依据' },
    consultationPhone: { ...nullableStr, description: '咨询电话（机关电话）' },
    supervisionPhone: { ...nullableStr, description: '监督电话（机关电话）' },
    serviceGuide: { ...nullableStr, description: '办事指南' },
    flowchart: { ...nullableStr, description: '运行流程图' },
    statutoryMin: nullableNum,
    statutoryMax: nullableNum,
    discretion: arrayOf(object({ circumstance: nullableStr, level: nullableNum, levelName: nullableStr, penaltyKind: nullableStr, min: nullableNum, max: nullableNum, unit: nullableStr }, '裁量基准')),
    riskPoints: arrayOf(object({ step: nullableStr, description: nullableStr, level: nullableStr, measure: nullableStr }, '廉政风险点')),
    decomposition: arrayOf(object({ agency: nullableStr, post: nullableStr, role: str }, '承办机构与岗位（不含人员）')),
    remarks: { ...nullableStr, description: '备注' },
    guidance: arrayOf(object({ kind: { type: 'string', enum: ['guidance', 'reward', 'settlement', 'persuasion', 'demonstration', 'first-offence-exemption', 'minor-exemption', 'soft-enforcement-case'] }, title: str, content: nullableStr, conditions: nullableStr, basis: nullableStr, caseDate: nullableStr, outcome: nullableStr }, '行政指导和非强制手段：首违不罚、轻微免罚清单，柔性执法案例（第十七条）')),
  };
  return {
    PublicGovernment: object({ code: { type: 'string', pattern: '^\\d{12}$' }, name: str, tier: { type: 'string', enum: ['region', 'league', 'county', 'township'] }, parentCode: nullableStr, publishedDepartments: { type: 'integer', description: '已公布权责清单的部门数' } }),
    PublicListMeta: object({ id: str, title: nullableStr, versionNumber: { type: 'integer' }, publicationDate: { type: ['string', 'null'], format: 'date-time' }, state: { type: 'string', enum: ['published', 'superseded'] }, itemCount: { type: 'integer' } }, '权责清单版本；superseded 为已被新版本替代的历史版本'),
    PublicDepartment: object({ id: str, name: str, government: object({ code: str, name: str }), list: { oneOf: [ref('PublicListMeta'), { type: 'null' }] }, underAdjustment: { type: 'boolean', description: '依据变动，清单正在动态调整（第十条、第十三条）' } }),
    PublicItemSummary: object({ id: str, code: str, name: str, subItem: nullableStr, type: str, status: str }),
    PublicItemPage: object({ data: arrayOf(ref('PublicItemSummary')), meta: object({ page: { type: 'integer' }, pageSize: { type: 'integer' }, total: { type: 'integer' }, list: ref('PublicListMeta'), department: object({ id: str, name: str }) }) }),
    ListItemBasis: object({ kind: str, legalBasisId: nullableStr, title: nullableStr, documentNumber: nullableStr, level: nullableStr, basisStatus: nullableStr, articles: nullableStr, excerpt: nullableStr }, '设定依据'),
    ListItem: object(listItemProperties, '公布时冻结的权责事项'),
    PublicItemDetail: object({ data: { allOf: [ref('ListItem'), object({ id: str, list: ref('PublicListMeta'), department: object({ id: str, name: str }) })] } }),
    Error: object({ data: { type: 'null' }, error: object({ status: { type: 'integer' }, name: str, message: { type: 'string', description: '中文说明' }, code: str, details: { type: 'object', properties: { field: str } } }) }),
  };
}

let document: Json | undefined;

export function openApiDocument(): Json {
  document ??= {
    openapi: '3.1.0',
    info: {
      title: '内蒙古自治区行政执法责任制 公开接口',
      version: '1.0.0',
      description: '已公布的权责清单（第十三条），无需登录。只提供已公布和已被替代的版本；不含个人信息（第二十一条）。每个响应带 ETag 与 Cache-Control。',
    },
    servers: [{ url: '/api/public' }],
    paths: {
      '/governments': { get: { operationId: 'listGovernments', summary: '人民政府及其已公布清单的部门数', parameters: [ifNoneMatch], responses: { '200': json(object({ data: arrayOf(ref('PublicGovernment')) }), '全部人民政府，按区划代码排序'), '304': notModified } } },
      '/governments/{code}/departments': {
        get: {
          operationId: 'listDepartments', summary: '一级政府中已公布权责清单的部门',
          parameters: [pathId('code', '12 位区划代码'), ifNoneMatch],
          responses: { '200': json(object({ data: arrayOf(ref('PublicDepartment')) }), '部门及其现行清单'), '304': notModified, '404': errorResponse('GOVERNMENT_NOT_FOUND') },
        },
      },
      '/departments/{id}': {
        get: {
          operationId: 'getDepartment', summary: '部门及其现行清单（未公布时为 null）',
          parameters: [pathId('id', '部门标识'), ifNoneMatch],
          responses: { '200': json(object({ data: ref('PublicDepartment') }), '部门'), '304': notModified, '404': errorResponse('DEPARTMENT_NOT_FOUND') },
        },
      },
      '/lists/{id}/items': {
        get: {
          operationId: 'listItems', summary: '已公布清单的事项（分页、搜索、按类型筛选）',
          parameters: [
            pathId('id', '清单版本标识（现行或已被替代的版本）'),
            { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1 } },
            { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } },
            { name: 'q', in: 'query', required: false, description: '事项名称包含的文字，或事项编码的开头', schema: { type: 'string', maxLength: 100 } },
            { name: 'type', in: 'query', required: false, description: '权力类型', schema: { type: 'string', enum: regulationConfig().powerTypes.types.map((t) => t.key) } },
            ifNoneMatch,
          ],
          responses: {
            '200': json(ref('PublicItemPage'), '一页事项，按清单顺序'),
            '304': notModified,
            '400': errorResponse('INVALID_PAGE、INVALID_PAGE_SIZE、INVALID_QUERY 或 UNKNOWN_TYPE'),
            '404': errorResponse('LIST_NOT_FOUND：不存在，或未公布、已撤回'),
          },
        },
      },
      '/items/{id}': {
        get: {
          operationId: 'getItem', summary: '事项详情：依据、责任事项、追责情形、办事指南、流程图',
          parameters: [pathId('id', '事项标识（来自事项列表）'), ifNoneMatch],
          responses: { '200': json(ref('PublicItemDetail'), '事项'), '304': notModified, '404': errorResponse('ITEM_NOT_FOUND') },
        },
      },
      '/lists/{id}/export': {
        get: {
          operationId: 'exportList', summary: '导出整份清单（CSV 带 BOM，或 XLSX）',
          parameters: [pathId('id', '清单版本标识'), { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['csv', 'xlsx'], default: 'csv' } }, ifNoneMatch],
          responses: {
            '200': {
              description: '文件下载；Content-Disposition 带 UTF-8 文件名',
              headers: { ...cacheHeaders, 'Content-Disposition': { schema: str } },
              content: {
                'text/csv': { schema: { type: 'string' } },
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentEncoding: 'binary' } },
              },
            },
            '304': notModified,
            '400': errorResponse('UNKNOWN_FORMAT'),
            '404': errorResponse('LIST_NOT_FOUND'),
          },
        },
      },
      '/openapi.json': { get: { operationId: 'openApi', summary: '本说明', responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1 文档'), '304': notModified } } },
      ...certificatePaths(json, errorResponse, notModified, ifNoneMatch),
      ...assessmentPaths,
      ...publishedPaths(),
    },
    components: { schemas: { ...schemas(), ...certificateSchemas(), ...publishedSchemas() } },
  };
  return document;
}
