import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { pgTypesWithFastTimestamps } from './timestamptz';

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  /** Receives every SQL statement (tests count them); omitted: TypeORM logs nothing. */
  queryLogger?: TypeOrmLogger;
  applicationName?: string;
}

/** A TypeORM data source over `pg`. The schema comes only from committed migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    applicationName: options.applicationName ?? 'event-sales-api',
    logging: options.queryLogger ? ['query', 'error'] : false,
    logger: options.queryLogger,
    extra: {
      max: options.poolSize,
      // How long a request may wait for a pooled connection (or a new one) before failing. A burst of
      // buyers queues here instead of failing; 15 s stays below the timeouts of the proxies in front.
      connectionTimeoutMillis: 15_000,
      statement_timeout: 15000,
      idle_in_transaction_session_timeout: 30000,
      // timestamptz read without postgres-date's regular expressions (same Dates): see timestamptz.ts.
      types: pgTypesWithFastTimestamps,
    },
  });
}
