// Which content types the bulk writer can write exactly as the document service would. Anything it
// does not reproduce (media, dynamic zones, attribute transforms such as password hashing, links to
// draft-and-publish or localized targets, one-to-* relations that take the target from another
// record, unique values inside components, scopes anchored on a stored code) sends the type back to
// the row-by-row path, so a new attribute can never be silently written differently.
import type { Core } from '@strapi/strapi';
import { modelOf } from '../../store/snapshot';
import { SCOPE_RULES } from '../../scope/anchors';
import type { AttributeLike, ModelLike } from '../../scope/populate';
import { READ_ONLY } from '../input';
import { metaOf } from './metadata';

type Options = { options?: { draftAndPublish?: boolean }; pluginOptions?: { i18n?: { localized?: boolean } } };

const UNSUPPORTED_TYPES = ['dynamiczone', 'media', 'password', 'uid', 'blocks'];
const UNIQUE_TYPES = ['string', 'text', 'email'];
const TO_ONE = ['manyToOne', 'oneToOne'];

const localized = (model: ModelLike): boolean => (model as ModelLike & Options).pluginOptions?.i18n?.localized === true;
const draftAndPublish = (model: ModelLike): boolean => (model as ModelLike & Options).options?.draftAndPublish === true;

function relationProblem(strapi: Core.Strapi, uid: string, key: string, attr: AttributeLike): string | null {
  if (attr.mappedBy) return null; // parseInput refuses input on the inverse side
  const target = attr.target ?? '';
  if (!target.startsWith('api::')) return `${key}: target ${target} is not a content type of ours`;
  const targetModel = modelOf(strapi, target);
  if (draftAndPublish(targetModel) || localized(targetModel)) return `${key}: target ${target} has drafts or locales`;
  if (attr.required) return `${key}: required relation`;
  if (attr.inversedBy && (attr.relation === 'oneToOne' || attr.relation === 'oneToMany')) return `${key}: a bidirectional one-to-* relation moves its target`;
  if (!metaOf(strapi, uid).attributes[key]?.joinTable) return `${key}: no join table`;
  return null;
}

function modelProblem(strapi: Core.Strapi, uid: string, inComponent: boolean): string | null {
  const model = modelOf(strapi, uid);
  if (localized(model)) return `${uid} is localized`;
  for (const [key, attr] of Object.entries(model.attributes)) {
    // Strapi's bookkeeping (createdBy, locale, …): never written from console input.
    if (READ_ONLY.has(key)) continue;
    if (UNSUPPORTED_TYPES.includes(attr.type)) return `${uid}.${key}: ${attr.type}`;
    if (attr.unique && (inComponent || !UNIQUE_TYPES.includes(attr.type))) return `${uid}.${key}: unique ${attr.type}${inComponent ? ' in a component' : ''}`;
    if (attr.type === 'relation') {
      const problem = relationProblem(strapi, uid, key, attr);
      if (problem) return `${uid}.${problem}`;
    }
    if (attr.type === 'component') {
      const problem = modelProblem(strapi, attr.component ?? '', true);
      if (problem) return problem;
    }
  }
  return null;
}

function scopeProblem(strapi: Core.Strapi, uid: string): string | null {
  const model = modelOf(strapi, uid);
  for (const anchor of SCOPE_RULES[uid]?.anchors ?? []) {
    if (anchor.to === 'code') return `${uid}: scope anchored on the stored ${anchor.field}`;
    const first = anchor.path[0];
    const attr = first === undefined ? undefined : model.attributes[first];
    if (!attr || attr.type !== 'relation' || !TO_ONE.includes(attr.relation ?? '')) return `${uid}: scope anchored on ${anchor.path.join('.') || 'itself'}`;
  }
  return null;
}

/** Why the bulk writer cannot write this type, or null when it can. */
export const bulkIneligibility = (strapi: Core.Strapi, uid: string): string | null =>
  modelProblem(strapi, uid, false) ?? scopeProblem(strapi, uid);
