// Line wrapping for SVG text, which has no wrapping of its own. Widths are estimated in "em units"
// (a CJK character is one em, Latin is narrower) because the layout is computed without a browser,
// so the same SVG comes out of a unit test, the screen and the downloaded file.

const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2018, 0x201f], // “ ” ‘ ’ are full width in Chinese fonts
  [0x2026, 0x2026], // …
  [0x2e80, 0xa4cf], // CJK radicals, punctuation, kana, unified ideographs, Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd], // CJK extensions B and later
];

/** Widths in tenths of an em, so sums stay exact integers: ten 0.6-em letters make exactly 6 ems. */
const WIDE_TENTHS = 10;
/** Average advance of a Latin character or digit in a sans-serif font. */
const NARROW_TENTHS = 6;

const isWide = (ch: string): boolean => {
  const cp = ch.codePointAt(0) ?? 0;
  return WIDE_RANGES.some(([from, to]) => cp >= from && cp <= to);
};

const tenths = (text: string): number => Array.from(text).reduce((sum, ch) => sum + (isWide(ch) ? WIDE_TENTHS : NARROW_TENTHS), 0);

/** Estimated width of a text in ems. */
export const textUnits = (text: string): number => tenths(text) / 10;

const fitsIn = (text: string, maxUnits: number): boolean => tenths(text) <= Math.round(maxUnits * 10);

/** Punctuation that Chinese typesetting never puts at the start of a line (a light 禁则). */
const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』】〕”’,.;:?!)]}%'));

/** A CJK character is a break opportunity of its own; a Latin word or number stays together. */
function tokenize(paragraph: string): string[] {
  const tokens: string[] = [];
  let word = '';
  for (const ch of Array.from(paragraph)) {
    if (ch === ' ' || isWide(ch)) {
      if (word) tokens.push(word);
      word = '';
      tokens.push(ch);
    } else {
      word += ch;
    }
  }
  if (word) tokens.push(word);
  return tokens;
}

/** Splits a word wider than a whole line into line-sized pieces. */
function splitLongWord(word: string, maxUnits: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of Array.from(word)) {
    if (piece && !fitsIn(piece + ch, maxUnits)) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, maxUnits: number): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokenize(paragraph)) {
    const pieces = fitsIn(token, maxUnits) ? [token] : splitLongWord(token, maxUnits);
    for (const piece of pieces) {
      if (piece === ' ' && line === '') continue;
      const fits = fitsIn(line + piece, maxUnits);
      // Closing punctuation hangs on the line it closes, even if that overflows slightly.
      if (fits || line === '' || NO_LINE_START.has(Array.from(piece)[0])) {
        line += piece;
      } else {
        flush();
        line = piece === ' ' ? '' : piece;
      }
    }
  }
  flush();
  return lines;
}

/** Wraps text to lines no wider than maxUnits ems; explicit line breaks start a new line. */
export function wrapText(text: string, maxUnits: number): string[] {
  const width = Math.max(1, maxUnits);
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .flatMap((p) => wrapParagraph(p, width));
}

/** Keeps at most maxLines lines, marking the cut with an ellipsis on the last one kept. */
export function clampLines(lines: string[], maxLines: number, maxUnits: number): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (kept.length === 0) return kept;
  let last = kept[kept.length - 1];
  while (last && !fitsIn(last + '…', maxUnits)) last = Array.from(last).slice(0, -1).join('');
  kept[kept.length - 1] = last + '…';
  return kept;
}
