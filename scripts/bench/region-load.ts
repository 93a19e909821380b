// The console and public figures measured at each size of the region data set (issue 6):
// - console, department scope: the bench department's editor reads a sorted, filtered 25-row page
//   of its powers, at 8 and 32 connections (target p95 ≤ 100 ms at 8);
// - console, region scope: the region's justice reviewer searches every power of the region by a
//   Chinese name substring (target p95 ≤ 300 ms at 8), and by a two-character one (printed);
// - public: the department's published list page and an item, every request a cache miss (cold.ts),
//   so that the SQL runs each time and its growth shows.
import { COLD_HEADER } from './cold';
import { load } from './load';
import type { LoadResult } from './load-job';
import { allOk } from './throughput';

export const DEPT_TARGET_P95 = 100;
export const SEARCH_TARGET_P95 = 300;
export const SEARCH_TERM = '进货查验';
export const SHORT_TERM = '草原';

export interface RegionFigures {
  fraction: number;
  powers: number;
  deptPage8: LoadResult;
  deptPage32: LoadResult;
  search8: LoadResult;
  shortSearch8: LoadResult;
  listPageCold: LoadResult;
  itemCold: LoadResult;
  /** Rows the search and the department's page count (Content-Range totals). */
  totals: { deptPage: number; search: number; shortSearch: number };
}

const q = (v: unknown): string => encodeURIComponent(JSON.stringify(v));
// As the console's list screen sends them (admin-ui/src/schema/SchemaList.tsx): `embed=[]`, no components.
export const deptPagePath = `/console-api/powers?sort=${q(['name', 'ASC'])}&range=${q([0, 24])}&filter=${q({ type: 'penalty', status: 'valid' })}&embed=${q([])}`;
export const searchPath = (term: string): string => `/console-api/powers?sort=${q(['code', 'ASC'])}&range=${q([0, 24])}&filter=${q({ name_q: term })}&embed=${q([])}`;

/** GETs the URL once: it must answer 200 with 25 rows or fewer; returns the Content-Range total. */
async function probe(url: string, jwt: string): Promise<number> {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${jwt}` } });
  const body = (await res.json()) as unknown;
  if (res.status !== 200 || !Array.isArray(body)) throw new Error(`probe ${url}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return Number(/\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1] ?? -1);
}

export interface RegionUrls {
  baseUrl: string;
  editorJwt: string;
  reviewerJwt: string;
  listId: string;
  itemId: string;
}

export async function measureRegion(fraction: number, powers: number, u: RegionUrls, log: (line: string) => void): Promise<RegionFigures> {
  const editor = { Authorization: `Bearer ${u.editorJwt}` };
  const reviewer = { Authorization: `Bearer ${u.reviewerJwt}` };
  const totals = {
    deptPage: await probe(`${u.baseUrl}${deptPagePath}`, u.editorJwt),
    search: await probe(`${u.baseUrl}${searchPath(SEARCH_TERM)}`, u.reviewerJwt),
    shortSearch: await probe(`${u.baseUrl}${searchPath(SHORT_TERM)}`, u.reviewerJwt),
  };
  const run = async (label: string, url: string, headers: Record<string, string>, connections = 8): Promise<LoadResult> => {
    const r = await load(url, headers, connections);
    log(`  ${(fraction * 100).toFixed(0).padStart(3)}%  ${label.padEnd(34)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  ${allOk(r) ? 'all 200' : `NOT ALL 200 ${JSON.stringify(r.statuses)}`}`);
    return r;
  };
  return {
    fraction,
    powers,
    totals,
    deptPage8: await run('console dept page, 8 connections', `${u.baseUrl}${deptPagePath}`, editor),
    deptPage32: await run('console dept page, 32 connections', `${u.baseUrl}${deptPagePath}`, editor, 32),
    search8: await run(`console region search “${SEARCH_TERM}”`, `${u.baseUrl}${searchPath(SEARCH_TERM)}`, reviewer),
    shortSearch8: await run(`console region search “${SHORT_TERM}”`, `${u.baseUrl}${searchPath(SHORT_TERM)}`, reviewer),
    listPageCold: await run('public list page, cache miss', `${u.baseUrl}/api/public/lists/${encodeURIComponent(u.listId)}/items?page=1&pageSize=20`, { [COLD_HEADER]: '1' }),
    itemCold: await run('public item detail, cache miss', `${u.baseUrl}/api/public/items/${encodeURIComponent(u.itemId)}`, { [COLD_HEADER]: '1' }),
  };
}
