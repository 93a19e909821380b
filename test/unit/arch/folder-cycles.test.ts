// The folder-circle check of npm run arch (issue 16): two folders importing each other through files
// that form no module cycle are still a circle.
import { folderCycles, folderEdges } from '../../../scripts/arch/folder-cycles';

const mod = (source: string, ...deps: string[]) => ({ source, dependencies: deps.map((resolved) => ({ resolved })) });

test('a circle through files that form no module cycle is found, with an example import each way', () => {
  const edges = folderEdges([
    mod('cms/src/guards/rules/a.ts', 'cms/src/console/batch/apply.ts'),
    mod('cms/src/console/bulk/judge.ts', 'cms/src/guards/references.ts', 'cms/src/util/row.ts'),
    mod('cms/src/console/batch/apply.ts', 'cms/src/util/row.ts'),
  ], 'cms/src/');
  expect(folderCycles(edges)).toEqual([['console', 'guards']]);
  expect(edges.get('guards')?.get('console')).toBe('cms/src/guards/rules/a.ts → cms/src/console/batch/apply.ts');
});

test('layered folders and imports within one folder are no circle', () => {
  const edges = folderEdges([
    mod('cms/src/guards/rules/a.ts', 'cms/src/adjustment/batch-applier.ts', 'cms/src/guards/b.ts'),
    mod('cms/src/console/bulk/judge.ts', 'cms/src/guards/references.ts', 'cms/src/adjustment/batch-applier.ts'),
    mod('cms/src/adjustment/batch-applier.ts', 'node_modules/@strapi/strapi/index.js'),
  ], 'cms/src/');
  expect(folderCycles(edges)).toEqual([]);
});

test('a longer circle is one group', () => {
  const edges = folderEdges([mod('cms/src/a/x.ts', 'cms/src/b/y.ts'), mod('cms/src/b/y.ts', 'cms/src/c/z.ts'), mod('cms/src/c/z.ts', 'cms/src/a/w.ts')], 'cms/src/');
  expect(folderCycles(edges)).toEqual([['a', 'b', 'c']]);
});
