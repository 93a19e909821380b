// npm run build: compile config/ and the Strapi app, and build Strapi's admin panel.
import { buildServer } from './run';

buildServer({ adminPanel: true });
