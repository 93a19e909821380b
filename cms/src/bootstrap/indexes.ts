// After Strapi's schema sync: the indexes of cms/src/database/indexes.ts that the migration could
// not create because their tables did not exist yet (a fresh database). A no-op once they exist.
import type { Core } from '@strapi/strapi';
import { ensureIndexes, type RawRunner } from '../database/indexes';

export async function ensureQueryIndexes(strapi: Core.Strapi): Promise<void> {
  const outcome = await ensureIndexes(strapi.db.connection as unknown as RawRunner);
  for (const f of outcome.failed) strapi.log.warn(`index ${f.name} (${f.why}) not created: ${f.error}`);
  for (const name of outcome.waiting) strapi.log.warn(`index ${name}: its table does not exist`);
}
