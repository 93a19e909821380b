// npm run bench: issue 4's and issue 6's speed targets, measured in one run on one server (not
// asserted in tests). Builds the server, starts it on a throwaway embedded PostgreSQL with the demo
// data and publishes the demo market lists; then grows the region data set in steps (BENCH_SCALE,
// default 0.1,0.3,1 of the whole region, scripts/seed-region.ts) and measures the console and
// public routes at each; on the largest it publishes a 5,000-item list through the workflow route
// (≤ 5 s), imports a 5,000-row .xlsx (≤ 15 s) and measures the public list page and item detail
// against Strapi's stock REST routes (≥ 5×) and a plain node + pg server. Prints the figures and
// writes them to docs/benchmarks.md.
import { writeFileSync } from 'fs';
import { loadavg } from 'os';
import { join } from 'path';
import { buildServer, ROOT } from './run';
import { startBenchSystem, type BenchSystem } from './bench/system';
import { Tokens } from './bench/http';
import { publishDemoLists } from './bench/demo-lists';
import { publishBigList } from './bench/big-list';
import { openStockPublishedItems } from './bench/stock-access';
import { startPlainServer, type PlainServer } from './bench/plain';
import { allOk, measureRoute, type Measured } from './bench/throughput';
import { enableColdRequests } from './bench/cold';
import { consoleReport, markdownReport, type BenchReport } from './bench/report';
import { Pool } from 'pg';
import type { SeedResult } from './seed-region';
import type { SeedJob } from './bench/seed-worker';
import { PeakMemory } from './bench/memory';
import { addRegionEditor, regionSubjects, REGION_EDITOR, REGION_REVIEWER, type RegionSubjects } from './bench/region-subjects';
import { measureRegion, type RegionFigures } from './bench/region-load';
import { checkRules } from './bench/region-rules';
import { runInChild } from './bench/child';
import type { ImportResult } from './bench/import-sheet';
import type { ImportJob } from './bench/import-worker';
import { regionConsole, regionMarkdown, type RegionReport } from './bench/report-region';
import { runWriteBench } from './bench/write-only';
import { runBatchSheet, type BatchResult } from './bench/batch-sheet';
import { writeMarkdown, writeVerdicts, type WriteFigures } from './bench/write-targets';
import { measureReads, type ReadFigures } from './bench/read-steps';
import { readConsole, readMarkdown } from './bench/read-report';

/** BENCH_ONLY=read: only the region's read steps (console, dashboard, public, mixed load), no writes' steps. */
const readOnly = process.env.BENCH_ONLY === 'read';

/** BENCH_SCALE=0.1,0.3,1: the sizes of the region data set to measure at, smallest first. */
function scales(): number[] {
  const raw = (process.env.BENCH_SCALE ?? '0.1,0.3,1').split(',').map(Number);
  if (raw.length === 0 || raw.some((f) => !Number.isFinite(f) || f <= 0 || f > 1)) throw new Error(`BENCH_SCALE must list fractions in (0, 1], got ${process.env.BENCH_SCALE}`);
  return [...raw].sort((a, b) => a - b);
}

const started = performance.now();
const loadBefore = loadavg()[0];
const log = (line: string): void => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pageOf20 = (body: unknown): boolean => isRecord(body) && Array.isArray(body.data) && body.data.length === 20;
const anItem = (body: unknown): boolean => isRecord(body) && isRecord(body.data) && typeof body.data.code === 'string' && body.data.code !== '';

