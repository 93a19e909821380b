// Labels of the fields inside each component (cms/src/components), shared by every resource that
// embeds the component.
import type { Labels } from '../nest';

export const basisCitation: Labels = { kind: '依据类别', legalBasis: '法律法规名称', articles: '条款', excerpt: '条款内容' };
export const legalArticle: Labels = { number: '条款序号', text: '条文内容' };
export const responsibilityStep: Labels = { step: '责任环节', content: '责任内容', basis: '责任依据' };
export const accountability: Labels = { situation: '追责情形', basis: '追责依据' };
export const discretionStandard: Labels = {
  circumstance: '违法情形',
  level: '裁量档次',
  levelName: '档次名称',
  penaltyKind: '处罚种类',
  min: '幅度下限',
  max: '幅度上限',
  unit: '单位',
};
export const riskPoint: Labels = { step: '风险环节', description: '风险点描述', level: '风险等级', measure: '防控措施' };
export const decomposition: Labels = { agency: '承办机构', post: '执法岗位', role: '职责分工' };
export const educationItem: Labels = { content: '普法内容', targets: '普法对象', means: '普法方式', period: '时间安排' };
export const assessmentScore: Labels = { item: '考核项目', score: '得分', finding: '发现的问题', evidence: '佐证材料', autoScore: '系统预评分', basis: '预评分依据', overrideReason: '调整理由' };
