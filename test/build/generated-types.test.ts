// cms/types/generated/ is Strapi's generator's output for the schemas as they are (issue 16): a
// schema.json changed without `npm run types`, or typings edited by hand, fail here. npm test has
// compiled cms/ before jest starts, hence --compiled.
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { differences } from '../../scripts/types';
import { ROOT } from '../helpers/paths';

test('the checked-in typings are what Strapi generates from the schemas', () => {
  const run = spawnSync(process.execPath, [join(ROOT, '.build', 'scripts', 'types.js'), '--check', '--compiled'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  expect(`${run.stdout}${run.stderr}`).toContain('cms/types/generated matches the schemas');
  expect(run.status).toBe(0);
});

test('the comparison names a changed, an added and a removed file, and passes equal folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'nmg-types-test-'));
  const [a, b] = [join(root, 'a'), join(root, 'b')];
  try {
    for (const dir of [a, b]) mkdirSync(dir);
    for (const dir of [a, b]) writeFileSync(join(dir, 'same.d.ts'), 'export {};\n');
    expect(differences(a, b)).toEqual([]);
    writeFileSync(join(a, 'changed.d.ts'), 'a');
    writeFileSync(join(b, 'changed.d.ts'), 'b');
    writeFileSync(join(a, 'removed.d.ts'), 'x');
    writeFileSync(join(b, 'added.d.ts'), 'y');
    expect(differences(a, b)).toEqual(['added.d.ts', 'changed.d.ts', 'removed.d.ts']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
