// An in-process cache of finished public responses (body, type, ETag), keyed by path and query
// (cache-key.ts).
// An entry is valid while the publication generation is unchanged (a publish or withdrawal on any
// instance bumps it, announced through PostgreSQL NOTIFY) and for at most TTL_MS, the fallback for
// changes no notice carried. Bounded in entries and bytes; oldest out first.
import { publicationGeneration } from '../store/generation';

export interface CachedResponse {
  status: number;
  type: string;
  body: string | Buffer;
  etag: string;
  /** Extra headers (Content-Disposition of exports). */
  headers: Record<string, string>;
}

interface Entry {
  response: CachedResponse;
  generation: number;
  storedAt: number;
  bytes: number;
}

// The fallback lifetime for changes that no instance announced (publication-channel.ts carries the
// announced ones at once). NMG_PUBLIC_CACHE_TTL_MS lets a test show that the announcement, not
// the lifetime, refreshed the cache.
export const TTL_MS = Number(process.env.NMG_PUBLIC_CACHE_TTL_MS ?? 5000);
const MAX_ENTRIES = 10000;
const MAX_BYTES = 64 * 1024 * 1024;

const entries = new Map<string, Entry>();
/** Requests for a key being computed wait for that computation instead of repeating it. */
const inFlight = new Map<string, Promise<CachedResponse>>();
let totalBytes = 0;

function remove(key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.bytes;
}

function store(key: string, response: CachedResponse, generation: number): void {
  const bytes = Buffer.byteLength(response.body) + key.length;
  if (bytes > MAX_BYTES / 4) return;
  remove(key);
  entries.set(key, { response, generation, storedAt: Date.now(), bytes });
  totalBytes += bytes;
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES && totalBytes <= MAX_BYTES) break;
    remove(oldest);
  }
}

function fresh(key: string): CachedResponse | null {
  const entry = entries.get(key);
  if (!entry) return null;
  if (entry.generation === publicationGeneration() && Date.now() - entry.storedAt < TTL_MS) return entry.response;
  remove(key);
  return null;
}

/**
 * The cached response for key, or the one `compute` produces (then cached). Refusals (400, 404) are
 * responses like the others; a failure (rejected promise) is not cached.
 */
export function cachedResponse(key: string, compute: (generation: number) => Promise<CachedResponse>): Promise<CachedResponse> {
  const hit = fresh(key);
  if (hit) return Promise.resolve(hit);
  // The generation is read before the database: a change committed meanwhile makes the entry stale,
  // and a request after a change never joins a computation that started before it.
  const generation = publicationGeneration();
  const flightKey = `${generation} ${key}`;
  const pending = inFlight.get(flightKey);
  if (pending) return pending;
  const promise = compute(generation)
    .then((response) => {
      store(key, response, generation);
      return response;
    })
    .finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, promise);
  return promise;
}

/** The fresh cached response for key, if there is one (no computation). */
export const peekResponse = (key: string): CachedResponse | null => fresh(key);

/** Caches a response computed ahead of its request, read at `generation`; an entry already there wins. */
export function primeResponse(key: string, response: CachedResponse, generation: number): void {
  if (!fresh(key)) store(key, response, generation);
}
