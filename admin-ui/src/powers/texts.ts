// Chinese defaults (`_`) of the keys the power screens translate, so every input is labelled even
// where the catalogue (src/i18n) lacks a key. Keys follow the catalogue: a component's sub-field is
// `resources.powers.fields.<component>.<sub>` (bases.articles), the key react-admin itself builds
// for an input inside an ArrayInput, and its values `enums.powers.<component>.<sub>.<value>`.
import { powerTypes, tiers } from '../../../config/src/console';

export const fieldsZh = {
  code: '事项编码',
  name: '权力名称',
  subItem: '子项',
  type: '权力类型',
  tier: '行使层级',
  status: '状态',
  department: '实施主体',
  catalogueItem: '通用目录事项',
  adjustment: '职权调整',
  legalTimeLimit: '法定时限',
  promisedTimeLimit: '承诺时限',
  feeBasis: '收费依据',
  consultationPhone: '咨询电话',
  supervisionPhone: '监督电话',
  serviceGuide: '办事指南',
  flowchart: '运行流程图',
  remarks: '备注',
  bases: '法律依据',
  'bases.kind': '依据类别',
  'bases.legalBasis': '法律法规名称',
  'bases.articles': '条款',
  'bases.excerpt': '条款内容',
  steps: '责任事项',
  'steps.step': '责任环节',
  'steps.content': '责任内容',
  'steps.basis': '责任依据',
  accountabilities: '追责情形',
  'accountabilities.situation': '追责情形',
  'accountabilities.basis': '追责依据',
  statutoryMin: '法定幅度下限',
  statutoryMax: '法定幅度上限',
  discretion: '裁量基准',
  'discretion.level': '裁量档次',
  'discretion.levelName': '档次名称',
  'discretion.circumstance': '违法情形',
  'discretion.penaltyKind': '处罚种类',
  'discretion.min': '幅度下限',
  'discretion.max': '幅度上限',
  'discretion.unit': '单位',
  riskPoints: '廉政风险点',
  'riskPoints.step': '风险环节',
  'riskPoints.description': '风险点描述',
  'riskPoints.level': '风险等级',
  'riskPoints.measure': '防控措施',
  decomposition: '职权分解',
  'decomposition.agency': '承办机构',
  'decomposition.post': '执法岗位',
  'decomposition.role': '职责分工',
};
export type PowerField = keyof typeof fieldsZh;

/** Enumerations on the power form, by the catalogue's key under `enums.*` (without the value). */
export const enumsZh = {
  'powers.type': Object.fromEntries(powerTypes.types.map((t) => [t.key, t.name])),
  'powers.tier': Object.fromEntries(tiers.map((t) => [t.key, t.name])),
  'powers.status': { valid: '有效', cancelled: '取消', delegated: '下放', undertaken: '承接', changed: '变更' },
  'powers.bases.kind': { setting: '设定依据', implementing: '实施依据', supervising: '监管依据' },
  'powers.riskPoints.level': { high: '高', medium: '中', low: '低' },
  'powers.decomposition.role': { handle: '承办', review: '审核', approve: '批准', 'legal-review': '法制审核' },
  'power-adjustments.kind': { add: '新增', cancel: '取消', change: '变更', delegate: '下放', undertake: '承接' },
  'power-adjustments.state': { draft: '草稿', submitted: '已提交', approved: '已批准', rejected: '未予批准', applied: '已执行' },
  'legal-bases.status': { 'in-force': '现行有效', amended: '已修改', repealed: '已废止', 'not-yet-effective': '尚未生效' },
};
export type PowerEnum = keyof typeof enumsZh;

/**
 * `powers.bases.kind` + `setting` → [`enums.powers.bases.kind.setting`, `enums.kind.setting`]:
 * the resource's own key first, then the catalogue's fallback by bare field name.
 */
export const enumKeyChain = (name: PowerEnum, value: string): string[] => [
  `enums.${name}.${value}`,
  `enums.${name.slice(name.lastIndexOf('.') + 1)}.${value}`,
];

/** Texts under `app.powers.*`. */
export const textsZh = {
  section_basic: '基本信息',
  section_bases: '法律依据',
  section_steps: '责任事项',
  section_accountability: '追责情形',
  section_discretion: '裁量基准',
  section_risks: '廉政风险点',
  section_decomposition: '职权分解',
  fill_template: '按权力类型模板填写责任事项',
  fill_template_confirm: '将按当前权力类型的模板替换已填写的责任事项，是否继续？',
  fill_template_removed: '同名环节保留已填内容；以下环节将被移除：%{names}',
  fill_template_no_type: '请先在基本信息中选择权力类型',
  articles_hint: '可从所选法律法规的条款中选择，也可直接输入后按回车；多个条款以“、”分隔',
  articles_pick_basis_first: '请先选择法律法规',
  discretion_penalty_only: '裁量基准仅适用于行政处罚事项，当前权力类型无需填写。',
  decomposition_pick_department: '请先在基本信息中选择实施主体',
  post_pick_agency_first: '请先选择承办机构',
};
export type PowerText = keyof typeof textsZh;
