// What the bulk writer reads from Strapi's database metadata (strapi.db.metadata.get(uid)): the
// table, each attribute's column, and for relations and components the join table Strapi itself
// writes (columns, order columns, the `field` of a component link). No table name is spelled here.
import type { Core } from '@strapi/strapi';
import type { Row } from '../../util/row';

export interface JoinColumnLike {
  name: string;
  referencedColumn: string;
}

export interface JoinTableLike {
  name: string;
  joinColumn: JoinColumnLike;
  inverseJoinColumn: JoinColumnLike;
  orderColumnName?: string;
  inverseOrderColumnName?: string;
  on?: Row;
}

export interface MetaAttribute {
  type: string;
  relation?: string;
  target?: string;
  inversedBy?: string;
  mappedBy?: string;
  joinTable?: JoinTableLike;
  joinColumn?: unknown;
  morphColumn?: unknown;
  default?: unknown;
}

export interface MetaLike {
  uid: string;
  tableName: string;
  attributes: Record<string, MetaAttribute>;
}

export const metaOf = (strapi: Core.Strapi, uid: string): MetaLike => strapi.db.metadata.get(uid) as unknown as MetaLike;

// Strapi's own rules (@strapi/database, metadata/relations): the position of a target in this
// record's list is kept for *-to-many relations, the position of this record in the target's list
// for bidirectional many-to-* relations.
export const hasOrderColumn = (a: MetaAttribute): boolean => a.relation === 'oneToMany' || a.relation === 'manyToMany';
export const hasInverseOrderColumn = (a: MetaAttribute): boolean =>
  (a.inversedBy !== undefined || a.mappedBy !== undefined) && (a.relation === 'manyToOne' || a.relation === 'manyToMany');

/** A new documentId from the content type's own generator (Strapi's cuid2 default of the documentId attribute). */
export function documentIdGenerator(meta: MetaLike): () => string {
  const generate = meta.attributes.documentId?.default;
  if (typeof generate !== 'function') throw new Error(`bulk import: ${meta.uid} has no documentId generator`);
  return () => String((generate as () => unknown)());
}
