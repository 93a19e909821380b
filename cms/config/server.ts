type Env = ((key: string, fallback?: string) => string) & {
  int: (key: string, fallback?: number) => number;
  bool: (key: string, fallback?: boolean) => boolean;
  array: (key: string, fallback?: string[]) => string[];
};

export default ({ env }: { env: Env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS', ['nmg-dev-key-1', 'nmg-dev-key-2']) },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});
