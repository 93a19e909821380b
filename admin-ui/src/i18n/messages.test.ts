// The Chinese catalogue is complete (every react-admin key, every app key the English one has),
// keeps every placeholder the screens fill in, and covers every content type, field, enumeration
// value and error code the server can send. Keys are compared as polyglot sees them: nested
// objects joined with '.'.
/// <reference types="node" />
// (node: the test reads the cms schemas from disk, so a content type added later is checked too.)
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import englishMessages from 'ra-language-english';
import { ARTICLE } from '../../../cms/src/domain/result';
import { powerTypes, tiers, workflow } from '../../../config/src/console';
import { BASIS_KIND_NAMES, POWER_STATUS_NAMES } from '../../../config/src/valueNames';
import { DASHBOARD_TEXTS } from '../dashboard/textKeys';
import { FLOWCHART_TEXTS } from '../flowchart/messages';
import { IMPORT_TEXTS, PROBLEM_CODES, TARGET_TEXT_KEYS } from '../import/texts';
import type { SheetError } from '../import/readSheet';
import { MENU_GROUPS } from '../layout/menuGroups';
import { enumKeyChain, POWER_ENUMS, POWER_FIELDS, POWER_TEXTS, type PowerEnum } from '../powers/texts';
import { en, zh } from '.';

type Flat = Map<string, string>;

function flatten(messages: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof messages === 'string') {
    out.set(prefix, messages);
    return out;
  }
  if (typeof messages !== 'object' || messages === null) throw new Error(`${prefix}: neither text nor nested messages`);
  for (const [key, value] of Object.entries(messages)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]);
const forms = (text: string): string[] => text.split('||||').map((f) => f.trim());

const zhFlat = flatten(zh);
const enFlat = flatten(en);
const englishFlat = flatten(englishMessages);
const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

