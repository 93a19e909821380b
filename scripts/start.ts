// npm start: build what is not built, start PostgreSQL (embedded unless DATABASE_URL), seed the
// demo data once, serve everything on one port, and print where to go and how to sign in.
// With NODE_ENV=production: refuse unsafe secrets first (before any build), seed no demo data and
// no account (scripts/serve.ts).
import { buildConsole, buildServer } from './run';
import { refuseUnsafeProduction } from './production';
import { serve } from './serve';
import { runOrExplain } from './start-error';

refuseUnsafeProduction();
runOrExplain(async () => {
  buildServer({ adminPanel: true });
  buildConsole();
  await serve();
});
