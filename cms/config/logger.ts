// Log level from STRAPI_LOG_LEVEL (tests set it to 'error' to keep their output readable).
export default ({ env }: { env: (key: string, fallback?: string) => string }) => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
});
