// The public API's URLs and the item search as it lives in the page's address (?page=2&q=食品&type=penalty):
// pure, so what the page asks the server is tested without a browser.
import { powerTypes } from '../../../config/src/console';

export const PUBLIC_API = '/api/public';
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const POWER_TYPES: readonly string[] = powerTypes.types.map((t) => t.key);

export interface ItemSearch {
  page: number;
  pageSize: number;
  /** Name or code, as typed (trimmed). */
  q: string;
  /** A power type key, or '' for all. */
  type: string;
}

export const DEFAULT_SEARCH: ItemSearch = { page: 1, pageSize: DEFAULT_PAGE_SIZE, q: '', type: '' };

const positiveInt = (raw: string | null): number | null => {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
};

/** The search from the page's address; anything malformed falls back to the default. */
export function parseItemSearch(params: URLSearchParams): ItemSearch {
  const size = positiveInt(params.get('pageSize'));
  const type = params.get('type') ?? '';
  return {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: size !== null && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    q: (params.get('q') ?? '').trim(),
    type: POWER_TYPES.includes(type) ? type : '',
  };
}

/** The page's address for a search: defaults left out, so a plain link stays plain. */
export function itemSearchParams(search: ItemSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.page > 1) params.set('page', String(search.page));
  if (search.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(search.pageSize));
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.type) params.set('type', search.type);
  return params;
}

/** GET /api/public/lists/:id/items?page=&pageSize=&q=&type= (q and type only when set). */
export function itemsUrl(listId: string, search: ItemSearch): string {
  const params = new URLSearchParams({ page: String(search.page), pageSize: String(search.pageSize) });
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.type) params.set('type', search.type);
  return `${PUBLIC_API}/lists/${encodeURIComponent(listId)}/items?${params.toString()}`;
}

export const governmentsUrl = (): string => `${PUBLIC_API}/governments`;
export const departmentsUrl = (code: string): string => `${PUBLIC_API}/governments/${encodeURIComponent(code)}/departments`;
export const departmentUrl = (id: string): string => `${PUBLIC_API}/departments/${encodeURIComponent(id)}`;
export const itemUrl = (id: string): string => `${PUBLIC_API}/items/${encodeURIComponent(id)}`;
export const exportUrl = (listId: string, format: 'csv' | 'xlsx'): string => `${PUBLIC_API}/lists/${encodeURIComponent(listId)}/export?format=${format}`;
