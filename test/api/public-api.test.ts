// The public API (/api/public/*, no login): published snapshots only (Art. 13), no personal data
// (PII_PROTECTED, Art. 21), cacheable (ETag, Cache-Control, 304). Lists are published through the
// real workflow; a second version supersedes the first; a withdrawn version disappears; a law
// amended puts the department under adjustment (Art. 10).
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import type { PublicDepartment, PublicGovernment, PublicItemDetail, PublicItemPage } from '@nmg/config';
import { bootApp, type TestApp } from '../helpers/app';
import { LEGAL_BASIS, OFFICER, POWER, department, findOne, iso, type Row } from '../helpers/data';
import { publishList, publishSeededList, seededList as seededListId, step } from '../helpers/workflow';

const COUNTY = '锡林浩特市市场监督管理局';
const COUNTY2 = '二连浩特市市场监督管理局';
const COUNTY_CODE = '152502000000';
const COUNTY2_CODE = '152501000000';
const county = { editor: 'county-dept-editor', head: 'county-dept-head', reviewer: 'county-justice-reviewer' };
const county2 = { editor: 'county2-dept-editor', head: 'county2-dept-head', reviewer: 'county2-justice-reviewer' };
const DRAFT_ONLY_NAME = '仅在第二版草稿中的事项名称';
const CHINESE = /[\u4e00-\u9fa5]/;

let app: TestApp;
let v1: string;
let countyDept: string;

const get = (path: string) => app.http().get(`/api/public${path}`);

async function ok<T>(path: string): Promise<T> {
  const res = await get(path);
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return res.body as T;
}

async function refused(path: string, status: number, code: string): Promise<void> {
  const res = await get(path);
  const error = (res.body as { error?: { status: number; code: string; message: string; name: string } }).error;
  expect({ path, status: res.status, code: error?.code, bodyStatus: error?.status }).toEqual({ path, status, code, bodyStatus: status });
  expect(error?.message).toMatch(CHINESE);
}

const itemsOf = async (listId: string, query = ''): Promise<PublicItemPage> => ok<PublicItemPage>(`/lists/${listId}/items${query}`);

/** Every item of a list, read page by page. */
async function allItems(listId: string): Promise<PublicItemPage['data']> {
  const first = await itemsOf(listId, '?pageSize=100');
  expect(first.meta.total).toBeLessThanOrEqual(100);
  return first.data;
}

beforeAll(async () => {
  app = await bootApp();
  countyDept = await department(app.strapi, COUNTY);
  v1 = await publishSeededList(app, COUNTY, county);
});
afterAll(async () => {
  await app?.close();
});

