type Env = ((key: string, fallback?: string) => string) & { int: (key: string, fallback?: number) => number };

export default ({ env }: { env: Env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', 'nmg-dev-jwt-secret'),
      jwt: { expiresIn: '12h' },
      register: { allowedFields: [] },
      // Sign-ins per address per minute (Strapi's default 10). The browser tests sign in a dozen
      // demo accounts from one address within a minute and raise it through the environment.
      ratelimit: { interval: 60000, max: env.int('AUTH_RATELIMIT_MAX', 10) },
    },
  },
});
