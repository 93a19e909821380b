// Art. 27: 责令改正，逾期不改正的，给予通报批评. A correction order still open the day after its
// deadline, with no correction recorded, escalates: the order ends "escalated" and a circulated
// criticism opens as a follow-up case linked to it. Not a refusal: the server's job does it.
export interface EscalationCandidate {
  state: string;
  measure: string;
  deadline: string | null;
  correctedAt: string | null;
}

/** Whether the case is due for escalation on `today` (YYYY-MM-DD): the deadline day itself still counts. */
export function dueForEscalation(c: EscalationCandidate, today: string, fromMeasure: string): boolean {
  return c.state === 'open' && c.measure === fromMeasure && c.deadline !== null && c.correctedAt === null && c.deadline < today;
}

/** The finding of the follow-up case: what was ordered, and that it was not corrected in time. */
export function escalationFinding(finding: string, deadline: string): string {
  return `责令改正逾期（期限 ${deadline}）未改正，依据《内蒙古自治区行政执法责任制规定》第二十七条给予通报批评。原问题：${finding}`;
}
