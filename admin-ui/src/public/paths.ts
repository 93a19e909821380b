// Where the public page lives: inside the console's site (served at /console, see
// cms/src/console/page.ts), outside react-admin's signed-in routes. The server sends index.html for
// every /console/* path, so /console/public/... survives a reload and can be shared as a link.
export const CONSOLE_BASE = '/console';
export const PUBLIC_PREFIX = '/public';
export const PUBLIC_HOME = `${CONSOLE_BASE}${PUBLIC_PREFIX}`;
export const STAFF_LOGIN = `${CONSOLE_BASE}/login`;

/** Whether the browser is on the public page (real path, or the #/public form of older links). */
export function isPublicLocation(location: Pick<Location, 'pathname' | 'hash'>): boolean {
  const path = location.pathname.replace(/\/+$/, '');
  return path === PUBLIC_HOME || path.startsWith(`${PUBLIC_HOME}/`) || location.hash === '#/public' || location.hash.startsWith('#/public/');
}

/** The real path of a #/public/... link, so the page's own router can take over. */
export const publicPathOfHash = (hash: string): string | null => (hash.startsWith('#/public') ? `${CONSOLE_BASE}${hash.slice(1)}` : null);

/** Routes of the public page, relative to the console's router (basename /console). */
export const publicPaths = {
  home: PUBLIC_PREFIX,
  government: (code: string) => `${PUBLIC_PREFIX}/governments/${encodeURIComponent(code)}`,
  department: (id: string) => `${PUBLIC_PREFIX}/departments/${encodeURIComponent(id)}`,
  item: (id: string) => `${PUBLIC_PREFIX}/items/${encodeURIComponent(id)}`,
};
