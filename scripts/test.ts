// npm test: compile the server, then run the unit and API suites (jest) on a throwaway PostgreSQL.
import { buildServer, run } from './run';

buildServer({ adminPanel: false });
run('npx', ['jest', '--runInBand', ...process.argv.slice(2)]);
