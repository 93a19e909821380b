// Issue 17's read figures (read-steps.ts) as console lines and a section of docs/benchmarks.md.
import type { LoadResult } from './load-job';
import { DASHBOARD_TARGET_RPS, DEPT_P95_TARGET, MIXED_P99_TARGET, PLAIN_SHARE_TARGET, SEARCH_P95_TARGET, type Measure, type ReadFigures } from './read-steps';
import { SEARCH_TERM, SHORT_TERM } from './region-load';
import { allOk } from './throughput';

const rps = (r: LoadResult): string => r.requestsPerSecond.toFixed(0);
const lat = (r: LoadResult): string => `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} / ${r.p99.toFixed(1)}`;
const fig = (m: Measure): string => `${rps(m.result)} req/s, p50/p95/p99 ${lat(m.result)} ms${allOk(m.result) ? '' : ' (NOT ALL 200)'} (load ${m.load.toFixed(1)})`;
const share = (a: Measure, b: Measure): number => a.result.requestsPerSecond / b.result.requestsPerSecond;
const met = (yes: boolean): string => (yes ? 'MET' : 'NOT MET');

/** [measurement, figure, reference, target, verdict]. */
export function readRows(f: ReadFigures): string[][] {
  const dept = share(f.deptPage.ours, f.deptPage.plain);
  const pub = share(f.publicRandom.ours, f.publicRandom.plain);
  return [
    ['region dashboard, 8 connections', `${fig(f.dashboard)}; one computation ${f.dashboard.firstMs.toFixed(0)} ms`, '', `≥ ${DASHBOARD_TARGET_RPS} req/s`, met(allOk(f.dashboard.result) && f.dashboard.result.requestsPerSecond >= DASHBOARD_TARGET_RPS)],
    ['console dept 25-row page, 8 connections', fig(f.deptPage.ours), `plain node+pg, the same ${f.deptPage.statements} statements: ${fig(f.deptPage.plain)}; ours ${(dept * 100).toFixed(0)}%`, `p95 ≤ ${DEPT_P95_TARGET} ms, ≥ ${PLAIN_SHARE_TARGET * 100}% of plain`, met(allOk(f.deptPage.ours.result) && f.deptPage.ours.result.p95 <= DEPT_P95_TARGET && dept >= PLAIN_SHARE_TARGET)],
    ...([[SEARCH_TERM, f.search], [SHORT_TERM, f.shortSearch]] as const).map(([term, s]) => [
      `console region search “${term}” (${[...term].length} characters), 8 connections`,
      fig(s.ours),
      `plain node+pg, the same ${s.statements} statements: ${fig(s.plain)}; ours ${(share(s.ours, s.plain) * 100).toFixed(0)}%`,
      `p95 ≤ ${SEARCH_P95_TARGET} ms, flat with the region's size (see the growth table)`,
      met(allOk(s.ours.result) && s.ours.result.p95 <= SEARCH_P95_TARGET),
    ]),
    [`public, random items and pages of all ${f.publicRandom.lists} published lists (${f.publicRandom.paths} paths)`, fig(f.publicRandom.ours), `plain node+pg, the same paths: ${fig(f.publicRandom.plain)}; ours ${(pub * 100).toFixed(0)}%; one URL repeated (cached): ${fig(f.publicRandom.cached)}`, `≥ ${PLAIN_SHARE_TARGET * 100}% of plain`, met(allOk(f.publicRandom.ours.result) && pub >= PLAIN_SHARE_TARGET)],
    [`mixed load, 16 connections, ${f.mixed.seconds} s`, `p99 ${f.mixed.p99.toFixed(1)} ms, ${f.mixed.errors} errors (load ${f.mixed.load.toFixed(1)})`, f.mixed.parts.map((p) => `${p.label} ×${p.connections}: ${rps(p.result)} req/s, p99 ${p.result.p99.toFixed(1)} ms`).join('; '), `p99 ≤ ${MIXED_P99_TARGET} ms, no errors`, met(f.mixed.p99 <= MIXED_P99_TARGET && f.mixed.errors === 0 && f.mixed.parts.every((p) => allOk(p.result)))],
  ];
}

export function readConsole(f: ReadFigures): string {
  return ['', 'Issue 17 read figures (largest data set):', ...readRows(f).map((r) => `- ${r[0]}: ${r[1]}${r[2] ? ` | ${r[2]}` : ''} | target ${r[3]}: ${r[4]}`)].join('\n');
}

export function readMarkdown(f: ReadFigures): string {
  const md = (r: string[]): string => `| ${r.join(' | ')} |`;
  return [
    '## Issue 17: dashboard, console reads beside plain node+pg, public traffic, mixed load',
    '',
    'Each figure beside its reference, measured in the same run on the largest data set (scripts/bench/read-steps.ts); the',
    'load average (1 min) at the end of each measurement in brackets. Plain node+pg for the console replays the very',
    'statements one console request of that kind sent (scripts/bench/replay-server.ts); for the public API it runs our',
    'public handlers (plain-server.ts).',
    '',
    md(['measurement', 'ours', 'reference', 'target', 'verdict']),
    md(['---', '---', '---', '---', '---']),
    ...readRows(f).map(md),
    '',
  ].join('\n');
}
