// Art. 10 and config/power-types.json: older lists name types the current catalogue merged
// (行政强制措施/行政强制执行 → 行政强制, 监督检查 → 行政检查). A word the regulation does not know is
// refused with the accepted words, so the office can correct its sheet.

export interface TypeTable { types: Array<{ key: string; name: string }>; legacyNames: Record<string, string> }

export type TypeWord = { ok: true; key: string } | { ok: false; accepted: string[] };

export function resolveTypeWord(word: string, table: TypeTable): TypeWord {
  const w = word.normalize('NFKC').replace(/\s+/g, '');
  const byName = table.types.find((t) => t.name === w || t.key === w);
  if (byName) return { ok: true, key: byName.key };
  const legacy = table.legacyNames[w];
  if (legacy !== undefined && table.types.some((t) => t.key === legacy)) return { ok: true, key: legacy };
  return { ok: false, accepted: [...table.types.map((t) => t.name), ...Object.keys(table.legacyNames)] };
}