describe('第十三条: governments, departments, a published list and its items', () => {
  test('governments: 锡林浩特市 has one department with a published list, 二连浩特市 (draft only) none', async () => {
    const { data } = await ok<{ data: PublicGovernment[] }>('/governments');
    const byCode = new Map(data.map((g) => [g.code, g]));
    expect(byCode.get(COUNTY_CODE)).toEqual({ code: COUNTY_CODE, name: '锡林浩特市', tier: 'county', parentCode: '152500000000', publishedDepartments: 1 });
    expect(byCode.get(COUNTY2_CODE)?.publishedDepartments).toBe(0);
    expect(byCode.get('150000000000')?.parentCode).toBeNull();
  });

  test('departments of a government: only those with a published list, with the current version', async () => {
    const { data } = await ok<{ data: PublicDepartment[] }>(`/governments/${COUNTY_CODE}/departments`);
    const itemCount = (await itemsOf(v1)).meta.total;
    expect(itemCount).toBeGreaterThan(0);
    expect(data).toEqual([
      {
        id: countyDept,
        name: COUNTY,
        government: { code: COUNTY_CODE, name: '锡林浩特市' },
        list: { id: v1, title: expect.stringContaining(COUNTY), versionNumber: 1, publicationDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT.+Z$/), state: 'published', itemCount },
        underAdjustment: false,
      },
    ]);
    expect((await ok<{ data: PublicDepartment[] }>(`/governments/${COUNTY2_CODE}/departments`)).data).toEqual([]);
    await refused('/governments/999999999999/departments', 404, 'GOVERNMENT_NOT_FOUND');
  });

  test('a department: its current list; a department that has published nothing has list null', async () => {
    expect((await ok<{ data: PublicDepartment }>(`/departments/${countyDept}`)).data.list?.id).toBe(v1);
    const other = (await ok<{ data: PublicDepartment }>(`/departments/${await department(app.strapi, COUNTY2)}`)).data;
    expect(other).toMatchObject({ name: COUNTY2, list: null, underAdjustment: false });
    await refused('/departments/nosuchdepartment', 404, 'DEPARTMENT_NOT_FOUND');
  });

  test('items: pages in list order cover the list exactly once; the meta names list and department', async () => {
    const all = await allItems(v1);
    const total = (await itemsOf(v1)).meta.total;
    expect(all).toHaveLength(total);
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(total / 2); page += 1) {
      const body = await itemsOf(v1, `?page=${page}&pageSize=2`);
      expect(body.meta).toMatchObject({ page, pageSize: 2, total, list: { id: v1, state: 'published', versionNumber: 1, itemCount: total }, department: { id: countyDept, name: COUNTY } });
      paged.push(...body.data.map((i) => i.id));
    }
    expect(paged).toEqual(all.map((i) => i.id));
    const past = await itemsOf(v1, `?page=${total + 1}&pageSize=1`);
    expect({ data: past.data, total: past.meta.total }).toEqual({ data: [], total });
    expect(Object.keys(all[0]).sort()).toEqual(['code', 'id', 'name', 'status', 'subItem', 'type']);
  });

  test('q searches a name substring or a code prefix (not the middle of a code); type filters', async () => {
    const all = await allItems(v1);
    const byName = await itemsOf(v1, `?q=${encodeURIComponent('许可')}`);
    expect(byName.data.map((i) => i.id)).toEqual(all.filter((i) => i.name.includes('许可')).map((i) => i.id));
    expect(byName.data.length).toBeGreaterThan(0);
    const code = all[0].code;
    const prefix = code.slice(0, Math.max(3, code.length - 2));
    expect((await itemsOf(v1, `?q=${encodeURIComponent(prefix.toLowerCase())}`)).data.map((i) => i.id)).toEqual(all.filter((i) => i.code.toLowerCase().startsWith(prefix.toLowerCase())).map((i) => i.id));
    expect((await itemsOf(v1, `?q=${encodeURIComponent(code.slice(2))}`)).data.filter((i) => i.code === code && !i.name.includes(code.slice(2)))).toEqual([]);
    expect((await itemsOf(v1, '?q=%25')).meta.total).toBe(0);
    const penalties = await itemsOf(v1, '?type=penalty');
    expect(penalties.data.map((i) => i.id)).toEqual(all.filter((i) => i.type === 'penalty').map((i) => i.id));
    expect(penalties.meta.total).toBeGreaterThan(0);
    const both = await itemsOf(v1, `?type=licensing&q=${encodeURIComponent('许可')}`);
    expect(both.data.every((i) => i.type === 'licensing' && i.name.includes('许可'))).toBe(true);
  });

  test('an item: the frozen ListItem with bases, steps and accountability, plus its list and department', async () => {
    const [first] = await allItems(v1);
    const { data } = await ok<PublicItemDetail>(`/items/${first.id}`);
    expect(data).toMatchObject({ id: first.id, code: first.code, name: first.name, departmentName: COUNTY, list: { id: v1, state: 'published' }, department: { id: countyDept, name: COUNTY } });
    expect(data.bases.length).toBeGreaterThan(0);
    expect(data.steps.length).toBeGreaterThan(0);
    expect(data.accountabilities.length).toBeGreaterThan(0);
    await refused('/items/nosuchitem', 404, 'ITEM_NOT_FOUND');
  });

  test('every item of the page opens on its own id (the items after a requested one are read ahead with it)', async () => {
    for (const summary of await allItems(v1)) {
      const { data } = await ok<PublicItemDetail>(`/items/${summary.id}`);
      expect({ id: data.id, code: data.code, name: data.name, type: data.type, list: data.list.id }).toEqual({ id: summary.id, code: summary.code, name: summary.name, type: summary.type, list: v1 });
    }
  });

  test('an unknown path under /api/public is a 404 in the same shape', async () => {
    await refused('/lists', 404, 'ROUTE_NOT_FOUND');
  });
});

