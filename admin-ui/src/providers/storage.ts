// The signed-in session (token, /me, /schemas, display name) kept in localStorage so that a reload
// keeps the user signed in and the screens can be built before any request returns.
import { parseMe, parseSchemas, type ConsoleMe, type ResourceSchema } from './types';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** When the server last answered a request of this session (ms): the server's idle clock restarts then. */
const ACTIVITY_KEY = 'nmg.console.activity';
/** Why the last session ended (a message key), shown once on the sign-in page. */
const REASON_KEY = 'nmg.console.signedOutReason';

const KEYS = {
  token: 'nmg.console.token',
  me: 'nmg.console.me',
  schemas: 'nmg.console.schemas',
  displayName: 'nmg.console.displayName',
} as const;

export interface Session {
  token: string | null;
  me: ConsoleMe | null;
  schemas: ResourceSchema[];
  displayName: string | null;
}

const listeners = new Set<() => void>();

/** Lets React re-render (useSyncExternalStore) when the session changes, e.g. fresh schemas. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

export function createSessionStore(storage: KeyValueStorage) {
  // Parsing on every render would be wasteful: cache the parsed session by the raw strings.
  let cacheKey = '';
  let cached: Session = { token: null, me: null, schemas: [], displayName: null };
  const read = (): Session => {
    const raw = [KEYS.token, KEYS.me, KEYS.schemas, KEYS.displayName].map((k) => storage.getItem(k));
    const key = JSON.stringify(raw);
    if (key !== cacheKey) {
      cacheKey = key;
      cached = { token: raw[0], me: parseMe(parseJson(raw[1])), schemas: parseSchemas(parseJson(raw[2])), displayName: raw[3] };
    }
    return cached;
  };
  const notify = () => listeners.forEach((l) => l());
  return {
    read,
    token: (): string | null => storage.getItem(KEYS.token),
    saveToken(token: string, displayName: string | null): void {
      storage.setItem(KEYS.token, token);
      if (displayName) storage.setItem(KEYS.displayName, displayName);
      else storage.removeItem(KEYS.displayName);
    },
    /** Records that the server just served this session (cms/src/security/session-check.ts counts idle time from there). */
    touch(at: number = Date.now()): void {
      storage.setItem(ACTIVITY_KEY, String(at));
    },
    lastActivity(): number | null {
      const raw = storage.getItem(ACTIVITY_KEY);
      const at = raw === null ? NaN : Number(raw);
      return Number.isFinite(at) ? at : null;
    },
    /** Ends the session on the client and keeps why, for the sign-in page. */
    endWith(reasonKey: string): void {
      Object.values(KEYS).forEach((k) => storage.removeItem(k));
      storage.removeItem(ACTIVITY_KEY);
      storage.setItem(REASON_KEY, reasonKey);
      notify();
    },
    /** The reason the last session ended, once (it is forgotten when read). */
    takeEndReason(): string | null {
      const reason = storage.getItem(REASON_KEY);
      storage.removeItem(REASON_KEY);
      return reason;
    },
    peekEndReason(): string | null {
      return storage.getItem(REASON_KEY);
    },
    saveProfile(me: unknown, schemas: unknown): void {
      storage.setItem(KEYS.me, JSON.stringify(me));
      storage.setItem(KEYS.schemas, JSON.stringify(schemas));
      notify();
    },
    clear(): void {
      Object.values(KEYS).forEach((k) => storage.removeItem(k));
      storage.removeItem(ACTIVITY_KEY);
      notify();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** An in-memory storage for tests and for browsers that refuse localStorage (private mode). */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

function browserStorage(): KeyValueStorage {
  try {
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // Access to localStorage throws when storage is disabled; fall through.
  }
  return memoryStorage();
}

export const session = createSessionStore(browserStorage());
