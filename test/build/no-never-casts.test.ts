// No cast to `never` in the code or its tests (issue 16): the generated typings (cms/types/generated) type
// document-service calls, and what is truly built at run time goes through one named helper that says
// why (cms/src/store/document-input.ts, cms/src/util/request-state.ts). A cast to `never` silences
// every check of the value it touches, so one added anywhere fails here with its file and line.
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { ROOT } from '../helpers/paths';

const FOLDERS = ['cms/src', 'admin-ui/src', 'config/src', 'scripts', 'test'];
const SKIPPED = new Set(['node_modules', 'dist', '.build']);
const CAST = /\bas\s+never\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|cts|mts)$/.test(entry.name) ? [path] : [];
  });
}

/** `line: text` of each line of `text` with a cast to never. */
export const neverCasts = (text: string): string[] =>
  text.split('\n').flatMap((line, i) => (CAST.test(line) ? [`${i + 1}: ${line.trim()}`] : []));

test('the detector finds a cast to never and passes the word in prose', () => {
  const cast = ['as', 'never'].join(' ');
  expect(neverCasts(`const a = 1;\nstrapi.documents(UID).create({ data } ${cast});\n`)).toEqual([`2: strapi.documents(UID).create({ data } ${cast});`]);
  expect(neverCasts(`const b = x ${['as', '  never'].join('')};`)).toHaveLength(1);
  expect(neverCasts('// whose holder was never updated\nconst never = 1;\n')).toEqual([]);
});

test('no file of the code, the console, the config or the tests casts to never', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
  expect(files.length).toBeGreaterThan(500);
  const found = files.flatMap((file) => neverCasts(readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}:${hit}`));
  expect(found).toEqual([]);
});
