// Which step of a power adjustment (Art. 11) the signed-in role may take on a record in a state:
// the department files and submits; the justice department of its government approves or refuses.
// The server decides (assert-adjustment-approval.ts); this only chooses the buttons to show.
export type AdjustmentStep = 'submit' | 'approve' | 'reject';

export function adjustmentSteps(role: string | undefined, state: unknown): AdjustmentStep[] {
  if (state === 'draft' && (role === 'dept-editor' || role === 'dept-head')) return ['submit'];
  if (state === 'submitted' && role === 'justice-reviewer') return ['approve', 'reject'];
  return [];
}

/** The state a step leads to. */
export const STEP_STATE: Record<AdjustmentStep, string> = { submit: 'submitted', approve: 'approved', reject: 'rejected' };
