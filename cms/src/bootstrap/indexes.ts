// After Strapi's schema sync: the indexes of cms/src/database/indexes.ts that the migration could
// not create because their tables did not exist yet (a fresh database). A no-op once they exist.
import type { Core } from '@strapi/strapi';
import { ensureIndexes, type RawRunner } from '../database/indexes';

/** Returns the names of the indexes that exist now, for the features that rely on one. */
export async function ensureQueryIndexes(strapi: Core.Strapi): Promise<string[]> {
  const outcome = await ensureIndexes(strapi.db.connection as unknown as RawRunner);
  for (const f of outcome.failed) strapi.log.warn(`index ${f.name} (${f.why}) not created: ${f.error}`);
  for (const name of outcome.waiting) strapi.log.warn(`index ${name}: its table does not exist`);
  return outcome.ensured;
}
