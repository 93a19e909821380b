// Art. 10: the legal-basis library must not hold the same law twice. Sheets cite a law as
// 《中华人民共和国行政许可法》, 行政许可法 or 《行政许可法》（2019年修正）; all reduce to one key.

const NATIONAL_PREFIX = '中华人民共和国';

/** The comparison key of a law's title: no 《》, brackets' notes, spaces or national prefix. */
export function normaliseLawTitle(title: string): string {
  let t = title.normalize('NFKC').replace(/\s+/g, '');
  // A trailing note in brackets ("(2019年修正)", "（试行）" stays: it names a different text).
  t = t.replace(/[(（][^()（）]*(修正|修订|年)[^()（）]*[)）]$/u, '');
  t = t.replace(/[《》〈〉<>“”"']/g, '');
  if (t.startsWith(NATIONAL_PREFIX) && t.length > NATIONAL_PREFIX.length) t = t.slice(NATIONAL_PREFIX.length);
  return t;
}

/** The library entry that is the same law as `title`, if any. */
export function findSameLaw<T extends { title: string }>(title: string, library: readonly T[]): T | undefined {
  const key = normaliseLawTitle(title);
  return library.find((law) => normaliseLawTitle(law.title) === key);
}
