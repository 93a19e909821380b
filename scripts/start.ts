// npm start: build what is not built, start PostgreSQL (embedded unless DATABASE_URL), seed the
// demo data once, serve everything on one port, and print where to go and how to sign in.
// With NODE_ENV=production: refuse unsafe secrets first, seed no demo data and no account.
import { regulationConfig } from '@nmg/config';
import { openDatabase } from './database';
import { join } from 'path';
import { buildConsole, buildServer, ROOT } from './run';
import { production, refuseUnsafeProduction } from './production';

async function main(): Promise<void> {
  refuseUnsafeProduction();
  buildServer({ adminPanel: true });
  buildConsole();
  const db = await openDatabase();
  // Required after the build so that the compiled output exists.
  const boot = require(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js')) as typeof import('../cms/src/server/boot');
  const strapi = await boot.loadStrapi();
  const prepared = await boot.prepareData(strapi, { divisionsCsv: boot.DIVISIONS_CSV, townships: process.env.SEED_TOWNSHIPS === '1', production: production() });
  const { seeded, published, supervision } = prepared;
  await strapi.start();
  const port = strapi.config.get<number>('server.port');
  const base = `http://localhost:${port}`;
  if (prepared.production) {
    console.log([
      '',
      `内蒙古自治区行政执法责任制管理系统 is running in production on port ${port}${seeded ? ' (governments and justice departments seeded now)' : ''}`,
      `  console ${base}/console   Strapi admin ${base}/admin   public ${base}/console/public`,
      prepared.administrators === 0 ? '  No administrator yet: create the first one with `npm run admin:create` (see README, Production).' : `  ${prepared.administrators} Strapi administrator(s).`,
      '',
    ].join('\n'));
  }
  const lines = prepared.production ? [] : [
    '',
    '内蒙古自治区行政执法责任制管理系统 is running',
    `  database      ${db.embedded ? `embedded PostgreSQL on port ${db.embedded.port} (.data/postgres)` : 'DATABASE_URL'}${seeded ? `, demo data seeded now (published lists: ${published.join('、') || 'none'})` : ''}`,
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
  ];
  if (lines.length > 0) console.log(lines.join('\n'));
  // Ctrl-C in a terminal sends SIGINT and a process manager then SIGTERM: Strapi refuses a second
  // destroy (and would exit with a stack trace), so the first signal alone shuts down.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await strapi.destroy();
    await db.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
