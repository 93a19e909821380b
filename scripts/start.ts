// npm start: build what is not built, start PostgreSQL (embedded unless DATABASE_URL), seed the
// demo data once, serve everything on one port, and print where to go and how to sign in.
import { buildConsole, buildServer } from './run';
import { runOrExplain, serve } from './serve';

runOrExplain(async () => {
  buildServer({ adminPanel: true });
  buildConsole();
  await serve();
});
