// The OpenAPI entries of the published kinds (published-kinds.ts: Art. 18, 31), merged into
// openapi.ts's document: one page route each, and the single-record route where a kind has one.
import { errorResponse, ifNoneMatch, json, notModified, ref, str, type Json, type Schema } from './openapi-parts';
import { PUBLISHED_KINDS, type PublishedKind } from './published-kinds';

const pageParams: Json[] = [
  { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
  { name: 'q', in: 'query', required: false, description: '标题包含的文字', schema: { type: 'string', maxLength: 100 } },
  ifNoneMatch,
];
const pageOf = (name: string): Schema => ({ type: 'object', properties: { data: { type: 'array', items: ref(name) }, meta: { type: 'object', properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, total: { type: 'integer' } } } } });

function pathsOf(kind: PublishedKind): Record<string, Json> {
  const paths: Record<string, Json> = {
    [kind.path]: {
      get: {
        operationId: kind.operationId, summary: kind.summary, parameters: pageParams,
        responses: { '200': json(pageOf(kind.schemaName), kind.pageDescription), '304': notModified, '400': errorResponse('INVALID_PAGE、INVALID_PAGE_SIZE 或 INVALID_QUERY') },
      },
    },
  };
  if (kind.one) {
    paths[`${kind.path}/{id}`] = {
      get: {
        operationId: kind.one.operationId, summary: kind.one.summary,
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }, ifNoneMatch],
        responses: { '200': json({ type: 'object', properties: { data: ref(kind.schemaName) } }, kind.one.description), '304': notModified, '404': errorResponse(kind.one.notFound.code) },
      },
    };
  }
  return paths;
}

export const publishedPaths = (): Record<string, Json> => Object.fromEntries(PUBLISHED_KINDS.flatMap((kind) => Object.entries(pathsOf(kind))));
export const publishedSchemas = (): Record<string, Schema> => Object.fromEntries(PUBLISHED_KINDS.map((k) => [k.schemaName, k.schema]));
