// What the public page asks the server, and how its search lives in the page's address.
import { isPublicLocation, publicPathOfHash } from './paths';
import { DEFAULT_SEARCH, exportUrl, itemSearchParams, itemsUrl, parseItemSearch } from './query';

const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

test('the items request always names page and size; name/code and type only when set', () => {
  expect(itemsUrl('l1', DEFAULT_SEARCH)).toBe('/api/public/lists/l1/items?page=1&pageSize=20');
  const url = itemsUrl('l1', { page: 3, pageSize: 50, q: '  食品经营 ', type: 'licensing' });
  expect(new URL(url, 'http://x').pathname).toBe('/api/public/lists/l1/items');
  expect(query(url)).toEqual({ page: '3', pageSize: '50', q: '食品经营', type: 'licensing' });
  expect(query(itemsUrl('l1', { ...DEFAULT_SEARCH, q: '   ' }))).toEqual({ page: '1', pageSize: '20' });
});

test('identifiers are escaped in paths', () => {
  expect(itemsUrl('a/b?c', DEFAULT_SEARCH)).toMatch(/^\/api\/public\/lists\/a%2Fb%3Fc\/items\?/);
  expect(exportUrl('l1', 'xlsx')).toBe('/api/public/lists/l1/export?format=xlsx');
  expect(exportUrl('l1', 'csv')).toBe('/api/public/lists/l1/export?format=csv');
});

test('the address round-trips the search and leaves defaults out', () => {
  const search = { page: 2, pageSize: 10, q: '152502000XK', type: 'penalty' };
  expect(parseItemSearch(itemSearchParams(search))).toEqual(search);
  expect(itemSearchParams(DEFAULT_SEARCH).toString()).toBe('');
});

test('a malformed address falls back to the defaults', () => {
  expect(parseItemSearch(new URLSearchParams('page=0&pageSize=7&type=bogus&q=%20'))).toEqual(DEFAULT_SEARCH);
  expect(parseItemSearch(new URLSearchParams('page=-2&pageSize=abc'))).toEqual(DEFAULT_SEARCH);
  expect(parseItemSearch(new URLSearchParams('page=2.5'))).toEqual(DEFAULT_SEARCH);
});

test('the public page is recognised by its path or an old #/public link', () => {
  expect(isPublicLocation({ pathname: '/console/public', hash: '' })).toBe(true);
  expect(isPublicLocation({ pathname: '/console/public/items/3', hash: '' })).toBe(true);
  expect(isPublicLocation({ pathname: '/console/publications', hash: '' })).toBe(false);
  expect(isPublicLocation({ pathname: '/console/powers', hash: '' })).toBe(false);
  expect(isPublicLocation({ pathname: '/console/', hash: '#/public/departments/d1' })).toBe(true);
  expect(publicPathOfHash('#/public/departments/d1')).toBe('/console/public/departments/d1');
  expect(publicPathOfHash('#/powers')).toBeNull();
});
