// npm run pii:rotate: re-encrypts every stored ID number and phone under PII_KEY (and the profile in
// config/pii.json), decrypting with PII_KEY_OLD where needed, and recomputes the search hashes under
// PII_HASH_KEY. Works in batches of 500 rows, each batch in its own transaction; running it again
// changes nothing. Keep PII_KEY_OLD set on the servers until this prints "0 rows behind".
import { openDatabase } from './database';
import { join } from 'path';
import { buildServer, ROOT } from './run';

async function main(): Promise<void> {
  buildServer({ adminPanel: false });
  const db = await openDatabase();
  const boot = require(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js')) as typeof import('../cms/src/server/boot');
  const strapi = await boot.loadStrapi();
  const changed = await boot.migratePii(strapi, 'rotate');
  const behind = await boot.piiRowsBehind(strapi);
  console.log(`personal information: ${changed} rows re-encrypted, ${behind} rows behind the current key`);
  await strapi.destroy();
  await db.embedded?.stop();
  if (behind > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
