// Enumeration values in Chinese. Where the regulation's configuration already names a value
// (power types, tiers, list states, adjustment kinds, assessment items), the name comes from
// config/*.json, and power statuses and basis kinds from config/src/valueNames.ts (the public exports
// read the same), so the console and the server never disagree on it.
import type { StringMap } from 'ra-core';
import { accountability, assessment, powerTypes, roles, tiers, workflow } from '../../../../config/src/console';
import { BASIS_KIND_NAMES, POWER_STATUS_NAMES } from '../../../../config/src/valueNames';
import { enumMessages } from '../enumShape';
import type { Labels } from '../nest';

const byKey = (entries: { key: string; name: string }[]): Labels => Object.fromEntries(entries.map((e) => [e.key, e.name]));

export const enums: StringMap = enumMessages({
  powerType: byKey(powerTypes.types),
  tier: byKey(tiers),
  powerStatus: { ...POWER_STATUS_NAMES },
  basisKind: { ...BASIS_KIND_NAMES },
  decompositionRole: { handle: '承办', review: '审核', approve: '批准', 'legal-review': '法制审核' },
  riskLevel: { high: '高', medium: '中', low: '低' },
  legalLevel: {
    law: '法律',
    'administrative-regulation': '行政法规',
    'local-regulation': '地方性法规',
    'autonomous-regulation': '自治条例和单行条例',
    'department-rule': '部门规章',
    'government-rule': '政府规章',
    'normative-document': '规范性文件',
  },
  legalStatus: { 'in-force': '现行有效', amended: '已修改', repealed: '已废止', 'not-yet-effective': '尚未生效' },
  certificateStatus: { valid: '有效', suspended: '暂扣', revoked: '吊销', expired: '过期', none: '无证' },
  departmentKind: {
    'government-department': '政府工作部门',
    'authorized-organisation': '法律法规授权组织',
    'entrusted-organisation': '受委托组织',
  },
  listState: byKey(workflow.listStates),
  adjustmentKind: byKey(workflow.adjustmentKinds),
  adjustmentState: { draft: '草稿', submitted: '已提交', approved: '已批准', rejected: '未予批准', applied: '已执行' },
  adjustmentTaskState: { open: '待调整', done: '已完成' },
  assessmentKind: { daily: '日常评议考核', annual: '年度评议考核' },
  assessmentMethod: { self: '自查', mutual: '互评', internal: '内部评议', external: '外部评议' },
  assessmentState: { draft: '草稿', completed: '已评分', approved: '已审定', published: '已公开' },
  assessmentItem: Object.fromEntries(assessment.items.map((i) => [String(i.item), i.name])),
  annualReportState: { draft: '草稿', submitted: '已报送', accepted: '已接收', returned: '已退回' },
  caseSubjectKind: { department: '行政执法部门', officer: '行政执法人员' },
  caseMeasure: {
    'correction-order': '责令改正',
    'circulated-criticism': '通报批评',
    sanction: '处分',
    'criminal-referral': '移送追究刑事责任',
    handling: '相应处理',
  },
  caseState: { open: '办理中', corrected: '已整改', escalated: '已升级处理', exempted: '已免责', closed: '已办结' },
  interferenceManner: { verbal: '口头', written: '书面', phone: '电话', other: '其他' },
  actorKind: { user: '工作人员', admin: '系统管理员', system: '系统', public: '公众' },
  auditAction: {
    create: '创建',
    update: '修改',
    delete: '删除',
    publish: '发布',
    unpublish: '撤销发布',
    discardDraft: '放弃草稿',
    read: '读取',
    'read-personal-info': '查阅个人信息',
    'sign-in': '登录',
    'sign-in-failed': '登录失败',
    lockout: '账号锁定',
    unlock: '解除锁定',
    'password-change': '修改密码',
    'sign-out': '退出登录',
    'session-idle': '超时退出',
    'second-factor-enrol': '设置两步验证',
    'second-factor-failed': '动态验证码错误',
    'second-factor-reset': '重置两步验证',
    'role-create': '创建角色',
    'role-update': '修改角色权限',
    'role-delete': '删除角色',
  },
  assessmentPlanState: { draft: '草稿', active: '实施中', closed: '已结束' },
  clarificationState: { draft: '草稿', published: '已公布' },
  guidanceKind: {
    guidance: '行政指导',
    reward: '行政奖励',
    settlement: '行政和解',
    persuasion: '说服教育',
    demonstration: '劝导示范',
    'first-offence-exemption': '首违不罚',
    'minor-exemption': '轻微免罚',
    'soft-enforcement-case': '柔性执法案例',
  },
  certificateLapsed: { true: '有人员证件失效', false: '证件均有效', warning: 'true' },
  blocked: { true: '已停用', false: '正常', warning: 'true' },
  userRole: Object.fromEntries(roles.map((r) => [r.type, r.name])),
  exemptionCriterion: byKey(accountability.exemption.criteria),
  taskBasisStatus: { 'in-force': '现行有效', amended: '已修改', repealed: '已废止', 'not-yet-effective': '尚未生效', replaced: '已被新依据替代' },
});
