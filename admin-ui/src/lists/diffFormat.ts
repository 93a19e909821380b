// How a changed field of a list item reads in the diff: plain values as they are, enumerations by
// their names, and the item's tables (bases, steps, accountability …) one readable line per row.
// Pure, so the wording is tested without rendering.
import { isObject } from '../providers/types';

/** The catalogue key labelling a field of a list item (ListItem mirrors the power's fields). */
export function itemFieldLabelKey(field: string): string {
  // 责任主体 in the snapshot is the power's 实施主体 (department), stored by name.
  return `resources.powers.fields.${field === 'departmentName' ? 'department' : field}`;
}

export interface ValueLabels {
  /** enums.<key>.<value> by its name, e.g. ('powers.type', 'penalty') → 行政处罚. */
  enumLabel(key: string, value: string): string;
}

/** Top-level fields whose values are enumerations, by their catalogue key. */
const ENUM_FIELDS: Record<string, string> = { type: 'powers.type', status: 'powers.status', tier: 'powers.tier' };

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
};

const joined = (parts: string[], separator = ' '): string => parts.filter((p) => p !== '').join(separator);

/** One row of a table field as one line; `labels` names enumerations inside the row. */
function rowLine(field: string, row: Record<string, unknown>, labels: ValueLabels): string {
  const v = (key: string): string => text(row[key]);
  const named = (key: string, enumKey: string): string => (v(key) ? labels.enumLabel(enumKey, v(key)) : '');
  switch (field) {
    case 'bases':
      return joined([named('kind', 'powers.bases.kind') && `${named('kind', 'powers.bases.kind')}：`, v('title') && `《${v('title')}》`, v('articles'), v('basisStatus') && `（${labels.enumLabel('legal-bases.status', v('basisStatus'))}）`], '');
    case 'steps':
      return joined([v('step'), v('content') && `：${v('content')}`], '');
    case 'accountabilities':
      return joined([v('situation'), v('basis') && `（${v('basis')}）`], '');
    case 'discretion': {
      const range = v('min') || v('max') ? `${v('min')}–${v('max')}${v('unit')}` : '';
      return joined([v('levelName') || v('level'), v('circumstance'), v('penaltyKind'), range], ' ');
    }
    case 'riskPoints':
      return joined([v('step') && `${v('step')}：`, v('description'), v('level') && `（${named('level', 'powers.riskPoints.level')}）`, v('measure') && ` ${v('measure')}`], '');
    case 'decomposition':
      return joined([joined([v('agency'), v('post')], ' / '), v('role') && `（${named('role', 'powers.decomposition.role')}）`], '');
    default:
      // Identifiers say nothing to a reader; the rest in stored order.
      return joined(Object.entries(row).filter(([key]) => !/Id$/.test(key) && key !== 'id').map(([, value]) => text(value)), ' / ');
  }
}

/** The value as lines of text; an empty list means no value (shown as 空). */
export function formatItemValue(field: string, value: unknown, labels: ValueLabels): string[] {
  if (Array.isArray(value)) {
    return value
      .map((row) => (isObject(row) ? rowLine(field, row, labels) : text(row)))
      .filter((line) => line !== '');
  }
  if (isObject(value)) {
    const line = rowLine(field, value, labels);
    return line ? [line] : [];
  }
  const plain = text(value);
  if (plain === '') return [];
  const enumKey = ENUM_FIELDS[field];
  return [enumKey && typeof value === 'string' ? labels.enumLabel(enumKey, plain) : plain];
}
