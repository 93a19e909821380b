// ra-data-simple-rest against /console-api, with refusals mapped for react-admin (refusal.ts) and
// two additions the server offers: getMany in one request of up to 1000 ids, and publish.
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetManyParams, GetManyResult, Identifier, RaRecord } from 'ra-core';
import { httpClient as defaultHttpClient, type HttpClient } from './httpClient';
import { serverWording, toConsoleError, type Localizer } from './refusal';

export const API_URL = '/console-api';
/** The server refuses pages larger than this (cms/src/console/query.ts MAX_PAGE). */
export const MAX_PAGE = 1000;

export type ConsoleDataProvider = DataProvider & {
  /** POST /console-api/<resource>/<id>/publish, for draft-and-publish types. */
  publish(resource: string, params: { id: Identifier }): Promise<{ data: RaRecord }>;
};

export interface DataProviderOptions {
  apiUrl?: string;
  httpClient?: HttpClient;
  localizer?: Localizer;
}

export function createDataProvider({ apiUrl = API_URL, httpClient = defaultHttpClient, localizer = serverWording }: DataProviderOptions = {}): ConsoleDataProvider {
  const base = simpleRestProvider(apiUrl, httpClient);
  const guard = <T,>(run: () => Promise<T>): Promise<T> =>
    run().catch((error: unknown) => {
      throw toConsoleError(error, localizer);
    });

  // simple-rest's getMany sends no range, so the server's default page (25) would cut it short.
  const getMany = async <RecordType extends RaRecord>(resource: string, params: GetManyParams<RecordType>): Promise<GetManyResult<RecordType>> => {
    const ids = [...new Set(params.ids)];
    const data: RecordType[] = [];
    for (let start = 0; start < ids.length; start += MAX_PAGE) {
      const chunk = ids.slice(start, start + MAX_PAGE);
      const page = await base.getList<RecordType>(resource, {
        filter: { id: chunk },
        pagination: { page: 1, perPage: chunk.length },
        sort: { field: 'id', order: 'ASC' },
        signal: params.signal,
      });
      data.push(...page.data);
    }
    return { data };
  };

  return {
    getList: (resource, params) => guard(() => base.getList(resource, params)),
    getOne: (resource, params) => guard(() => base.getOne(resource, params)),
    getMany: (resource, params) => guard(() => getMany(resource, params)),
    getManyReference: (resource, params) => guard(() => base.getManyReference(resource, params)),
    create: (resource, params) => guard(() => base.create(resource, params)),
    update: (resource, params) => guard(() => base.update(resource, params)),
    updateMany: (resource, params) => guard(() => base.updateMany(resource, params)),
    delete: (resource, params) => guard(() => base.delete(resource, params)),
    deleteMany: (resource, params) => guard(() => base.deleteMany(resource, params)),
    publish: (resource, { id }) =>
      guard(async () => {
        const { json } = await httpClient(`${apiUrl}/${resource}/${encodeURIComponent(String(id))}/publish`, { method: 'POST' });
        return { data: json as RaRecord };
      }),
  };
}
