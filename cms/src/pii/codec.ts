// The personal values of one content type: sealing a write's data, opening a read's rows, and
// turning an exact-value condition into a condition on the keyed hash column (`<field>Hash`).
import { isRow, type Row } from '../util/row';
import { decryptValue, encryptValue, searchHash, type PiiProfile } from './cipher';
import type { PiiKeys } from './keys';

export const hashFieldOf = (field: string): string => `${field}Hash`;

export interface PiiCodec {
  seal(data: Row): Row;
  open(row: Row): void;
  where(where: unknown): unknown;
}

export function piiCodec(keysOf: () => PiiKeys, profile: PiiProfile, fields: readonly string[]): PiiCodec {
  const hashed = new Set(fields.map(hashFieldOf));

  const seal = (data: Row): Row => {
    const keys = keysOf();
    const out: Row = {};
    // A caller never sets a hash itself: it always follows the value written with it.
    for (const [key, value] of Object.entries(data)) if (!hashed.has(key)) out[key] = value;
    for (const field of fields) {
      if (!(field in data)) continue;
      const value = data[field];
      const clear = typeof value === 'string' && value !== '' ? decryptValue(keys, value) : null;
      out[field] = clear === null ? value ?? null : encryptValue(keys, profile, clear);
      out[hashFieldOf(field)] = clear === null ? null : searchHash(keys, clear);
    }
    return out;
  };

  const open = (row: Row): void => {
    const keys = keysOf();
    for (const field of fields) {
      const value = row[field];
      if (typeof value === 'string') row[field] = decryptValue(keys, value);
    }
  };

  // Only equality can use the hash: { f: v }, { f: { $eq: v } }, { f: { $in: [...] } }. Other
  // operators on a personal field (prefix, contains) are refused earlier by every surface.
  const condition = (value: unknown): unknown => {
    const keys = keysOf();
    if (typeof value === 'string') return searchHash(keys, value);
    if (!isRow(value)) return undefined;
    if (typeof value.$eq === 'string') return searchHash(keys, value.$eq);
    if (Array.isArray(value.$in)) return { $in: value.$in.map((v) => (typeof v === 'string' ? searchHash(keys, v) : v)) };
    return undefined;
  };

  const where = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(where);
    if (!isRow(node)) return node;
    const out: Row = {};
    for (const [key, value] of Object.entries(node)) {
      const hashedCondition = fields.includes(key) ? condition(value) : undefined;
      if (hashedCondition !== undefined) out[hashFieldOf(key)] = hashedCondition;
      else out[key] = key === '$and' || key === '$or' || key === '$not' ? where(value) : value;
    }
    return out;
  };

  return { seal, open, where };
}