describe('bad parameters are 400s with a code and a Chinese message, never 500', () => {
  test.each([
    ['?page=abc', 'INVALID_PAGE'],
    ['?page=0', 'INVALID_PAGE'],
    ['?page=-1', 'INVALID_PAGE'],
    ['?pageSize=1000', 'INVALID_PAGE_SIZE'],
    ['?pageSize=0', 'INVALID_PAGE_SIZE'],
    ['?pageSize=1.5', 'INVALID_PAGE_SIZE'],
    ['?type=unknown', 'UNKNOWN_TYPE'],
    ['?q=a&q=b', 'INVALID_QUERY'],
    ['?q[x]=1', 'INVALID_QUERY'],
    [`?q=${'长'.repeat(101)}`, 'INVALID_QUERY'],
  ])('items%s → %s', async (query, code) => {
    await refused(`/lists/${v1}/items${encodeURI(query)}`, 400, code);
  });

  test('parameters the routes do not read change nothing (and are no way around the cache)', async () => {
    const plain = await get(`/lists/${v1}/items?pageSize=3&type=penalty`);
    const extra = await get(`/lists/${v1}/items?utm=1&type=penalty&pageSize=3&sort=name`);
    expect({ status: extra.status, etag: extra.headers.etag, body: extra.text }).toEqual({ status: 200, etag: plain.headers.etag, body: plain.text });
    await refused(`/lists/${v1}/items?pageSize=3&type=penalty&q[x]=1`, 400, 'INVALID_QUERY');
  });

  test('export?format=pdf → UNKNOWN_FORMAT', async () => {
    await refused(`/lists/${v1}/export?format=pdf`, 400, 'UNKNOWN_FORMAT');
  });
});

describe('ETag, Cache-Control and 304', () => {
  const paths = (): string[] => ['/governments', `/governments/${COUNTY_CODE}/departments`, `/departments/${countyDept}`, `/lists/${v1}/items?pageSize=3`, `/lists/${v1}/export?format=csv`, `/lists/${v1}/export?format=xlsx`, '/openapi.json'];

  test('every route: a strong ETag and public caching; the same ETag in If-None-Match → 304 without a body', async () => {
    const [first] = await allItems(v1);
    for (const path of [...paths(), `/items/${first.id}`]) {
      const res = await get(path).buffer(true);
      expect({ path, status: res.status, etag: /^"[\w-]+"$/.test(String(res.headers.etag)), cache: res.headers['cache-control'] }).toEqual({ path, status: 200, etag: true, cache: 'public, max-age=60' });
      const again = await get(path).set('If-None-Match', String(res.headers.etag));
      expect({ path, status: again.status, length: again.text?.length ?? 0, etag: again.headers.etag }).toEqual({ path, status: 304, length: 0, etag: res.headers.etag });
      expect((await get(path).set('If-None-Match', `W/${String(res.headers.etag)}, "other"`)).status).toBe(304);
      expect((await get(path).set('If-None-Match', '"stale"')).status).toBe(200);
    }
  });

  test('a cached answer (served ahead of the middleware chain) carries the same headers as a computed one; CORS still applies', async () => {
    const path = `/lists/${v1}/items?pageSize=4&page=2`;
    const headersOf = (res: Response): Record<string, string> => {
      const { date, ...rest } = res.headers as Record<string, string>;
      return { ...rest, date: date ? 'present' : 'missing' };
    };
    const computed = await get(path);
    const cached = await get(path);
    const { 'access-control-allow-credentials': _credentials, 'access-control-allow-origin': _origin, 'access-control-expose-headers': _exposed, ...computedHeaders } = headersOf(computed);
    expect(headersOf(cached)).toEqual(computedHeaders);
    expect(cached.headers['x-content-type-options']).toBe('nosniff');
    expect(cached.text).toBe(computed.text);
    // An origin outside CORS_ORIGINS (empty here: same origin only) goes through strapi::cors and gets no grant.
    const crossOrigin = await get(path).set('Origin', 'https://example.org');
    expect({ status: crossOrigin.status, origin: crossOrigin.headers['access-control-allow-origin'], etag: crossOrigin.headers.etag }).toEqual({ status: 200, origin: undefined, etag: computed.headers.etag });
  });

  test('a miss of a plain URL, computed ahead of the middleware chain, answers as a miss through the chain does', async () => {
    const headersOf = (res: Response): Record<string, string> => {
      const { date, etag, 'content-length': _length, 'access-control-allow-credentials': _c, 'access-control-allow-origin': _o, 'access-control-expose-headers': _e, ...rest } = res.headers as Record<string, string>;
      return { ...rest, date: date ? 'present' : 'missing', etag: /^"[\w-]+"$/.test(String(etag)) ? 'an etag' : 'none' };
    };
    const all = await allItems(v1);
    // A percent-escape keeps a URL off the fast path (x is no parameter: the same answer, a new key).
    const chain = await get(`/lists/${v1}/items?pageSize=3&page=1&x=%41`);
    const fast = await get(`/lists/${v1}/items?pageSize=3&page=2`);
    expect(headersOf(fast)).toEqual(headersOf(chain));
    expect((fast.body as PublicItemPage).data).toEqual(all.slice(3, 6));
    expect((chain.body as PublicItemPage).data).toEqual(all.slice(0, 3));
    // An unknown item is the API's own 404, in its shape, on the fast path too.
    await refused('/items/nosuchitem0000000000000', 404, 'ITEM_NOT_FOUND');
  });

  test('the ETag is stable while nothing is published, also for XLSX (the zip carries the publication date)', async () => {
    // One request at a time: supertest listens on the shared server object for each request.
    const etags = async (): Promise<string[]> => {
      const tags: string[] = [];
      for (const path of paths()) tags.push(String((await get(path)).headers.etag));
      return tags;
    };
    const before = await etags();
    await new Promise((resolve) => setTimeout(resolve, 5200)); // past the in-process cache lifetime
    expect(await etags()).toEqual(before);
  });
});

