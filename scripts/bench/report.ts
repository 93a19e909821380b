// The bench's figures as a console table and as docs/benchmarks.md.
import { cpus, loadavg, totalmem, release, platform } from 'os';
import type { BigListResult } from './big-list';
import { PUBLISH_TARGET_MS } from './big-list';
import type { PublishedDemoList } from './demo-lists';
import type { LoadResult } from './load-job';
import { CONNECTIONS, SECONDS, WARMUP_SECONDS } from './load';
import { allOk, RATIO_TARGET, type Measured } from './throughput';

export interface BenchReport {
  date: Date;
  /** 1-minute load average when the run started: above the core count, other work competed for the CPU. */
  loadBefore: number;
  seedSeconds: number;
  signIns: { http: number; issued: number };
  demoLists: PublishedDemoList[];
  big: BigListResult;
  measured: Measured[];
}

export const machine = (): string => {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node.js ${process.version}, ${platform()} ${release()}`;
};

const rps = (r: LoadResult): string => r.requestsPerSecond.toFixed(0);
const lat = (r: LoadResult): string => `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)}`;
const ratio = (a: LoadResult, b: LoadResult): number => a.requestsPerSecond / b.requestsPerSecond;
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const valid = (m: Measured, ours: LoadResult): boolean => [ours, m.stock, m.plain].every(allOk);

interface Row {
  route: string;
  ours: LoadResult;
  m: Measured;
}

const rowsOf = (measured: Measured[]): Row[] =>
  measured.flatMap((m) => [{ route: m.route, ours: m.ours, m }, ...(m.oursCold ? [{ route: `${m.route}, every request a cache miss`, ours: m.oursCold, m }] : [])]);

const HEAD = ['route', 'ours req/s', 'stock req/s', 'ours/stock', 'plain node+pg req/s', 'ours/plain', 'p50/p95 ms ours', 'p50/p95 ms stock', 'p50/p95 ms plain', 'all 200'];

const cells = (r: Row): string[] => [
  r.route,
  rps(r.ours),
  rps(r.m.stock),
  `${ratio(r.ours, r.m.stock).toFixed(1)}×`,
  rps(r.m.plain),
  `${ratio(r.ours, r.m.plain).toFixed(2)}×`,
  lat(r.ours),
  lat(r.m.stock),
  lat(r.m.plain),
  valid(r.m, r.ours) ? 'yes' : 'NO',
];

export interface Verdicts {
  publish: boolean;
  throughput: { route: string; met: boolean; ratio: number }[];
}

export function verdicts(report: BenchReport): Verdicts {
  return {
    publish: report.big.steps.publish <= PUBLISH_TARGET_MS,
    throughput: report.measured.map((m) => ({ route: m.route, ratio: ratio(m.ours, m.stock), met: valid(m, m.ours) && ratio(m.ours, m.stock) >= RATIO_TARGET })),
  };
}

function verdictLines(report: BenchReport): string[] {
  const v = verdicts(report);
  return [
    `publish of a ${report.big.items.toLocaleString('en-US')}-item list ≤ ${PUBLISH_TARGET_MS / 1000} s: ${v.publish ? 'MET' : 'NOT MET'} (${sec(report.big.steps.publish)})`,
    ...v.throughput.map((t) => `${t.route} ≥ ${RATIO_TARGET}× stock: ${t.met ? 'MET' : 'NOT MET'} (${t.ratio.toFixed(1)}×)`),
  ];
}

export function consoleReport(report: BenchReport): string {
  const rows = [HEAD, ...rowsOf(report.measured).map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const s = report.big.steps;
  return [
    '',
    `machine: ${machine()}`,
    `load average (1 min): ${report.loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
    '',
    `publishing the ${report.big.items.toLocaleString('en-US')}-item list (HTTP round trips): submit (snapshot) ${sec(s.submit)}, forward ${sec(s.forward)}, approve ${sec(s.approve)}, publish ${sec(s.publish)}; snapshot ${mb(report.big.snapshotBytes)}`,
    '',
    `throughput (${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, ${SECONDS} s measured):`,
    line(rows[0]),
    ...rows.slice(1).map(line),
    '',
    ...verdictLines(report),
    '',
  ].join('\n');
}

const md = (r: string[]): string => `| ${r.join(' | ')} |`;

