// Small helpers for the project scripts: run a command, and decide whether a build is stale.
import { spawnSync } from 'child_process';
import { existsSync, statSync } from 'fs';
import { join } from 'path';

// Compiled to .build/scripts/, two levels below the repository root.
export const ROOT = join(__dirname, '..', '..');

export function run(command: string, args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

const mtime = (path: string): number => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** Compiles config/ and the Strapi app's TypeScript; builds Strapi's admin panel when asked and missing. */
export function buildServer(options: { adminPanel: boolean }): void {
  run('npx', ['tsc', '-p', 'config']);
  run('npx', ['tsc', '-p', 'cms']);
  const adminBuilt = existsSync(join(ROOT, 'cms', 'dist', 'build', 'index.html'));
  if (options.adminPanel && (!adminBuilt || mtime(join(ROOT, 'cms', 'package.json')) > mtime(join(ROOT, 'cms', 'dist', 'build', 'index.html')))) {
    console.log('[nmg] building the Strapi admin panel (first start only, about a minute)…');
    // The build reads the server config but never connects; it only needs a syntactically valid URL.
    run('npx', ['strapi', 'build'], join(ROOT, 'cms'), { DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://build@127.0.0.1:1/build' });
  }
}
