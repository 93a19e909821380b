// Columns a department mapped by hand, remembered on the server per department (issue 15): applied to
// the columns of its next sheet that the synonym table does not know, and saved when the user picks
// a target for such a column.
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import { isMultiTarget, retarget, type ColumnMapping } from '../import/headerMapping';

/** The server's comparison key of a header (cms/src/domain/import/header-mapping.ts). */
export const rememberedKey = (header: string): string => header.normalize('NFKC').replace(/\s+/g, '').slice(0, 200);

/** Unknown columns take the department's remembered target, when that target is one the importer offers. */
export function applyRemembered(mapping: ColumnMapping[], remembered: Record<string, string>, targets: ReadonlySet<string>, resource: string): ColumnMapping[] {
  return mapping.reduce((current, m) => {
    if (m.status !== 'unknown') return current;
    const target = remembered[rememberedKey(m.header)];
    if (!target || !targets.has(target)) return current;
    // A column the synonym table placed keeps its single-column target.
    if (!isMultiTarget(resource, target) && current.some((c) => c.target === target)) return current;
    return retarget(current, m.column, target, resource);
  }, mapping);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function fetchRemembered(resource: string): Promise<Record<string, string>> {
  const { json } = await httpClient(`${API_URL}/header-mappings?resource=${encodeURIComponent(resource)}`);
  const mappings = isObject(json) && isObject(json.mappings) ? json.mappings : {};
  return Object.fromEntries(Object.entries(mappings).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export async function saveRemembered(resource: string, header: string, target: string | null): Promise<void> {
  await httpClient(`${API_URL}/header-mappings`, { method: 'PUT', body: JSON.stringify({ resource, mappings: { [header]: target } }) });
}
