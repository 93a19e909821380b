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
      connection: { connectionString, ssl: env('DATABASE_SSL', 'false') === 'true' ? { rejectUnauthorized: false } : false },
      pool: { min: Number(env('DATABASE_POOL_MIN', '0')), max: Number(env('DATABASE_POOL_MAX', '10')) },
      acquireConnectionTimeout: 60000,
    },
  };
};
