// Art. 10 (compiling the list from the sheets offices keep): a column name the synonym table does not
// know is mapped by hand once, and the department's choice is remembered for its next sheet. Pure
// checks of what may be remembered; the header is compared as the importer compares it (width,
// spaces and line breaks ignored).

export interface HeaderMappingInput {
  resource: string;
  /** header → target field, or null to forget it. */
  mappings: Map<string, string | null>;
}

export type MappingCheck = { ok: true; value: HeaderMappingInput } | { ok: false; code: 'HEADER_MAPPING_INVALID'; field: string; message: string };

const RESOURCE = /^[a-z][a-z0-9-]{0,59}$/;
const TARGET = /^[A-Za-z][A-Za-z0-9_]{0,59}(\.[A-Za-z][A-Za-z0-9_]{0,59})?$/;
const MAX_ENTRIES = 200;

export const headerKey = (header: string): string => header.normalize('NFKC').replace(/\s+/g, '').slice(0, 200);

const refuse = (field: string, message: string): MappingCheck => ({ ok: false, code: 'HEADER_MAPPING_INVALID', field, message: `依据《内蒙古自治区行政执法责任制规定》第十条，${message}` });

export function readHeaderMappings(body: Record<string, unknown>): MappingCheck {
  const resource = typeof body.resource === 'string' ? body.resource : '';
  if (!RESOURCE.test(resource)) return refuse('resource', '须写明导入的数据类别。');
  const raw = body.mappings;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('mappings', '表头对应关系须为 { 表头: 字段 }。');
  const entries = Object.entries(raw);
  if (entries.length > MAX_ENTRIES) return refuse('mappings', `一次最多保存 ${MAX_ENTRIES} 个表头。`);
  const mappings = new Map<string, string | null>();
  for (const [header, target] of entries) {
    const key = headerKey(header);
    if (key === '') return refuse('mappings', '表头不能为空。');
    if (target !== null && (typeof target !== 'string' || !TARGET.test(target))) return refuse(`mappings.${header}`, `“${header}”对应的字段无效。`);
    mappings.set(key, target);
  }
  return { ok: true, value: { resource, mappings } };
}
