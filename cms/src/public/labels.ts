// Chinese names of the values a published item carries, for exports. Power types and tiers come
// from config/ (the regulation as data); the others mirror the console's catalogue
// (admin-ui/src/i18n/zh/enums.ts) because config/ does not name them.
import { regulationConfig } from '@nmg/config';

const POWER_STATUS: Record<string, string> = { valid: '有效', cancelled: '取消', delegated: '下放', undertaken: '承接', changed: '变更' };
const BASIS_KIND: Record<string, string> = { setting: '设定依据', implementing: '实施依据', supervising: '监管依据' };

let typeNames: Map<string, string> | undefined;
let tierNames: Map<string, string> | undefined;

export const powerTypeName = (key: string): string =>
  (typeNames ??= new Map(regulationConfig().powerTypes.types.map((t) => [t.key, t.name]))).get(key) ?? key;

export const tierName = (key: string | null): string =>
  key ? ((tierNames ??= new Map(regulationConfig().tiers.map((t) => [t.key, t.name]))).get(key) ?? key) : '';

export const powerStatusName = (key: string): string => POWER_STATUS[key] ?? key;

export const basisKindName = (key: string): string => BASIS_KIND[key] ?? key;
