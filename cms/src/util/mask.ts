// Masking of personal data for display and the audit trail (Art. 21): pure, read by the console's
// records and by the audit trail, hence below both.
/**
 * Masks all but the first and last four characters, e.g. 1525**********1234. A name (no digits)
 * keeps only its first character, e.g. 张**: its last characters would be the person's given name.
 */
export function mask(value: string): string {
  const chars = [...value];
  if (!/\d/.test(value) && chars.length > 1) return chars.map((c, i) => (i === 0 ? c : '*')).join('');
  if (value.length <= 4) return '*'.repeat(value.length);
  const keep = Math.min(4, Math.floor(value.length / 4));
  return value.slice(0, keep) + '*'.repeat(value.length - keep * 2) + value.slice(-keep);
}
