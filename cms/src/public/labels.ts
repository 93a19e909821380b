// Chinese names of the values a published item carries, for exports. Power types and tiers come
// from config/ (the regulation as data); statuses and basis kinds from config/src/valueNames.ts,
// which the console's zh catalogue reads too, so an export and a screen never name a value apart.
import { BASIS_KIND_NAMES, POWER_STATUS_NAMES, regulationConfig } from '@nmg/config';

let typeNames: Map<string, string> | undefined;
let tierNames: Map<string, string> | undefined;

export const powerTypeName = (key: string): string =>
  (typeNames ??= new Map(regulationConfig().powerTypes.types.map((t) => [t.key, t.name]))).get(key) ?? key;

export const tierName = (key: string | null): string =>
  key ? ((tierNames ??= new Map(regulationConfig().tiers.map((t) => [t.key, t.name]))).get(key) ?? key) : '';

export const powerStatusName = (key: string): string => POWER_STATUS_NAMES[key] ?? key;

export const basisKindName = (key: string): string => BASIS_KIND_NAMES[key] ?? key;
