// The cache key of a public request: its path and the query parameters the handlers read, in a
// stable order. Other parameters change nothing in the answer, so they must not make a new entry:
// `?format=xlsx&x=1`, `&x=2` … would otherwise rebuild a large export on every request.
import { QUERY_PARAMETERS } from './params';

const KNOWN = new Set<string>(QUERY_PARAMETERS);

/** `q` of `q=…`, `q[x]=…` or `q%5Bx%5D=…` (nested forms are kept: the handlers refuse them). */
function baseName(pair: string): string {
  const raw = pair.split('=', 1)[0];
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // A malformed escape is not a known parameter.
  }
  return name.replace(/\[.*$/, '');
}

export function cacheKey(path: string, querystring: string): string {
  if (!querystring) return path;
  const kept = querystring
    .split('&')
    .filter((pair) => KNOWN.has(baseName(pair)))
    .map((pair, index) => ({ pair, index, name: baseName(pair) }))
    // By name, keeping the order of repeated names (q=a&q=b is not q=b&q=a).
    .sort((a, b) => (a.name === b.name ? a.index - b.index : a.name < b.name ? -1 : 1))
    .map((entry) => entry.pair);
  return kept.length ? `${path}?${kept.join('&')}` : path;
}
