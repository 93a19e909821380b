// Size caps of the JSON attributes (issue 13): the one table and the one check. Strapi validates
// text lengths (schema maxLength) but has nothing for a `json` attribute, so a 10 MB history or a
// list of a million categories went through. Each cap is the serialised size in bytes (UTF-8 of
// JSON.stringify) and, where the value is a list, its length; sized from DOMAIN.md and the texts
// the entries carry (an opinion or finding is at most 5,000 characters, 3 bytes each in UTF-8).
// Checked in the document-service middleware (console API, content manager, the server's own
// writes) and in the import's row validation (cms/src/console/bulk/validate.ts), like maxLength.
import { errors } from '@strapi/utils';
import type { ModelLike } from '../scope/populate';
import { isRow, type Row } from '../util/row';
import { ownValue } from '../util/keys';

export interface JsonCap {
  /** Bytes of the serialised value. */
  bytes: number;
  /** Entries of the list: the value itself, or its `listKey` property (a snapshot's items). */
  items?: number;
  listKey?: string;
}

const KB = 1024;
const MB = 1024 * KB;
/** A workflow history: one entry per step, each with an opinion of at most 5,000 characters. */
const HISTORY: JsonCap = { bytes: 2 * MB, items: 500 };

/** Owner (content-type uid, or component uid) → attribute → cap. Every json attribute has one (test/unit/json-caps.test.ts). */
export const JSON_CAPS: Readonly<Record<string, Readonly<Record<string, JsonCap>>>> = {
  // Art. 29: the exemption criteria of config/accountability.json, one answer each (a dozen).
  'api::accountability-case.accountability-case': { exemptionChecklist: { bytes: 64 * KB, items: 50 }, history: HISTORY },
  // Art. 13: a list version's workflow history (its frozen items live in tables of their own, written by the workflow alone).
  'api::responsibility-list.responsibility-list': { history: HISTORY },
  // Art. 7: the report's figures (a few dozen numbers by name).
  'api::annual-report.annual-report': { figures: { bytes: 256 * KB }, history: HISTORY },
  'api::assessment.assessment': { history: HISTORY },
  // One published power: its texts (service guide and flowchart 20,000 characters each, steps, bases).
  'api::published-item.published-item': { detail: { bytes: 2 * MB } },
  // Art. 10: the powers a changed legal basis touches in one department ({ id, code, name } each).
  'api::adjustment-task.adjustment-task': { powers: { bytes: 4 * MB, items: 10_000 } },
  // Art. 14: at most eight stages of a case (受理 … 归档), each with its means and storage.
  'api::enforcement-record.enforcement-record': { stages: { bytes: 64 * KB, items: 20 } },
  // A record's changed fields before and after (two copies of the largest record above).
  'api::audit-log.audit-log': { changes: { bytes: 4 * MB } },
  // Art. 19: enforcement categories of one officer (a handful), the certificate's steps over a career.
  'api::officer.officer': { enforcementCategories: { bytes: 4 * KB, items: 20 }, certificateHistory: { bytes: 512 * KB, items: 500 } },
  // The tiers a catalogue item applies to: region, league, county, township.
  'api::catalogue-item.catalogue-item': { tiers: { bytes: 1 * KB, items: 4 } },
  // Art. 10, 11: the rows of one imported sheet carried by a batch adjustment (the import's row
  // limit, MAX_IMPORT_ROWS, each row a power's texts and cited laws).
  'api::power-adjustment.power-adjustment': { batchRows: { bytes: 64 * MB, items: 10_000 } },
  // Art. 22–24: the evidence an assessment item's score rests on.
  'assessment.score': { basis: { bytes: 64 * KB, items: 100 } },
};

export const JSON_TOO_LARGE = 'JSON_TOO_LARGE';
const DEFAULT_CAP: JsonCap = { bytes: 1 * MB };

export interface JsonCapProblem {
  path: (string | number)[];
  message: string;
}

const size = (bytes: number): string => (bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.ceil(bytes / KB)} KB`);

/** The problem of one json value against its cap, if any. */
export function capProblem(cap: JsonCap, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const list = cap.listKey ? (isRow(value) ? value[cap.listKey] : undefined) : value;
  if (cap.items !== undefined && Array.isArray(list) && list.length > cap.items) return `最多 ${cap.items} 项（现有 ${list.length} 项）`;
  let serialised: string | undefined;
  try {
    serialised = JSON.stringify(value);
  } catch {
    return '不是有效的 JSON 值';
  }
  const bytes = Buffer.byteLength(serialised ?? '', 'utf8');
  return bytes > cap.bytes ? `内容过大，最多 ${size(cap.bytes)}（现为 ${size(bytes)}）` : null;
}

/** Every json attribute of the data (components included, at any depth) over its cap. */
export function jsonCapProblems(owner: string, data: Row, lookup: (uid: string) => ModelLike | undefined, prefix: (string | number)[] = []): JsonCapProblem[] {
  const model = lookup(owner);
  if (!model) return [];
  const out: JsonCapProblem[] = [];
  for (const [key, value] of Object.entries(data)) {
    const attr = ownValue(model.attributes, key);
    if (!attr || value === undefined || value === null) continue;
    if (attr.type === 'json') {
      const problem = capProblem(ownValue(JSON_CAPS, owner)?.[key] ?? DEFAULT_CAP, value);
      if (problem) out.push({ path: [...prefix, key], message: problem });
    } else if (attr.type === 'component' && attr.component) {
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (isRow(item)) out.push(...jsonCapProblems(attr.component ?? '', item, lookup, attr.repeatable ? [...prefix, key, index] : [...prefix, key]));
      });
    }
  }
  return out;
}

/** The refusal, as the console API and the content manager read a ValidationError. */
export function jsonCapError(problems: JsonCapProblem[]): errors.ValidationError {
  const [first] = problems;
  const field = first.path.join('.');
  const message = `字段“${field}”${first.message}。`;
  return new errors.ValidationError(message, {
    code: JSON_TOO_LARGE,
    field,
    errors: Object.fromEntries(problems.map((p) => [p.path.join('.'), [p.message]])),
  });
}