describe('CSV and XLSX export of a whole list', () => {
  const csvHeaders = ['事项编码', '事项名称', '子项', '权力类型', '行使层级', '实施主体', '承办机构', '设定依据', '责任事项', '追责情形', '追责依据', '法定时限', '承诺时限', '收费依据', '咨询电话', '监督电话', '状态', '备注'];

  test('CSV: UTF-8 with a BOM, Chinese headers, one record per item, a UTF-8 file name', async () => {
    const all = await allItems(v1);
    const res = await get(`/lists/${v1}/export?format=csv`).buffer(true);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\w.-]+\.csv"; filename\*=UTF-8''%E9%94%A1/);
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1])).toBe(`${COUNTY}权责清单（第1版）.csv`);
    const text = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsv(text.slice(1));
    expect(records[0]).toEqual(csvHeaders);
    expect(records.slice(1).map((r) => r[0])).toEqual(all.map((i) => i.code));
    const penalty = records.find((r) => r[0] === all.find((i) => i.type === 'penalty')?.code);
    expect(penalty?.[3]).toBe('行政处罚');
    expect(penalty?.[16]).toBe('有效');
    expect(penalty?.[8]).toContain('1. ');
  });

  test('XLSX parses back with exceljs: the same headers and rows', async () => {
    const all = await allItems(v1);
    const res = await get(`/lists/${v1}/export?format=xlsx`).buffer(true).parse(binary);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(res.body as Buffer));
    const sheet = workbook.getWorksheet('权责清单');
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual(csvHeaders);
    expect(rows.slice(1).map((r) => r[0])).toEqual(all.map((i) => i.code));
    expect(rows.slice(1).map((r) => r[1])).toEqual(all.map((i) => i.name));
  });

  test('unpublished lists have no export', async () => {
    await refused(`/lists/${await seededListId(app, COUNTY2)}/export?format=csv`, 404, 'LIST_NOT_FOUND');
  });
});

