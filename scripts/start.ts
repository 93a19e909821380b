// npm start: build what is not built, start PostgreSQL (embedded unless DATABASE_URL), seed the
// demo data once, serve everything on one port, and print where to go and how to sign in.
import { buildConsole, buildServer } from './run';
import { serve } from './serve';
import { runOrExplain } from './start-error';

runOrExplain(async () => {
  buildServer({ adminPanel: true });
  buildConsole();
  await serve();
});
