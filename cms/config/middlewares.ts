import { corsOrigins, hstsEnabled } from '../src/server/http-policy';

// Security headers: Strapi's strapi::security (koa-helmet) for every answer, its CSP kept for the
// admin panel (scripts 'self' only in production); global::security-headers then sets the stricter
// policy of the console, the APIs and uploaded files. CORS from the CORS_ORIGINS allow-list (same
// origin only when unset). See docs/SECURITY.md.
export default () => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: { useDefaults: true, directives: { 'frame-ancestors': ["'self'"] } },
      hsts: hstsEnabled(process.env) ? { maxAge: 31536000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'same-origin' },
    },
  },
  'global::security-headers',
  {
    name: 'strapi::cors',
    config: {
      origin: corsOrigins(process.env),
      credentials: true,
      // A cross-origin client of the console API (an allowed origin) reads the page total and ETag.
      expose: ['Content-Range', 'ETag'],
    },
  },
  // No strapi::poweredBy: an X-Powered-By header only tells a scanner what to try.
  'strapi::query',
  'global::registration-closed',
  'global::console-errors',
  // A department's list imported in one request (a few thousand rows) is larger than the 1 MB default.
  { name: 'strapi::body', config: { jsonLimit: '20mb' } },
  // Right after the body parser: NUL bytes and invalid UTF-8 in the raw URL or the parsed body → 400.
  'global::input-characters',
  // After the body parser: multipart files are on the request by then.
  'global::upload-guard',
  // Staff write through /console-api only, where every save carries its version (DECISIONS). After
  // the body parser, so that the refused request's body is read and the connection stays usable.
  'global::api-writes-closed',
  // Strapi's /api reads: a malformed filter, field, sort or pagination → 400 before Strapi builds SQL.
  'global::api-query-guard',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
