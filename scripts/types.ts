// npm run types [-- --check]: cms/types/generated/ written by Strapi's own generator (the one behind
// `strapi ts:generate-types`) from the content types' schema.json files, never by hand (issue 16).
// --check writes them to a scratch folder instead and fails, naming the files, when the checked-in
// ones differ: test/build/generated-types.test.ts runs it in `npm test`, so a schema change without
// its regenerated typings fails CI. `npm run build` regenerates them.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { join, relative } from 'path';
import { spawnSync } from 'child_process';
import { ROOT, run } from './run';
import { runOrExplain } from './start-error';

const CMS = join(ROOT, 'cms');
const GENERATED = join(CMS, 'types', 'generated');

interface Generator {
  generators: { generate(config: { strapi: unknown; pwd: string; rootDir?: string; logger: { silent: boolean }; artifacts: { contentTypes: boolean; components: boolean } }): Promise<unknown> };
}

/** Writes the typings into rootDir/generated (rootDir relative to cms/, Strapi's convention; default types/). */
export async function generateTypes(rootDir?: string): Promise<void> {
  process.env.DATABASE_URL ||= 'postgres://types@127.0.0.1:1/types'; // register() reads the database config, never connects
  const boot = require(join(CMS, 'dist', 'src', 'server', 'boot.js')) as typeof import('../cms/src/server/boot');
  const typescript = require(require.resolve('@strapi/typescript-utils', { paths: [CMS] })) as Generator;
  const app = await boot.registerStrapi();
  try {
    await typescript.generators.generate({ strapi: app, pwd: CMS, rootDir, logger: { silent: true }, artifacts: { contentTypes: true, components: true } });
  } finally {
    await app.destroy();
  }
}

const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.d.ts')).sort();

/** The generated files that differ between the two folders (added, removed or changed). */
export function differences(expected: string, actual: string): string[] {
  const names = [...new Set([...files(expected), ...files(actual)])].sort();
  return names.filter((name) => {
    try {
      return readFileSync(join(expected, name), 'utf8') !== readFileSync(join(actual, name), 'utf8');
    } catch {
      return true;
    }
  });
}

if (require.main === module) {
  runOrExplain(async () => {
    const check = process.argv.includes('--check');
    // Compiled whatever the type errors, as `strapi ts:generate-types` does (ignoreDiagnostics): a new
    // content type's code does not compile until its typings exist, and only its schema is needed here.
    // --compiled: cms/dist is fresh already (npm test has just built it), so skip the minute of tsc.
    if (!process.argv.includes('--compiled')) {
      run('npx', ['tsc', '-p', 'config']);
      spawnSync('npx', ['tsc', '-p', 'cms', '--noEmitOnError', 'false'], { cwd: ROOT, stdio: 'ignore' });
    }
    if (!check) {
      await generateTypes();
      console.log(`[nmg] typings regenerated in ${GENERATED}`);
      return;
    }
    // The generator takes its folder relative to cms/ (an absolute one too), so the scratch folder lives there.
    const scratch = mkdtempSync(join(CMS, '.types-check-'));
    try {
      await generateTypes(relative(CMS, scratch));
      const changed = differences(GENERATED, join(scratch, 'generated'));
      if (changed.length > 0) {
        console.error(`[nmg] cms/types/generated is not what Strapi generates from the schemas: ${changed.join(', ')} differ. Run npm run types and commit the result.`);
        process.exitCode = 1;
      } else console.log('[nmg] cms/types/generated matches the schemas');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 'types');
}
