// A published list as a table with the columns staff and the public expect of a 权责清单
// (DOMAIN.md; Inner Mongolia's minimum: name, type, responsible body, legal basis, responsibility
// steps, accountability situations and their basis). Shared by the CSV and XLSX exports.
import type { ListItem } from '@nmg/config';
import { basisKindName, powerStatusName, powerTypeName, tierName } from './labels';

export interface ExportColumn {
  header: string;
  /** Column width in characters (XLSX). */
  width: number;
  value: (item: ListItem) => string;
}

const numbered = (lines: string[]): string => (lines.length > 1 ? lines.map((line, i) => `${i + 1}. ${line}`) : lines).join('\n');
const distinct = (values: (string | null)[]): string => [...new Set(values.filter((v): v is string => Boolean(v)))].join('、');
const text = (value: string | null): string => value ?? '';

function basesText(item: ListItem): string {
  return numbered(
    item.bases.map((b) => {
      const law = b.title ? `《${b.title.replace(/^《|》$/g, '')}》` : '';
      const prefix = b.kind && b.kind !== 'setting' ? `${basisKindName(b.kind)}：` : '';
      return `${prefix}${law}${b.articles ?? ''}`;
    }),
  );
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: '事项编码', width: 18, value: (i) => i.code },
  { header: '事项名称', width: 36, value: (i) => i.name },
  { header: '子项', width: 24, value: (i) => text(i.subItem) },
  { header: '权力类型', width: 12, value: (i) => powerTypeName(i.type) },
  { header: '行使层级', width: 10, value: (i) => tierName(i.tier) },
  { header: '实施主体', width: 24, value: (i) => i.departmentName },
  { header: '承办机构', width: 24, value: (i) => distinct(i.decomposition.map((d) => d.agency)) },
  { header: '设定依据', width: 48, value: basesText },
  { header: '责任事项', width: 48, value: (i) => numbered(i.steps.map((s) => (s.content ? `${s.step}：${s.content}` : s.step))) },
  { header: '追责情形', width: 48, value: (i) => numbered(i.accountabilities.map((a) => a.situation)) },
  { header: '追责依据', width: 36, value: (i) => distinct(i.accountabilities.map((a) => a.basis)) },
  { header: '法定时限', width: 14, value: (i) => text(i.legalTimeLimit) },
  { header: '承诺时限', width: 14, value: (i) => text(i.promisedTimeLimit) },
  { header: '收费依据', width: 20, value: (i) => text(i.feeBasis) },
  { header: '咨询电话', width: 16, value: (i) => text(i.consultationPhone) },
  { header: '监督电话', width: 16, value: (i) => text(i.supervisionPhone) },
  { header: '状态', width: 8, value: (i) => powerStatusName(i.status) },
  { header: '备注', width: 24, value: (i) => text(i.remarks) },
];

/** The header row and one row per item, in list order. */
export const exportTable = (items: readonly ListItem[]): string[][] => [EXPORT_COLUMNS.map((c) => c.header), ...items.map((item) => EXPORT_COLUMNS.map((c) => c.value(item)))];

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187). */
export function contentDisposition(fileName: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
