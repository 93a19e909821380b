// Power codes are unique within their department, in the database (issue 13; DECISIONS "Power
// codes unique per department by trigger"). The department of a power lives in Strapi's link table
// (powers_department_lnk), which a unique index on `powers` cannot reach, so two row triggers do
// the check: one on the link table (a power placed in, or moved to, a department) and one on
// `powers` (its code or status changed). Each takes a transaction-level advisory lock on
// department before it looks, so of twenty concurrent creates of one code the first
// commits and the others, once they get the lock, see it and fail. The failure is raised as a
// unique violation (23505) with a constraint name of its own, which cms/src/guards/unique-violation.ts
// turns into the same 400 UNIQUE as the unique indexes, on every path that writes through SQL.
// Cancelled and delegated powers keep their code for the record but no longer hold it (Art. 11:
// the power is gone from the department, and a later 新增 of the same catalogue item may reuse it).
// An undertaken power (承接) is a copy of the delegating department's power and carries that
// department's code (adjustment/apply.ts), which the undertaking department may well use for its
// own power of the same catalogue item: it is outside the check too.
import type { Core } from '@strapi/strapi';
import type { RawRunner } from './indexes';

export const POWER_CODE_CONSTRAINT = 'powers_department_code_key';
/** Statuses in which a power does not hold a code of the department (Art. 11 adjustments). */
export const RELEASED_STATUSES = ['cancelled', 'delegated', 'undertaken'] as const;