describe('第二十一条 PII_PROTECTED: no officer’s name, certificate, ID number or phone in a public answer', () => {
  test('JSON of every route, every item, the CSV and the XLSX', async () => {
    const officers = (await app.strapi.db.query(OFFICER).findMany({ select: ['name', 'certificateNumber', 'idNumber', 'phone'] })) as Row[];
    const secrets = [...new Set(officers.flatMap((o) => [o.name, o.certificateNumber, o.idNumber, o.phone]).filter((v): v is string => typeof v === 'string' && v.length >= 2))];
    expect(secrets.length).toBeGreaterThan(20);
    const texts: string[] = [];
    for (const path of ['/governments', `/governments/${COUNTY_CODE}/departments`, `/departments/${countyDept}`, `/lists/${v1}/items?pageSize=100`, `/lists/${v1}/export?format=csv`]) texts.push((await get(path).buffer(true)).text);
    for (const item of await allItems(v1)) texts.push(JSON.stringify(await ok<PublicItemDetail>(`/items/${item.id}`)));
    const xlsx = await get(`/lists/${v1}/export?format=xlsx`).buffer(true).parse(binary);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(xlsx.body as Buffer));
    texts.push(JSON.stringify(sheetRows(workbook.getWorksheet('权责清单'))));
    const all = texts.join('\n');
    expect(secrets.filter((s) => all.includes(s))).toEqual([]);
  });
});

describe('第十三条: drafts and lists under review never appear; a new version supersedes; a withdrawn one disappears', () => {
  let v2: string;
  let renamed: Row;

  test('a second version, while draft, submitted, in legal review and approved: 404, and its content is nowhere', async () => {
    renamed = await findOne(app.strapi, POWER, { code: 'SC-XK-001', department: { documentId: countyDept } });
    await app.strapi.db.query(POWER).update({ where: { id: renamed.id }, data: { name: DRAFT_ONLY_NAME } });
    const created = await app.http().post('/console-api/responsibility-lists').set('Authorization', await app.bearer(county.editor)).send({ versionNumber: 2, title: `${COUNTY}权责清单（第2版）` });
    expect(created.status).toBe(201);
    v2 = String((created.body as { id: string }).id);
    const steps: [string, 'submit' | 'forward' | 'approve' | null][] = [[county.editor, null], [county.editor, 'submit'], [county.head, 'forward'], [county.reviewer, 'approve']];
    for (const [username, action] of steps) {
      if (action) await step(app, username, v2, action);
      await refused(`/lists/${v2}/items`, 404, 'LIST_NOT_FOUND');
      expect((await itemsOf(v1, `?q=${encodeURIComponent(DRAFT_ONLY_NAME)}`)).meta.total).toBe(0);
      expect((await ok<{ data: PublicDepartment }>(`/departments/${countyDept}`)).data.list?.id).toBe(v1);
    }
  });

  test('publishing it: the department points to version 2, version 1 stays readable as superseded with its old content', async () => {
    await step(app, county.reviewer, v2, 'publish');
    const dept = (await ok<{ data: PublicDepartment }>(`/departments/${countyDept}`)).data;
    expect(dept.list).toMatchObject({ id: v2, versionNumber: 2, state: 'published' });
    expect((await ok<{ data: PublicDepartment[] }>(`/governments/${COUNTY_CODE}/departments`)).data.map((d) => d.list?.id)).toEqual([v2]);
    expect((await itemsOf(v2, `?q=${encodeURIComponent(DRAFT_ONLY_NAME)}`)).data.map((i) => i.code)).toEqual(['SC-XK-001']);
    const old = await itemsOf(v1, '?q=SC-XK-001');
    expect(old.meta.list).toMatchObject({ id: v1, state: 'superseded' });
    expect(old.data.map((i) => i.name)).toEqual([renamed.name]);
    const detail = await ok<PublicItemDetail>(`/items/${old.data[0].id}`);
    expect(detail.data).toMatchObject({ name: renamed.name, list: { id: v1, state: 'superseded' } });
    expect((await get(`/lists/${v1}/export?format=csv`)).status).toBe(200);
  });

  test('a withdrawn version: list, items and export are 404; the department and government show nothing published', async () => {
    const list = await publishSeededList(app, COUNTY2, county2);
    const [item, next] = await allItems(list);
    // Cached before the withdrawal: the item read, and the next one read ahead with it.
    expect((await ok<PublicItemDetail>(`/items/${item.id}`)).data.list.id).toBe(list);
    expect((await ok<{ data: PublicGovernment[] }>('/governments')).data.find((g) => g.code === COUNTY2_CODE)?.publishedDepartments).toBe(1);
    await step(app, county2.reviewer, list, 'withdraw', '测试撤回：清单内容有误');
    await refused(`/lists/${list}/items`, 404, 'LIST_NOT_FOUND');
    await refused(`/items/${item.id}`, 404, 'ITEM_NOT_FOUND');
    await refused(`/items/${next.id}`, 404, 'ITEM_NOT_FOUND');
    await refused(`/lists/${list}/export?format=xlsx`, 404, 'LIST_NOT_FOUND');
    expect((await ok<{ data: PublicDepartment[] }>(`/governments/${COUNTY2_CODE}/departments`)).data).toEqual([]);
    expect((await ok<{ data: PublicGovernment[] }>('/governments')).data.find((g) => g.code === COUNTY2_CODE)?.publishedDepartments).toBe(0);
  });
});

