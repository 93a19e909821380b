// The Strapi admin in Chinese (issue 14): administrators configure roles there. Every key of Strapi's
// English catalogues for the admin shell, the content manager, the content-type builder, users &
// permissions, the media library, internationalisation, email, review workflows and releases has a zh-Hans text at run time,
// Strapi's own or ours (cms/src/admin/translations, merged last by config.translations); ours are
// well-formed ICU messages with the English text's placeholders, in Chinese. Reads the catalogues
// Strapi ships, without building the admin panel.
import { existsSync } from 'fs';
import { join } from 'path';
import { isLiteralElement, isPluralElement, isSelectElement, isTagElement, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { zhHans } from '../../../cms/src/admin/translations';
import { ROOT } from '../../helpers/paths';

/** Where each area's catalogues are; null prefix for the admin shell, whose keys are not prefixed. */
const AREAS: { prefix: string | null; dir: string }[] = [
  { prefix: null, dir: '@strapi/admin/dist/admin/admin/src/translations' },
  { prefix: 'content-manager', dir: '@strapi/content-manager/dist/admin/translations' },
  { prefix: 'content-type-builder', dir: '@strapi/content-type-builder/dist/admin/translations' },
  { prefix: 'users-permissions', dir: '@strapi/plugin-users-permissions/dist/admin/translations' },
  { prefix: 'upload', dir: '@strapi/upload/dist/admin/translations' },
  { prefix: 'i18n', dir: '@strapi/i18n/dist/admin/translations' },
  { prefix: 'email', dir: '@strapi/email/dist/admin/translations' },
  // Paid features (off in a Community Edition build, filled all the same: see their files).
  { prefix: 'review-workflows', dir: '@strapi/review-workflows/dist/admin/translations' },
  { prefix: 'content-releases', dir: '@strapi/content-releases/dist/admin/translations' },
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A catalogue as Strapi bundles it (`<locale>.json.js`, CommonJS, the object as default or as the
 * module). A plugin without the locale's file (content-releases ships no zh-Hans) has none: Strapi's
 * registerTrads then loads nothing for it either.
 */
function catalogue(dir: string, locale: string): Record<string, string> {
  const file = join(ROOT, 'node_modules', dir, `${locale}.json.js`);
  if (locale !== 'en' && !existsSync(file)) return {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded: unknown = require(file);
  const data = isObject(loaded) && isObject(loaded.default) ? loaded.default : loaded;
  if (!isObject(data)) throw new Error(`${dir}/${locale}.json.js is not a catalogue`);
  return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

const prefixed = (prefix: string | null, texts: Record<string, string>): Record<string, string> =>
  prefix === null ? texts : Object.fromEntries(Object.entries(texts).map(([k, v]) => [`${prefix}.${k}`, v]));

const english = Object.assign({}, ...AREAS.map((a) => prefixed(a.prefix, catalogue(a.dir, 'en')))) as Record<string, string>;

/** What the admin shows in zh-Hans: the shell's catalogue, then each plugin's (prefixed), then ours (StrapiApp.loadTrads). */
const runtime: Record<string, string> = Object.assign({}, ...AREAS.map((a) => prefixed(a.prefix, catalogue(a.dir, 'zh-Hans'))), zhHans) as Record<string, string>;

/** The names a message interpolates (arguments, plural and select variables, rich-text tags). */
function names(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (!isLiteralElement(element) && 'value' in element && typeof element.value === 'string') found.add(element.value);
    if (isPluralElement(element) || isSelectElement(element)) for (const option of Object.values(element.options)) names(option.value, found);
    if (isTagElement(element)) names(element.children, found);
  }
  return found;
}

/** The message's own words: its literal text, in every plural and select branch and tag. */
function words(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (isLiteralElement(element)) return element.value;
      if (isPluralElement(element) || isSelectElement(element)) return Object.values(element.options).map((o) => words(o.value)).join(' ');
      if (isTagElement(element)) return words(element.children);
      return ' ';
    })
    .join('');
}

/** The English text's names; a text that is no valid message (an e-mail address in <…>) has none. */
function englishNames(text: string): Set<string> {
  try {
    return names(parse(text));
  } catch {
    return new Set();
  }
}

const CJK = /[\u4e00-\u9fff]/;
/** Placeholders showing HTML attribute values, which stay as they are written. */
const KEPT_AS_IS = ['components.Blocks.popover.link.rel.placeholder', 'components.Blocks.popover.link.target.placeholder'];
/** Names and abbreviations the Chinese admin keeps in Latin letters. */
const LOANWORDS = /\b(Strapi|Webhooks?|API|ID|UID|CSV|JSON|URL|SSO|AI|CMS|Figma|Growth|Cloud|Rel|Ctrl|Cmd|Shift|Enter|Command|Control|SMTP|TLS|DKIM|OAuth2)\b/g;

test.each(AREAS.map((a) => [a.prefix ?? 'admin', a.prefix] as const))('every English key of %s has a zh-Hans text', (_name, prefix) => {
  const area = AREAS.find((a) => a.prefix === prefix);
  if (!area) throw new Error('unknown area');
  const keys = Object.keys(prefixed(prefix, catalogue(area.dir, 'en')));
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.filter((k) => !runtime[k])).toEqual([]);
});

test('ours fill only keys Strapi has in English and does not translate itself', () => {
  expect(Object.keys(zhHans).filter((k) => !(k in english))).toEqual([]);
  const strapiOwn = Object.assign({}, ...AREAS.map((a) => prefixed(a.prefix, catalogue(a.dir, 'zh-Hans')))) as Record<string, string>;
  expect(Object.keys(zhHans).filter((k) => k in strapiOwn)).toEqual([]);
});

test('ours are well-formed messages with the English placeholders, in Chinese', () => {
  const broken: string[] = [];
  for (const [key, text] of Object.entries(zhHans)) {
    let ours: Set<string>;
    try {
      ours = names(parse(text));
    } catch {
      broken.push(`${key}: not a valid message`);
      continue;
    }
    const wanted = [...englishNames(english[key])].filter((name) => !ours.has(name));
    if (wanted.length > 0) broken.push(`${key}: lacks {${wanted.join('}, {')}}`);
    // English words without any Chinese: untranslated, unless the text is an HTML value kept as is.
    const own = words(parse(text));
    if (/[A-Za-z]{2,}/.test(own.replace(LOANWORDS, '')) && !CJK.test(own) && !KEPT_AS_IS.includes(key)) broken.push(`${key}: not in Chinese`);
  }
  expect(broken).toEqual([]);
});

test('a missing text is caught: the check is not vacuous', () => {
  const key = 'content-manager.actions.clone.label';
  expect(english[key]).toBe('Duplicate');
  const withoutOurs = Object.assign({}, ...AREAS.map((a) => prefixed(a.prefix, catalogue(a.dir, 'zh-Hans')))) as Record<string, string>;
  expect(withoutOurs[key]).toBeUndefined();
  expect(runtime[key]).toBe('复制');
});
