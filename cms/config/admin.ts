import { DEV_SECRETS } from '../src/server/secrets';

type Env = ((key: string, fallback?: string) => string) & { bool: (key: string, fallback?: boolean) => boolean };

export default ({ env }: { env: Env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', DEV_SECRETS.ADMIN_JWT_SECRET) },
  apiToken: { salt: env('API_TOKEN_SALT', DEV_SECRETS.API_TOKEN_SALT) },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', DEV_SECRETS.TRANSFER_TOKEN_SALT) } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', DEV_SECRETS.ENCRYPTION_KEY) },
  flags: { nps: false, promoteEE: false },
  autoOpen: false,
  watchIgnoreFiles: ['**/test/**'],
});
