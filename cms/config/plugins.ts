import { DEV_SECRETS } from '../src/server/secrets';
import { ALLOWED_UPLOAD_MIME_TYPES, DENIED_UPLOAD_MIME_TYPES } from '../src/uploads/sniff';

type Env = ((key: string, fallback?: string) => string) & { int: (key: string, fallback?: number) => number };

export default ({ env }: { env: Env }) => ({
  // Strapi's own upload check (by detected type) on the same allow-list as global::upload-guard,
  // which judges every file by content first (cms/src/uploads/sniff.ts).
  upload: { config: { security: { allowedTypes: ALLOWED_UPLOAD_MIME_TYPES, deniedTypes: DENIED_UPLOAD_MIME_TYPES } } },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', DEV_SECRETS.JWT_SECRET),
      jwt: { expiresIn: '12h' },
      register: { allowedFields: [] },
      // Sign-ins per address per minute (Strapi's default 10). The browser tests sign in a dozen
      // demo accounts from one address within a minute and raise it through the environment.
      ratelimit: { interval: 60000, max: env.int('AUTH_RATELIMIT_MAX', 10) },
    },
  },
});
