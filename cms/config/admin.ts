type Env = ((key: string, fallback?: string) => string) & { bool: (key: string, fallback?: boolean) => boolean };

export default ({ env }: { env: Env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'nmg-dev-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'nmg-dev-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'nmg-dev-transfer-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'nmg-dev-encryption-key') },
  flags: { nps: false, promoteEE: false },
  autoOpen: false,
  watchIgnoreFiles: ['**/test/**'],
});
