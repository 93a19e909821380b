// A unique index (cms/src/database/indexes.ts) refuses what Strapi's read-then-write check lets
// through under concurrency; its violation (PostgreSQL 23505) becomes the same 400 as the rule,
// with the field, on every path, instead of a 500.
import { errors } from '@strapi/utils';
import { UNIQUE_FIELDS, UNIQUE_MESSAGES } from '../database/indexes';
import { isRow } from '../util/row';

export function uniqueRefusal(error: unknown): errors.ValidationError | null {
  if (!isRow(error) || error.code !== '23505') return null;
  const constraint = typeof error.constraint === 'string' ? error.constraint : '';
  const field = UNIQUE_FIELDS[constraint] ?? 'id';
  const specific = UNIQUE_MESSAGES[constraint];
  const message = specific ? `${specific}。` : `该值已存在，须唯一（${field}）。`;
  return new errors.ValidationError(message, { code: 'UNIQUE', field, errors: { [field]: [specific ?? '该值已存在，须唯一'] } });
}