export function markdownReport(report: BenchReport): string {
  const s = report.big.steps;
  return [
    '# Benchmarks',
    '',
    'Issue 4\'s and issue 6\'s speed targets, measured by `npm run bench` (scripts/bench.ts): one run, one server, a',
    'throwaway embedded PostgreSQL with the demo data, then the region data set grown in steps (see "Region scale");',
    'the publication and the throughput below run on the largest step. Figures are from the last run; they vary with',
    'the machine and with whatever else it runs: compare the load average with the core count.',
    '',
    `- date: ${report.date.toISOString()}`,
    `- machine: ${machine()}`,
    `- load average (1 min): ${report.loadBefore.toFixed(1)} at the start of the run, ${loadavg()[0].toFixed(1)} at the end (above ${cpus().length}, other processes competed for the CPU)`,
    `- load: autocannon, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up then ${SECONDS} s measured, load generator in its own process`,
    '',
    '## Targets',
    '',
    ...verdictLines(report).map((l) => `- ${l}`),
    '',
    `## Publishing a ${report.big.items.toLocaleString('en-US')}-item list`,
    '',
    'A department of 锡林浩特市 with one agency, one post, two certified officers and 5,000 complete powers',
    '(penalty and inspection, each citing the Food Safety Law, with steps, accountability, risk point and',
    'decomposition; two made through the document service, the rest copied in SQL). Each step is one HTTP',
    'request to `POST /console-api/responsibility-lists/:id/transition` by the account that owns it.',
    `Accounts: ${report.signIns.http} signed in through \`POST /api/auth/local\`, ${report.signIns.issued} more given the token that sign-in`,
    'issues by the users-permissions jwt service, past its limit of sign-ins per address.',
    '',
    md(['step', 'by', 'round trip']),
    md(['---', '---', '---:']),
    md(['submit (checks LIST_COMPLETE, DECOMPOSED, RESPONSIBILITY_ASSIGNED; takes the snapshot)', 'dept-editor', sec(s.submit)]),
    md(['forward', 'dept-head', sec(s.forward)]),
    md(['approve', 'justice-reviewer', sec(s.approve)]),
    md([`**publish** (writes ${report.big.items.toLocaleString('en-US')} published items; target ≤ ${PUBLISH_TARGET_MS / 1000} s)`, 'justice-reviewer', `**${sec(s.publish)}**`]),
    '',
    `The version's snapshot (taken at submission) is ${mb(report.big.snapshotBytes)} of JSON. \`BENCH_PROFILE=1 npm run bench\` prints a CPU`,
    'profile and the SQL of each step (statements, time, bytes of results) to show where the time goes.',
    '',
    'The four demo market lists, published the same way first:',
    '',
    md(['tier', 'department', 'items', 'submit', 'forward', 'approve', 'publish']),
    md(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...report.demoLists.map((l) => md([l.tier, l.department, String(l.items), sec(l.steps.submit), sec(l.steps.forward), sec(l.steps.approve), sec(l.steps.publish)])),
    '',
    '## Public API throughput',
    '',
    '- list page: ours `GET /api/public/lists/:id/items?page=1&pageSize=20` (the 5,000-item list); stock',
    '  `GET /api/published-items?filters[listId][$eq]=:id&sort=position:asc&pagination[page]=1&pagination[pageSize]=20`',
    '  (the Public role is given find/findOne on published items in the bench database only).',
    '- item detail: ours `GET /api/public/items/:id`; stock `GET /api/published-items/:documentId`.',
    '- plain node+pg: `node:http` and a `pg` Pool of 10 calling our public handlers (cms/src/public/handlers.ts),',
    '  hence the same SQL, without Strapi, koa or the response cache.',
    '- "every request a cache miss": ours with a request header that makes the bench (cms code untouched) bump the',
    '  publication generation before each request, so that the in-process response cache (cms/src/public/cache.ts)',
    '  never answers and every request runs the handler and its SQL through Strapi\'s middleware. A cold item detail',
    '  also reads and caches the items after it in list order (read-ahead), which this row pays on every request.',
    '- The targets are judged on the first row of each route: the same URL repeated, as readers of a list do.',
    '',
    md(HEAD),
    md(HEAD.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...rowsOf(report.measured).map((r) => md(cells(r))),
    '',
  ].join('\n');
}
