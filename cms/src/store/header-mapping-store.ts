// Column names a department mapped by hand in the importer, remembered per department and resource
// (issue 15): the importer applies them to the department's next sheet. A table of our own: a
// department's preference, written only through /console-api/header-mappings.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { isRow } from '../util/row';

export const HEADER_MAPPING_TABLE = 'nmg_header_mappings';

const knexOf = (strapi: Core.Strapi): Knex => strapi.db.connection as unknown as Knex;

export async function ensureHeaderMappingTable(strapi: Core.Strapi): Promise<void> {
  await knexOf(strapi).raw(`CREATE TABLE IF NOT EXISTS ${HEADER_MAPPING_TABLE} (
    department_id varchar(64) NOT NULL,
    resource varchar(60) NOT NULL,
    header_key varchar(200) NOT NULL,
    target varchar(121) NOT NULL,
    updated_by integer NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (department_id, resource, header_key)
  )`);
}

export async function readMappings(strapi: Core.Strapi, departmentId: string, resource: string): Promise<Record<string, string>> {
  const rows: unknown[] = await knexOf(strapi)(HEADER_MAPPING_TABLE).where({ department_id: departmentId, resource }).select('header_key', 'target');
  return Object.fromEntries(rows.filter(isRow).map((r) => [String(r.header_key), String(r.target)]));
}

export async function writeMappings(strapi: Core.Strapi, departmentId: string, resource: string, mappings: Map<string, string | null>, userId: number): Promise<void> {
  await knexOf(strapi).transaction(async (trx) => {
    for (const [header, target] of mappings) {
      const key = { department_id: departmentId, resource, header_key: header };
      if (target === null) await trx(HEADER_MAPPING_TABLE).where(key).delete();
      else await trx(HEADER_MAPPING_TABLE).insert({ ...key, target, updated_by: userId, updated_at: new Date() }).onConflict(['department_id', 'resource', 'header_key']).merge(['target', 'updated_by', 'updated_at']);
    }
  });
}
