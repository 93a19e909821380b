// Texts of the list importer (app.import.*, src/import). Placeholders as the importer passes them:
// %{resource}, %{name}, %{header}, %{headers}, %{done}/%{total}, %{count}, %{max}, %{message} and
// %{smart_count} for counts.
import type { StringMap } from 'ra-core';

export const importTexts: StringMap = {
  button: '导入',
  title: '从 Excel 或 CSV 文件导入权责清单',
  dialog_title: '导入“%{resource}”',
  choose_file: '选择文件（.xlsx 或 .csv）',
  file_hint: '读取第一个工作表；表头为第一行（有标题行时为其下一行）。CSV 文件须为 UTF-8 编码。',
  file_chosen: '已读取“%{name}”，共 %{smart_count} 行数据。 |||| 已读取“%{name}”，共 %{smart_count} 行数据。',
  reading: '正在读取文件…',
  mapping: '表头对应关系',
  mapping_label: '表头对应关系表',
  header: '表头',
  sample: '示例内容',
  target: '导入到',
  target_for: '“%{header}”列导入到',
  not_imported: '（不导入）',
  unknown_header: '无法识别的表头（该列不导入）',
  duplicate_header: '与前面的列对应同一字段（该列不导入）',
  unknown_headers: '以下表头无法识别，对应的列不会导入：%{headers}',
  preview: '预览',
  validate: '校验',
  validating: '正在校验：%{done} / %{total} 行',
  resolving: '正在查找引用的法律法规和机构…',
  progress: '正在导入…',
  report_label: '校验报告',
  row: '行号',
  column: '列',
  rule: '校验规则',
  message: '问题说明',
  whole_row: '整行',
  errors_found: '发现 %{smart_count} 处问题，请修改文件后重新导入。 |||| 发现 %{smart_count} 处问题，请修改文件后重新导入。',
  all_passed:
    '全部 %{smart_count} 行校验通过。确认导入后一次性写入；任何一行失败都不会写入。 |||| 全部 %{smart_count} 行校验通过。确认导入后一次性写入；任何一行失败都不会写入。',
  shown_first: '仅显示前 %{count} 条问题。',
  confirm: '确认导入',
  done: '导入完成，共写入 %{smart_count} 条记录。 |||| 导入完成，共写入 %{smart_count} 条记录。',
  missing_laws: '法律依据库中尚无以下 %{smart_count} 部法律法规（每部列一次）：须由本部门提出、司法行政部门审核收录后，这些行方可通过（第十条）。 |||| 法律依据库中尚无以下 %{smart_count} 部法律法规（每部列一次）：须由本部门提出、司法行政部门审核收录后，这些行方可通过（第十条）。',
  missing_law_rows: '第 %{rows} 行引用',
  nothing_written: '未写入任何数据。',
  too_many_rows: '一次最多导入 %{max} 行，请拆分文件后分别导入。',
  too_large: '数据超过 20 MB，请拆分文件后分别导入。',
  no_rows: '文件中没有数据行。',
  no_mapping: '没有任何列对应到字段，请在上表中选择。',
  failed: '导入请求失败：%{message}',
  // Import targets that are not plain schema fields.
  targets: {
    accountability_basis: '追责依据',
    decomposition_agency: '承办机构（职权分解）',
    department: '实施主体（仅供核对，不导入）',
  },
  // Checks made in the browser before anything is sent; the server's own use errors.<CODE>.
  problem: {
    INVALID_VALUE: '取值无效',
    REFERENCE_NOT_FOUND: '引用的记录不存在',
    REFERENCE_AMBIGUOUS: '引用的记录不唯一',
    DUPLICATE_CODE: '事项编码重复',
    ORPHAN_BASIS: '追责依据缺少对应的追责情形',
  },
  sheet_error: {
    UNSUPPORTED: '仅支持 .xlsx 和 .csv 文件；.xls 文件请先在 Excel 中另存为 .xlsx',
    ENCODING: '该 CSV 文件不是 UTF-8 编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入',
    EMPTY: '文件中没有工作表或表头',
    UNREADABLE: '无法读取该 Excel 文件，请确认是 .xlsx 格式',
  },
};
