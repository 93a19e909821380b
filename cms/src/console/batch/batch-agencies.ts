// Agencies (执法机构) a department's sheet names that the department does not have yet (issue 15,
// Art. 11: powers are decomposed to the department's own agencies). The console sends such an entry
// of a power's decomposition by name (`agencyName`) instead of an id; the server looks the name up
// among the department's agencies (spaces and full-width brackets ignored), lists the names it lacks
// once each with the rows naming them, and the clerk accepts them in the preview (`agencies`). An
// accepted name is created with the batch, in the approval's transaction, under the department;
// a name not accepted fails its rows. Nothing is created before the approval, and a refusal
// creates nothing.
import type { Core } from '@strapi/strapi';
import type { UserActor } from '../../scope/actor';
import { isRow, rowsOf, strOf, type Row } from '../../util/row';
import { auditCreates } from '../bulk/audit';
import { documentIdGenerator, metaOf } from '../bulk/metadata';
import { ConsoleError } from '../errors';

export const AGENCY = 'api::agency.agency';

/** The comparison key of an agency's name: width folded (（）→()), no spaces of any kind. */
export const agencyKey = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');

export interface MissingAgencyCitation {
  index: number;
  /** As the sheet spells it (trimmed). */
  name: string;
  key: string;
}

export interface MissingAgencyEntry {
  name: string;
  /** Sheet rows (or, without them, 1-based data rows) naming the agency. */
  rows: number[];
  /** Whether the clerk accepted it for creation with the batch. */
  accepted: boolean;
}

/** The department's agencies by key. */
export async function departmentAgencies(strapi: Core.Strapi, departmentId: string): Promise<Map<string, string>> {
  const found = rowsOf(await strapi.db.query(AGENCY).findMany({ where: { department: { documentId: departmentId } }, select: ['documentId', 'name'] }));
  return new Map(found.map((a) => [agencyKey(strOf(a, 'name') ?? ''), String(a.documentId)]));
}

const nameOf = (entry: Row): string => (typeof entry.agencyName === 'string' ? entry.agencyName.trim().slice(0, 100) : '');
const hasId = (entry: Row): boolean => typeof entry.agency === 'string' && entry.agency !== '';

/** The names a row's decomposition gives instead of an agency id. */
export function agencyNamesOf(row: Row): string[] {
  return rowsOf(row.decomposition).filter((d) => !hasId(d)).map(nameOf).filter((n) => n !== '');
}

/**
 * The row as judged: names the department has become ids; a name it lacks leaves the entry without
 * an agency (created at approval when accepted); `agencyName` never reaches the power.
 */
export function resolveAgencyNames(row: Row, index: number, agencies: ReadonlyMap<string, string>): { row: Row; missing: MissingAgencyCitation[] } {
  if (!Array.isArray(row.decomposition)) return { row, missing: [] };
  const missing: MissingAgencyCitation[] = [];
  const decomposition = row.decomposition.filter(isRow).map((entry) => {
    const { agencyName: _name, ...rest } = entry;
    const name = nameOf(entry);
    if (hasId(entry) || name === '') return rest;
    const key = agencyKey(name);
    const id = agencies.get(key);
    if (id) return { ...rest, agency: id };
    missing.push({ index, name, key });
    const { agency: _none, ...withoutAgency } = rest;
    return withoutAgency;
  });
  return { row: { ...row, decomposition }, missing };
}

/** The names the clerk accepted, as keys (`agencies: string[]` of a request body). */
export function acceptedAgencies(body: unknown): Set<string> {
  const list = isRow(body) && Array.isArray(body.agencies) ? body.agencies : [];
  return new Set(list.filter((n): n is string => typeof n === 'string' && n.trim() !== '').slice(0, 1000).map(agencyKey));
}

/** The refusal of a row naming an agency that is neither the department's nor accepted (Art. 11). */
export function agencyRefusal(name: string): ConsoleError {
  const message = `依据《内蒙古自治区行政执法责任制规定》第十一条，本部门尚无执法机构“${name}”；请在预览中确认随本批一并新建，或改为本部门已有的执法机构。`;
  return new ConsoleError(400, 'AGENCY_NOT_FOUND', message, { decomposition: [message] });
}

/** Each missing agency once, with its rows and whether it is accepted. */
export function missingAgencyEntries(missing: readonly MissingAgencyCitation[][], sheetRows: readonly (number | null)[], accepted: ReadonlySet<string>): MissingAgencyEntry[] {
  const byKey = new Map<string, MissingAgencyEntry>();
  for (const c of missing.flat()) {
    const entry = byKey.get(c.key) ?? { name: c.name, rows: [], accepted: accepted.has(c.key) };
    const sheetRow = sheetRows[c.index] ?? c.index + 1;
    if (!entry.rows.includes(sheetRow)) entry.rows.push(sheetRow);
    byKey.set(c.key, entry);
  }
  return [...byKey.values()].map((e) => ({ ...e, rows: [...e.rows].sort((a, b) => a - b) }));
}

/**
 * At approval, inside its transaction: creates under the department every agency the batch's rows
 * name that the department lacks (one per key, as first spelled), audited as created by the
 * approving reviewer. Returns their documentIds.
 */
export async function createNamedAgencies(strapi: Core.Strapi, actor: UserActor, departmentId: string, rows: readonly Row[], now: Date): Promise<string[]> {
  const existing = await departmentAgencies(strapi, departmentId);
  const toCreate = new Map<string, string>();
  for (const name of rows.flatMap(agencyNamesOf)) {
    const key = agencyKey(name);
    if (!existing.has(key) && !toCreate.has(key)) toCreate.set(key, name);
  }
  if (toCreate.size === 0) return [];
  const department: unknown = await strapi.db.query('api::department.department').findOne({ where: { documentId: departmentId }, select: ['id'] });
  if (!isRow(department)) throw new ConsoleError(400, 'NOT_FOUND', '批量职权调整的申请部门不存在。');
  const newDocumentId = documentIdGenerator(metaOf(strapi, AGENCY));
  const ids: string[] = [];
  for (const name of toCreate.values()) {
    const documentId = newDocumentId();
    await strapi.db.query(AGENCY).create({ data: { documentId, name, department: department.id, publishedAt: now } });
    ids.push(documentId);
  }
  await auditCreates({ strapi, actor, uid: AGENCY, now }, ids);
  return ids;
}
