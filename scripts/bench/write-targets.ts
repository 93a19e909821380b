// Issue 17's write targets and issue 15's batch targets, each figure beside its target with a
// verdict (MET / NOT MET), for the console and for docs/benchmarks.md.
import type { BatchResult } from './batch-sheet';
import { BATCH_APPROVAL_TARGET_MS, BATCH_PREVIEW_TARGET_MS } from './batch-sheet';
import type { ImportResult } from './import-sheet';
import type { Peak } from './memory';

export const WRITE_TARGETS_MS = { publish: 1000, submit: 1500, import: 3000 } as const;
export const RSS_TARGET_BYTES = 500 * 1024 * 1024;

export interface WriteFigures {
  import: ImportResult | null;
  batch: BatchResult | null;
  /** Round trips of the 5,000-item list's workflow steps, in milliseconds. */
  steps: Record<string, number>;
  peak: Peak;
}

export interface WriteVerdict {
  measurement: string;
  figure: string;
  target: string;
  met: boolean | null;
}

const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ms: number | undefined, target: number): boolean | null => (ms === undefined ? null : ms <= target);

export function writeTable(f: WriteFigures): WriteVerdict[] {
  const out: WriteVerdict[] = [];
  const { submit, publish } = f.steps;
  out.push({ measurement: 'publish a 5,000-item list', figure: publish === undefined ? 'not run' : sec(publish), target: '≤ 1 s', met: verdict(publish, WRITE_TARGETS_MS.publish) });
  out.push({ measurement: 'submit a 5,000-item list', figure: submit === undefined ? 'not run' : sec(submit), target: '≤ 1.5 s', met: verdict(submit, WRITE_TARGETS_MS.submit) });
  const imp = f.import;
  out.push({
    measurement: 'import a 5,000-row .xlsx (read, preview, commit)',
    figure: imp ? `${sec(imp.totalMs)} (read ${sec(imp.readMs)}, preview ${sec(imp.previewMs)}, commit ${sec(imp.commitMs)})` : 'failed',
    target: '≤ 3 s',
    met: imp ? imp.totalMs <= WRITE_TARGETS_MS.import : null,
  });
  const b = f.batch;
  out.push({ measurement: 'batch adjustment of 5,000 rows: preview', figure: b ? sec(b.previewMs) : 'failed', target: '≤ 5 s', met: b ? b.previewMs <= BATCH_PREVIEW_TARGET_MS : null });
  out.push({ measurement: 'batch adjustment of 5,000 rows: filing the request', figure: b ? sec(b.filingMs) : 'failed', target: 'printed', met: null });
  out.push({ measurement: 'batch adjustment of 5,000 rows: approval (creates the powers)', figure: b ? sec(b.approvalMs) : 'failed', target: '≤ 10 s', met: b ? b.approvalMs <= BATCH_APPROVAL_TARGET_MS : null });
  out.push({
    measurement: 'peak RSS of the server',
    figure: `${(f.peak.rss / 1024 ** 2).toFixed(0)} MB (during: ${f.peak.phase})`,
    target: '≤ 500 MB',
    met: f.peak.rss <= RSS_TARGET_BYTES,
  });
  return out;
}

const label = (met: boolean | null): string => (met === null ? '' : met ? 'MET' : 'NOT MET');

export function writeVerdicts(f: WriteFigures): string[] {
  return ['write targets (issue 17, issue 15):', ...writeTable(f).map((r) => `  ${r.measurement}: ${r.figure}, target ${r.target}${r.met === null ? '' : `: ${label(r.met)}`}`)];
}

export function writeMarkdown(f: WriteFigures): string[] {
  return ['| measurement | figure | target | verdict |', '| --- | --- | --- | --- |', ...writeTable(f).map((r) => `| ${r.measurement} | ${r.figure} | ${r.target} | ${label(r.met)} |`)];
}
