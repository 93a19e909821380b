// Looks up the records a sheet names (laws by title, agencies by name, any relation by its
// resource's mainField) in as few list requests as the URL length allows.
import type { DataProvider, RaRecord } from 'react-admin';
import { titleCandidates, titleKey } from './cells';
import { LEGAL_BASES } from './convertRows';
import { foldText } from './normalize';
import type { ReferenceResolver, Resolution } from './types';

export type ListReader = Pick<DataProvider, 'getList'>;

/** Node (and so the server) refuses request heads over 16 KB; Chinese is 9 characters per letter once encoded. */
const MAX_ENCODED_FILTER = 6000;
const PAGE = 1000;
const IN_FORCE = 'in-force';

export const referenceKey = (resource: string, value: string): string =>
  resource === LEGAL_BASES ? titleKey(value) : foldText(value);

/** Splits values into groups whose JSON, URL-encoded, stays under the budget. */
export function chunkByEncodedLength(values: string[], budget = MAX_ENCODED_FILTER): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const value of values) {
    const next = [...current, value];
    if (current.length > 0 && encodeURIComponent(JSON.stringify(next)).length > budget) {
      chunks.push(current);
      current = [value];
    } else {
      current = next;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

const textOf = (record: RaRecord, field: string): string | null => {
  const value: unknown = record[field];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
};

/**
 * Several records under one name are ambiguous, except for laws: an amended law keeps its title,
 * and the version in force is the one a list cites.
 */
function pick(records: RaRecord[]): Resolution {
  const unique = [...new Map(records.map((r) => [String(r.id), r])).values()];
  if (unique.length === 1) return { id: String(unique[0].id) };
  if (unique.length === 0) return { missing: true };
  const inForce = unique.filter((r) => r.status === IN_FORCE);
  return inForce.length === 1 ? { id: String(inForce[0].id) } : { ambiguous: true };
}

export async function fetchReferences(
  dataProvider: ListReader,
  wanted: Map<string, Set<string>>,
  mainFieldOf: (resource: string) => string,
): Promise<ReferenceResolver> {
  const found = new Map<string, Map<string, RaRecord[]>>();
  for (const [resource, values] of wanted) {
    const field = mainFieldOf(resource);
    const byKey = new Map<string, RaRecord[]>();
    found.set(resource, byKey);
    const asked = [...values].flatMap((v) => (resource === LEGAL_BASES ? titleCandidates(v) : [v.trim()]));
    for (const chunk of chunkByEncodedLength([...new Set(asked)])) {
      const { data } = await dataProvider.getList(resource, {
        filter: { [field]: chunk },
        pagination: { page: 1, perPage: PAGE },
        sort: { field: 'id', order: 'ASC' },
      });
      for (const record of data) {
        const name = textOf(record, field);
        if (name === null) continue;
        const key = referenceKey(resource, name);
        byKey.set(key, [...(byKey.get(key) ?? []), record]);
      }
    }
  }
  return {
    resolve(resource, value) {
      return pick(found.get(resource)?.get(referenceKey(resource, value)) ?? []);
    },
  };
}