async function main(): Promise<number> {
  if (process.env.BENCH_ONLY === 'write') {
    log('building config/ and the server (no admin panel)…');
    buildServer({ adminPanel: false });
    return runWriteBench(log);
  }
  const fractions = scales();
  log(`region data set sizes to measure: ${fractions.map((f) => `${f * 100}%`).join(', ')} (BENCH_SCALE)`);
  log('building config/ and the server (no admin panel)…');
  buildServer({ adminPanel: false });
  let system: BenchSystem | null = null;
  let plain: PlainServer | null = null;
  try {
    log('starting embedded PostgreSQL and the server, seeding the demo data…');
    system = await startBenchSystem();
    const memory = new PeakMemory();
    const { strapi, boot, baseUrl, databaseUrl } = system;
    // Before the first request: Koa composes the middleware chain when it takes one.
    const cold = enableColdRequests(strapi);
    log(`server on ${baseUrl}; demo data seeded in ${system.seedSeconds.toFixed(0)} s${cold ? '' : '; no publication generation to bump: cold runs skipped'}`);
    const tokens = new Tokens(strapi, baseUrl, boot.demo.DEMO_PASSWORD, boot.issueSessionToken);
    memory.phase('publishing the demo market lists');
    const demoLists = await publishDemoLists(strapi, boot.demo, baseUrl, tokens);
    for (const l of demoLists) log(`published ${l.department} (${l.items} items): ${Object.entries(l.steps).map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', ')}`);
    const failures: string[] = [];
    const pool = new Pool({ connectionString: databaseUrl, max: 2 });
    const figures: RegionFigures[] = [];
    const seeds: RegionReport['seeds'] = [];
    let subjects: RegionSubjects | null = null;
    let reads: ReadFigures | null = null;
    try {
      for (const fraction of fractions) {
        log(`generating the region data set up to ${fraction * 100}% (scripts/seed-region.ts, progress below)…`);
        memory.phase(`region generator to ${fraction * 100}%`);
        // In a child process: the generator's memory is not the server's peak RSS.
        const seeded = await runInChild<SeedJob, SeedResult>('seed-worker.js', { databaseUrl, fraction }, 'region generator');
        seeds.push({ fraction, seconds: seeded.seconds, powers: seeded.powers });
        subjects = await regionSubjects(pool);
        await addRegionEditor(strapi, subjects.departmentId, boot.demo.DEMO_PASSWORD);
        log(`measuring at ${fraction * 100}% (${seeded.powers.toLocaleString('en-US')} powers; ${subjects.departmentName}: ${subjects.powers} powers)…`);
        memory.phase(`console and public load at ${fraction * 100}%`);
        figures.push(await measureRegion(fraction, seeded.powers, { baseUrl, editorJwt: await tokens.of(REGION_EDITOR), reviewerJwt: await tokens.of(REGION_REVIEWER), listId: subjects.listId, itemId: subjects.itemId }, log));
      }
      if (subjects) {
        log(`issue 17 read steps at ${fractions[fractions.length - 1] * 100}% (load average ${loadavg()[0].toFixed(1)})…`);
        memory.phase('issue 17 read steps (dashboard, console beside plain, public traffic, mixed load)');
        reads = await measureReads({ strapi, baseUrl, databaseUrl, pool, editorJwt: await tokens.of(REGION_EDITOR), reviewerJwt: await tokens.of(REGION_REVIEWER), departmentId: subjects.departmentId }, log);
      }
    } finally {
      await pool.end();
    }
    if (!subjects) throw new Error('no region data set measured');
    if (readOnly) {
      // Nothing written to docs/benchmarks.md: the file keeps the last whole run.
      if (reads) console.log(readConsole(reads));
      log(`BENCH_ONLY=read: done (load average ${loadavg()[0].toFixed(1)} at the end, ${loadBefore.toFixed(1)} at the start)`);
      if (process.env.BENCH_HOLD === '1') {
        // For EXPLAIN (ANALYZE, BUFFERS) by hand on the region data set: server and database stay up until SIGTERM.
        log(`holding ${databaseUrl} (server ${baseUrl}) until SIGTERM to process ${process.pid}`);
        await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
      }
      return reads && reads.mixed.errors === 0 ? 0 : 1;
    }
    log('checking the generated data against the rules (save a power, submit version 2 of the list)…');
    memory.phase('rules check (save a power, submit version 2)');
    const rules = await checkRules(baseUrl, await tokens.of(REGION_EDITOR), subjects.departmentId).catch((error: unknown) => {
      failures.push(`rules check: ${String(error)}`);
      return null;
    });
    if (rules) log(`rules: power saved (${rules.powerSaved}); version 2 with ${rules.submitted.items} items submitted in ${(rules.submitted.ms / 1000).toFixed(2)} s`);
    log('importing a 5,000-row .xlsx of officers (preview, then commit)…');
    memory.phase('import of the .xlsx (preview, commit)');
    // The .xlsx work in a process of its own: it is not the server's memory.
    const imported = await runInChild<ImportJob, ImportResult>('import-worker.js', { baseUrl, jwt: await tokens.of(REGION_EDITOR) }, 'import').catch((error: unknown) => {
      failures.push(`import: ${String(error)}`);
      return null;
    });
    if (imported) log(`import: read ${(imported.readMs / 1000).toFixed(1)} s, preview ${(imported.previewMs / 1000).toFixed(1)} s, commit ${(imported.commitMs / 1000).toFixed(1)} s`);
    log('creating the 5,000-item department and list…');
    memory.phase('5,000-item list: setup, submit, forward, approve, publish');
    const big = await publishBigList(strapi, boot.demo, baseUrl, databaseUrl, tokens, 'county-justice-reviewer', log);
    log(`setup ${big.setupSeconds.toFixed(1)} s (copied ${big.cloned.powers} powers, ${big.cloned.components} component rows, ${big.cloned.links} link rows)`);
    log(`5,000-item list: ${Object.entries(big.steps).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(2)} s`).join(', ')}`);
    log('a 5,000-row batch power adjustment (issue 15: preview, filing, approval)…');
    memory.phase('batch power adjustment (preview, filing, approval)');
    const batch: BatchResult | null = await runBatchSheet(strapi, baseUrl, await tokens.of('county-dept-editor'), await tokens.of('county-justice-reviewer')).catch((error: unknown) => {
      failures.push(`batch adjustment: ${String(error)}`);
      return null;
    });
    if (batch) log(`batch: preview ${(batch.previewMs / 1000).toFixed(2)} s, filing ${(batch.filingMs / 1000).toFixed(2)} s, approval ${(batch.approvalMs / 1000).toFixed(2)} s`);
    log(`accounts: ${tokens.signedIn} signed in over HTTP, ${tokens.issued} tokens from the jwt service after the sign-in rate limit`);
    await openStockPublishedItems(strapi);
    memory.phase('public throughput against stock Strapi and plain node+pg');
    plain = await startPlainServer(databaseUrl);
    log(`plain node+pg server on ${plain.baseUrl}; measuring…`);
    const list = encodeURIComponent(big.listId);
    const item = encodeURIComponent(big.sampleItemId);
    const measured: Measured[] = [];
    measured.push(await measureRoute({
      route: 'list page',
      ours: `${baseUrl}/api/public/lists/${list}/items?page=1&pageSize=20`,
      stock: `${baseUrl}/api/published-items?filters[listId][$eq]=${list}&sort=position:asc&pagination[page]=1&pagination[pageSize]=20`,
      plain: `${plain.baseUrl}/lists/${list}/items?page=1&pageSize=20`,
      expect: pageOf20,
    }, cold, log));
    measured.push(await measureRoute({
      route: 'item detail',
      ours: `${baseUrl}/api/public/items/${item}`,
      stock: `${baseUrl}/api/published-items/${item}`,
      plain: `${plain.baseUrl}/items/${item}`,
      expect: anItem,
    }, cold, log));
    const report: BenchReport = { date: new Date(), loadBefore, seedSeconds: system.seedSeconds, signIns: { http: tokens.signedIn, issued: tokens.issued }, demoLists, big, measured };
    const region: RegionReport = {
      figures, seeds, subjects, rules, import: imported, failures, peak: memory.stop(), publishMs: big.steps.publish,
      publicRatios: measured.map((m) => ({ route: m.route, stock: m.ours.requestsPerSecond / m.stock.requestsPerSecond, plain: m.ours.requestsPerSecond / m.plain.requestsPerSecond })),
    };
    const writes: WriteFigures = { import: imported, batch, steps: big.steps, peak: region.peak };
    console.log(consoleReport(report));
    console.log(regionConsole(region));
    console.log(writeVerdicts(writes).join('\n'));
    if (reads) console.log(readConsole(reads));
    const writeSection = ['## Write targets (issue 17, issue 15)', '', ...writeMarkdown(writes), ''].join('\n');
    writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), `${markdownReport(report)}\n${regionMarkdown(region)}${reads ? `\n${readMarkdown(reads)}` : ''}\n${writeSection}`);
    log('wrote docs/benchmarks.md');
    const broken = measured.some((m) => ![m.ours, m.oursCold, m.stock, m.plain].every((r) => r === null || allOk(r)))
      || figures.some((f) => ![f.deptPage8, f.deptPage32, f.search8, f.shortSearch8, f.listPageCold, f.itemCold].every(allOk));
    if (broken) console.error('some measured responses were not 200: the figures above are not valid');
    for (const f of failures) console.error(f);
    return broken || failures.length > 0 ? 1 : 0;
  } finally {
    log('stopping…');
    await plain?.stop();
    await system?.stop();
    log('stopped (server, PostgreSQL, temp dir)');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
