// Art. 24, items 4–7: the part of each item the system can score from its own records. Pure
// functions of counted facts, so a test can check them against figures worked out by hand; the
// service (cms/src/assessment/prescore-service.ts) counts the facts for a target and a period.
//   4 职权动态调整        adjustment tasks due in the period and done by their due date
//   5 职权分解            active powers decomposed to an agency and a post of their own department
//   6 责任确定到岗位人员   posts holding powers with a certified officer and written responsibilities
//   7 法制审核、备案       major penalty decisions reviewed before the decision and filed by the deadline
//   (the item config/assessment.json's enforcementRecord.item names, 7 by default: 三项制度)
//                         执法全过程记录 complete (recordComplete, Art. 14) among those made in the period
// Each item's share is scaled to its weight; an item with nothing to count scores in full (there
// was nothing to adjust, decompose or file), and its basis says so. An item with two parts (7: the
// filings and the enforcement records) takes the mean of the shares of the parts that have
// something to count, so a hundred records do not drown three filings, nor the other way round.

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
  /** 执法全过程记录 made in the period (Art. 14), and those complete (recordComplete). */
  enforcementRecords: number;
  enforcementRecordsComplete: number;
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

/** One countable part of an item: `done` of `total`, the figures shown and the sentence a reader checks. */
interface Part {
  done: number;
  total: number;
  figures: PrescoreFigure[];
  text: string;
  none: string;
}

function scored(item: number, weight: number, parts: readonly Part[]): ItemPrescore {
  const counted = parts.filter((p) => p.total > 0);
  const ratio = counted.length > 0 ? counted.reduce((sum, p) => sum + Math.min(1, p.done / p.total), 0) / counted.length : null;
  const autoScore = round2(weight * (ratio ?? 1));
  const text = parts.map((p) => (p.total > 0 ? p.text : p.none)).join('；');
  return { item, autoScore, ratio, figures: parts.flatMap((p) => p.figures), summary: `${text} → ${autoScore}/${weight}` };
}

const percent = (done: number, total: number): string => `${Math.round((done / total) * 1000) / 10}%`;

/** `recordItem`: the item the enforcement records' completeness feeds (config/assessment.json enforcementRecord.item). */
export function prescoreItems(facts: PrescoreFacts, weights: ReadonlyMap<number, number>, recordItem = 7): ItemPrescore[] {
  const w = (item: number): number => weights.get(item) ?? 0;
  const f = facts;
  const parts = new Map<number, Part[]>([
    [4, [{ done: f.tasksOnTime, total: f.tasksDue,
      figures: [{ key: 'tasksDue', label: '到期调整任务', value: f.tasksDue }, { key: 'tasksOnTime', label: '按期完成', value: f.tasksOnTime }],
      text: `调整任务 ${f.tasksDue} 项，按期完成 ${f.tasksOnTime} 项`, none: '考核期内无到期的调整任务' }]],
    [5, [{ done: f.powersDecomposed, total: f.activePowers,
      figures: [{ key: 'activePowers', label: '有效职权', value: f.activePowers }, { key: 'powersDecomposed', label: '已分解到机构和岗位', value: f.powersDecomposed }],
      text: `有效职权 ${f.activePowers} 项，已分解到执法机构和岗位 ${f.powersDecomposed} 项`, none: '无有效职权' }]],
    [6, [{ done: f.postsStaffed, total: f.postsWithPowers,
      figures: [{ key: 'postsWithPowers', label: '承担职权的岗位', value: f.postsWithPowers }, { key: 'postsStaffed', label: '有持证人员且责任明确', value: f.postsStaffed }],
      text: `承担职权的岗位 ${f.postsWithPowers} 个，配备持证人员并明确责任 ${f.postsStaffed} 个`, none: '无承担职权的岗位' }]],
    // Two checks per filing (legal review before the decision, filing by the deadline), equally weighted.
    [7, [{ done: f.filingsReviewedInTime + f.filingsFiledInTime, total: f.filings * 2,
      figures: [{ key: 'filings', label: '重大行政处罚决定', value: f.filings }, { key: 'filingsReviewedInTime', label: '决定前法制审核', value: f.filingsReviewedInTime }, { key: 'filingsFiledInTime', label: '按期备案', value: f.filingsFiledInTime }],
      text: `重大行政处罚 ${f.filings} 件，决定前法制审核 ${f.filingsReviewedInTime} 件，按期备案 ${f.filingsFiledInTime} 件`, none: '考核期内无重大行政处罚决定' }]],
  ]);
  // Art. 14: only records that exist are counted in; an item without any keeps its other parts' score.
  const records: Part = { done: f.enforcementRecordsComplete, total: f.enforcementRecords,
    figures: [{ key: 'enforcementRecords', label: '执法全过程记录', value: f.enforcementRecords }, { key: 'enforcementRecordsComplete', label: '记录完整', value: f.enforcementRecordsComplete }],
    text: f.enforcementRecords > 0 ? `执法全过程记录 ${f.enforcementRecords} 件，记录完整 ${f.enforcementRecordsComplete} 件（${percent(f.enforcementRecordsComplete, f.enforcementRecords)}）` : '',
    none: '' };
  if (f.enforcementRecords > 0) parts.set(recordItem, [...(parts.get(recordItem) ?? []), records]);
  return [...parts].sort(([a], [b]) => a - b).map(([item, p]) => scored(item, w(item), p));
}

/** Adds the facts of several departments (a government's pre-score counts all its departments). */
export function sumPrescoreFacts(parts: readonly PrescoreFacts[]): PrescoreFacts {
  const zero: PrescoreFacts = { tasksDue: 0, tasksOnTime: 0, activePowers: 0, powersDecomposed: 0, postsWithPowers: 0, postsStaffed: 0, filings: 0, filingsReviewedInTime: 0, filingsFiledInTime: 0, enforcementRecords: 0, enforcementRecordsComplete: 0 };
  return parts.reduce<PrescoreFacts>((sum, p) => {
    const next = { ...sum };
    for (const key of Object.keys(zero) as (keyof PrescoreFacts)[]) next[key] = sum[key] + p[key];
    return next;
  }, zero);
}
