// npm run bench: issue 4's speed targets, measured in one run on one server (not asserted in tests).
// Builds the server, starts it on a throwaway embedded PostgreSQL with the demo data, publishes the
// demo market lists and a 5,000-item list through the workflow route (publish ≤ 5 s), then measures
// the public list page and item detail against Strapi's stock REST routes (≥ 5×) and a plain
// node + pg server. Prints the figures and writes them to docs/benchmarks.md.
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

const started = performance.now();
const loadBefore = loadavg()[0];
const log = (line: string): void => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pageOf20 = (body: unknown): boolean => isRecord(body) && Array.isArray(body.data) && body.data.length === 20;
const anItem = (body: unknown): boolean => isRecord(body) && isRecord(body.data) && typeof body.data.code === 'string' && body.data.code !== '';

async function main(): Promise<number> {
  log('building config/ and the server (no admin panel)…');
  buildServer({ adminPanel: false });
  let system: BenchSystem | null = null;
  let plain: PlainServer | null = null;
  try {
    log('starting embedded PostgreSQL and the server, seeding the demo data…');
    system = await startBenchSystem();
    const { strapi, boot, baseUrl, databaseUrl } = system;
    // Before the first request: Koa composes the middleware chain when it takes one.
    const cold = enableColdRequests(strapi);
    log(`server on ${baseUrl}; demo data seeded in ${system.seedSeconds.toFixed(0)} s${cold ? '' : '; no publication generation to bump: cold runs skipped'}`);
    const tokens = new Tokens(strapi, baseUrl, boot.demo.DEMO_PASSWORD);
    const demoLists = await publishDemoLists(strapi, boot.demo, baseUrl, tokens);
    for (const l of demoLists) log(`published ${l.department} (${l.items} items): ${Object.entries(l.steps).map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', ')}`);
    log('creating the 5,000-item department and list…');
    const big = await publishBigList(strapi, boot.demo, baseUrl, databaseUrl, tokens, 'county-justice-reviewer', log);
    log(`setup ${big.setupSeconds.toFixed(1)} s (copied ${big.cloned.powers} powers, ${big.cloned.components} component rows, ${big.cloned.links} link rows)`);
    log(`5,000-item list: ${Object.entries(big.steps).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(2)} s`).join(', ')}`);
    log(`accounts: ${tokens.signedIn} signed in over HTTP, ${tokens.issued} tokens from the jwt service after the sign-in rate limit`);
    await openStockPublishedItems(strapi);
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
    console.log(consoleReport(report));
    writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), markdownReport(report));
    log('wrote docs/benchmarks.md');
    const broken = measured.some((m) => ![m.ours, m.oursCold, m.stock, m.plain].every((r) => r === null || allOk(r)));
    if (broken) console.error('some measured responses were not 200: the figures above are not valid');
    return broken ? 1 : 0;
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
