// The content types imported set-based, each with its bulk adapter. Every other type keeps the
// row-by-row import (cms/src/console/import-row-by-row.ts). Powers stay row by row on purpose: a new
// power needs an approved adjustment of its own (CATALOGUE_ONLY, Art. 11), consumed by the write,
// so the rows of a sheet are not independent of each other.
// IMPORT_ROW_BY_ROW=1 sends every type down the row-by-row path: the fall-back if the bulk path ever
// misbehaves, and how the tests compare the two paths on the same rows.
import type { Core } from '@strapi/strapi';
import { catalogueItemBulk } from './catalogue-item';
import { bulkIneligibility } from './eligibility';
import { officerBulk } from './officer';
import type { BulkAdapter } from './types';

export const BULK_ADAPTERS: Readonly<Record<string, BulkAdapter>> = {
  'api::officer.officer': officerBulk,
  'api::catalogue-item.catalogue-item': catalogueItemBulk,
};

export const rowByRowForced = (): boolean => process.env.IMPORT_ROW_BY_ROW === '1';

export function bulkAdapterFor(strapi: Core.Strapi, uid: string): BulkAdapter | null {
  if (rowByRowForced() || !Object.prototype.hasOwnProperty.call(BULK_ADAPTERS, uid)) return null;
  const problem = bulkIneligibility(strapi, uid);
  if (problem) {
    strapi.log.warn(`[nmg] ${uid} is imported row by row: ${problem}`);
    return null;
  }
  return BULK_ADAPTERS[uid];
}
