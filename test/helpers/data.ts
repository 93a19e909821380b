// Looks up seeded records by their natural keys, straight from the database (no scope applies).
import type { Core, UID } from '@strapi/strapi';

type Row = Record<string, unknown>;

export async function findOne(strapi: Core.Strapi, uid: string, where: Row, populate?: Row): Promise<Row> {
  const row = (await strapi.db.query(uid as UID.Schema).findOne({ where, ...(populate ? { populate } : {}) })) as Row | null;
  if (!row) throw new Error(`fixture not found: ${uid} ${JSON.stringify(where)}`);
  return row;
}

export const docId = async (strapi: Core.Strapi, uid: string, where: Row): Promise<string> => String((await findOne(strapi, uid, where)).documentId);

export const count = async (strapi: Core.Strapi, uid: string, where: Row = {}): Promise<number> =>
  Number(await strapi.db.query(uid as UID.Schema).count({ where }));

export const department = (strapi: Core.Strapi, name: string) => docId(strapi, 'api::department.department', { name });
export const government = (strapi: Core.Strapi, name: string) => docId(strapi, 'api::government.government', { name });
