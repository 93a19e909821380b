// Cells that hold a component's entries, written the way published lists write them.
import { foldText, splitEntries, stripNumbering } from './normalize';

export interface BasisCitationText {
  /** The law's title without 《》, as cited. */
  title: string;
  /** '第一百二十四条第一款' — what the article picker would hold. */
  articles: string;
  /** Quoted wording after a colon, if the cell carries it. */
  excerpt?: string;
}

const LEADING_SEPARATORS = /^[\s，,、；;。.:：]+/;
const TRAILING_SEPARATORS = /[\s，,、；;。]+$/;
/** A citation without 《》 still names its article: '食品安全法第一百二十四条'. */
const ARTICLE_START = /^(.+?)(第[一二三四五六七八九十百千零〇两\d]+条.*)$/s;

function citation(title: string, rest: string): BasisCitationText {
  const tail = rest.replace(LEADING_SEPARATORS, '');
  const colon = tail.search(/[：:]/);
  const articles = (colon >= 0 ? tail.slice(0, colon) : tail).replace(TRAILING_SEPARATORS, '').trim();
  const excerpt = colon >= 0 ? tail.slice(colon + 1).trim() : '';
  return excerpt === '' ? { title: title.trim(), articles } : { title: title.trim(), articles, excerpt };
}

/**
 * '《中华人民共和国食品安全法》第一百二十四条' → { title, articles }. Several citations may share a cell,
 * on separate lines, after '；', or simply one after another ('《A》第十条、《B》第三条'). In a cell
 * that uses 《》, a line without them continues the quoted wording of the citation before it.
 */
export function parseBasisCell(cell: string): BasisCitationText[] {
  const bracketed = cell.includes('《');
  const found: BasisCitationText[] = [];
  for (const entry of splitEntries(cell)) {
    if (!bracketed) {
      const match = ARTICLE_START.exec(entry);
      found.push(match ? citation(match[1], match[2]) : citation(entry, ''));
      continue;
    }
    const matches = [...entry.matchAll(/《([^》]+)》([^《]*)/g)].filter((m) => m[1].trim() !== '');
    const previous = found[found.length - 1];
    if (matches.length === 0 && previous) previous.excerpt = previous.excerpt ? `${previous.excerpt}\n${entry}` : entry;
    for (const match of matches) found.push(citation(match[1], match[2]));
  }
  return found;
}

/** Titles compare without spaces, full-width variants or the national prefix staff often leave out. */
export function titleKey(title: string): string {
  return foldText(title.replace(/[《》]/g, '')).replace(/^中华人民共和国/, '');
}

/** The stored titles a cited title may be filed under. */
export function titleCandidates(title: string): string[] {
  const plain = title.replace(/[《》]/g, '').trim();
  const bare = plain.replace(/^中华人民共和国/, '');
  return [...new Set([plain, bare, `中华人民共和国${bare}`])];
}

export interface StepText {
  step: string;
  content?: string;
}

/** '1.受理责任：公示应当提交的材料…' → { step: '受理', content: '公示应当提交的材料…' }. */
export function parseStepEntry(entry: string): StepText {
  const text = stripNumbering(entry);
  const match = /^([^：:]{1,30}?)[：:]\s*(.*)$/s.exec(text);
  const head = match ? match[1].trim() : text;
  const content = match ? match[2].trim() : '';
  // '受理责任' names the step 受理; the template's long last step ends in 责任 as part of its name.
  const step = head.length <= 8 && head.endsWith('责任') ? head.slice(0, -2) : head;
  return content === '' ? { step } : { step, content };
}

export const parseSteps = (cell: string): StepText[] => splitEntries(cell).map(parseStepEntry);

export interface AccountabilityText {
  situation: string;
  basis?: string;
}

/**
 * Situations, one per line; their basis from the 追责依据 column: paired line by line when the
 * counts agree, otherwise the whole basis applies to every situation (lists usually cite one basis
 * for all of them).
 */
export function parseAccountabilities(situationCell: string, basisCell: string): AccountabilityText[] {
  const situations = splitEntries(situationCell);
  const bases = splitEntries(basisCell);
  const whole = basisCell.trim();
  return situations.map((situation, index) => {
    const basis = bases.length === situations.length ? bases[index] : whole;
    return basis === '' ? { situation } : { situation, basis };
  });
}
