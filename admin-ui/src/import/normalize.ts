// Text clean-up for matching what staff typed in Excel against what the system knows. Only used to
// COMPARE: stored text keeps its full-width punctuation (NFKC would turn '，' into ',').

/** NFKC folds full-width letters, digits and brackets （）：； to their ASCII forms; all whitespace goes. */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u200b\u3000\ufeff]+/g, '').toLowerCase();
}

/** Quote marks and corner brackets staff wrap headers in: 「事项名称」, 【编码】, "备注". */
const WRAPPERS = /[「」『』【】〖〗[\]"'“”‘’]/g;
/** Required-column markers such as '*事项名称' or '事项名称※'. */
const MARKERS = /^[*※★]+|[*※★]+$/g;

export function normalizeHeader(header: string): string {
  return foldText(header).replace(WRAPPERS, '').replace(MARKERS, '');
}

/** '法定时限(工作日)' → '法定时限': qualifiers in brackets do not change what a column holds. */
export function stripQualifiers(normalized: string): string {
  return normalized.replace(/\([^)]*\)/g, '').replace(/<[^>]*>/g, '');
}

/** Leading list numbering: '1.', '2、', '(3)', '（四）', '五、', '①'. */
const NUMBERING = /^(?:\d+(?:[.．](?!\d)|[、)）])|[(（][\d一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|[①-⑳])\s*/u;

export function stripNumbering(entry: string): string {
  return entry.replace(NUMBERING, '').trim();
}

/**
 * A cell holding several entries (situations, steps, agencies): one per line or separated by '；'/';'.
 * Circled numbers (①…②…) start entries too. Commas are NOT separators: a single situation is often a sentence with commas in it.
 */
export function splitEntries(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n|；|;|(?=[①-⑳])/u)
    .map((part) => stripNumbering(part.trim()))
    .filter((part) => part !== '');
}

/** Agencies and similar short names are also listed as '执法一科、执法二科' or with commas. */
export function splitNames(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n|；|;|、|，|,/)
    .map((part) => stripNumbering(part.trim()))
    .filter((part) => part !== '');
}
