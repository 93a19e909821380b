// npm test: compile the server, then run the unit and API suites (jest) on a throwaway PostgreSQL.
import { buildServer, run } from './run';

buildServer({ adminPanel: false });
// --forceExit: a Strapi plugin's stray timer must never keep CI waiting after the last test.
run('npx', ['jest', '--runInBand', '--forceExit', ...process.argv.slice(2)]);
