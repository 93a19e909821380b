// Cell text → stored enumeration keys. The power types come from config/power-types.json, the
// regulation's own list, so older lists' names (十类; 行政强制措施/行政强制执行 split) map to the
// eleven types in force without a second copy here.
import { powerTypes, tiers } from '../../../config/src/console';
import { foldText, stripQualifiers } from './normalize';

type Index = Map<string, string>;

function buildIndex(pairs: [string, string][]): Index {
  const index: Index = new Map();
  for (const [text, key] of pairs) {
    const folded = foldText(text);
    if (folded !== '' && !index.has(folded)) index.set(folded, key);
  }
  return index;
}

const lookup = (index: Index, cell: string): string | null => {
  const folded = foldText(cell);
  return index.get(folded) ?? index.get(stripQualifiers(folded)) ?? null;
};

const TYPE_INDEX = buildIndex([
  ...powerTypes.types.flatMap((t): [string, string][] => [
    [t.key, t.key],
    [t.name, t.key],
    [t.shortCode, t.key],
    // Lists often drop the prefix: 许可, 处罚, 其他行政权力 → 其他权力.
    [t.name.replace(/^行政/, ''), t.key],
  ]),
  ...Object.entries(powerTypes.legacyNames),
  ['其他', 'other'],
]);

const STATUS_INDEX = buildIndex([
  ['有效', 'valid'], ['现行有效', 'valid'], ['正常', 'valid'],
  ['取消', 'cancelled'], ['已取消', 'cancelled'],
  ['下放', 'delegated'], ['已下放', 'delegated'],
  ['承接', 'undertaken'], ['已承接', 'undertaken'],
  ['变更', 'changed'], ['已变更', 'changed'],
  ...['valid', 'cancelled', 'delegated', 'undertaken', 'changed'].map((k): [string, string] => [k, k]),
]);

const TIER_VARIANTS: Record<string, string[]> = {
  region: ['自治区级', '自治区本级', '区直', '省级'],
  league: ['盟级', '市级', '盟市级', '盟(市)', '盟市本级'],
  county: ['旗县', '县级', '旗县级', '旗县市区级', '旗县(市、区)', '旗县(市区)'],
  township: ['乡镇', '苏木', '乡镇级', '苏木乡镇级', '乡镇(苏木)'],
};

const TIER_INDEX = buildIndex([
  ...tiers.flatMap((t): [string, string][] => [[t.key, t.key], [t.name, t.key]]),
  ...Object.entries(TIER_VARIANTS).flatMap(([key, names]) => names.map((n): [string, string] => [n, key])),
]);

export const powerTypeKey = (cell: string): string | null => lookup(TYPE_INDEX, cell);
export const powerStatusKey = (cell: string): string | null => lookup(STATUS_INDEX, cell);
export const tierKey = (cell: string): string | null => lookup(TIER_INDEX, cell);

/** Any enumeration: the stored value itself, or its label in the current language. */
export function enumKey(cell: string, values: readonly string[], label: (value: string) => string): string | null {
  const folded = foldText(cell);
  return values.find((v) => foldText(v) === folded) ?? values.find((v) => foldText(label(v)) === folded) ?? null;
}

const TRUE_TEXTS = new Set(['是', '有', 'true', 'yes', 'y', '1', '√', '✓']);
const FALSE_TEXTS = new Set(['否', '无', 'false', 'no', 'n', '0', '×', '✗']);

export function booleanValue(cell: string): boolean | null {
  const folded = foldText(cell);
  if (TRUE_TEXTS.has(folded)) return true;
  if (FALSE_TEXTS.has(folded)) return false;
  return null;
}

/** '2024-1-5', '2024/01/05', '2024.1.5', '2024年1月5日' → '2024-01-05'; anything else is not a date. */
export function dateValue(cell: string): string | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(cell.normalize('NFKC').trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Numbers as staff write them: '1,000', '５０００', ' 200 '. */
export function numberValue(cell: string): number | null {
  const text = cell.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** The current type names, for the message refusing a type word no table knows. */
export const ACCEPTED_TYPE_NAMES = powerTypes.types.map((t) => t.name).join('、');
