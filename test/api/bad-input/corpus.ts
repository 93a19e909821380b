// The bad-input corpus (issue 13): every row is one request that must be refused with a 4xx and
// leave the database unchanged. Generated rows cover each string attribute of each content type
// (NUL, lone surrogate) on the console API and /api; hand-written rows cover paths, queries,
// malformed bodies, sign-in and the public API. Run by test/api/bad-input.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
}
interface ContentType {
  info: { pluralName: string };
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

export const CORPUS: BadInput[] = [...generated(), ...handWritten()];
