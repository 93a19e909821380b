// A column's value as Strapi's query engine hands it back (@strapi/database's fields, `fromDB`), for
// rows read by our own statement (page-statement.ts): the console shows them as the engine's rows,
// and test/api/list-read.test.ts compares the two for every resource and reader.

const TEXT = new Set(['string', 'text', 'richtext', 'enumeration', 'email', 'uid', 'password']);
const NUMBER = new Set(['integer', 'float', 'decimal']);

function fromJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    // Strapi 5 before rc.7 stored some values stringified twice; the engine reads them back twice too.
    return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
  } catch {
    return value;
  }
}

function fromBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = String(value);
  return text === '1' ? true : text === '0' ? false : null;
}

function fromDateTime(value: unknown): string | null {
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The engine's value of a column of attribute type `type`; null stays null. */
export function fromDatabase(type: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (TEXT.has(type)) return String(value);
  if (NUMBER.has(type)) return Number(value);
  if (type === 'biginteger') return String(value);
  if (type === 'boolean') return fromBoolean(value);
  if (type === 'datetime') return fromDateTime(value);
  if (type === 'timestamp') {
    const date = value instanceof Date ? value : new Date(String(value));
    return Number.isNaN(date.getTime()) ? null : String(date.getTime());
  }
  if (type === 'json' || type === 'blocks') return fromJson(value);
  // increments (id), date, time: as the driver gives them.
  return value;
}
