// What a clerk should never read on a screen of the console (issue 14): raw JSON, a bare record id,
// an English enum value or an untranslated message key. Pure, so the walk's verdicts can be read
// (and tested) apart from the browser.

/** English words the server stores as enum values or actions; on screen they must be in words. */
const ENGLISH_CODES = [
  'create', 'update', 'read', 'delete', 'system', 'amended', 'repealed', 'replaced', 'draft', 'submitted', 'approved',
  'rejected', 'published', 'withdrawn', 'superseded', 'returned', 'officers', 'posts', 'powers', 'pending', 'open',
  'closed', 'escalated', 'exempted', 'corrected', 'valid', 'suspended', 'revoked', 'cancelled', 'expired', 'completed',
  'licensing', 'penalty', 'inspection', 'department', 'government', 'agency', 'officer', 'post', 'applied', 'true', 'false', 'null', 'undefined',
];

// A word counts only where it stands alone: not inside an e-mail, a URL, a file name or a code.
const word = (w: string): RegExp => new RegExp(`(?<![\\w@./:-])${w}(?![\\w@/:-]|\\.[a-z])`, 'g');
const CODE_WORDS = ENGLISH_CODES.map((w) => ({ w, re: word(w) }));

const RAW_JSON = /[{[]\s*"[\w$]+"\s*:/;
/** Strapi 5 documentIds: 24 lower-case letters and digits. */
const DOCUMENT_ID = /(?<![\w-])[a-z0-9]{24}(?![\w-])/;
/** SCREAMING_SNAKE codes (CERTIFIED_OFFICER); two parts at least, so SC-CF-001 and GB/T pass. */
const UPPER_CODE = /(?<![\w-])[A-Z]{2,}(?:_[A-Z0-9]+)+(?![\w-])/;
/** i18n keys that found no message: resources.powers.fields.name, app.desk.x, ra.action.y. */
const MESSAGE_KEY = /(?<![\w@/-])(?:resources|app|ra|errors|enums)\.[a-z_-]+\.[\w.-]+/;

export function findLeaks(text: string): string[] {
  const leaks: string[] = [];
  const show = (re: RegExp, what: string) => {
    const hit = re.exec(text);
    if (hit) leaks.push(`${what} «${context(text, hit.index, hit[0].length)}»`);
  };
  show(RAW_JSON, 'raw JSON');
  show(DOCUMENT_ID, 'record id');
  show(UPPER_CODE, 'code');
  show(MESSAGE_KEY, 'message key');
  for (const { w, re } of CODE_WORDS) {
    re.lastIndex = 0;
    const hit = re.exec(text);
    if (hit) leaks.push(`English '${w}' «${context(text, hit.index, w.length)}»`);
  }
  // A page whose title is a bare number is a record id too.
  const title = text.split('\n')[0].trim();
  if (/^#?\d+$/.test(title)) leaks.push(`record id as title «${title}»`);
  return leaks;
}

function context(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
}
