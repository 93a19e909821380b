// npm run test:e2e: build the server and the console, then drive the console in Debian's chromium.
import { buildConsole, buildServer, run } from './run';

buildServer({ adminPanel: false });
buildConsole();
run('npx', ['jest', '-c', 'jest.e2e.config.js', '--runInBand', '--forceExit', ...process.argv.slice(2)]);
