// The bad-input corpus (issue 13): every row is one request that must be refused with a 4xx and
// leave the database unchanged. Generated rows cover each string attribute of each content type
// (NUL, lone surrogate) on the console API and /api; hand-written rows cover paths, queries,
// malformed bodies, sign-in and the public API. Run by test/api/bad-input.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_CAPS } from '../../../cms/src/guards/json-caps';

export type Surface = 'console' | 'api' | 'public' | 'auth' | 'admin' | 'import';

export interface BadInput {
  surface: Surface;
  method: 'get' | 'post' | 'put' | 'delete';
  /** Sent as is (already percent-encoded where it says so). */
  path: string;
  /** A JSON body, or a raw string sent as application/json. */
  body?: unknown;
  raw?: string;
  /** Expected status; a list when either is right (e.g. 400 or 401 before the route is reached). */
  status: number | number[];
  /** Expected stable code (console dialect `code`, or `error.code` elsewhere), when the row names one. */
  code?: string;
}

const IC = 'INVALID_CHARACTERS';
const API_DIR = join(__dirname, '..', '..', '..', 'cms', 'src', 'api');

interface Attribute {
  type: string;
  min?: number;
  max?: number;
  maxLength?: number;
  component?: string;
}
interface ContentType {
  info: { pluralName: string; singularName?: string };
  attributes: Record<string, Attribute>;
}

function contentTypes(): ContentType[] {
  const out: ContentType[] = [];
  for (const api of readdirSync(API_DIR)) {
    const dir = join(API_DIR, api, 'content-types');
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      out.push(JSON.parse(readFileSync(join(dir, name, 'schema.json'), 'utf8')) as ContentType);
    }
  }
  return out;
}

const NUMERIC_TYPES = new Set(['integer', 'decimal', 'float', 'biginteger']);

/** Values outside an attribute's range: below its min (or negative), above its max, and absurd overflows. */
function outOfRange(attr: Attribute): number[] {
  const values: number[] = [1e20, -1e20];
  if (attr.min !== undefined) values.push(attr.min - 1);
  if (attr.max !== undefined) values.push(attr.max + 1);
  return values;
}

/** Numeric attributes of every content type with their out-of-range values (for the console PUT checks). */
export function numericAttributes(): { plural: string; name: string; values: number[] }[] {
  return contentTypes().flatMap((ct) =>
    Object.entries(ct.attributes)
      .filter(([, attr]) => NUMERIC_TYPES.has(attr.type))
      .map(([name, attr]) => ({ plural: ct.info.pluralName, name, values: outOfRange(attr) })),
  );
}

const STRING_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration']);
const TEXT_TYPES = new Set(['string', 'text', 'richtext']);
const COMPONENT_DIR = join(__dirname, '..', '..', '..', 'cms', 'src', 'components');

/** Free-text attributes of every content type (owner = plural name) and component (owner = category.name). */
export function textAttributes(): { owner: string; name: string; maxLength?: number }[] {
  const owners: { owner: string; attributes: Record<string, Attribute> }[] = contentTypes().map((ct) => ({ owner: ct.info.pluralName, attributes: ct.attributes }));
  for (const category of readdirSync(COMPONENT_DIR)) {
    for (const file of readdirSync(join(COMPONENT_DIR, category))) {
      const schema = JSON.parse(readFileSync(join(COMPONENT_DIR, category, file), 'utf8')) as { attributes: Record<string, Attribute> };
      owners.push({ owner: `${category}.${file.replace(/\.json$/, '')}`, attributes: schema.attributes });
    }
  }
  return owners.flatMap(({ owner, attributes }) =>
    Object.entries(attributes).filter(([, a]) => TEXT_TYPES.has(a.type)).map(([name, a]) => ({ owner, name, maxLength: a.maxLength })));
}
const FAKE_ID = 'abcdefghijklmnopqrstuvw0';

