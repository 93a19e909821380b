// The indexes our own queries need beyond Strapi's (which indexes ids, document ids and link
// tables): one list, applied by the migrations in cms/database/migrations AND after every start.
// Why both: Strapi runs user migrations before its schema sync, so on a fresh database a migration
// finds no table to index and the start-up pass creates them; on an existing database the
// migration creates them (docs/DECISIONS.md). Every index is IF NOT EXISTS and every function it
// calls is created only when missing (cms/src/database/functions.ts), so running the list twice,
// or on two instances at once, is harmless.
import { NMG_BIGRAMS, type FunctionSpec } from './functions';

export interface IndexSpec {
  name: string;
  table: string;
  /** What follows `ON`: table, method and columns. */
  definition: string;
  why: string;
  /** An extension the index needs; without it the index is skipped with a warning. */
  extension?: 'pg_trgm';
  /** Functions the definition calls, created first; without one the index is skipped with a warning. */
  functions?: readonly FunctionSpec[];
  /** A UNIQUE index: the database refuses a second row with the value (issue 13, DECISIONS). */
  unique?: boolean;
}

export const INDEXES: readonly IndexSpec[] = [
  // Public API (cms/src/public): a list's page in list order, its search and export start from list_id (Art. 13).
  { name: 'published_items_list_position_idx', table: 'published_items', definition: 'published_items (list_id, position)', why: 'public item pages and exports' },
  // The publish transition clears the previous version's `current` flag by department.
  { name: 'published_items_department_current_idx', table: 'published_items', definition: 'published_items (department_id) WHERE current', why: 'supersession' },
  // Item detail by its public id, narrow whatever Strapi does with its own (document_id, locale, published_at).
  { name: 'published_items_document_id_idx', table: 'published_items', definition: 'published_items (document_id)', why: 'public item detail' },
  // Officers' certificate numbers are unique: Strapi checks that with a lookup on every save, which
  // without an index reads every officer of the region (30,000) per row of an import.
  { name: 'officers_certificate_number_idx', table: 'officers', definition: 'officers (certificate_number)', why: 'uniqueness check of officer saves and imports' },
  // Console API: a name substring (`name_q`) is Strapi's $containsi, `LOWER(CAST(name AS VARCHAR)) LIKE
  // LOWER('%…%')`; a trigram index on that very expression serves it for three characters and more.
  { name: 'powers_name_lower_trgm_idx', table: 'powers', definition: 'powers USING gin ((lower((name)::varchar)) gin_trgm_ops)', why: 'console name search over the region', extension: 'pg_trgm' },
  // Trigrams cannot serve a two-character term (草原, 食品), common in Chinese: the bigrams of the
  // name can (cms/src/search/, which puts the condition into $containsi filters on powers.name).
  { name: 'powers_name_bigrams_idx', table: 'powers', definition: 'powers USING gin (nmg_bigrams(name))', why: 'name search by two-character terms', functions: [NMG_BIGRAMS] },
  // A search's page in code order (the console's default sort of powers): PostgreSQL walks the codes
  // and tests each name until the page is full, instead of fetching every match to sort it. At 100%
  // of the region, 进货查验 (13,000 matches): 26 ms → 0.6 ms for the page.
  { name: 'powers_code_id_idx', table: 'powers', definition: 'powers (code, id)', why: 'console pages of powers in code order' },
  // Uniqueness in the database, not only in Strapi's read-then-write check (20 concurrent creates
  // with one certificate number stored 10 officers). Officers and governments have no drafts (one row
  // per document); an empty certificate number is "none yet". Art. 19: one number, one holder.
  { name: 'officers_certificate_number_key', table: 'officers', definition: "officers (certificate_number) WHERE certificate_number IS NOT NULL AND certificate_number <> ''", why: 'one holder per certificate number (Art. 19)', unique: true },
  { name: 'governments_code_key', table: 'governments', definition: 'governments (code)', why: 'one government per division code', unique: true },
  // Account names: case-insensitive, so 'Region-Gov-Admin' cannot sit beside 'region-gov-admin'.
  { name: 'up_users_username_lower_key', table: 'up_users', definition: 'up_users (lower(username))', why: 'account names unique, case-insensitive', unique: true },
  { name: 'up_users_email_lower_key', table: 'up_users', definition: 'up_users (lower(email))', why: 'account e-mails unique, case-insensitive', unique: true },
];

/** The field each unique index guards, for the refusal of a unique violation (pg 23505). */
export const UNIQUE_FIELDS: Readonly<Record<string, string>> = {
  officers_certificate_number_key: 'certificateNumber',
  governments_code_key: 'code',
  up_users_username_lower_key: 'username',
  up_users_email_lower_key: 'email',
  // Not an index: the trigger of cms/src/database/power-code-unique.ts raises under this name.
  powers_department_code_key: 'code',
};

