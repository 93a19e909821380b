// Guards for the public API's bodies (config/src/contracts.ts): read as `unknown`, trusted once checked.
import type { ListItem, ListItemBasis, PublicDepartment, PublicGovernment, PublicItemDetail, PublicItemPage, PublicItemSummary, PublicListMeta } from '../../../config/src/contracts';
import { isObject } from '../providers/types';
import { strOrNull as str, numOrNull as num, idOrNull as id } from '../providers/values';

export type { ListItem, ListItemBasis, PublicDepartment, PublicGovernment, PublicItemSummary, PublicListMeta };
export type PublicItem = PublicItemDetail['data'];

const rows = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isObject) : []);
const dataOf = (body: unknown): unknown => (isObject(body) ? body.data : null);

function parseGovernment(value: unknown): PublicGovernment | null {
  if (!isObject(value)) return null;
  const code = str(value.code);
  if (!code) return null;
  return { code, name: str(value.name) ?? code, tier: str(value.tier) ?? '', parentCode: str(value.parentCode), publishedDepartments: num(value.publishedDepartments) ?? 0 };
}

export function parseGovernments(body: unknown): PublicGovernment[] {
  const data = dataOf(body);
  return Array.isArray(data) ? data.map(parseGovernment).filter((g): g is PublicGovernment => g !== null) : [];
}

function parseListMeta(value: unknown): PublicListMeta | null {
  if (!isObject(value)) return null;
  const listId = id(value.id);
  if (!listId) return null;
  return {
    id: listId,
    title: str(value.title),
    versionNumber: num(value.versionNumber) ?? 0,
    publicationDate: str(value.publicationDate),
    state: value.state === 'superseded' ? 'superseded' : 'published',
    itemCount: num(value.itemCount) ?? 0,
  };
}

function parseDepartment(value: unknown): PublicDepartment | null {
  if (!isObject(value)) return null;
  const depId = id(value.id);
  if (!depId) return null;
  const government = isObject(value.government) ? { code: str(value.government.code) ?? '', name: str(value.government.name) ?? '' } : { code: '', name: '' };
  return { id: depId, name: str(value.name) ?? '', government, list: parseListMeta(value.list), underAdjustment: value.underAdjustment === true };
}

export function parseDepartments(body: unknown): PublicDepartment[] {
  const data = dataOf(body);
  return Array.isArray(data) ? data.map(parseDepartment).filter((d): d is PublicDepartment => d !== null) : [];
}

export const parseDepartmentBody = (body: unknown): PublicDepartment | null => parseDepartment(dataOf(body));

function parseSummary(value: unknown): PublicItemSummary | null {
  if (!isObject(value)) return null;
  const itemId = id(value.id);
  if (!itemId) return null;
  return { id: itemId, code: str(value.code) ?? '', name: str(value.name) ?? '', subItem: str(value.subItem), type: str(value.type) ?? '', status: str(value.status) ?? '' };
}

export function parseItemPage(body: unknown): PublicItemPage | null {
  if (!isObject(body) || !isObject(body.meta) || !Array.isArray(body.data)) return null;
  const { meta } = body;
  const list = parseListMeta(meta.list);
  if (!list) return null;
  const department = isObject(meta.department) ? { id: id(meta.department.id) ?? '', name: str(meta.department.name) ?? '' } : { id: '', name: '' };
  return {
    data: body.data.map(parseSummary).filter((s): s is PublicItemSummary => s !== null),
    meta: { page: num(meta.page) ?? 1, pageSize: num(meta.pageSize) ?? 20, total: num(meta.total) ?? 0, list, department },
  };
}

function parseBasis(row: Record<string, unknown>): ListItemBasis {
  return {
    kind: str(row.kind) ?? '',
    legalBasisId: id(row.legalBasisId),
    title: str(row.title),
    documentNumber: str(row.documentNumber),
    level: str(row.level),
    basisStatus: str(row.basisStatus),
    articles: str(row.articles),
    excerpt: str(row.excerpt),
  };
}

export function parseItem(body: unknown): PublicItem | null {
  const value = dataOf(body);
  if (!isObject(value)) return null;
  const itemId = id(value.id);
  const list = parseListMeta(value.list);
  if (!itemId || !list) return null;
  return {
    id: itemId,
    list,
    department: isObject(value.department) ? { id: id(value.department.id) ?? '', name: str(value.department.name) ?? '' } : { id: '', name: '' },
    powerId: str(value.powerId) ?? '',
    code: str(value.code) ?? '',
    name: str(value.name) ?? '',
    subItem: str(value.subItem),
    type: str(value.type) ?? '',
    tier: str(value.tier),
    status: str(value.status) ?? '',
    departmentName: str(value.departmentName) ?? '',
    bases: rows(value.bases).map(parseBasis),
    steps: rows(value.steps).map((r) => ({ step: str(r.step) ?? '', content: str(r.content), basis: str(r.basis) })),
    accountabilities: rows(value.accountabilities).map((r) => ({ situation: str(r.situation) ?? '', basis: str(r.basis) })),
    legalTimeLimit: str(value.legalTimeLimit),
    promisedTimeLimit: str(value.promisedTimeLimit),
    feeBasis: str(value.feeBasis),
    consultationPhone: str(value.consultationPhone),
    supervisionPhone: str(value.supervisionPhone),
    serviceGuide: str(value.serviceGuide),
    flowchart: str(value.flowchart),
    statutoryMin: num(value.statutoryMin),
    statutoryMax: num(value.statutoryMax),
    discretion: rows(value.discretion).map((r) => ({
      circumstance: str(r.circumstance),
      level: num(r.level),
      levelName: str(r.levelName),
      penaltyKind: str(r.penaltyKind),
      min: num(r.min),
      max: num(r.max),
      unit: str(r.unit),
    })),
    riskPoints: rows(value.riskPoints).map((r) => ({ step: str(r.step), description: str(r.description), level: str(r.level), measure: str(r.measure) })),
    decomposition: rows(value.decomposition).map((r) => ({ agency: str(r.agency), post: str(r.post), role: str(r.role) ?? '' })),
    remarks: str(value.remarks),
    guidance: rows(value.guidance).map((r) => ({
      kind: str(r.kind) ?? '',
      title: str(r.title) ?? '',
      content: str(r.content),
      conditions: str(r.conditions),
      basis: str(r.basis),
      caseDate: str(r.caseDate),
      outcome: str(r.outcome),
    })),
  };
}
