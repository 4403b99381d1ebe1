import type { Core } from '@strapi/strapi';
import { resolveDatabaseUrl } from '../src/env-check';

// PostgreSQL only: STRAPI_DATABASE_URL, or the database "mymonitor_strapi" on the DATABASE_URL server.
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => ({
  connection: {
    client: 'postgres',
    connection: {
      connectionString: resolveDatabaseUrl(),
      schema: env('DATABASE_SCHEMA', 'public'),
    },
    pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
  },
});

export default config;