export interface PowerCodeTables {
  powers: string;
  link: string;
  /** Link-table columns: the power's id and the department's id. */
  powerColumn: string;
  departmentColumn: string;
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The tables and columns as Strapi named them (from its metadata, not hard-coded). */
export function powerCodeTables(strapi: Core.Strapi): PowerCodeTables | null {
  const meta = strapi.db.metadata.get('api::power.power') as unknown as {
    tableName: string;
    attributes: Record<string, { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }>;
  };
  const join = meta.attributes.department?.joinTable;
  if (!join) return null;
  return { powers: meta.tableName, link: join.name, powerColumn: join.joinColumn.name, departmentColumn: join.inverseJoinColumn.name };
}

const released = RELEASED_STATUSES.map((s) => `'${s}'`).join(', ');

/** The trigger function: the statements are plain SQL built from Strapi's own identifiers. */
export function powerCodeSql(t: PowerCodeTables): string[] {
  const powers = ident(t.powers);
  const link = ident(t.link);
  const pc = ident(t.powerColumn);
  const dc = ident(t.departmentColumn);
  return [
    `CREATE OR REPLACE FUNCTION nmg_power_code_unique() RETURNS trigger LANGUAGE plpgsql AS $fn$
     DECLARE
       p_id integer;
       d_id integer;
       p_code text;
       p_status text;
     BEGIN
       IF TG_TABLE_NAME = ${`'${t.powers.replace(/'/g, "''")}'`} THEN
         p_id := NEW.id;
         p_code := NEW.code;
         p_status := NEW.status;
         SELECT l.${dc} INTO d_id FROM ${link} l WHERE l.${pc} = NEW.id LIMIT 1;
       ELSE
         p_id := NEW.${pc};
         d_id := NEW.${dc};
         SELECT p.code, p.status INTO p_code, p_status FROM ${powers} p WHERE p.id = p_id;
       END IF;
       IF d_id IS NULL OR p_code IS NULL OR p_code = '' OR p_status IN (${released}) THEN
         RETURN NULL;
       END IF;
       -- One writer of the department's codes at a time (one lock per department, not per code, so
       -- an import of a whole list takes one lock); the check below then sees the others' commits.
       PERFORM pg_advisory_xact_lock(hashtextextended('nmg-power-code:' || d_id, 0));
       IF EXISTS (
         SELECT 1 FROM ${powers} p JOIN ${link} l ON l.${pc} = p.id
         WHERE l.${dc} = d_id AND p.code = p_code AND p.id <> p_id
           AND (p.status IS NULL OR p.status NOT IN (${released}))
       ) THEN
         RAISE EXCEPTION 'power code % is already used in department %', p_code, d_id
           USING ERRCODE = 'unique_violation', CONSTRAINT = '${POWER_CODE_CONSTRAINT}';
       END IF;
       RETURN NULL;
     END
     $fn$`,
    `DROP TRIGGER IF EXISTS nmg_power_code_unique ON ${powers}`,
    // A new power has no link row yet (the link references it), so only a change of code or status counts.
    `CREATE TRIGGER nmg_power_code_unique AFTER UPDATE OF code, status ON ${powers} FOR EACH ROW
       WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION nmg_power_code_unique()`,
    `DROP TRIGGER IF EXISTS nmg_power_code_unique ON ${link}`,
    `CREATE TRIGGER nmg_power_code_unique AFTER INSERT ON ${link} FOR EACH ROW EXECUTE FUNCTION nmg_power_code_unique()`,
    `DROP TRIGGER IF EXISTS nmg_power_code_moved ON ${link}`,
    `CREATE TRIGGER nmg_power_code_moved AFTER UPDATE ON ${link} FOR EACH ROW
       WHEN (OLD.${pc} IS DISTINCT FROM NEW.${pc} OR OLD.${dc} IS DISTINCT FROM NEW.${dc}) EXECUTE FUNCTION nmg_power_code_unique()`,
  ];
}

/**
 * Creates (or replaces) the function and its two triggers in one transaction, after Strapi's schema
 * sync. Existing duplicates are left as they are (a trigger checks writes, not the past); the
 * returned count tells how many (department, code) pairs hold more than one power in force.
 */
export async function ensurePowerCodeUnique(strapi: Core.Strapi): Promise<{ installed: boolean; duplicates: number }> {
  const tables = powerCodeTables(strapi);
  if (!tables) return { installed: false, duplicates: 0 };
  const knex = strapi.db.connection as unknown as RawRunner & { transaction<T>(fn: (trx: RawRunner) => Promise<T>): Promise<T> };
  // Two instances starting at once must not interleave their DROP and CREATE.
  await knex.transaction(async (trx) => {
    await trx.raw("SELECT pg_advisory_xact_lock(hashtextextended('nmg-power-code-trigger', 0))");
    for (const sql of powerCodeSql(tables)) await trx.raw(sql);
  });
  const result = (await knex.raw(
    `SELECT count(*)::int AS n FROM (
       SELECT 1 FROM ${ident(tables.powers)} p JOIN ${ident(tables.link)} l ON l.${ident(tables.powerColumn)} = p.id
       WHERE p.code IS NOT NULL AND p.code <> '' AND (p.status IS NULL OR p.status NOT IN (${released}))
       GROUP BY l.${ident(tables.departmentColumn)}, p.code HAVING count(*) > 1) d`,
  )) as { rows?: { n: number }[] };
  return { installed: true, duplicates: result.rows?.[0]?.n ?? 0 };
}

/** The department a write names: a documentId, a row id, or Strapi's { connect: [...] } / { set: [...] }. */
export type DepartmentRef = { documentId: string } | { id: number };

export function departmentRef(value: unknown): DepartmentRef | null {
  if (typeof value === 'string' && value !== '') return { documentId: value };
  if (typeof value === 'number' && Number.isInteger(value)) return { id: value };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v.documentId === 'string') return { documentId: v.documentId };
    if (typeof v.id === 'number') return { id: v.id };
    const list = Array.isArray(v.set) ? v.set : Array.isArray(v.connect) ? v.connect : null;
    if (list && list.length > 0) return departmentRef(list[list.length - 1]);
  }
  return null;
}

/**
 * The same check as the trigger, ahead of the write and under the same lock: the console API, the
 * content manager, the import and the server's own writes get a clean refusal before Strapi writes
 * anything. (Strapi writes a power's row, then its link in a nested transaction; when the link
 * insert fails it tries to delete the row inside the now aborted transaction and throws that
 * error, a 500, instead of the violation.) The trigger stays for every other path (raw SQL).
 * Returns true when another power of the department in force holds the code.
 */
export async function powerCodeTaken(
  strapi: Core.Strapi,
  trx: RawRunner,
  target: { department: DepartmentRef; code: string; status: string | null; documentId: string | null },
): Promise<boolean> {
  if (target.code === '' || (target.status !== null && (RELEASED_STATUSES as readonly string[]).includes(target.status))) return false;
  const tables = powerCodeTables(strapi);
  const departments = (strapi.db.metadata.get('api::department.department') as unknown as { tableName: string }).tableName;
  if (!tables) return false;
  const dept = 'documentId' in target.department
    ? ((await trx.raw(`SELECT id FROM ${ident(departments)} WHERE document_id = ? LIMIT 1`, [target.department.documentId])) as { rows?: { id: number }[] }).rows?.[0]?.id
    : target.department.id;
  if (dept === undefined) return false;
  await trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`nmg-power-code:${dept}`]);
  const taken = (await trx.raw(
    `SELECT 1 FROM ${ident(tables.powers)} p JOIN ${ident(tables.link)} l ON l.${ident(tables.powerColumn)} = p.id
     WHERE l.${ident(tables.departmentColumn)} = ? AND p.code = ? AND (p.status IS NULL OR p.status NOT IN (${released}))
       AND p.document_id IS DISTINCT FROM ? LIMIT 1`,
    [dept, target.code, target.documentId],
  )) as { rows?: unknown[] };
  return (taken.rows?.length ?? 0) > 0;
}
