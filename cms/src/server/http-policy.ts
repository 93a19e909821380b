// What the browser is told on each surface: the CORS allow-list, HSTS, and the Content-Security-
// Policy of the console, the APIs and uploaded files. Pure (no Strapi import): read by
// cms/config/middlewares.ts and the global::security-headers middleware.

type Env = Record<string, string | undefined>;

/**
 * CORS_ORIGINS: comma-separated origins (scheme://host[:port]) allowed to call the server from a
 * browser with credentials. Empty by default: same origin only (the console and public page are
 * served from the server itself and need no CORS). A wildcard is refused: with credentials it
 * would hand any site the signed-in user's access.
 */
export function corsOrigins(env: Env): string[] {
  const origins = (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (origin.includes('*') || !parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(`CORS_ORIGINS: “${origin}”不是有效的来源（须为 https://host[:port] 形式，不得使用 *）。 Not an origin (scheme://host[:port], no wildcard).`);
    }
  }
  return origins;
}

/** HSTS only when the server is reached over TLS: PUBLIC_URL is https, or HSTS=true (TLS ends at a proxy). */
export function hstsEnabled(env: Env): boolean {
  if (env.HSTS === 'true') return true;
  if (env.HSTS === 'false') return false;
  return (env.PUBLIC_URL ?? '').toLowerCase().startsWith('https://');
}

export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

const csp = (directives: Record<string, string[]>): string =>
  Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');

/**
 * The console and the public page (one Vite-built app at /console): scripts only from the server
 * itself, no inline script, no eval. Inline styles stay allowed: MUI (emotion) injects its styles
 * at run time; a style cannot run code. Images from data:/blob: for the flowchart's PNG export.
 */
export const CONSOLE_CSP = csp({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/** JSON and file answers of /api and /console-api: nothing in them is ever meant to run or be framed. */
export const API_CSP = csp({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });

/**
 * Uploaded files (/uploads): even a file that slipped past the type check runs nothing and reaches
 * no cookie or storage of the console's origin (sandbox makes it a unique origin).
 */
export const UPLOAD_CSP = csp({ 'default-src': ["'none'"], 'img-src': ["'self'"], 'style-src': ["'unsafe-inline'"], 'frame-ancestors': ["'none'"], sandbox: [] }).replace(/sandbox $/, 'sandbox');

export type Surface = 'console' | 'api' | 'uploads' | 'admin' | 'other';

/** Which surface a path belongs to (the admin panel keeps Strapi's own policy, see middlewares.ts). */
export function surfaceOf(path: string, adminPath = '/admin', apiPrefix = '/api'): Surface {
  const under = (prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);
  if (under('/console')) return 'console';
  if (under('/console-api') || under(apiPrefix)) return 'api';
  if (under('/uploads')) return 'uploads';
  if (under(adminPath)) return 'admin';
  return 'other';
}
