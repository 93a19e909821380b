// One stateless server instance of the cluster (a child process of scripts/cluster.ts): boots the
// compiled Strapi app on the PORT and databases it is given, says "ready", and stops cleanly on
// SIGTERM.
import { join } from 'path';
import { ROOT } from '../run';

async function main(): Promise<void> {
  const boot = require(join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js')) as typeof import('../../cms/src/server/boot');
  const strapi = await boot.loadStrapi();
  await strapi.start();
  process.send?.('ready');
  process.once('SIGTERM', () => {
    void strapi.destroy().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(`[instance] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
