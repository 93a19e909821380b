// How the server reaches PostgreSQL. The start and test scripts set DATABASE_URL (an embedded
// PostgreSQL unless the operator points it at a server); PostgreSQL is the only database.
export default ({ env }: { env: (key: string, fallback?: string) => string }) => {
  const connectionString = env('DATABASE_URL', '');
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: start the server with `npm start` (embedded PostgreSQL) or set DATABASE_URL');
  }
  return {
    connection: {
      client: 'postgres',
      connection: {
        connectionString,
        ssl: env('DATABASE_SSL', 'false') === 'true' ? { rejectUnauthorized: false } : false,
        // Parallel workers per query (PostgreSQL's default is 2). Off by default: on a small server
        // under concurrent requests a worker's start-up costs more than it saves, e.g. a
        // two-character name search's page took 49 ms with workers and 0.8 ms without (docs/DECISIONS.md).
        options: `-c max_parallel_workers_per_gather=${Number(env('DATABASE_PARALLEL_WORKERS', '0'))}`,
      },
      pool: { min: Number(env('DATABASE_POOL_MIN', '0')), max: Number(env('DATABASE_POOL_MAX', '10')) },
      acquireConnectionTimeout: 60000,
    },
  };
};