describe('第十条、第十三条: a department whose law changed is shown under adjustment', () => {
  test('the law its items cite is amended → underAdjustment at once (the cache follows the publication generation)', async () => {
    expect((await ok<{ data: PublicDepartment }>(`/departments/${countyDept}`)).data.underAdjustment).toBe(false);
    const law = await findOne(app.strapi, LEGAL_BASIS, { title: '中华人民共和国食品安全法' });
    const res = await app.http().put(`/console-api/legal-bases/${String(law.documentId)}`).set('Authorization', await app.bearer('region-justice-reviewer')).send({ status: 'amended', updatedAt: iso(law.updatedAt) });
    expect(res.status).toBe(200);
    expect((await ok<{ data: PublicDepartment }>(`/departments/${countyDept}`)).data.underAdjustment).toBe(true);
    expect((await ok<{ data: PublicDepartment[] }>(`/governments/${COUNTY_CODE}/departments`)).data[0].underAdjustment).toBe(true);
  });
});

describe('OpenAPI 3.1 description', () => {
  test('describes every route with its parameters and responses', async () => {
    const doc = await ok<{ openapi: string; paths: Record<string, { get: { parameters?: { name: string }[]; responses: Record<string, unknown> } }>; components: { schemas: Record<string, unknown> } }>('/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/assessments', '/assessments/export', '/case-interpretations', '/certificates/{number}', '/clarifications', '/clarifications/{id}', '/departments/{id}', '/governments',
      '/governments/{code}/departments', '/items/{id}', '/legal-education-lists', '/lists/{id}/export', '/lists/{id}/items', '/openapi.json', '/ratings', '/ratings/challenge',
    ]);
    expect(doc.paths['/lists/{id}/items'].get.parameters?.map((p) => p.name)).toEqual(['id', 'page', 'pageSize', 'q', 'type', 'If-None-Match']);
    // The rating form's routes are never cached (no ETag, no 304); every other route is.
    for (const [path, op] of Object.entries(doc.paths).filter(([p]) => !p.startsWith('/ratings'))) expect({ path, ok: '200' in op.get.responses, notModified: '304' in op.get.responses }).toEqual({ path, ok: true, notModified: true });
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['PublicGovernment', 'PublicDepartment', 'PublicListMeta', 'PublicItemPage', 'PublicItemDetail', 'ListItem', 'Error']));
  });
});

// ---- file helpers ----

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return records;
}

function sheetRows(sheet: ExcelJS.Worksheet | undefined): string[][] {
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    // row.values is 1-based and sparse (empty cells are holes).
    const values: unknown[] = Array.isArray(row.values) ? row.values : [];
    rows.push(Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => (values[i + 1] === null || values[i + 1] === undefined ? '' : String(values[i + 1]))));
  });
  return rows;
}

/** exceljs takes an ArrayBuffer. */
const arrayBufferOf = (body: Buffer): ArrayBuffer => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;

/** supertest parser that keeps a binary body as a Buffer. */
function binary(res: unknown, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}