describe('key sets', () => {
  it('zh.ra has exactly the keys of ra-language-english', () => {
    expect(sorted([...zhFlat.keys()].filter((k) => k.startsWith('ra.')))).toEqual(sorted(englishFlat.keys()));
  });

  it('zh has exactly the keys of ra-language-english plus the app keys of en', () => {
    const appKeys = [...enFlat.keys()].filter((k) => !k.startsWith('ra.'));
    expect(appKeys.length).toBeGreaterThan(0);
    expect(sorted(zhFlat.keys())).toEqual(sorted(new Set([...englishFlat.keys(), ...appKeys])));
  });

  it('en carries react-admin English unchanged', () => {
    for (const [key, text] of englishFlat) expect(enFlat.get(key)).toBe(text);
  });

  it('no message is empty (ra.boolean.null is a deliberate blank)', () => {
    const empty = [...zhFlat].filter(([key, text]) => text.trim() === '' && key !== 'ra.boolean.null').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe('placeholders', () => {
  // Polyglot's plural rule for 'zh' picks the first form whatever the count, so a Chinese plural
  // message must read right for any count: each form carries the placeholders of the English
  // plural (last) form. Placeholders only the English singular form uses (e.g. the record's
  // representation, which react-admin does not pass for several records) may be left out.
  const required = (english: string): string[] => placeholders(forms(english)[forms(english).length - 1]);

  it('every Chinese text keeps the placeholders of its English text', () => {
    const missing: string[] = [];
    for (const [key, english] of enFlat) {
      const chinese = zhFlat.get(key) ?? '';
      const plural = english.includes('||||');
      const expected = plural ? required(english) : placeholders(english);
      for (const form of plural ? forms(chinese) : [chinese]) {
        for (const name of expected) if (!form.includes(`%{${name}}`)) missing.push(`${key}: %{${name}} in "${form}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  // polyglot would print an unknown placeholder as is.
  it('no Chinese text uses a placeholder its English text lacks', () => {
    const extra = [...zhFlat].flatMap(([key, chinese]) => {
      const known = new Set(placeholders(enFlat.get(key) ?? ''));
      return placeholders(chinese).filter((name) => !known.has(name)).map((name) => `${key}: %{${name}}`);
    });
    expect(extra).toEqual([]);
  });

  it('checks the plural forms it should', () => {
    expect(forms(zhFlat.get('ra.action.bulk_actions') ?? '')).toEqual(['已选择 %{smart_count} 项', '已选择 %{smart_count} 项']);
    expect(zhFlat.get('ra.navigation.page_range_info')).toBe('%{offsetBegin}-%{offsetEnd} / 共 %{total} 条');
  });
});

interface Attribute {
  type: string;
  enum?: string[];
  component?: string;
}
interface Schema {
  info: { pluralName: string };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, Attribute>;
}

const cms = join(__dirname, '../../../cms/src');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const schemas: Schema[] = readdirSync(join(cms, 'api')).flatMap((api) =>
  readdirSync(join(cms, 'api', api, 'content-types')).map((type) => readJson(join(cms, 'api', api, 'content-types', type, 'schema.json')) as Schema),
);
const componentOf = (uid: string): Schema['attributes'] => {
  const [category, name] = uid.split('.');
  return (readJson(join(cms, 'components', category, `${name}.json`)) as Pick<Schema, 'attributes'>).attributes;
};

/** Every key the generic screens look up for the content types, derived from the cms schemas. */
function schemaKeys(): string[] {
  const keys: string[] = [];
  const enumKeys = (resource: string, path: string, field: string, values: string[]): void => {
    for (const value of values) keys.push(`enums.${resource}.${path}.${value}`, `enums.${field}.${value}`);
  };
  for (const schema of schemas) {
    const resource = schema.info.pluralName;
    keys.push(`resources.${resource}.name`, ...['id', 'createdAt', 'updatedAt'].map((f) => `resources.${resource}.fields.${f}`));
    if (schema.options?.draftAndPublish) keys.push(`resources.${resource}.fields.publishedAt`);
    for (const [field, attribute] of Object.entries(schema.attributes)) {
      keys.push(`resources.${resource}.fields.${field}`);
      if (attribute.enum) enumKeys(resource, field, field, attribute.enum);
      if (attribute.type === 'component' && attribute.component) {
        for (const [sub, subAttribute] of Object.entries(componentOf(attribute.component))) {
          keys.push(`resources.${resource}.fields.${field}.${sub}`);
          if (subAttribute.enum) enumKeys(resource, `${field}.${sub}`, sub, subAttribute.enum);
        }
      }
    }
  }
  return keys;
}

describe('content types', () => {
  it('finds the content types and components to check', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(18);
    expect(schemaKeys()).toContain('resources.powers.fields.bases.kind');
  });

  it.each([
    ['zh', zhFlat],
    ['en', enFlat],
  ])('%s names every content type, field, component sub-field and enumeration value', (_locale, flat) => {
    expect(schemaKeys().filter((key) => !flat.has(key))).toEqual([]);
  });

  it('labels a component field and its sub-fields side by side', () => {
    expect(zhFlat.get('resources.powers.fields.bases')).toBe('法律依据');
    expect(zhFlat.get('resources.powers.fields.bases.kind')).toBe('依据类别');
    expect(zhFlat.get('enums.powers.bases.kind.setting')).toBe('设定依据');
    expect(zhFlat.get('enums.powers.riskPoints.level.high')).toBe('高');
    expect(zhFlat.get('enums.type.penalty')).toBe('行政处罚');
    expect(zhFlat.get('enums.status.valid')).toBe('有效');
    expect(zhFlat.get('enums.legal-bases.status.in-force')).toBe('现行有效');
  });

  // cms/src/public/labels.ts names these values in the public exports from the same module.
  it('names power statuses and basis kinds as config/src/valueNames.ts does (the public exports too)', () => {
    expect(Object.keys(POWER_STATUS_NAMES)).toHaveLength(5);
    for (const [value, name] of Object.entries(POWER_STATUS_NAMES)) expect(zhFlat.get(`enums.powers.status.${value}`)).toBe(name);
    for (const [value, name] of Object.entries(BASIS_KIND_NAMES)) expect(zhFlat.get(`enums.powers.bases.kind.${value}`)).toBe(name);
  });

  it('names the tiers in the header as config/tiers.json does', () => {
    for (const tier of tiers) expect(zhFlat.get(`app.header.tier.${tier.key}`)).toBe(tier.name);
  });
});

describe('server error codes', () => {
  const consoleCodes = [
    'SCOPE_FORBIDDEN', 'ROLE_FORBIDDEN', 'NOT_FOUND', 'STALE_VERSION', 'VERSION_REQUIRED', 'INVALID_BODY', 'UNKNOWN_FIELD',
    'INVALID_FIELD', 'INVALID_FILTER', 'INVALID_SORT', 'INVALID_RANGE', 'INVALID_QUERY', 'RELATION_NOT_FOUND',
    'UNKNOWN_RESOURCE', 'UNAUTHENTICATED', 'INVALID_TRANSITION', 'AUDIT_READONLY', 'VALIDATION',
  ];

  it.each(consoleCodes)('errors.%s is explained', (code) => {
    expect(zhFlat.get(`errors.${code}`)).toEqual(expect.any(String));
  });

  // A rule's explanation names the article it enforces, as the server's messages do.
  it.each(Object.entries(ARTICLE))('errors.%s cites %s', (code, article) => {
    expect(zhFlat.get(`errors.${code}`)).toContain(article);
  });
});

describe('keys the screens use', () => {
  const src = join(__dirname, '..');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
    });
  // Whole keys written as literals, e.g. translate('app.import.confirm'); keys built at run time
  // (`app.flowchart.${key}`) cannot be read from the source and are left to the screens' defaults.
  const literalKeys = (): string[] =>
    sources(src).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/['"`]((?:app|ra|errors|resources|enums)\.[\w.-]+)['"`]/g)].map((m) => m[1]),
    );

  // A literal may also name a namespace the screen appends a value to ('enums.powers.type').
  const known = (key: string): boolean => zhFlat.has(key) || [...zhFlat.keys()].some((k) => k.startsWith(`${key}.`));

  it('every literal key or namespace in the console source is in the Chinese catalogue', () => {
    expect([...new Set(literalKeys())].filter((key) => !known(key))).toEqual([]);
  });
});

// Keys the screens build at run time from their own key lists (src/*/texts.ts and the like): the
// literal scan above cannot see them, so the lists are read here. The catalogues are the only place
// the texts live (no screen carries a Chinese default of its own), so each key must be in both.
describe('keys the screens build from their key lists', () => {
  /** Every client-side SheetError code; a code added to the type without a text fails to compile. */
  const sheetErrors: Record<SheetError['code'], true> = { UNSUPPORTED: true, ENCODING: true, EMPTY: true, UNREADABLE: true };
  const prefixed = (prefix: string, keys: readonly string[]): string[] => keys.map((key) => `${prefix}.${key}`);

  const listKeys: string[] = [
    ...prefixed('app.import', IMPORT_TEXTS),
    ...prefixed('app.import.problem', PROBLEM_CODES),
    ...prefixed('app.import.targets', Object.values(TARGET_TEXT_KEYS)),
    ...prefixed('app.import.sheet_error', Object.keys(sheetErrors)),
    ...prefixed('app.powers', POWER_TEXTS),
    ...prefixed('resources.powers.fields', POWER_FIELDS),
    ...(Object.keys(POWER_ENUMS) as PowerEnum[]).flatMap((name) => POWER_ENUMS[name].map((value) => enumKeyChain(name, value)[0])),
    ...prefixed('app.dashboard', DASHBOARD_TEXTS),
    ...prefixed('app.dashboard.title_tier', tiers.map((tier) => tier.key)),
    ...prefixed('enums.powers.type', powerTypes.types.map((type) => type.key)),
    ...prefixed('enums.responsibility-lists.state', workflow.listStates.map((state) => state.key)),
    ...prefixed('app.flowchart', FLOWCHART_TEXTS),
    ...prefixed('app.menu.groups', MENU_GROUPS.map((group) => group.key)),
    ...prefixed('app.header.tier', tiers.map((tier) => tier.key)),
  ];

  it('finds the lists to check', () => {
    expect(listKeys.length).toBeGreaterThan(150);
    expect(listKeys).toEqual(
      expect.arrayContaining(['app.import.dialog_title', 'app.import.problem.ORPHAN_BASIS', 'app.powers.post_pick_agency_first', 'app.dashboard.groups.totals', 'enums.powers.type.penalty']),
    );
  });

  it.each([
    ['zh', zhFlat],
    ['en', enFlat],
  ])('%s has every key of the lists', (_locale, flat) => {
    expect(listKeys.filter((key) => !flat.has(key))).toEqual([]);
  });

  // The failing case of the check above: a key no catalogue has is reported, by name.
  it('reports a key the catalogues lack', () => {
    expect(['app.dashboard.no_such_text'].filter((key) => !zhFlat.has(key))).toEqual(['app.dashboard.no_such_text']);
  });

  // Figures are named by the server (GET /console-api/dashboard); both languages name the same ones.
  it('zh and en name the same dashboard figures', () => {
    const figures = (flat: Flat): string[] => sorted([...flat.keys()].filter((key) => key.startsWith('app.dashboard.figures.')));
    expect(figures(zhFlat).length).toBeGreaterThan(15);
    expect(figures(enFlat)).toEqual(figures(zhFlat));
  });
});
