// The frozen ListItem of a published item, re-read field by field: only the fields the public list
// carries leave the server, whatever else a snapshot might hold one day (PII_PROTECTED, Art. 21).
import type { ListItem } from '@nmg/config';
import { asRow, isRow, type Row } from '../util/row';

type Entry<K extends keyof ListItem> = ListItem[K] extends readonly (infer E)[] ? E : never;

const BASIS_KEYS: readonly (keyof Entry<'bases'>)[] = ['kind', 'legalBasisId', 'title', 'documentNumber', 'level', 'basisStatus', 'articles', 'excerpt'];
const STEP_KEYS: readonly (keyof Entry<'steps'>)[] = ['step', 'content', 'basis'];
const ACCOUNTABILITY_KEYS: readonly (keyof Entry<'accountabilities'>)[] = ['situation', 'basis'];
const DISCRETION_KEYS: readonly (keyof Entry<'discretion'>)[] = ['circumstance', 'level', 'levelName', 'penaltyKind', 'min', 'max', 'unit'];
const RISK_KEYS: readonly (keyof Entry<'riskPoints'>)[] = ['step', 'description', 'level', 'measure'];
/** Organisation units only: never officers (the snapshot holds none; this keeps it so). */
/** Art. 17: the non-coercive means frozen with the item. */
const GUIDANCE_KEYS: readonly (keyof NonNullable<ListItem['guidance']>[number])[] = ['kind', 'title', 'content', 'conditions', 'basis', 'caseDate', 'outcome'];
const DECOMPOSITION_KEYS: readonly (keyof Entry<'decomposition'>)[] = ['agency', 'post', 'role'];

const scalar = (value: unknown): string | number | boolean | null =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;

function pick<K extends string>(row: Row, keys: readonly K[]): Record<K, string | number | boolean | null> {
  const out = {} as Record<K, string | number | boolean | null>;
  for (const key of keys) out[key] = scalar(row[key]);
  return out;
}

function entries<K extends string>(value: unknown, keys: readonly K[]): Record<K, string | number | boolean | null>[] {
  return Array.isArray(value) ? value.filter(isRow).map((row) => pick(row, keys)) : [];
}

const str = (row: Row, key: keyof ListItem): string | null => {
  const value = row[key];
  return typeof value === 'string' ? value : null;
};
const num = (row: Row, key: keyof ListItem): number | null => {
  const value = row[key];
  return typeof value === 'number' ? value : null;
};

/** The stored detail (JSON text or an object) as a ListItem; null when it is not an object. */
export function publicListItem(stored: unknown): ListItem | null {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return null;
    }
  }
  const row = asRow(value);
  if (!row) return null;
  const item = {
    powerId: str(row, 'powerId') ?? '',
    code: str(row, 'code') ?? '',
    name: str(row, 'name') ?? '',
    subItem: str(row, 'subItem'),
    type: str(row, 'type') ?? '',
    tier: str(row, 'tier'),
    status: str(row, 'status') ?? '',
    departmentName: str(row, 'departmentName') ?? '',
    bases: entries(row.bases, BASIS_KEYS),
    steps: entries(row.steps, STEP_KEYS),
    accountabilities: entries(row.accountabilities, ACCOUNTABILITY_KEYS),
    legalTimeLimit: str(row, 'legalTimeLimit'),
    promisedTimeLimit: str(row, 'promisedTimeLimit'),
    feeBasis: str(row, 'feeBasis'),
    consultationPhone: str(row, 'consultationPhone'),
    supervisionPhone: str(row, 'supervisionPhone'),
    serviceGuide: str(row, 'serviceGuide'),
    flowchart: str(row, 'flowchart'),
    statutoryMin: num(row, 'statutoryMin'),
    statutoryMax: num(row, 'statutoryMax'),
    discretion: entries(row.discretion, DISCRETION_KEYS),
    riskPoints: entries(row.riskPoints, RISK_KEYS),
    decomposition: entries(row.decomposition, DECOMPOSITION_KEYS),
    remarks: str(row, 'remarks'),
    guidance: entries(row.guidance, GUIDANCE_KEYS),
  } satisfies Record<keyof ListItem, unknown>;
  // The nested entries hold the stored scalars under the contract's keys.
  return item as unknown as ListItem;
}
