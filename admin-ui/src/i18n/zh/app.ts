// The console's own texts (app.*). Placeholders: app.filter.from/to take %{field} (its label),
// app.flowchart.title %{name} (the power's name), app.powers.fill_template_removed %{names},
// app.export.done %{smart_count}; the importer's and dashboard's are listed in their files.
import type { StringMap } from 'ra-core';
import { roles, tiers } from '../../../../config/src/console';
import { dashboard } from './appDashboard';
import { importTexts } from './appImport';
import { lawpropTexts } from './appLawprop';
import { lists } from './appLists';
import { publicTexts } from './appPublic';
import { certificateTexts } from './appCertificates';
import { reportTexts } from './appReports';
import { assessmentTexts } from './appAssessments';
import { accountabilityTexts } from './appAccountability';
import { deskTexts } from './appDesk';
import { securityTexts } from './appSecurity';

export const app: StringMap = {
  title: '行政执法责任制管理系统',
  header: {
    // The tiers' names as config/tiers.json gives them.
    tier: Object.fromEntries(tiers.map((t) => [t.key, t.name])),
    organisation: '所属单位',
    role: '角色',
    signedInAs: '当前用户',
  },
  menu: {
    // Sidebar groups (src/layout/menuGroups.ts); a resource added later lands in 系统.
    groups: {
      organisation: '组织机构',
      powers: '执法依据与职权',
      lists: '权责清单',
      supervision: '监督考核',
      system: '系统',
    },
    review_queue: '待办审核',
  },
  // Role names as config/roles.json gives them (history entries carry the role's key).
  roles: Object.fromEntries(roles.map((r) => [r.type, r.name])),
  autocomplete: { no_options: '无匹配项', open: '展开', close: '收起', clear: '清除' },
  list: { actions: '操作' },
  filter: { from: '%{field}（起）', to: '%{field}（止）' },
  field: {
    personal: '个人信息：列表中部分隐去，仅在详情页完整显示并记录查阅',
  },
  json: {
    helper: '以 JSON 格式填写',
    invalid: 'JSON 格式不正确',
  },
  language: { label: '语言', zh: '简体中文', en: 'English' },
  stale: {
    title: '记录已被他人修改',
    body: '在您编辑期间，其他人修改并保存了这条记录。请重新加载最新内容后再编辑，您尚未保存的修改不会保留。',
    reload: '重新加载',
  },
  flowchart: {
    title: '%{name}运行流程图',
    heading: '运行流程图',
    end: '结束',
    unnamed_step: '（未命名环节）',
    empty: '尚未填写责任事项，流程图仅显示开始和结束。',
    download_svg: '下载 SVG',
    download_png: '下载 PNG',
    download_failed: '流程图下载失败，请重试。',
  },
  import: importTexts,
  lawprop: lawpropTexts,
  export: {
    xlsx: '导出 Excel',
    csv: '导出 CSV',
    progress: '正在导出…',
    done: '已导出 %{smart_count} 条记录。 |||| 已导出 %{smart_count} 条记录。',
    failed: '导出失败，请重试。',
    yes: '是',
    no: '否',
  },
  dashboard,
  powers: {
    fill_template: '按权力类型模板填写责任事项',
    fill_template_confirm: '将按当前权力类型的模板替换已填写的责任事项，是否继续？',
    section_basic: '基本信息',
    section_bases: '法律依据',
    section_steps: '责任事项',
    section_accountability: '追责情形',
    section_discretion: '裁量基准',
    section_risks: '廉政风险点',
    section_decomposition: '职权分解',
    none_recorded: '未填写',
    new_needs_adjustment: '新增权责事项须先有本部门经司法行政部门批准的“新增”或“承接”职权调整（第十一条、第十三条）。本部门目前没有可用的已批准调整，请先申请职权调整，批准后再新建。',
    new_with_adjustment: '新增权责事项须关联本部门已批准的“新增”或“承接”职权调整（第十一条、第十三条）。请在下方“职权调整”中选择：%{adjustments}。',
    start_adjustment: '申请新增职权（职权调整）',
    checking_adjustments: '正在查询本部门已批准的职权调整…',
    fill_template_removed: '同名环节保留已填内容；以下环节将被移除：%{names}',
    fill_template_no_type: '请先在基本信息中选择权力类型',
    articles_hint: '可从所选法律法规的条款中选择，也可直接输入后按回车；多个条款以“、”分隔',
    articles_pick_basis_first: '请先选择法律法规',
    discretion_penalty_only: '裁量基准仅适用于行政处罚事项，当前权力类型无需填写。',
    decomposition_pick_department: '请先在基本信息中选择实施主体',
    post_pick_agency_first: '请先选择承办机构',
  },
  // Actions of the list workflow (config/workflow.json listTransitions).
  transition: {
    submit: '提交',
    forward: '转法制审核',
    approve: '审核通过',
    return: '退回',
    publish: '公布',
    withdraw: '撤回',
  },
  lists,
  public: publicTexts,
  certificates: certificateTexts,
  reports: reportTexts,
  assessments: assessmentTexts,
  accountability: accountabilityTexts,
  representation: {
    assessment: '%{year} 年度评议考核（%{grade}）',
    no_grade: '未评定',
    rating: '%{year} 年度公众评议（%{rating} 星）',
    untitled: '（未填写内容）',
  },
  posts: {
    officers: '在岗执法人员',
    powers: '分解到本岗位的职权',
    none: '暂无。',
    all: '查看全部 %{count} 条',
  },
  desk: deskTexts,
  ...securityTexts,
};
