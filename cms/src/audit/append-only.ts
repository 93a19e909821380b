// The audit trail is append-only in the database itself (GB/T 22239-2019 8.1.4.3 c: audit records
// protected from deletion, modification and overwriting): a trigger refuses every UPDATE, DELETE and
// TRUNCATE of the table, whoever sends it. The one way out is the archive job's: rows older than
// the legal minimum (网络安全法 Art. 21: six months), written to an archive file first, are removed
// through nmg_audit_purge(), a SECURITY DEFINER function that sets a transaction-local flag which
// the trigger honours for such old rows only. A server (or an intruder holding its connection) that
// sets the flag itself still cannot touch a row younger than 180 days. In production the table and
// the function belong to another role than the server's (docs/DECISIONS.md has the SQL), so the
// server can neither drop the trigger nor delete rows except through the function.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/** The legal minimum, also enforced by config validation (config/security.json audit.archiveAfterDays). */
export const AUDIT_MIN_DAYS = 180;

const functionSql = (table: string, schema: string): string[] => [
  `CREATE OR REPLACE FUNCTION nmg_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
   BEGIN
     IF TG_OP = 'DELETE' THEN
       IF current_setting('nmg.audit_archive', true) = 'on' THEN
         IF OLD.at < now() - interval '${AUDIT_MIN_DAYS} days' THEN
           RETURN OLD;
         END IF;
       END IF;
     END IF;
     RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
   END
   $fn$`,
  `CREATE OR REPLACE FUNCTION nmg_audit_purge(cutoff timestamptz, last_id integer) RETURNS integer
   LANGUAGE plpgsql SECURITY DEFINER SET search_path = "${schema.replace(/"/g, '""')}", pg_temp AS $fn$
   DECLARE removed integer;
   BEGIN
     IF cutoff > now() - interval '${AUDIT_MIN_DAYS} days' THEN
       RAISE EXCEPTION 'audit rows are kept % days at least (网络安全法 第二十一条)', ${AUDIT_MIN_DAYS};
     END IF;
     PERFORM set_config('nmg.audit_archive', 'on', true);
     DELETE FROM ${table} WHERE at < cutoff AND id <= last_id;
     GET DIAGNOSTICS removed = ROW_COUNT;
     PERFORM set_config('nmg.audit_archive', 'off', true);
     RETURN removed;
   END
   $fn$`,
];

const triggerSql = (table: string): string[] => [
  `CREATE TRIGGER nmg_audit_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION nmg_audit_append_only()`,
  `CREATE TRIGGER nmg_audit_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION nmg_audit_append_only()`,
];

/** The table's name as Strapi made it. */
export const auditTable = (strapi: Core.Strapi): string =>
  (strapi.db.metadata.get('api::audit-log.audit-log') as unknown as { tableName: string }).tableName;

/**
 * Creates the functions and triggers when missing. Where the server's role does not own the table
 * (production, as it should be) it cannot, and only warns when the triggers are absent.
 */
export async function ensureAuditAppendOnly(strapi: Core.Strapi): Promise<boolean> {
  const knex = strapi.db.connection as unknown as Knex;
  const table = auditTable(strapi);
  const present = (await knex.raw(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = to_regclass(?) AND tgname IN ('nmg_audit_append_only', 'nmg_audit_no_truncate')`, [table])) as { rows: { n: number }[] };
  if (present.rows[0]?.n === 2) return true;
  const owner = (await knex.raw(`SELECT pg_get_userbyid(relowner) = current_user AS owns FROM pg_class WHERE oid = to_regclass(?)`, [table])) as { rows: { owns: boolean }[] };
  if (owner.rows[0]?.owns !== true) {
    strapi.log.warn(`[audit] ${table} has no append-only trigger and the server's role does not own it: run the SQL of docs/DECISIONS.md (audit trail) as its owner`);
    return false;
  }
  const schema = (await knex.raw('SELECT current_schema() AS name')) as { rows: { name: string }[] };
  await knex.transaction(async (trx) => {
    for (const sql of functionSql(table, schema.rows[0]?.name ?? 'public')) await trx.raw(sql);
    await trx.raw(`DROP TRIGGER IF EXISTS nmg_audit_append_only ON ${table}`);
    await trx.raw(`DROP TRIGGER IF EXISTS nmg_audit_no_truncate ON ${table}`);
    for (const sql of triggerSql(table)) await trx.raw(sql);
  });
  return true;
}
