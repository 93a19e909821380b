// What the server reads of a Strapi content type's schema: its attributes. Read by every layer
// (util/columns, the store's snapshots, scope's populate, the console's schemas).

export interface AttributeLike {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  mappedBy?: string;
  inversedBy?: string;
  private?: boolean;
  required?: boolean;
  enum?: string[];
  repeatable?: boolean;
  regex?: string;
  min?: number;
  max?: number;
  maxLength?: number;
  unique?: boolean;
  default?: unknown;
}

export interface ModelLike {
  attributes: Record<string, AttributeLike>;
}

export type ModelLookup = (uid: string) => ModelLike | undefined;

/** The model's own attribute `key`; undefined for anything else (a request's key may be "constructor"). */
export const ownAttribute = (model: ModelLike, key: string): AttributeLike | undefined =>
  Object.prototype.hasOwnProperty.call(model.attributes, key) ? model.attributes[key] : undefined;
