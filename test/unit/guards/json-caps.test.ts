// Issue 13: every `json` attribute of every content type and component has a size cap in the one
// table (cms/src/guards/json-caps.ts), and the check refuses bytes and list lengths over it,
// inside components too, naming the field in Chinese. Pure: no server.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capProblem, JSON_CAPS, jsonCapError, jsonCapProblems } from '../../../cms/src/guards/json-caps';
import type { ModelLike } from '../../../cms/src/scope/populate';

const SRC = join(__dirname, '..', '..', '..', 'cms', 'src');

/** Every schema: content types as api::<api>.<name>, components as <category>.<name>. */
function schemas(): Map<string, ModelLike> {
  const out = new Map<string, ModelLike>();
  for (const api of readdirSync(join(SRC, 'api'))) {
    let names: string[] = [];
    try {
      names = readdirSync(join(SRC, 'api', api, 'content-types'));
    } catch {
      continue;
    }
    for (const name of names) out.set(`api::${api}.${name}`, JSON.parse(readFileSync(join(SRC, 'api', api, 'content-types', name, 'schema.json'), 'utf8')) as ModelLike);
  }
  for (const category of readdirSync(join(SRC, 'components'))) {
    for (const file of readdirSync(join(SRC, 'components', category))) {
      out.set(`${category}.${file.replace(/\.json$/, '')}`, JSON.parse(readFileSync(join(SRC, 'components', category, file), 'utf8')) as ModelLike);
    }
  }
  return out;
}

const all = schemas();
const jsonAttributes = [...all].flatMap(([owner, model]) => Object.entries(model.attributes).filter(([, a]) => a.type === 'json').map(([name]) => `${owner}.${name}`));

test(`every json attribute has a cap (${jsonAttributes.length} attributes)`, () => {
  expect(jsonAttributes.length).toBeGreaterThanOrEqual(15);
  const capped = Object.entries(JSON_CAPS).flatMap(([owner, caps]) => Object.keys(caps).map((name) => `${owner}.${name}`));
  expect(jsonAttributes.filter((a) => !capped.includes(a))).toEqual([]);
  // …and the table names no attribute that does not exist.
  expect(capped.filter((a) => !jsonAttributes.includes(a))).toEqual([]);
});

test.each(jsonAttributes)('%s: one byte over the cap is refused, the cap itself passes', (qualified) => {
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  const owner = qualified.slice(0, qualified.lastIndexOf('.'));
  const cap = JSON_CAPS[owner][name];
  // A JSON string of exactly n bytes serialised: the quotes count.
  const ofBytes = (n: number): string => 'x'.repeat(n - 2);
  expect(capProblem(cap, ofBytes(cap.bytes))).toBeNull();
  expect(capProblem(cap, ofBytes(cap.bytes + 1))).toMatch(/内容过大，最多/);
  if (cap.items !== undefined) {
    const list = Array.from({ length: cap.items + 1 }, () => 1);
    expect(capProblem(cap, cap.listKey ? { [cap.listKey]: list } : list)).toBe(`最多 ${cap.items} 项（现有 ${cap.items + 1} 项）`);
    expect(capProblem(cap, cap.listKey ? { [cap.listKey]: list.slice(1) } : list.slice(1))).toBeNull();
  }
});

test('Chinese characters count as their UTF-8 bytes, not as characters', () => {
  expect(capProblem({ bytes: 30 }, '意'.repeat(9))).toBeNull(); // 27 bytes + 2 quotes
  expect(capProblem({ bytes: 30 }, '意'.repeat(10))).toMatch(/内容过大/);
});

test('inside a repeatable component the path names the item; the error carries code, field and a Chinese message', () => {
  const lookup = (uid: string): ModelLike | undefined => all.get(uid);
  const owner = [...all].find(([, m]) => Object.values(m.attributes).some((a) => a.type === 'component' && a.component === 'assessment.score'));
  expect(owner).toBeDefined();
  const [uid, model] = owner as [string, ModelLike];
  const key = Object.entries(model.attributes).find(([, a]) => a.component === 'assessment.score')?.[0] ?? '';
  const repeatable = model.attributes[key]?.repeatable === true;
  const big = { basis: Array.from({ length: 101 }, () => '依据') };
  const problems = jsonCapProblems(uid, { [key]: repeatable ? [{ basis: [] }, big] : big }, lookup);
  expect(problems.map((p) => p.path)).toEqual([repeatable ? [key, 1, 'basis'] : [key, 'basis']]);
  const error = jsonCapError(problems);
  const field = problems[0].path.join('.');
  expect(error.message).toBe(`字段“${field}”最多 100 项（现有 101 项）。`);
  expect(error.details).toMatchObject({ code: 'JSON_TOO_LARGE', field, errors: { [field]: ['最多 100 项（现有 101 项）'] } });
});

test('values within their caps, null and absent ones pass', () => {
  const lookup = (uid: string): ModelLike | undefined => all.get(uid);
  expect(jsonCapProblems('api::officer.officer', { enforcementCategories: ['市场监管', '食品安全'], certificateHistory: null, name: 'x'.repeat(10_000) }, lookup)).toEqual([]);
  expect(jsonCapProblems('api::officer.officer', { enforcementCategories: Array.from({ length: 21 }, (_, i) => `类别${i}`) }, lookup)).toEqual([{ path: ['enforcementCategories'], message: '最多 20 项（现有 21 项）' }]);
});
