// Verifying a users-permissions JWT builds a key object from the secret on every call (jsonwebtoken
// → crypto.createSecretKey): a tenth of a console page's CPU. The verdict on a token's signature does
// not change before it expires, so it is kept for a short while. Only the signature: whether the
// token still opens a session (account blocked, token version raised, signed out, idle) is read from
// the database with the account on every request (cms/src/scope/user-row.ts, cms/src/security).
export const TOKEN_CACHE_MS = 30_000;
export const TOKEN_CACHE_SIZE = 5_000;

interface Entry {
  payload: unknown;
  until: number;
}

export class TokenCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly lifeMs = TOKEN_CACHE_MS,
    private readonly size = TOKEN_CACHE_SIZE,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): unknown {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.payload;
  }

  /** Keeps a verified payload until its `exp` (seconds) or the cache's life, whichever comes first. */
  set(token: string, payload: unknown): void {
    const exp = typeof payload === 'object' && payload !== null && 'exp' in payload && typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity;
    const until = Math.min(exp, this.now() + this.lifeMs);
    if (until <= this.now()) return;
    // Map keeps insertion order: the first key is the oldest.
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { payload, until });
  }
}

/** The bearer token of an Authorization header, as the users-permissions plugin reads it. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const parts = header.split(/\s+/);
  return parts.length === 2 && parts[0].toLowerCase() === 'bearer' ? parts[1] : null;
}