/** A message of its own where the plain "must be unique" does not say in which scope (Art. 11). */
export const UNIQUE_MESSAGES: Readonly<Record<string, string>> = {
  powers_department_code_key: '本部门已有使用该事项编码的权责事项，同一部门的事项编码须唯一（第十一条）',
  officers_certificate_number_key: '执法证号须唯一：该证号已由另一名执法人员持有（第十九条）',
};

/** The part of knex these functions use: raw SQL, and whether it is a transaction (for savepoints). */
export interface RawRunner {
  raw(sql: string, bindings?: readonly unknown[]): Promise<unknown>;
  isTransaction?: boolean;
}

const rowsOf = (result: unknown): Record<string, unknown>[] => {
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
};

/** Runs one statement; inside a transaction behind a savepoint, so that a failure does not abort the rest. */
async function attempt(db: RawRunner, sql: string): Promise<string | null> {
  if (db.isTransaction) await db.raw('SAVEPOINT nmg_index');
  try {
    await db.raw(sql);
    if (db.isTransaction) await db.raw('RELEASE SAVEPOINT nmg_index');
    return null;
  } catch (error) {
    if (db.isTransaction) await db.raw('ROLLBACK TO SAVEPOINT nmg_index');
    return error instanceof Error ? error.message : String(error);
  }
}

/** Whether a table or an index of that name exists. */
const present = async (db: RawRunner, relation: string): Promise<boolean> =>
  rowsOf(await db.raw('SELECT to_regclass(?) IS NOT NULL AS present', [relation]))[0]?.present === true;

/** Creates the function unless it exists; null once it exists, else the error. */
async function ensureFunction(db: RawRunner, fn: FunctionSpec): Promise<string | null> {
  const exists = async (): Promise<boolean> => rowsOf(await db.raw('SELECT to_regprocedure(?) IS NOT NULL AS present', [fn.signature]))[0]?.present === true;
  if (await exists()) return null;
  const error = await attempt(db, fn.create);
  // Another instance starting at the same moment may have created it first: what counts is that it exists.
  return error !== null && !(await exists()) ? error : null;
}

export interface IndexOutcome {
  ensured: string[];
  /** Tables not there yet (a fresh database before Strapi's sync). */
  waiting: string[];
  failed: { name: string; why: string; error: string }[];
}

/** The first function of the list that could not be created, as a message; each is tried once per pass. */
async function missingFunction(db: RawRunner, specs: readonly FunctionSpec[], tried: Map<string, string | null>): Promise<string | null> {
  for (const fn of specs) {
    if (!tried.has(fn.signature)) tried.set(fn.signature, await ensureFunction(db, fn));
    const problem = tried.get(fn.signature);
    if (problem) return `function ${fn.signature}: ${problem}`;
  }
  return null;
}

export async function ensureIndexes(db: RawRunner, specs: readonly IndexSpec[] = INDEXES): Promise<IndexOutcome> {
  const outcome: IndexOutcome = { ensured: [], waiting: [], failed: [] };
  const extensions = new Map<string, string | null>();
  const functions = new Map<string, string | null>();
  for (const spec of specs) {
    if (!(await present(db, spec.table))) {
      outcome.waiting.push(spec.name);
      continue;
    }
    if (spec.extension) {
      if (!extensions.has(spec.extension)) extensions.set(spec.extension, await attempt(db, `CREATE EXTENSION IF NOT EXISTS ${spec.extension}`));
      const problem = extensions.get(spec.extension);
      if (problem) {
        outcome.failed.push({ name: spec.name, why: spec.why, error: `extension ${spec.extension}: ${problem}` });
        continue;
      }
    }
    const missing = await missingFunction(db, spec.functions ?? [], functions);
    if (missing) {
      outcome.failed.push({ name: spec.name, why: spec.why, error: missing });
      continue;
    }
    const error = await attempt(db, `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${spec.name} ON ${spec.definition}`);
    // Two instances creating it at once: one of them fails, and the index exists all the same.
    if (error && !(await present(db, spec.name))) outcome.failed.push({ name: spec.name, why: spec.why, error });
    else outcome.ensured.push(spec.name);
  }
  return outcome;
}

/**
 * A migration of cms/database/migrations that ensures the named indexes of the list (all of them
 * without names). Strapi runs each migration file once, so indexes added later get a file of their
 * own; on a fresh database the tables do not exist yet and the start-up pass creates them.
 */
export function indexMigration(label: string, names?: readonly string[]): { up(db: RawRunner): Promise<void>; down(): Promise<void> } {
  return {
    async up(db) {
      const outcome = await ensureIndexes(db, names ? INDEXES.filter((spec) => names.includes(spec.name)) : INDEXES);
      for (const f of outcome.failed) console.warn(`[migration ${label}] ${f.name} (${f.why}) not created: ${f.error}`);
    },
    async down() {
      // Indexes only: dropping them loses nothing but speed, and the start-up pass would recreate them.
    },
  };
}
