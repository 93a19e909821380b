import { assertProductionSafe, DEV_SECRETS } from '../src/server/secrets';

type Env = ((key: string, fallback?: string) => string) & {
  int: (key: string, fallback?: number) => number;
  bool: (key: string, fallback?: boolean) => boolean;
  array: (key: string, fallback?: string[]) => string[];
};

// Loaded first whatever launches Strapi: with NODE_ENV=production, development secrets stop it here.
assertProductionSafe();

export default ({ env }: { env: Env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS', [...DEV_SECRETS.APP_KEYS]) },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});
