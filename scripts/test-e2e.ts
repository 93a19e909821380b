// npm run test:e2e: build the server and the console, then drive the console in Debian's chromium.
import { buildConsole, buildServer, run } from './run';

const files = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
// The Strapi admin panel is built (once; rebuilt only when cms/src/admin changes) only for the test
// that opens it (admin-zh.e2e.ts): a full run, or a selection that names it.
buildServer({ adminPanel: files.length === 0 || files.some((f) => f.includes('admin-zh')) });
buildConsole();
run('npx', ['jest', '-c', 'jest.e2e.config.js', '--runInBand', '--forceExit', ...process.argv.slice(2)]);
