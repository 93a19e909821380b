// npm run seed:region [-- --fraction=0.1|0.3|1]: the whole of Inner Mongolia on the configured
// PostgreSQL (DATABASE_URL, else the embedded one in .data/): every government's enforcement
// departments with agencies, posts, certified officers, powers with their legal bases, steps and
// accountability situations, and a published list version each (sizes in scripts/region/plan.ts).
// Written with set-based SQL in one transaction per batch of departments, never one request per
// row; a larger fraction adds to a smaller one. Loads Strapi first so that its schema exists.
import { Client } from 'pg';
import { join } from 'path';
import { openDatabase } from './database';
import { buildServer, ROOT } from './run';
import { refuseInProduction } from './production';
import { FULL, parseFraction, planDepartments, type GovernmentRow } from './region/plan';
import { createTemplateTables } from './region/templates';
import { ensureLegalBases } from './region/legal-bases';
import { stageSeconds, writeBatch } from './region/departments';

const BATCH_ITEMS = 12000;
const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(0).padStart(4);
const log = (line: string): void => console.log(`[seed:region ${seconds()} s] ${line}`);

export interface SeedResult {
  seconds: number;
  /** Powers in the database afterwards. */
  powers: number;
}

export async function seedRegion(databaseUrl: string, fraction: number): Promise<SeedResult> {
  const callStart = performance.now();
  for (const key of Object.keys(stageSeconds)) delete stageSeconds[key];
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`SET synchronous_commit = off`);
    // The rows are consistent by construction; skipping the foreign-key triggers halves the time.
    // Needs a superuser (the embedded server's); elsewhere the checks simply run.
    const replica = await client.query(`SET session_replication_role = replica`).then(() => true, () => false);
    log(replica ? 'foreign-key triggers off for this session (rows are consistent by construction)' : 'not a superuser: foreign-key checks stay on');
    const laws = await ensureLegalBases(client, Math.round(FULL.legalBases * fraction));
    log(`legal bases: ${laws} added`);
    await createTemplateTables(client);
    const governments = (await client.query<GovernmentRow>(`SELECT id, code, name, tier FROM governments WHERE tier <> 'township' ORDER BY code`)).rows;
    const existing = new Set((await client.query<{ key: string }>(
      `SELECT l.government_id || ':' || d.name AS key FROM departments d JOIN departments_government_lnk l ON l.department_id = d.id`,
    )).rows.map((r) => r.key));
    const plan = planDepartments(governments, fraction);
    const todo = plan.filter((d) => !existing.has(`${d.government.id}:${d.name}`));
    const totalItems = todo.reduce((n, d) => n + d.items, 0);
    log(`${governments.length} governments; plan at ${fraction * 100}%: ${plan.length} departments, ${plan.reduce((n, d) => n + d.items, 0)} powers; to write: ${todo.length} departments, ${totalItems} powers`);
    let done = { departments: 0, powers: 0, officers: 0, componentRows: 0 };
    for (let i = 0; i < todo.length; ) {
      const batch = [];
      let items = 0;
      while (i < todo.length && (batch.length === 0 || items + todo[i].items <= BATCH_ITEMS)) {
        items += todo[i].items;
        batch.push(todo[i++]);
      }
      const c = await writeBatch(client, batch);
      done = { departments: done.departments + c.departments, powers: done.powers + c.powers, officers: done.officers + c.officers, componentRows: done.componentRows + c.componentRows };
      const pct = totalItems === 0 ? 100 : (100 * done.powers) / totalItems;
      const rate = done.powers / ((performance.now() - callStart) / 1000);
      log(`${pct.toFixed(0).padStart(3)}%  departments ${done.departments}/${todo.length}, powers ${done.powers}/${totalItems}, officers ${done.officers}, component and link rows ${done.componentRows} (${rate.toFixed(0)} powers/s${pct < 100 ? `, about ${((totalItems - done.powers) / rate / 60).toFixed(1)} min left` : ''})`);
    }
    log(`time per stage: ${Object.entries(stageSeconds).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}`);
    log('ANALYZE…');
    await client.query('ANALYZE');
    const counts = (await client.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM governments) AS governments, (SELECT count(*) FROM departments) AS departments, (SELECT count(*) FROM powers) AS powers,
              (SELECT count(*) FROM officers) AS officers, (SELECT count(*) FROM legal_bases) AS legal_bases,
              (SELECT count(*) FROM responsibility_lists WHERE state = 'published') AS published_lists, (SELECT count(*) FROM published_items WHERE current) AS published_items`,
    )).rows[0] ?? {};
    log(`database now holds: ${Object.entries(counts).map(([k, v]) => `${k} ${Number(v).toLocaleString('en')}`).join(', ')}`);
    return { seconds: (performance.now() - callStart) / 1000, powers: Number(counts.powers) };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  refuseInProduction('npm run seed:region');
  const fraction = parseFraction(process.argv.slice(2), process.env);
  buildServer({ adminPanel: false });
  const db = await openDatabase();
  process.env.CRON_ENABLED = 'false';
  const boot = require(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js')) as typeof import('../cms/src/server/boot');
  const strapi = await boot.loadStrapi();
  try {
    if (await boot.seedDemo(strapi, { divisionsCsv: boot.DIVISIONS_CSV, townships: process.env.SEED_TOWNSHIPS === '1' })) log('demo data seeded (governments, roles, accounts)');
  } finally {
    await strapi.destroy();
  }
  await seedRegion(db.url, fraction);
  log(`done in ${seconds().trim()} s`);
  await db.embedded?.stop();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
