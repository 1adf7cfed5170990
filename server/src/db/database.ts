/**
 * Opens the app's database: the configured PostgreSQL, or the embedded server when DATABASE_URL is
 * unset. Migrations run before the data source is handed out.
 */
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDataSource } from './data-source';
import { runningEmbeddedDatabaseUrl, startEmbeddedDatabase } from './embedded-database';
import { runMigrations } from './migrate';

export interface Database {
  dataSource: DataSource;
  /** True when the app started its own embedded server. */
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /**
   * Use the embedded server the running app started on the same folder, if any, instead of starting
   * one (the admin commands, run beside `npm start`); it is left running on close.
   */
  shareRunningEmbedded?: boolean;
}

export async function openDatabase(
  config: Config,
  logger: Logger,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  const sharedUrl =
    !config.database.url && options.shareRunningEmbedded
      ? runningEmbeddedDatabaseUrl(config.database.embedded.dir)
      : null;
  const embeddedServer =
    config.database.url || sharedUrl
      ? undefined
      : await startEmbeddedDatabase({ ...config.database.embedded, logger });
  const url = config.database.url ?? sharedUrl ?? embeddedServer!.url;

  const dataSource = createDataSource({ url, poolSize: config.database.poolSize });
  try {
    await dataSource.initialize();
    await runMigrations(dataSource, logger);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embeddedServer?.stop();
    throw error;
  }

  return {
    dataSource,
    embedded: Boolean(embeddedServer),
    async close() {
      await dataSource.destroy();
      await embeddedServer?.stop();
    },
  };
}
