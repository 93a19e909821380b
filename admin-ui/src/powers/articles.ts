// The `articles` of a basis citation is free text ("第十条、第十二条第一款"): the article picker
// splits it into entries and joins the chosen entries back with the list separator "、".

export const ARTICLE_SEPARATOR = '、';

/** Separators staff use between articles: 、，, ；; and line breaks (not spaces: "第十条 第一款" is one). */
const SEPARATORS = /[、，,；;\r\n]+/;

export function splitArticles(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const entries = value.split(SEPARATORS).map((s) => s.trim()).filter((s) => s !== '');
  return [...new Set(entries)];
}

/** Joins entries (each may itself hold several, e.g. a pasted list), dropping blanks and repeats. */
export const joinArticles = (entries: string[]): string => splitArticles(entries.join(ARTICLE_SEPARATOR)).join(ARTICLE_SEPARATOR);

export interface ArticleOption {
  number: string;
  text: string;
}

/** The `articles` component of a legal-basis record, read defensively; entries without a number are skipped. */
export function articleOptionsOf(legalBasis: unknown): ArticleOption[] {
  if (typeof legalBasis !== 'object' || legalBasis === null || !('articles' in legalBasis) || !Array.isArray(legalBasis.articles)) return [];
  return legalBasis.articles.flatMap((a: unknown): ArticleOption[] => {
    if (typeof a !== 'object' || a === null || !('number' in a) || typeof a.number !== 'string' || a.number.trim() === '') return [];
    const text = 'text' in a && typeof a.text === 'string' ? a.text : '';
    return [{ number: a.number.trim(), text }];
  });
}
