// Console resources are the content types listed in config/roles.json, addressed by plural name.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { ConsoleError } from './errors';

export interface ConsoleResource {
  name: string;
  uid: string;
  singular: string;
}

// Every console request resolves its resource: the list is computed once per server, not per request.
const known = new WeakMap<Core.Strapi, ConsoleResource[]>();

export function consoleResources(strapi: Core.Strapi): ConsoleResource[] {
  const cached = known.get(strapi);
  if (cached) return cached;
  const resources = regulationConfig().resources.flatMap((singular) => {
    const uid = `api::${singular}.${singular}`;
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { info?: { pluralName?: string } } | undefined;
    return model?.info?.pluralName ? [{ name: model.info.pluralName, uid, singular }] : [];
  });
  known.set(strapi, resources);
  return resources;
}

export function resolveResource(strapi: Core.Strapi, name: string): ConsoleResource {
  const found = consoleResources(strapi).find((r) => r.name === name);
  if (!found) throw new ConsoleError(404, 'UNKNOWN_RESOURCE', `没有名为“${name}”的资源。`);
  return found;
}
