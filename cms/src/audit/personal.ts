// Art. 21: personal information (our private attributes: officers' ID numbers and phones, the
// counterpart of a major penalty) never enters the audit trail in clear. The trail records that it
// changed, masked as in the console's lists.
import type { Core } from '@strapi/strapi';
import { mask } from '../util/mask';
import type { Snapshot } from '../store/snapshot';
import type { ModelLike } from '../scope/populate';

const BOOKKEEPING = new Set(['createdBy', 'updatedBy', 'localizations', 'locale']);

/** Names of the private attributes of a content type (none for unknown types). */
export function privateFieldsOf(strapi: Core.Strapi, uid: string): string[] {
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as ModelLike | undefined;
  if (!model?.attributes) return [];
  return Object.entries(model.attributes).filter(([key, a]) => a.private && !BOOKKEEPING.has(key)).map(([key]) => key);
}

/** The snapshot with every private string masked. */
export function maskSnapshot(snapshot: Snapshot | null, fields: string[]): Snapshot | null {
  if (!snapshot || fields.length === 0) return snapshot;
  const out: Snapshot = { ...snapshot };
  for (const key of fields) if (typeof out[key] === 'string') out[key] = mask(out[key] as string);
  return out;
}

