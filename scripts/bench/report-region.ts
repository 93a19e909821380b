// The region-scale figures (issue 6) as console lines and as a section of docs/benchmarks.md:
// one table of targets with the figures measured in this run, and the growth table across sizes.
import type { LoadResult } from './load-job';
import type { ImportResult } from './import-sheet';
import { IMPORT_TARGET_MS, IMPORT_ROWS } from './import-sheet';
import type { RegionFigures } from './region-load';
import { DEPT_TARGET_P95, SEARCH_TARGET_P95, SEARCH_TERM, SHORT_TERM, deptPagePath, searchPath } from './region-load';
import type { RegionSubjects } from './region-subjects';
import type { RulesCheck } from './region-rules';
import { allOk } from './throughput';
import type { Peak } from './memory';

export const MEMORY_TARGET_BYTES = 700 * 1024 * 1024;

export interface RegionReport {
  figures: RegionFigures[];
  seeds: { fraction: number; seconds: number; powers: number }[];
  subjects: RegionSubjects;
  rules: RulesCheck | null;
  import: ImportResult | null;
  /** What failed outright (the run goes on and reports it). */
  failures: string[];
  peak: Peak;
  /** The public throughput ratios of the main report, measured on the largest data set. */
  publicRatios: { route: string; stock: number; plain: number }[];
  publishMs: number;
}

const mb = (bytes: number): string => (bytes / 1024 ** 2).toFixed(0);
const pct = (f: number): string => `${(f * 100).toFixed(0)}%`;
const n = (v: number): string => v.toLocaleString('en-US');
const lat = (r: LoadResult): string => `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)}`;
const rps = (r: LoadResult): string => r.requestsPerSecond.toFixed(0);
const ok = (r: LoadResult): string => (allOk(r) ? '' : ' (NOT ALL 200)');
const met = (yes: boolean): string => (yes ? 'MET' : 'NOT MET');
const md = (r: string[]): string => `| ${r.join(' | ')} |`;

const largest = (report: RegionReport): RegionFigures => report.figures[report.figures.length - 1];

/** [measurement, figure, target, verdict] of the largest data set. */
function targetRows(report: RegionReport): string[][] {
  const f = largest(report);
  const size = `${n(f.powers)} powers`;
  return [
    ['console, department scope, 25-row page, 8 connections', `p50/p95 ${lat(f.deptPage8)} ms, ${rps(f.deptPage8)} req/s${ok(f.deptPage8)}`, `p95 ≤ ${DEPT_TARGET_P95} ms`, met(allOk(f.deptPage8) && f.deptPage8.p95 <= DEPT_TARGET_P95)],
    ['console, department scope, 25-row page, 32 connections', `p50/p95 ${lat(f.deptPage32)} ms, ${rps(f.deptPage32)} req/s${ok(f.deptPage32)}`, 'printed', ''],
    [`console, region scope, name search “${SEARCH_TERM}” (${n(f.totals.search)} of ${size}), 8 connections`, `p50/p95 ${lat(f.search8)} ms, ${rps(f.search8)} req/s${ok(f.search8)}`, `p95 ≤ ${SEARCH_TARGET_P95} ms`, met(allOk(f.search8) && f.search8.p95 <= SEARCH_TARGET_P95)],
    [`console, region scope, two-character search “${SHORT_TERM}” (${n(f.totals.shortSearch)} rows), 8 connections`, `p50/p95 ${lat(f.shortSearch8)} ms, ${rps(f.shortSearch8)} req/s${ok(f.shortSearch8)}`, 'printed', ''],
    ...report.publicRatios.map((p) => [`public ${p.route}`, `${p.stock.toFixed(1)}× stock Strapi, ${p.plain.toFixed(2)}× plain node+pg`, '≥ 5× stock', met(p.stock >= 5)]),
    ['publishing a 5,000-item list', `${(report.publishMs / 1000).toFixed(2)} s`, '≤ 5 s', met(report.publishMs <= 5000)],
    report.import
      ? [`importing a ${n(IMPORT_ROWS)}-row .xlsx (read, preview, commit)`, `${(report.import.totalMs / 1000).toFixed(1)} s (read ${(report.import.readMs / 1000).toFixed(1)} s, preview ${(report.import.previewMs / 1000).toFixed(1)} s, commit ${(report.import.commitMs / 1000).toFixed(1)} s)`, `≤ ${IMPORT_TARGET_MS / 1000} s`, met(report.import.totalMs <= IMPORT_TARGET_MS)]
      : [`importing a ${n(IMPORT_ROWS)}-row .xlsx`, 'FAILED (below)', `≤ ${IMPORT_TARGET_MS / 1000} s`, 'NOT MET'],
    ['peak memory of the server (RSS over the whole run)', `${mb(report.peak.rss)} MB (V8 heap in use ${mb(report.peak.heapUsed)} MB of a ${mb(report.peak.heapLimit)} MB limit), during: ${report.peak.phase}`, '≤ 700 MB', met(report.peak.rss <= MEMORY_TARGET_BYTES)],
  ];
}

