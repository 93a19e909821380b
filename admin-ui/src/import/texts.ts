// The importer's texts: app.import.* keys with their Chinese wording as the fallback, so the
// screen reads right even before a catalogue carries a key.
import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

export const IMPORT_TEXTS = {
  button: '导入',
  dialog_title: '导入“%{resource}”',
  choose_file: '选择文件（.xlsx 或 .csv）',
  file_hint: '读取第一个工作表；表头为第一行（有标题行时为其下一行）。CSV 文件须为 UTF-8 编码。',
  file_chosen: '已读取“%{name}”，共 %{smart_count} 行数据。',
  reading: '正在读取文件…',
  mapping: '表头对应关系',
  header: '表头',
  sample: '示例内容',
  target: '导入到',
  target_for: '“%{header}”列导入到',
  not_imported: '（不导入）',
  unknown_header: '无法识别的表头（该列不导入）',
  duplicate_header: '与前面的列对应同一字段（该列不导入）',
  unknown_headers: '以下表头无法识别，对应的列不会导入：%{headers}',
  validate: '校验',
  validating: '正在校验：%{done} / %{total} 行',
  resolving: '正在查找引用的法律法规和机构…',
  progress: '正在导入…',
  row: '行号',
  column: '列',
  rule: '校验规则',
  message: '问题说明',
  whole_row: '整行',
  errors_found: '发现 %{smart_count} 处问题，请修改文件后重新导入。',
  all_passed: '全部 %{smart_count} 行校验通过。确认导入后一次性写入；任何一行失败都不会写入。',
  shown_first: '仅显示前 %{count} 条问题。',
  confirm: '确认导入',
  done: '导入完成，共写入 %{smart_count} 条记录。',
  missing_laws: '法律依据库中尚无以下 %{smart_count} 部法律法规（每部列一次）：须由本部门提出、司法行政部门审核收录后，这些行方可通过（第十条）。',
  missing_law_rows: '第 %{rows} 行引用',
  batch_ready: "全部 %{smart_count} 行校验通过：新增 %{added} 项、变更 %{changed} 项。新增或变更职权须经司法行政部门批准（第十一条），请作为一次职权调整申请提交本级司法行政部门审核。",
  batch_submit: "提交职权调整申请",
  batch_title: "提交职权调整申请？",
  batch_consequence: "本次导入的 %{smart_count} 项将作为一次职权调整申请（新增 %{added} 项、变更 %{changed} 项）提交本级司法行政部门审核；批准后一次性写入，退回则不写入任何职权。",
  batch_reason: "调整原因",
  batch_reason_hint: "例如：首次梳理法律依据、编制本部门权责清单（第十条）",
  batch_cancel: "取消",
  batch_done: "已提交职权调整申请，等待司法行政部门审核。",
  batch_refused: "申请未提交：有 %{smart_count} 行未通过校验。",
  rows_title: "批量调整事项（共 %{smart_count} 项：新增 %{added} 项、变更 %{changed} 项）",
  rows_label: "批量调整事项表",
  rows_sheet_row: "表格行号",
  rows_action: "调整",
  rows_code: "事项编码",
  rows_name: "权力名称",
  rows_type: "权力类型",
  rows_bases: "设定依据",
  action_add: "新增",
  action_change: "变更",
  nothing_written: '未写入任何数据。',
  too_many_rows: '一次最多导入 %{max} 行，请拆分文件后分别导入。',
  too_large: '数据超过 20 MB，请拆分文件后分别导入。',
  no_rows: '文件中没有数据行。',
  no_mapping: '没有任何列对应到字段，请在上表中选择。',
  failed: '导入请求失败：%{message}',
  report_label: '校验报告',
  mapping_label: '表头对应关系表',
} as const;

export type ImportTextKey = keyof typeof IMPORT_TEXTS;

/** Texts of the client-side checks (app.import.problem.<CODE>); server codes use errors.<CODE>. */
export const PROBLEM_TEXTS: Record<string, string> = {
  INVALID_VALUE: '取值无效',
  REFERENCE_NOT_FOUND: '引用的记录不存在',
  REFERENCE_AMBIGUOUS: '引用的记录不唯一',
  DUPLICATE_CODE: '事项编码重复',
  ORPHAN_BASIS: '追责依据缺少对应的追责情形',
};

/** Virtual targets' keys under app.import.targets.* (dots would nest in polyglot). */
export const TARGET_TEXT_KEYS: Record<string, string> = {
  'accountabilities.basis': 'accountability_basis',
  'decomposition.agency': 'decomposition_agency',
  department: 'department',
};

export type ImportText = (key: ImportTextKey, options?: Record<string, unknown>) => string;

export function useImportText(): ImportText {
  const translate = useTranslate();
  return useCallback((key, options = {}) => translate(`app.import.${key}`, { ...options, _: IMPORT_TEXTS[key] }), [translate]);
}
