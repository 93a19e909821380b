// npm run seed: seeds the demo data into the configured database if it is empty, then exits.
import { openDatabase } from './database';
import { join } from 'path';
import { buildServer, ROOT } from './run';
import { refuseInProduction } from './production';

async function main(): Promise<void> {
  refuseInProduction('npm run seed');
  buildServer({ adminPanel: false });
  const db = await openDatabase();
  const boot = require(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js')) as typeof import('../cms/src/server/boot');
  const strapi = await boot.loadStrapi();
  const seeded = await boot.seedDemo(strapi, { divisionsCsv: boot.DIVISIONS_CSV, townships: process.env.SEED_TOWNSHIPS === '1' });
  console.log(seeded ? 'demo data seeded' : 'database already has data; nothing seeded');
  await strapi.destroy();
  await db.embedded?.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
