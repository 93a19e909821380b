// Per-surface security headers on top of strapi::security: the console and public page get a CSP
// without inline or eval'd script; /api and /console-api a CSP that runs nothing; uploaded files a
// sandbox, nosniff and (unless a raster image) a download, so nothing uploaded ever runs as HTML or
// script from the console's origin. The admin panel keeps Strapi's own policy.
import { API_CSP, CONSOLE_CSP, surfaceOf, UPLOAD_CSP } from '../server/http-policy';
import { INLINE_UPLOAD_EXTENSIONS, UPLOAD_CONTENT_TYPES } from '../uploads/sniff';

interface Ctx {
  path: string;
  status: number;
  set(name: string, value: string): void;
  remove(name: string): void;
}

const extensionOf = (path: string): string => (/\.([A-Za-z0-9]+)$/.exec(path)?.[1] ?? '').toLowerCase();

export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  const surface = surfaceOf(ctx.path);
  ctx.set('X-Content-Type-Options', 'nosniff');
  if (surface === 'console') ctx.set('Content-Security-Policy', CONSOLE_CSP);
  if (surface === 'api') ctx.set('Content-Security-Policy', API_CSP);
  if (surface === 'console' || surface === 'api') ctx.set('X-Frame-Options', 'DENY');
  if (surface !== 'uploads') return next();
  ctx.set('Content-Security-Policy', UPLOAD_CSP);
  ctx.set('X-Frame-Options', 'DENY');
  await next();
  if (ctx.status >= 300) return;
  const extension = extensionOf(ctx.path);
  const type = UPLOAD_CONTENT_TYPES[extension];
  // A file of a type outside the allow-list (one stored before it existed): bytes, never a page.
  ctx.set('Content-Type', type ?? 'application/octet-stream');
  if (!INLINE_UPLOAD_EXTENSIONS.has(extension)) ctx.set('Content-Disposition', 'attachment');
};
