// Art. 24, items 4–7: the part of each item the system can score from its own records. Pure
// functions of counted facts, so a test can check them against figures worked out by hand; the
// service (cms/src/assessment/prescore-service.ts) counts the facts for a target and a period.
//   4 职权动态调整        adjustment tasks due in the period and done by their due date
//   5 职权分解            active powers decomposed to an agency and a post of their own department
//   6 责任确定到岗位人员   posts holding powers with a certified officer and written responsibilities
//   7 法制审核、备案       major penalty decisions reviewed before the decision and filed by the deadline
// Each item's share is scaled to its weight; an item with nothing to count scores in full (there
// was nothing to adjust, decompose or file), and its basis says so.

export interface PrescoreFacts {
  /** Adjustment tasks due in the period (or already done in it). */
  tasksDue: number;
  tasksOnTime: number;
  activePowers: number;
  powersDecomposed: number;
  postsWithPowers: number;
  postsStaffed: number;
  filings: number;
  filingsReviewedInTime: number;
  filingsFiledInTime: number;
}

export interface PrescoreFigure {
  /** Stable key of the figure, e.g. 'tasksDue'. */
  key: string;
  label: string;
  value: number;
}

export interface ItemPrescore {
  item: number;
  autoScore: number;
  /** The share behind the score (0–1), null when there was nothing to count. */
  ratio: number | null;
  figures: PrescoreFigure[];
  /** One sentence a reader can check, e.g. 「调整任务 12 项，按期完成 10 项 → 8.33/10」. */
  summary: string;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function scored(item: number, weight: number, done: number, total: number, figures: PrescoreFigure[], text: string, none: string): ItemPrescore {
  const ratio = total > 0 ? Math.min(1, done / total) : null;
  const autoScore = round2(weight * (ratio ?? 1));
  return { item, autoScore, ratio, figures, summary: total > 0 ? `${text} → ${autoScore}/${weight}` : `${none} → ${autoScore}/${weight}` };
}

export function prescoreItems(facts: PrescoreFacts, weights: ReadonlyMap<number, number>): ItemPrescore[] {
  const w = (item: number): number => weights.get(item) ?? 0;
  const f = facts;
  return [
    scored(4, w(4), f.tasksOnTime, f.tasksDue,
      [{ key: 'tasksDue', label: '到期调整任务', value: f.tasksDue }, { key: 'tasksOnTime', label: '按期完成', value: f.tasksOnTime }],
      `调整任务 ${f.tasksDue} 项，按期完成 ${f.tasksOnTime} 项`, '考核期内无到期的调整任务'),
    scored(5, w(5), f.powersDecomposed, f.activePowers,
      [{ key: 'activePowers', label: '有效职权', value: f.activePowers }, { key: 'powersDecomposed', label: '已分解到机构和岗位', value: f.powersDecomposed }],
      `有效职权 ${f.activePowers} 项，已分解到执法机构和岗位 ${f.powersDecomposed} 项`, '无有效职权'),
    scored(6, w(6), f.postsStaffed, f.postsWithPowers,
      [{ key: 'postsWithPowers', label: '承担职权的岗位', value: f.postsWithPowers }, { key: 'postsStaffed', label: '有持证人员且责任明确', value: f.postsStaffed }],
      `承担职权的岗位 ${f.postsWithPowers} 个，配备持证人员并明确责任 ${f.postsStaffed} 个`, '无承担职权的岗位'),
    // Two checks per filing (legal review before the decision, filing by the deadline), equally weighted.
    scored(7, w(7), f.filingsReviewedInTime + f.filingsFiledInTime, f.filings * 2,
      [{ key: 'filings', label: '重大行政处罚决定', value: f.filings }, { key: 'filingsReviewedInTime', label: '决定前法制审核', value: f.filingsReviewedInTime }, { key: 'filingsFiledInTime', label: '按期备案', value: f.filingsFiledInTime }],
      `重大行政处罚 ${f.filings} 件，决定前法制审核 ${f.filingsReviewedInTime} 件，按期备案 ${f.filingsFiledInTime} 件`, '考核期内无重大行政处罚决定'),
  ];
}

/** Adds the facts of several departments (a government's pre-score counts all its departments). */
export function sumPrescoreFacts(parts: readonly PrescoreFacts[]): PrescoreFacts {
  const zero: PrescoreFacts = { tasksDue: 0, tasksOnTime: 0, activePowers: 0, powersDecomposed: 0, postsWithPowers: 0, postsStaffed: 0, filings: 0, filingsReviewedInTime: 0, filingsFiledInTime: 0 };
  return parts.reduce<PrescoreFacts>((sum, p) => {
    const next = { ...sum };
    for (const key of Object.keys(zero) as (keyof PrescoreFacts)[]) next[key] = sum[key] + p[key];
    return next;
  }, zero);
}