const GROWTH: { label: string; pick: (f: RegionFigures) => LoadResult }[] = [
  { label: 'console dept page, 8 conn.', pick: (f) => f.deptPage8 },
  { label: 'console dept page, 32 conn.', pick: (f) => f.deptPage32 },
  { label: `console region search “${SEARCH_TERM}”, 8 conn.`, pick: (f) => f.search8 },
  { label: `console region search “${SHORT_TERM}”, 8 conn.`, pick: (f) => f.shortSearch8 },
  { label: 'public list page, cache miss, 8 conn.', pick: (f) => f.listPageCold },
  { label: 'public item detail, cache miss, 8 conn.', pick: (f) => f.itemCold },
];

function growthRows(report: RegionReport): { head: string[]; rows: string[][] } {
  const fs = report.figures;
  const first = fs[0];
  const last = largest(report);
  const head = ['measurement', ...fs.map((f) => `${pct(f.fraction)} (${n(f.powers)} powers) p50/p95 ms, req/s`), fs.length > 1 ? `p95 ${pct(last.fraction)} ÷ ${pct(first.fraction)}` : 'p95'];
  const rows = GROWTH.map((g) => [
    g.label,
    ...fs.map((f) => `${lat(g.pick(f))}, ${rps(g.pick(f))}${ok(g.pick(f))}`),
    fs.length > 1 ? `${(g.pick(last).p95 / Math.max(0.1, g.pick(first).p95)).toFixed(2)}×` : '',
  ]);
  rows.push(['rows counted: dept page / search / two-character search', ...fs.map((f) => `${n(f.totals.deptPage)} / ${n(f.totals.search)} / ${n(f.totals.shortSearch)}`), '']);
  return { head, rows };
}

const table = (head: string[], rows: string[][]): string[] => {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((c, i) => (c ?? '').padEnd(widths[i])).join('  '));
};

export function regionConsole(report: RegionReport): string {
  const g = growthRows(report);
  return [
    '',
    `region data (largest run, ${pct(largest(report).fraction)}): ${report.seeds.map((s) => `${pct(s.fraction)} generated in ${s.seconds.toFixed(0)} s`).join(', ')}`,
    ...table(['measurement', 'figure', 'target', ''], targetRows(report)),
    ...report.failures.map((f) => `FAILED: ${f}`),
    '',
    'how cost grows:',
    ...table(g.head, g.rows),
    '',
  ].join('\n');
}

export function regionMarkdown(report: RegionReport): string {
  const g = growthRows(report);
  const s = report.subjects;
  return [
    '## Region scale (issue 6)',
    '',
    `The same run then generates the region (scripts/seed-region.ts, the same generator as \`npm run seed:region\`) into`,
    `the server's database in steps, ${report.seeds.map((x) => `${pct(x.fraction)} (${n(x.powers)} powers, generated in ${x.seconds.toFixed(0)} s)`).join(', then ')},`,
    'and measures at each step. The 5,000-item publication, the throughput against stock Strapi and the import run on the',
    'largest step, so every figure of the table below comes from the data set of its last column.',
    '',
    `- department scope: \`${s.departmentName}\` (${n(s.powers)} powers), its editor: \`GET ${deptPagePath}\` (penalties by name)`,
    `- region scope: the region's justice reviewer (its subtree: the whole region): \`GET ${searchPath(SEARCH_TERM)}\``,
    '  and the same with a two-character term; the name is matched as Strapi\'s `$containsi` writes it, served by the',
    '  trigram index of cms/src/database/indexes.ts (three characters and more; two characters scan the table).',
    `- public: that department's published list page and an item in its middle, every request a cache miss.`,
    report.rules
      ? `- rules: a generated power saved back unchanged through \`PUT /console-api/powers/:id\` answered ${report.rules.powerSaved};\n  version 2 of the department's list submitted (LIST_COMPLETE, DECOMPOSED, RESPONSIBILITY_ASSIGNED over ${n(report.rules.submitted.items)} items) in ${(report.rules.submitted.ms / 1000).toFixed(2)} s.`
      : '- rules: the check FAILED (below).',
    `- import: ${n(IMPORT_ROWS)} officers, a${report.import ? ` ${(report.import.sheetBytes / 1e6).toFixed(1)} MB` : 'n'} .xlsx with the Chinese headers of config/labels.json, read with exceljs,`,
    '  then `POST /console-api/officers/import` as the console sends it: preview (every row judged, nothing written), then commit (judged again, written set-based in one transaction).',
    '- memory: the server runs in the bench process; the load generators, the plain server and the .xlsx work of the import run in',
    '  processes of their own. Its RSS is sampled every 200 ms over the whole run, with the bench step running at the peak. The bench',
    '  process also holds the region generator\'s connection and the bench\'s bookkeeping (small beside the server). The server\'s V8',
    '  heap is limited as `npm start` limits it (NMG_HEAP_MB, default 512): without a limit V8 lets garbage pile up to the',
    '  machine\'s default (a 1.3 GB RSS, 1.1 GB of heap in use, under the public throughput load of a 0.1 run).',
    '',
    md(['measurement', 'figure', 'target', 'verdict']),
    md(['---', '---', '---', '---']),
    ...targetRows(report).map(md),
    '',
    ...(report.failures.length > 0 ? ['Failures of this run:', '', ...report.failures.map((f) => `- ${f}`), ''] : []),
    '### How cost grows',
    '',
    'The bench department is the same at every size; what grows is the rest of the region.',
    '',
    md(g.head),
    md(g.head.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...g.rows.map(md),
    '',
  ].join('\n');
}