function generated(): BadInput[] {
  const rows: BadInput[] = [];
  for (const ct of contentTypes()) {
    const plural = ct.info.pluralName;
    for (const [name, attr] of Object.entries(ct.attributes)) {
      if (!STRING_TYPES.has(attr.type)) continue;
      rows.push({ surface: 'console', method: 'post', path: `/console-api/${plural}`, body: { [name]: `甲\u0000乙` }, status: 400, code: IC });
      rows.push({ surface: 'console', method: 'put', path: `/console-api/${plural}/${FAKE_ID}`, body: { [name]: 'x\uD800' }, status: 400, code: IC });
      rows.push({ surface: 'api', method: 'post', path: `/api/${plural}`, body: { data: { [name]: `甲\u0000` } }, status: 400, code: IC });
      rows.push({ surface: 'console', method: 'get', path: `/console-api/${plural}?filter=${encodeURIComponent(JSON.stringify({ [name]: 'a' }))}%00`, status: 400, code: IC });
    }
    // One character over the length (sized from DOMAIN.md): refused, or the route is closed to this account.
    for (const [name, attr] of Object.entries(ct.attributes)) {
      if (!TEXT_TYPES.has(attr.type) || attr.maxLength === undefined) continue;
      rows.push({ surface: 'console', method: 'post', path: `/console-api/${plural}`, body: { [name]: '长'.repeat(attr.maxLength + 1) }, status: [400, 403, 404, 405] });
    }
    // Out-of-range numbers: refused (400), or the route is closed to this account (403/404/405).
    for (const [name, attr] of Object.entries(ct.attributes)) {
      if (!NUMERIC_TYPES.has(attr.type)) continue;
      for (const value of outOfRange(attr)) {
        rows.push({ surface: 'console', method: 'post', path: `/console-api/${plural}`, body: { [name]: value }, status: [400, 403, 404, 405] });
        rows.push({ surface: 'api', method: 'post', path: `/api/${plural}`, body: { data: { [name]: value } }, status: [400, 403, 404, 405] });
      }
    }
  }
  return rows;
}

const CONSOLE = ['agencies', 'officers', 'powers', 'departments', 'training-records', 'legal-bases', 'responsibility-lists'];

