// Every row of the list as filtered and sorted on screen, not just the page shown: the server
// serves at most 1000 rows per request (cms/src/console/query.ts MAX_PAGE), so page through.
import type { DataProvider, RaRecord, SortPayload } from 'react-admin';

export const EXPORT_PAGE = 1000;
/** A runaway guard: far above the largest list (a league's 5,300 items, DOMAIN.md). */
const MAX_PAGES = 1000;

export interface ListQuery {
  filter: Record<string, unknown>;
  sort: SortPayload;
}

export async function fetchAllRecords(
  dataProvider: Pick<DataProvider, 'getList'>,
  resource: string,
  query: ListQuery,
  onProgress: (fetched: number, total: number | undefined) => void = () => undefined,
  pageSize = EXPORT_PAGE,
): Promise<RaRecord[]> {
  const records: RaRecord[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const { data, total } = await dataProvider.getList(resource, { filter: query.filter, sort: query.sort, pagination: { page, perPage: pageSize } });
    records.push(...data);
    onProgress(records.length, total);
    if (data.length < pageSize || (total !== undefined && records.length >= total)) break;
  }
  return records;
}

/** Chunked getMany: ids travel in the URL, and a request head over 16 KB is refused. */
export const ID_CHUNK = 200;

export async function fetchByIds(dataProvider: Pick<DataProvider, 'getMany'>, resource: string, ids: string[]): Promise<RaRecord[]> {
  const unique = [...new Set(ids)];
  const records: RaRecord[] = [];
  for (let start = 0; start < unique.length; start += ID_CHUNK) {
    const { data } = await dataProvider.getMany(resource, { ids: unique.slice(start, start + ID_CHUNK) });
    records.push(...data);
  }
  return records;
}
