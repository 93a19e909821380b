// npm run build: compile config/ and the Strapi app, build Strapi's admin panel, and regenerate the
// content types' typings with Strapi's own generator (scripts/types.ts; `npm test` checks them).
import { buildServer } from './run';
import { runOrExplain } from './start-error';
import { generateTypes } from './types';

buildServer({ adminPanel: true });
runOrExplain(() => generateTypes(), 'build');
