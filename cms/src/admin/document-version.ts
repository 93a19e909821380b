// The admin panel's side of the content manager's concurrency rule (cms/src/guards/admin-version.ts):
// Strapi's edit form drops updatedAt from what it sends, so the server could not tell a save of an
// old copy from a save of the current one. This wraps the panel's fetch: it remembers the updatedAt
// of each document the content manager loads or saves, and adds it to the body of that document's
// save (PUT …/:model/:id) and save-and-publish (POST …/:model/:id/actions/publish). A save of an
// older copy is then refused (STALE_VERSION) and the administrator reloads.
type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const DOCUMENT_URL = /\/content-manager\/collection-types\/([^/?#]+)\/([^/?#]+)(\/actions\/[^/?#]+)?\/?(?:[?#].*)?$/;

interface DocumentCall {
  key: string;
  action: string | null;
  published: boolean;
}

/** The content-manager document a URL names (model/documentId), and the action it takes on it. */
export function documentCall(url: string): DocumentCall | null {
  const match = DOCUMENT_URL.exec(url);
  if (!match || match[2] === 'actions') return null;
  const action = match[3] ? match[3].slice('/actions/'.length) : null;
  return { key: `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`, action, published: /[?&]status=published(&|#|$)/.test(url) };
}

/** Whether a request is a save of the document that must carry its version. */
export const isSave = (method: string, call: DocumentCall): boolean =>
  (method === 'PUT' && call.action === null) || (method === 'POST' && call.action === 'publish');

/** A JSON body with the version added (left alone when it is not a JSON object or already has one). */
export function withVersion(body: unknown, version: string | undefined): unknown {
  if (version === undefined || typeof body !== 'string') return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || 'updatedAt' in parsed) return body;
  return JSON.stringify({ ...parsed, updatedAt: version });
}

/** The draft's updatedAt in a content-manager answer ({ data: { documentId, updatedAt } }), if any. */
export function versionIn(json: unknown, key: string): string | null {
  const data = typeof json === 'object' && json !== null ? (json as { data?: unknown }).data : undefined;
  if (typeof data !== 'object' || data === null) return null;
  const { documentId, updatedAt } = data as { documentId?: unknown; updatedAt?: unknown };
  return typeof updatedAt === 'string' && typeof documentId === 'string' && key.endsWith(`/${documentId}`) ? updatedAt : null;
}

const urlOf = (input: RequestInfo | URL): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** fetch, with content-manager saves carrying the version last loaded. */
export function versionedFetch(base: Fetch, versions = new Map<string, string>()): Fetch {
  return async (input, init) => {
    const call = documentCall(urlOf(input));
    if (!call) return base(input, init);
    const method = (init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')).toUpperCase();
    const sent = isSave(method, call) && init ? { ...init, body: withVersion(init.body, versions.get(call.key)) as BodyInit | null | undefined } : init;
    const response = await base(input, sent);
    // A published copy carries the published row's stamp; the content manager edits the draft.
    if (response.ok && !call.published && (method === 'GET' || isSave(method, call))) {
      const version = versionIn(await response.clone().json().catch(() => null), call.key);
      if (version) versions.set(call.key, version);
    }
    return response;
  };
}

/** Installs the wrapper on the admin panel's window (once). */
export function installDocumentVersions(target: { fetch: Fetch }): void {
  const marked = target as { fetch: Fetch; nmgVersioned?: boolean };
  if (marked.nmgVersioned) return;
  marked.nmgVersioned = true;
  target.fetch = versionedFetch(target.fetch.bind(target));
}
