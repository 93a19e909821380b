// Labels of the fields inside each component (cms/src/components), shared by every resource that
// embeds the component.
import type { Labels } from '../nest';

export const basisCitation: Labels = { kind: 'Basis kind', legalBasis: 'Law or regulation', articles: 'Articles', excerpt: 'Article text' };
export const legalArticle: Labels = { number: 'Article number', text: 'Article text' };
export const responsibilityStep: Labels = { step: 'Step', content: 'Responsibility', basis: 'Basis' };
export const accountability: Labels = { situation: 'Accountability situation', basis: 'Basis of accountability' };
export const discretionStandard: Labels = {
  circumstance: 'Circumstance',
  level: 'Discretion level',
  levelName: 'Level name',
  penaltyKind: 'Kind of penalty',
  min: 'Lower bound',
  max: 'Upper bound',
  unit: 'Unit',
};
export const riskPoint: Labels = { step: 'Step', description: 'Risk point', level: 'Risk level', measure: 'Control measure' };
export const decomposition: Labels = { agency: 'Handling agency', post: 'Post', role: 'Role' };
export const educationItem: Labels = { content: 'Content', targets: 'Target groups', means: 'Means', period: 'Period' };
export const assessmentScore: Labels = { item: 'Assessment item', score: 'Score', finding: 'Findings', evidence: 'Evidence', autoScore: 'Computed score', basis: 'Basis of the computed score', overrideReason: 'Reason for the override' };
