// Bulk setup of the 5,000-item list: creating powers one by one through the document service runs
// every rule per power (minutes for thousands), so the bench creates one complete power per type
// that way and copies its rows in SQL: the powers row, each component row with its entry in the
// components table, and every link table row, for both. Tables and columns come from Strapi's own
// metadata, so the copy follows the schema rather than a hard-coded list.
import type { Core, UID } from '@strapi/strapi';
import type { PoolClient } from 'pg';

interface JoinTableMeta {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface AttributeMeta {
  type: string;
  joinTable?: JoinTableMeta;
}

interface ModelMeta {
  tableName: string;
  attributes: Record<string, AttributeMeta>;
}

const POWER = 'api::power.power';
const q = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

const metaOf = (strapi: Core.Strapi, uid: string): ModelMeta => {
  const meta = strapi.db.metadata.get(uid as UID.Schema) as unknown as ModelMeta | undefined;
  if (!meta) throw new Error(`clone: no metadata for ${uid}`);
  return meta;
};

async function columnsOf(client: PoolClient, table: string): Promise<string[]> {
  const res = await client.query<{ column_name: string }>(
    'SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
    [table],
  );
  if (res.rows.length === 0) throw new Error(`clone: table ${table} not found`);
  return res.rows.map((r) => r.column_name);
}

/** Copies the link rows of `source` (on the owner column) to every id in `targets`. */
async function cloneLinks(client: PoolClient, join: JoinTableMeta, source: number, targets: number[]): Promise<number> {
  const owner = join.joinColumn.name;
  const others = (await columnsOf(client, join.name)).filter((c) => c !== 'id' && c !== owner);
  const cols = others.map(q).join(', ');
  const res = await client.query(
    `INSERT INTO ${q(join.name)} (${q(owner)}, ${cols}) SELECT u.id, ${others.map((c) => `l.${q(c)}`).join(', ')}
     FROM unnest($1::int[]) AS u(id) CROSS JOIN ${q(join.name)} l WHERE l.${q(owner)} = $2`,
    [targets, source],
  );
  return res.rowCount ?? 0;
}

/** Link tables owned by a model (its relations), without the components table. */
const ownedLinks = (meta: ModelMeta, componentsTable: string | null): JoinTableMeta[] => {
  const seen = new Set<string>();
  return Object.values(meta.attributes)
    .map((a) => a.joinTable)
    .filter((j): j is JoinTableMeta => j !== undefined && j.name !== componentsTable && !seen.has(j.name) && Boolean(seen.add(j.name)));
};

export interface CloneCounts {
  powers: number;
  components: number;
  links: number;
}

/**
 * Adds copies of the power with row id `templateId` until its department has `total` powers with
 * the template's code prefix, coded `<prefix>0002` … `<prefix>NNNN`. Runs in the caller's transaction.
 */
export async function clonePower(strapi: Core.Strapi, client: PoolClient, templateId: number, codePrefix: string, total: number): Promise<CloneCounts> {
  const power = metaOf(strapi, POWER);
  const componentsTable = Object.values(power.attributes).find((a) => a.type === 'relation' && a.joinTable?.name.endsWith('_cmps'))?.joinTable?.name ?? null;
  const columns = (await columnsOf(client, power.tableName)).filter((c) => c !== 'id');
  const expression: Record<string, string> = {
    document_id: `substr(md5(random()::text || g.n::text), 1, 24)`,
    code: `$2 || lpad(g.n::text, 4, '0')`,
    name: `t.name || '（' || g.n::text || '）'`,
    created_at: 'now()',
    updated_at: 'now()',
  };
  const inserted = await client.query<{ id: number }>(
    `INSERT INTO ${q(power.tableName)} (${columns.map(q).join(', ')})
     SELECT ${columns.map((c) => expression[c] ?? `t.${q(c)}`).join(', ')}
     FROM ${q(power.tableName)} t CROSS JOIN generate_series(2, $3::int) AS g(n) WHERE t.id = $1 ORDER BY g.n RETURNING id`,
    [templateId, codePrefix, total],
  );
  const powerIds = inserted.rows.map((r) => Number(r.id));
  const counts: CloneCounts = { powers: powerIds.length, components: 0, links: 0 };
  for (const join of ownedLinks(power, componentsTable)) counts.links += await cloneLinks(client, join, templateId, powerIds);
  if (!componentsTable) return counts;
  const entries = await client.query<{ cmp_id: number; component_type: string; field: string; order: number | null }>(
    `SELECT cmp_id, component_type, field, "order" FROM ${q(componentsTable)} WHERE entity_id = $1 ORDER BY field, "order"`,
    [templateId],
  );
  for (const entry of entries.rows) {
    const component = metaOf(strapi, entry.component_type);
    if (Object.values(component.attributes).some((a) => a.joinTable?.name.endsWith('_cmps'))) throw new Error(`clone: nested components in ${entry.component_type} are not supported`);
    const ids = await client.query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS id FROM generate_series(1, $2::int)`, [component.tableName, powerIds.length]);
    const componentIds = ids.rows.map((r) => Number(r.id));
    const cols = (await columnsOf(client, component.tableName)).filter((c) => c !== 'id');
    const copied = await client.query(
      `INSERT INTO ${q(component.tableName)} (id, ${cols.map(q).join(', ')}) SELECT u.id, ${cols.map((c) => `c.${q(c)}`).join(', ')}
       FROM unnest($1::int[]) AS u(id) CROSS JOIN ${q(component.tableName)} c WHERE c.id = $2`,
      [componentIds, entry.cmp_id],
    );
    counts.components += copied.rowCount ?? 0;
    await client.query(
      `INSERT INTO ${q(componentsTable)} (entity_id, cmp_id, component_type, field, "order")
       SELECT x.p, x.c, $3, $4, $5 FROM unnest($1::int[], $2::int[]) AS x(p, c)`,
      [powerIds, componentIds, entry.component_type, entry.field, entry.order],
    );
    for (const join of ownedLinks(component, null)) counts.links += await cloneLinks(client, join, Number(entry.cmp_id), componentIds);
  }
  return counts;
}
