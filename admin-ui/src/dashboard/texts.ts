// Chinese defaults (`_`) of the dashboard's keys (app.dashboard.*), so every figure, heading and
// chart is labelled even where the catalogue (src/i18n) lacks a key. Value names that the
// regulation's configuration already gives (power types, list states) come from config/*.json.
import { powerTypes, workflow } from '../../../config/src/console';

export const textsZh = {
  title: '工作台',
  'groups.totals': '概况',
  'groups.completeness': '职权分解与责任落实',
  pending_reviews: '待审核事项',
  'groups.certificates': '执法证件',
  overdue: '逾期事项',
  by_type: '按权力类型统计（有效职权）',
  by_status: '按状态统计',
  lists_by_state: '权责清单状态',
  link: '查看明细',
  link_label: '查看明细：%{label}（%{count}）',
  truncated: '明细列出前 %{limit} 条',
  chart_table: '%{title}（数据表）',
  column_name: '项目',
  column_count: '数量',
  loading: '正在统计…',
  error: '统计数据加载失败。',
  retry: '重试',
  nothing_to_do: '没有需要处理的事项。',
} as const;

export type DashboardText = keyof typeof textsZh;

/** Headings of the dashboard per tier, e.g. 锡林浩特市 · 旗县级工作台. */
export const tierTitlesZh: Record<string, string> = {
  region: '自治区级工作台',
  league: '盟市级工作台',
  county: '旗县级工作台',
  township: '苏木乡镇级工作台',
};

/** app.dashboard.figures.<key>; certificatesExpiring takes %{days}. */
export const figuresZh: Record<string, string> = {
  activePowers: '有效职权事项',
  powersWithoutDecomposition: '未分解到执法机构和岗位的职权',
  powersWithoutAccountabilities: '缺少追责情形的职权',
  powersWithoutSteps: '缺少责任事项的职权',
  powersWithoutServiceGuide: '缺少办事指南的依申请职权',
  postsWithoutOfficers: '有职权但未配备执法人员的岗位',
  postsWithoutResponsibilities: '有职权但未确定执法责任的岗位',
  listsInReview: '待审核的权责清单',
  adjustmentsSubmitted: '待审批的职权调整',
  certificatesExpiring: '%{days} 日内到期的执法证件',
  certificatesExpiredStillValid: '已过期但仍登记为有效的执法证件',
  filingsOverdue: '逾期未备案的重大行政处罚决定',
  accountabilityCasesOverdue: '逾期未整改的责任追究事项',
  annualReportsOverdue: '逾期未报送的年度报告',
  postsWithLapsedCertificates: '有执法职权但有人员证件失效的岗位',
  certificatesSuspended: '被暂扣的执法证件',
  certificateReviewsDue: '%{days} 日内应年审的执法证件',
  filingsFiledLate: '超过期限才备案的重大行政处罚决定',
  filingsNotReceived: '已报送、司法行政部门尚未登记接收的备案',
  annualReportsSubmittedLate: '逾期报送的年度报告',
  annualReportsReturnedOverdue: '被退回且已过报送期限的年度报告',
};

export const powerTypesZh: Record<string, string> = Object.fromEntries(powerTypes.types.map((t) => [t.key, t.name]));
export const powerStatusesZh: Record<string, string> = { valid: '有效', cancelled: '取消', delegated: '下放', undertaken: '承接', changed: '变更' };
export const listStatesZh: Record<string, string> = Object.fromEntries(workflow.listStates.map((s) => [s.key, s.name]));

/** app.dashboard.compare.*: the comparison of subordinate governments (issue 14, point 6). */
export const compareZh: Record<string, string> = {
  title: '下级政府对比',
  government: '政府',
  table: '下级政府各项数字（每个数字链接到对应的明细列表）',
  chart: '对比图：%{label}',
  choose: '图中对比的项目',
  cell_label: '%{government}：%{label}（%{count}），查看明细',
  'figures.activePowers': '有效职权',
  'figures.powersPendingAdjustment': '待动态调整的职权',
  'figures.listsInReview': '待审核的权责清单',
  'figures.listsPublished': '已公布的权责清单',
  'figures.tasksOverdue': '逾期的动态调整任务',
  'figures.certificateWarnings': '即将到期或已过期的执法证件',
  'figures.casesOpen': '未办结的责任追究',
};
