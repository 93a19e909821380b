// Small helpers for the project scripts: run a command, and decide whether a build is stale.
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

// Compiled to .build/scripts/, two levels below the repository root.
export const ROOT = join(__dirname, '..', '..');

export function run(command: string, args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

const mtime = (path: string): number => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** Newest modification time of the files under dir. */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the react-admin console (admin-ui/dist) when it is missing or older than its sources. */
export function buildConsole(): void {
  const ui = join(ROOT, 'admin-ui');
  const built = mtime(join(ui, 'dist', 'index.html'));
  // config/src is bundled too (config/src/console.ts validates the JSON, the contracts are typed there).
  const sources = Math.max(newest(join(ui, 'src')), newest(join(ROOT, 'config', 'src')), mtime(join(ui, 'index.html')), mtime(join(ui, 'vite.config.ts')), ...readdirSync(join(ROOT, 'config')).filter((f) => f.endsWith('.json')).map((f) => mtime(join(ROOT, 'config', f))));
  if (built > 0 && built >= sources) return;
  console.log('[nmg] building the console (admin-ui)…');
  run('npx', ['vite', 'build', '--logLevel', 'warn'], ui);
}

/** Compiles config/ and the Strapi app's TypeScript; builds Strapi's admin panel when asked and missing. */
export function buildServer(options: { adminPanel: boolean }): void {
  run('npx', ['tsc', '-p', 'config']);
  run('npx', ['tsc', '-p', 'cms']);
  const adminBuilt = mtime(join(ROOT, 'cms', 'dist', 'build', 'index.html'));
  // Rebuilt when missing, after a dependency change, or when the panel's own code (src/admin) changed.
  const adminSources = Math.max(mtime(join(ROOT, 'cms', 'package.json')), newest(join(ROOT, 'cms', 'src', 'admin')));
  if (options.adminPanel && (adminBuilt === 0 || adminSources > adminBuilt)) {
    console.log('[nmg] building the Strapi admin panel (first start only, about a minute)…');
    // The build reads the server config but never connects; it only needs a syntactically valid URL.
    run('npx', ['strapi', 'build'], join(ROOT, 'cms'), { DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://build@127.0.0.1:1/build' });
  }
}
