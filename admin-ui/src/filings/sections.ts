// The sections of a major-penalty filing in the order Art. 16 sets, and when each may be filled.
// The server computes the deadline, the lateness and the receipt's author; they are not inputs.

export interface FilingSection {
  key: 'case' | 'review' | 'discussion' | 'decision' | 'filing';
  fields: readonly string[];
}

export const FILING_SECTIONS: readonly FilingSection[] = [
  { key: 'case', fields: ['department', 'power', 'caseNumber', 'counterpartName', 'counterpartIdNumber', 'proposedDecision'] },
  { key: 'review', fields: ['legalReviewer', 'legalReviewOpinion', 'legalReviewAt'] },
  { key: 'discussion', fields: ['discussionAt', 'discussionParticipants', 'discussionDecision'] },
  { key: 'decision', fields: ['decision', 'decidedAt'] },
  { key: 'filing', fields: ['filedAt'] },
];

const filled = (values: Record<string, unknown>, names: readonly string[]): boolean =>
  names.every((name) => {
    const value = values[name];
    return value !== null && value !== undefined && String(value).trim() !== '';
  });

const fieldsOf = (key: FilingSection['key']): readonly string[] => FILING_SECTIONS.find((s) => s.key === key)?.fields ?? [];

/** Whether a section may be filled: the decision after review and discussion, the filing after the decision. */
export function sectionOpen(key: FilingSection['key'], values: Record<string, unknown>): boolean {
  if (key === 'decision') return filled(values, fieldsOf('review')) && filled(values, fieldsOf('discussion'));
  if (key === 'filing') return sectionOpen('decision', values) && filled(values, fieldsOf('decision'));
  return true;
}
