// Serves the console's static files at /console: the built react-admin app (admin-ui/dist) when
// present, else the placeholder page in admin-ui/public.
import { createReadStream, existsSync, statSync } from 'fs';
import { extname, join, normalize, resolve } from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json; charset=utf-8', '.ico': 'image/x-icon',
};

export function consoleRoot(): string {
  // Compiled to cms/dist/src/console/: the repository root is four levels up.
  const base = process.env.CONSOLE_DIR ?? resolve(__dirname, '..', '..', '..', '..', 'admin-ui');
  const dist = join(base, 'dist');
  return existsSync(join(dist, 'index.html')) ? dist : join(base, 'public');
}

interface PageContext {
  path: string;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}

export async function serveConsolePage(ctx: PageContext): Promise<void> {
  const root = consoleRoot();
  const relative = normalize(decodeURIComponent(ctx.path.replace(/^\/console\/?/, ''))).replace(/^(\.\.(\/|\\|$))+/, '');
  let file = join(root, relative);
  // Unknown paths fall back to index.html so that client-side routes survive a reload.
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  if (!existsSync(file)) {
    ctx.status = 404;
    ctx.body = 'console not built';
    return;
  }
  ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  ctx.set('Cache-Control', extname(file) === '.html' ? 'no-cache' : 'public, max-age=3600');
  ctx.body = createReadStream(file);
}
