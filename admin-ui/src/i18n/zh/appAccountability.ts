// Texts of the accountability screens (app.accountability.*, src/accountability) and of the
// dashboard's accountability figures. Placeholders: history_actor %{actor}; state_heading %{state};
// overdue_notice %{date}; reasons_helper %{count}.
import type { StringMap } from 'ra-core';

export const accountabilityTexts: StringMap = {
  state_heading: '办理状态：%{state}',
  timeline: '办理记录',
  history_empty: '暂无办理记录。',
  history_actor: '办理人：%{actor}',
  system_actor: '系统（逾期自动升级）',
  history_action: { open: '立案', correct: '记录整改', escalate: '逾期升级', exempt: '尽职免责', close: '办结', 'open-escalation': '升级立案' },
  correct: '记录整改',
  exempt: '尽职免责',
  close: '办结',
  confirm: '确定',
  correct_title: '记录整改完成',
  corrected_at: '整改完成日期',
  correct_helper: '整改完成日期不能晚于改正期限；逾期未改正的，系统将自动升级为通报批评（第二十七条）。',
  exempt_title: '尽职免责决定（第二十九条）',
  exempt_helper: '逐项核查是否符合尽职免责标准；标注“必备”的各项须全部符合，并写明免责理由。',
  checklist: '尽职免责核查清单',
  required_mark: '（必备）',
  reasons: '免责理由',
  reasons_helper: '不少于 %{count} 个字',
  overdue_notice: '改正期限（%{date}）已过且未记录整改，系统将自动升级为通报批评（第二十七条）。',
  escalated_notice: '逾期未改正，已由系统自动升级为通报批评（第二十七条），见后续案件。',
  dashboard: {
    title: '责任追究',
    figures: { casesOpen: '办理中的责任追究案件', ordersOverdue: '已过改正期限的责令改正', ordersEscalated: '逾期升级为通报批评的责令改正', criticismsOpen: '办理中的通报批评' },
  },
};
