// Structured values (JSON fields) as sentences a clerk reads, never as raw JSON (issue 14 point 3):
// named entries by name and code, checklist answers as 符合/不符合, history steps as date, person,
// step and opinion; any other key through app.desk.json.<key>.
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function scalar(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'app.desk.json.yes' : 'app.desk.json.no');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 16).replace('T', ' ');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => scalar(v, t)).join('、');
  return entryLine(value as Record<string, unknown>, t);
}

function entryLine(entry: Record<string, unknown>, t: Translate): string {
  // 尽职免责核查: { key, met, note } (Art. 29 criteria in config/accountability.json).
  if (typeof entry.key === 'string' && typeof entry.met === 'boolean') {
    const note = typeof entry.note === 'string' && entry.note ? `（${entry.note}）` : '';
    return `${t(`enums.exemptionCriterion.${entry.key}`, { _: entry.key })}：${t(entry.met ? 'app.desk.json.met' : 'app.desk.json.unmet')}${note}`;
  }
  // A history step: { at, action, actor | actorName, opinion }.
  if (typeof entry.at === 'string' && typeof entry.action === 'string') {
    const who = typeof entry.actorName === 'string' ? entry.actorName : typeof entry.actor === 'string' ? t(`enums.actorKind.${entry.actor}`, { _: entry.actor }) : '';
    const opinion = typeof entry.opinion === 'string' && entry.opinion ? `：${entry.opinion}` : '';
    return `${scalar(entry.at, t)} ${who} ${t(`app.transition.${entry.action}`, { _: t(`app.desk.json.action.${entry.action}`, { _: entry.action }) })}${opinion}`.replace(/\s+/g, ' ').trim();
  }
  const name = typeof entry.name === 'string' ? entry.name : typeof entry.title === 'string' ? entry.title : typeof entry.label === 'string' ? entry.label : null;
  if (name) return typeof entry.code === 'string' ? `${name}（${entry.code}）` : name;
  return Object.entries(entry)
    .filter(([key]) => key !== 'id' && key !== 'documentId')
    .map(([key, value]) => `${t(`app.desk.json.${key}`, { _: key })}：${scalar(value, t)}`)
    .join('；');
}

/** The lines to show for a JSON value; empty for nothing. */
export function readableJson(value: unknown, t: Translate): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    if (value.every((v) => !isRecord(v))) return value.length ? [value.map((v) => scalar(v, t)).join('、')] : [];
    return value.map((v) => (isRecord(v) ? entryLine(v, t) : scalar(v, t)));
  }
  if (isRecord(value)) return Object.entries(value).map(([key, v]) => `${t(`app.desk.json.${key}`, { _: key })}：${scalar(v, t)}`);
  return [scalar(value, t)];
}
