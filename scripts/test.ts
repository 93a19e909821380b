// npm test: compile the server, then run the unit and API suites (jest) on a throwaway PostgreSQL.
import { buildServer, run } from './run';

buildServer({ adminPanel: false });
// Two workers, not --runInBand: each API file boots its own Strapi on its own copy of the template
// database, so files are independent, and while one waits on PostgreSQL the other uses the second
// core (the API suite went from 767 s to 458 s on this 2-core machine). jest.config.js restarts a
// worker whose heap has grown, since every booted Strapi leaves some of its module graph behind.
// --forceExit: a Strapi plugin's stray timer must never keep CI waiting after the last test.
run('npx', ['jest', '--maxWorkers=2', '--forceExit', ...process.argv.slice(2)]);
