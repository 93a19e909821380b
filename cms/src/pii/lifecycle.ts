// Personal information is encrypted at the query engine (strapi.db lifecycles), below the document
// service: the console API, Strapi's /api routes, the row-by-row and the bulk set-based import,
// the seeds and every job write through strapi.db.query, so one subscriber covers them all.
// Raw SQL (the region generator) is caught by the start-up migration in migrate.ts.
import type { Core } from '@strapi/strapi';
import { piiConfig } from '@nmg/config';
import { asRow, isRow, rowsOf, type Row } from '../util/row';
import { piiCodec, type PiiCodec } from './codec';
import { currentPiiKeys, readPiiKeys } from './keys';

interface LifecycleEvent {
  params: Row;
  result?: unknown;
}

const sealParams = (codec: PiiCodec) => (event: LifecycleEvent): void => {
  const { data } = event.params;
  if (Array.isArray(data)) event.params.data = data.map((d) => (isRow(d) ? codec.seal(d) : d));
  else if (isRow(data)) event.params.data = codec.seal(data);
  if ('where' in event.params) event.params.where = codec.where(event.params.where);
};

const rewriteWhere = (codec: PiiCodec) => (event: LifecycleEvent): void => {
  if ('where' in event.params) event.params.where = codec.where(event.params.where);
};

const openResult = (codec: PiiCodec) => (event: LifecycleEvent): void => {
  if (Array.isArray(event.result)) rowsOf(event.result).forEach(codec.open);
  else {
    const row = asRow(event.result);
    if (row) codec.open(row);
  }
};

export function registerPiiEncryption(strapi: Core.Strapi): void {
  const config = piiConfig();
  // Read now so a missing or development key in production stops the start, not the first write.
  readPiiKeys();
  for (const [uid, fields] of Object.entries(config.fields)) {
    const codec = piiCodec(() => currentPiiKeys(), config.profile, fields);
    strapi.db.lifecycles.subscribe({
      models: [uid],
      beforeCreate: sealParams(codec),
      beforeCreateMany: sealParams(codec),
      beforeUpdate: sealParams(codec),
      beforeUpdateMany: sealParams(codec),
      beforeFindOne: rewriteWhere(codec),
      beforeFindMany: rewriteWhere(codec),
      beforeCount: rewriteWhere(codec),
      beforeDelete: rewriteWhere(codec),
      beforeDeleteMany: rewriteWhere(codec),
      afterFindOne: openResult(codec),
      afterFindMany: openResult(codec),
      afterCreate: openResult(codec),
      afterUpdate: openResult(codec),
    } as unknown as Parameters<typeof strapi.db.lifecycles.subscribe>[0]);
  }
}
