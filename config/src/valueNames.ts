// Chinese names of enumeration values that config/*.json does not name but both sides show: the
// console's zh catalogue (admin-ui/src/i18n/zh/enums.ts) and the public exports
// (cms/src/public/labels.ts). Written once here; power types and tiers are named in config/*.json.
// Browser-safe: the console bundles this file.

/** A power's status (the power content type's `status`). */
export const POWER_STATUS_NAMES: Readonly<Record<string, string>> = { valid: '有效', cancelled: '取消', delegated: '下放', undertaken: '承接', changed: '变更' };

/** The kind of a power's legal basis (Art. 9: 设定、实施、监管依据). */
export const BASIS_KIND_NAMES: Readonly<Record<string, string>> = { setting: '设定依据', implementing: '实施依据', supervising: '监管依据' };
