type Env = ((key: string, fallback?: string) => string) & { int: (key: string, fallback?: number) => number };

export default ({ env }: { env: Env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', 'nmg-dev-jwt-secret'),
      jwt: { expiresIn: '12h' },
      register: { allowedFields: [] },
    },
  },
});
