// The pieces every OpenAPI entry of /api/public/* is built from (openapi.ts and the files it
// merges): the JSON type, a cached JSON response with its ETag, the 304, If-None-Match.
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json };

export const str: Schema = { type: 'string' };
export const nullableStr: Schema = { type: ['string', 'null'] };
export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

export const cacheHeaders = {
  ETag: { description: '响应内容的强校验值；再次请求时放入 If-None-Match，内容未变则返回 304。', schema: str },
  'Cache-Control': { description: 'public, max-age=60', schema: str },
};

export const json = (schema: Schema, description: string): Json => ({ description, headers: cacheHeaders, content: { 'application/json': { schema } } });
export const errorResponse = (description: string): Json => json(ref('Error'), description);
export const notModified: Json = { description: '内容未变（If-None-Match 与 ETag 相同），无响应体。', headers: cacheHeaders };
export const ifNoneMatch: Json = { name: 'If-None-Match', in: 'header', required: false, description: '此前响应的 ETag。', schema: str };