function handWritten(): BadInput[] {
  const rows: BadInput[] = [];
  for (const r of CONSOLE) {
    const base = `/console-api/${r}`;
    rows.push(
      { surface: 'console', method: 'get', path: `${base}/%00`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}/abc%00def`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}/%FF`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}/%C3%28`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}/%ED%A0%80`, status: 400, code: IC },
      { surface: 'console', method: 'delete', path: `${base}/%00`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}?q=%00`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}?sort=%5B%22name%00%22%2C%22ASC%22%5D`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}?range=%5B0%2C%00%5D`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}?filter=%FF`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}?%00=1`, status: 400, code: IC },
      { surface: 'console', method: 'get', path: `${base}?filter=%C3%28`, status: 400, code: IC },
      { surface: 'console', method: 'post', path: base, raw: '{"name": "a"', status: 400 },
      { surface: 'console', method: 'post', path: base, raw: '{"name": "a\\u0000"}', status: 400, code: IC },
      { surface: 'console', method: 'post', path: base, raw: '{"\\u0000": 1}', status: 400, code: IC },
      { surface: 'console', method: 'post', path: base, raw: '{"name": "\\udc00"}', status: 400, code: IC },
      { surface: 'console', method: 'post', path: base, body: { nested: { deep: ['ok', 'no\u0000'] } }, status: 400, code: IC },
      { surface: 'api', method: 'get', path: `/api/${r}?filters[name][$eq]=%00`, status: 400, code: IC },
      { surface: 'api', method: 'get', path: `/api/${r}?sort=name%00`, status: 400, code: IC },
      { surface: 'api', method: 'get', path: `/api/${r}/%00`, status: 400, code: IC },
      { surface: 'api', method: 'get', path: `/api/${r}?filters[name][$eq]=%FF`, status: 400, code: IC },
      { surface: 'api', method: 'put', path: `/api/${r}/${FAKE_ID}`, body: { data: { name: '\u0000' } }, status: 400, code: IC },
    );
  }
  // Sizes from issue 13: a 10 MB description, a 100,000-character review opinion, a long remark.
  rows.push(
    { surface: 'console', method: 'post', path: '/console-api/agencies', body: { name: '大字段机构', description: 'x'.repeat(10 * 1024 * 1024) }, status: 400, code: 'TEXT_TOO_LONG' },
    { surface: 'console', method: 'post', path: '/console-api/responsibility-lists', body: { reviewOpinion: '意'.repeat(100_000) }, status: [400, 403] },
    { surface: 'console', method: 'post', path: `/console-api/responsibility-lists/${FAKE_ID}/return`, body: { opinion: '意'.repeat(100_000) }, status: [400, 403, 404, 405] },
    { surface: 'console', method: 'post', path: '/console-api/training-records', body: { title: '培'.repeat(201) }, status: 400 },
    { surface: 'import', method: 'post', path: '/console-api/powers/import', body: { rows: [{ name: '长'.repeat(201), remarks: '备'.repeat(1001) }] }, status: [200, 400] },
  );
  rows.push(
    { surface: 'public', method: 'get', path: '/api/public/search?q=%00', status: 400, code: IC },
    { surface: 'public', method: 'get', path: '/api/public/search?q=%FF', status: 400, code: IC },
    { surface: 'public', method: 'get', path: '/api/public/items/%00', status: 400, code: IC },
    { surface: 'public', method: 'get', path: '/api/public/departments?page=%00', status: 400, code: IC },
    { surface: 'public', method: 'get', path: '/api/public/certificates/%00', status: 400, code: IC },
    { surface: 'public', method: 'get', path: '/api/public/certificates/%C3%28', status: 400, code: IC },
    // Art. 18 and 31 on the public API, and the console's Art. 26 export.
    { surface: 'public', method: 'get', path: '/api/public/clarifications?q=%00', status: 400, code: IC },
    { surface: 'public', method: 'get', path: '/api/public/legal-education-lists?q=%FF', status: 400, code: IC },
    { surface: 'public', method: 'get', path: '/api/public/case-interpretations?pageSize=%00', status: 400, code: IC },
    { surface: 'public', method: 'get', path: '/api/public/case-interpretations?pageSize=-1', status: 400 },
    { surface: 'console', method: 'get', path: '/console-api/assessments/export?year=%00', status: 400, code: IC },
    { surface: 'console', method: 'get', path: '/console-api/assessments/export?year=2025&format=%FF', status: 400, code: IC },
    { surface: 'auth', method: 'post', path: '/api/auth/local', body: { identifier: 'a\u0000', password: 'x' }, status: 400, code: IC },
    { surface: 'auth', method: 'post', path: '/api/auth/local', body: { identifier: 'county-dept-editor', password: '\u0000' }, status: 400, code: IC },
    { surface: 'auth', method: 'post', path: '/api/auth/local', body: { identifier: '\uD800', password: 'x' }, status: 400, code: IC },
    { surface: 'auth', method: 'post', path: '/api/auth/local?x=%00', body: { identifier: 'a', password: 'x' }, status: 400, code: IC },
    { surface: 'admin', method: 'post', path: '/admin/login', body: { email: 'a\u0000@b.c', password: 'x' }, status: 400, code: IC },
    { surface: 'admin', method: 'get', path: '/admin/%00', status: 400, code: IC },
    { surface: 'admin', method: 'get', path: '/admin/content-manager/collection-types/api::agency.agency?page=%FF', status: 400, code: IC },
    { surface: 'import', method: 'post', path: '/console-api/powers/import', body: { rows: [{ name: '\u0000' }] }, status: 400, code: IC },
    { surface: 'import', method: 'post', path: '/console-api/officers/import', body: { rows: [{ name: 'a\uDC00' }] }, status: 400, code: IC },
    { surface: 'import', method: 'post', path: '/console-api/agencies/import?dry=%00', body: { rows: [] }, status: 400, code: IC },
  );
  return rows;
}


// ─── Hand-written families (issue 13, second part) ────────────────────────────────────────────
// Prototype keys, operators, garbage list parameters and odd ids on the three surfaces. Where a
// harmless 200 is the documented answer (a parameter the route does not read), the row says 200.
const q = (value: unknown): string => encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));

/** `{"$and":[{"$and":[…{"name":"x"}…]}]}` n deep. */
function nestedAnd(n: number): unknown {
  let inner: unknown = { name: 'x' };
  for (let i = 0; i < n; i += 1) inner = { $and: [inner] };
  return inner;
}
/** The same n deep in Strapi's bracket syntax: filters[$and][0][$and][0]…[name][$eq]=x. */
const nestedAndBrackets = (n: number): string => `filters${'[$and][0]'.repeat(n)}[name][$eq]=x`;
const manyKeys = (n: number): Record<string, number> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1]));

/** Raw JSON bodies whose keys name the prototype chain: an unknown field wherever they land. */
const PROTO_BODIES = [
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"prototype":{"isAdmin":true}}',
  '{"name":"原型键","__proto__":{"name":"覆盖"}}',
  '{"name":"原型键","constructor":"x"}',
  '{"name":"原型键","hasOwnProperty":1}',
];

/** Console filters the dialect refuses (400 INVALID_FILTER): prototype keys, operators, odd shapes. */
const CONSOLE_BAD_FILTERS: unknown[] = [
  '{"__proto__":1}',
  '{"__proto__":{"name":"x"}}',
  { constructor: 'x' },
  { prototype: 'x' },
  { toString: 'x' },
  { $foo: 1 },
  { $where: '1=1' },
  { $raw: 'select 1' },
  { $or: [{ name: 'a' }, { name: 'b' }] },
  nestedAnd(50),
  { name: { $notNull: true } },
  { name: { $ne: 'x' } },
  { createdBy: { $notNull: true } },
  { documentId: { $null: false } },
  { id_gte: { $gt: 0 } },
  { name: [{ $eq: 'x' }] },
  manyKeys(500),
];
/** Console filters that are not an object at all (INVALID_FILTER or INVALID_QUERY). */
const CONSOLE_FILTER_SHAPES: string[] = ['not json', '{"name":', '[]', '[{"name":"x"}]', '5', '"name"', 'null', 'true', '{}}'];
const CONSOLE_BAD_RANGES: string[] = ['[-1,5]', '[5,1]', '["a"]', '["a","b"]', '[0,1e9]', '[0,1000]', '[0.5,2]', '[0,1,2]', '[]', '{}', 'null', '"0-9"', 'not json', '[0,', '[1e99,1e99+1]', '[null,null]', '[0,-0.1]'];
const CONSOLE_BAD_SORTS: string[] = ['["nope","ASC"]', '["id","DROP"]', '["id","ASC; DROP TABLE powers"]', 'not json', '["id"]', '[]', '{"id":"ASC"}', '["__proto__","ASC"]', '["constructor","ASC"]', '["name;drop","ASC"]', '[1,"ASC"]', '"id"', '["id","ASC","x"]'];
const ODD_IDS = ['abc', '-1', '1e99', '0', 'x'.repeat(500), '..', '%2e%2e', 'null', 'undefined', '__proto__', 'constructor', '{}', '[]', '%20'];

/** county-dept-editor (the corpus's account) may not write these: its writes stop at 403 ROLE_FORBIDDEN. */
const READ_ONLY_FOR_EDITOR: Record<string, ('post' | 'put' | 'delete')[]> = {
  departments: ['post', 'put', 'delete'],
  'legal-bases': ['post', 'put', 'delete'],
  'responsibility-lists': ['delete'],
};
/** The body parser refuses a "__proto__" key outright (secure JSON parsing): 400 INVALID_BODY on every surface. */
const parserRefuses = (raw: string): boolean => raw.includes('"__proto__"');

function consoleFamilies(resource: string): BadInput[] {
  const base = `/console-api/${resource}`;
  const forbidden = (method: 'post' | 'put' | 'delete'): boolean => READ_ONLY_FOR_EDITOR[resource]?.includes(method) ?? false;
  const write = (method: 'post' | 'put' | 'delete', path: string, otherwise: Pick<BadInput, 'status' | 'code'>, extra: Partial<BadInput>): BadInput =>
    ({ surface: 'console', method, path, ...(forbidden(method) ? { status: 403, code: 'ROLE_FORBIDDEN' } : otherwise), ...extra });
  const rows: BadInput[] = [];
  for (const raw of PROTO_BODIES) {
    if (parserRefuses(raw)) {
      rows.push({ surface: 'console', method: 'post', path: base, raw, status: 400, code: 'INVALID_BODY' });
      rows.push({ surface: 'console', method: 'put', path: `${base}/${FAKE_ID}`, raw, status: 400, code: 'INVALID_BODY' });
      continue;
    }
    rows.push(write('post', base, { status: 400, code: 'UNKNOWN_FIELD' }, { raw }));
    rows.push(write('put', `${base}/${FAKE_ID}`, { status: [400, 404] }, { raw }));
  }
  for (const filter of CONSOLE_BAD_FILTERS) rows.push({ surface: 'console', method: 'get', path: `${base}?filter=${q(filter)}`, status: 400, code: 'INVALID_FILTER' });
  for (const filter of CONSOLE_FILTER_SHAPES) rows.push({ surface: 'console', method: 'get', path: `${base}?filter=${q(filter)}`, status: 400 });
  // 10,000 keys do not fit in a request line (Node's 16 KB header limit answers 431 before any route).
  rows.push({ surface: 'console', method: 'get', path: `${base}?filter=${q(manyKeys(10_000))}`, status: 431 });
  for (const range of CONSOLE_BAD_RANGES) rows.push({ surface: 'console', method: 'get', path: `${base}?range=${q(range)}`, status: 400 });
  for (const sort of CONSOLE_BAD_SORTS) rows.push({ surface: 'console', method: 'get', path: `${base}?sort=${q(sort)}`, status: 400 });
  for (const param of ['prototype', 'foo', 'filter[name]', 'range[0]', 'sort[]', 'limit']) {
    rows.push({ surface: 'console', method: 'get', path: `${base}?${param}=1`, status: 400, code: 'INVALID_QUERY' });
  }
  // The query parser drops parameters named after Object.prototype's own keys: a harmless 200, the list as if unasked.
  for (const param of ['__proto__', 'constructor', '__proto__[x]', 'hasOwnProperty', 'valueOf[x]']) rows.push({ surface: 'console', method: 'get', path: `${base}?${param}=1&range=%5B0%2C0%5D`, status: 200 });
  for (const id of ODD_IDS) {
    rows.push({ surface: 'console', method: 'get', path: `${base}/${id}`, status: [400, 404] });
    rows.push(write('put', `${base}/${id}`, { status: [400, 404] }, { body: { name: '奇怪编号' } }));
    rows.push(write('delete', `${base}/${id}`, { status: [400, 404] }, {}));
  }
  return rows;
}

/** Strapi's /api: filter operators, sort, pagination and ids in its own (qs bracket) dialect → 400 INVALID_QUERY. */
const API_BAD_QUERIES: string[] = [
  'filters[$where]=1', 'filters[$foo]=1', 'filters[$raw]=select%201', 'filters[name][$foo]=1', 'filters[name][$raw]=x',
  'filters[prototype]=1', 'filters[createdBy][$notNull]=true', 'filters[updatedBy][id]=1', 'filters[password][$notNull]=true', 'filters[nope][$notNull]=true',
  'filters[id][$notNull]=x', 'filters[documentId][$notNull]=maybe', 'filters[id][$eq]=abc', 'filters[id][$gt]=1e99', 'filters[id]=1.5', 'filters[$and]=x', 'filters[$or][0]=x',
  nestedAndBrackets(50), nestedAndBrackets(19), 'filters=x', 'filters[documentId][$between]=a', 'filters[documentId][$eq][0]=a&filters[documentId][$eq][1]=b',
  'sort=nope', 'sort=id:DROP', 'sort=id:asc;drop', 'sort[0]=prototype', 'sort=documentId:sideways', 'sort={"id":"asc"}', 'sort[id]=DROP', 'sort=id:asc:x',
  'pagination[page]=-1', 'pagination[pageSize]=1e9', 'pagination[limit]=-5', 'pagination[start]=-1', 'pagination[page]=abc', 'pagination[pageSize]=0',
  'pagination[page]=1&pagination[start]=0', 'pagination[withCount]=maybe', 'pagination=x', 'pagination[offset]=5',
  'page=-1', 'pageSize=1e9', 'populate=__proto__', 'populate=nope', 'populate[0]=password', 'fields[0]=prototype', 'fields[0]=password', 'fields=nope',
];
/**
 * Harmless 200s, the list as if unasked: the query parser (qs) drops keys named after
 * Object.prototype's own (__proto__, constructor), Strapi ignores a status or locale it does not
 * know on a type without drafts or locales, $in takes a single value, and a page size beyond
 * api.rest.maxLimit (100) is clamped to it.
 */
const API_HARMLESS_QUERIES: string[] = [
  '__proto__[x]=1', 'constructor[prototype][x]=1', 'filters[__proto__][name]=x', 'filters[constructor][prototype][name]=x',
  'filters[documentId][__proto__]=x', 'pagination[__proto__][x]=1', 'populate[constructor][populate]=*', 'locale=__proto__', 'status=nope',
  'filters[documentId][$in]=x', 'pagination[pageSize]=1000000000', 'pagination[limit]=100000',
];
const API_FORBIDDEN_READS = new Set<string>();

function apiFamilies(resource: string): BadInput[] {
  const base = `/api/${resource}`;
  const rows: BadInput[] = API_BAD_QUERIES.map((query): BadInput => ({ surface: 'api', method: 'get', path: `${base}?${query}`, status: 400, code: 'INVALID_QUERY' }));
  for (const query of API_HARMLESS_QUERIES) rows.push({ surface: 'api', method: 'get', path: `${base}?${query}`, status: API_FORBIDDEN_READS.has(resource) ? 403 : 200 });
  for (const id of ODD_IDS) rows.push({ surface: 'api', method: 'get', path: `${base}/${id}`, status: [400, 403, 404] });
  for (const raw of PROTO_BODIES) {
    const refused = parserRefuses(raw) ? { status: 400, code: 'INVALID_BODY' } : { status: 405, code: 'API_WRITE_CLOSED' };
    rows.push({ surface: 'api', method: 'post', path: base, raw: `{"data":${raw}}`, ...refused });
    rows.push({ surface: 'api', method: 'put', path: `${base}/${FAKE_ID}`, raw, ...refused });
  }
  return rows;
}

/** The public API: list pages, odd ids, ignored parameters (a harmless 200 where the route reads none). */
function publicFamilies(): BadInput[] {
  const rows: BadInput[] = [];
  const pageParams: [string, string][] = [
    ['page=-1', 'INVALID_PAGE'], ['page=0', 'INVALID_PAGE'], ['page=1e9', 'INVALID_PAGE'], ['page=abc', 'INVALID_PAGE'], ['page=10001', 'INVALID_PAGE'],
    ['page=1.5', 'INVALID_PAGE'], ['page[]=1', 'INVALID_PAGE'], ['page=1&page=2', 'INVALID_PAGE'],
    ['pageSize=1e9', 'INVALID_PAGE_SIZE'], ['pageSize=-5', 'INVALID_PAGE_SIZE'], ['pageSize=0', 'INVALID_PAGE_SIZE'], ['pageSize=101', 'INVALID_PAGE_SIZE'],
    ['pageSize=1000000000', 'INVALID_PAGE_SIZE'], ['q[$ne]=x', 'INVALID_QUERY'], ['q=' + 'x'.repeat(101), 'INVALID_QUERY'], ['type=__proto__', 'UNKNOWN_TYPE'],
    ['type[$ne]=x', 'UNKNOWN_TYPE'],
  ];
  for (const [query, code] of pageParams) {
    rows.push({ surface: 'public', method: 'get', path: `/api/public/lists/${FAKE_ID}/items?${query}`, status: 400, code });
    if (!query.startsWith('type')) rows.push({ surface: 'public', method: 'get', path: `/api/public/clarifications?${query}`, status: 400, code });
  }
  // Parameters no public route reads are ignored (and left out of cache keys): a harmless 200.
  for (const query of ['pagination[limit]=-5', 'pagination[page]=-1', 'pagination[pageSize]=1e9', 'filters[$where]=1', '__proto__[x]=1', 'constructor[prototype][x]=1', 'sort=id:DROP', 'page[__proto__]=1']) {
    rows.push({ surface: 'public', method: 'get', path: `/api/public/governments?${query}`, status: 200 });
    rows.push({ surface: 'public', method: 'get', path: `/api/public/clarifications?${query}`, status: 200 });
  }
  for (const id of ODD_IDS) {
    for (const route of ['items', 'departments', 'lists', 'certificates', 'clarifications', 'governments']) {
      const path = route === 'lists' ? `/api/public/lists/${id}/items` : route === 'governments' ? `/api/public/governments/${id}/departments` : `/api/public/${route}/${id}`;
      rows.push({ surface: 'public', method: 'get', path, status: [400, 404] });
    }
  }
  for (const year of ['-1', '1e99', 'abc', '0', '99999', '2026.5']) rows.push({ surface: 'public', method: 'get', path: `/api/public/assessments?year=${year}`, status: 400 });
  for (const raw of PROTO_BODIES) {
    rows.push({ surface: 'public', method: 'post', path: '/api/public/ratings', raw, ...(parserRefuses(raw) ? { status: 400, code: 'INVALID_BODY' } : { status: 404, code: 'DEPARTMENT_NOT_FOUND' }) });
    rows.push({ surface: 'auth', method: 'post', path: '/api/auth/local', raw, ...(parserRefuses(raw) ? { status: 400, code: 'INVALID_BODY' } : { status: [400, 401] }) });
  }
  rows.push(
    { surface: 'public', method: 'post', path: '/api/public/ratings', body: { department: { $ne: null }, rating: 5 }, status: 404 },
    { surface: 'public', method: 'post', path: '/api/public/ratings', body: { department: 'x'.repeat(500), rating: 5 }, status: 404 },
    { surface: 'public', method: 'post', path: '/api/public/ratings', body: { department: FAKE_ID, rating: 1e99 }, status: 404 },
    { surface: 'auth', method: 'post', path: '/api/auth/local', body: { identifier: { $ne: null }, password: { $ne: null } }, status: 400 },
    { surface: 'auth', method: 'post', path: '/api/auth/local', body: { identifier: ['a', 'b'], password: 'x' }, status: 400 },
  );
  return rows;
}

/**
 * JSON attributes over their cap (cms/src/guards/json-caps.ts): one entry past the list length,
 * or one byte past the size, on the console API and /api. Where the editor may write the type the
 * answer is 400 JSON_TOO_LARGE before anything else is judged; otherwise the route is closed to it.
 */
const JSON_OPEN_TO_EDITOR = new Set(['officers', 'enforcement-records']);
function jsonCapFamilies(): BadInput[] {
  const rows: BadInput[] = [];
  const plurals = new Map(contentTypes().map((ct) => [ct.info.pluralName, ct] as const));
  const componentOwners = (component: string): { plural: string; key: string }[] =>
    [...plurals].flatMap(([plural, ct]) => Object.entries(ct.attributes).filter(([, a]) => a.component === component).map(([key]) => ({ plural, key })));
  for (const [owner, caps] of Object.entries(JSON_CAPS)) {
    for (const [name, cap] of Object.entries(caps)) {
      const list = cap.items !== undefined ? Array.from({ length: cap.items + 1 }, (_, i) => i) : null;
      const value = list ? (cap.listKey ? { [cap.listKey]: list } : list) : 'x'.repeat(cap.bytes - 1);
      const targets = owner.startsWith('api::')
        ? [{ plural: [...plurals].find(([, ct]) => owner === `api::${ct.info.singularName}.${ct.info.singularName}`)?.[0] ?? '', body: { [name]: value } }]
        : componentOwners(owner).map(({ plural, key }) => ({ plural, body: { [key]: [{ [name]: value }] } }));
      for (const { plural, body } of targets) {
        if (!plural) continue;
        const open = JSON_OPEN_TO_EDITOR.has(plural);
        rows.push({ surface: 'console', method: 'post', path: `/console-api/${plural}`, body, ...(open ? { status: 400, code: 'JSON_TOO_LARGE' } : { status: [400, 403, 404, 405] }) });
        rows.push({ surface: 'api', method: 'post', path: `/api/${plural}`, body: { data: body }, status: 405, code: 'API_WRITE_CLOSED' });
      }
    }
  }
  return rows;
}

function families(): BadInput[] {
  return [...CONSOLE.flatMap(consoleFamilies), ...CONSOLE.flatMap(apiFamilies), ...publicFamilies(), ...jsonCapFamilies()];
}

export const CORPUS: BadInput[] = [...generated(), ...handWritten(), ...families()];
