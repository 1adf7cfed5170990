/**
 * Process entry: config -> database -> app -> listen. SIGTERM/SIGINT stop it gracefully: readiness
 * turns 503, no new connections are accepted, in-flight requests get up to SHUTDOWN_TIMEOUT_MS, then
 * the pool closes and the embedded database (if any) stops.
 */
import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { demoPrivateEventLink, seedDemoCatalog } from './db/demo-catalog';
import { createLogger } from './logger';
import { ensureInitialAdmins } from './modules/accounts/initial-admins';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.log.level);
  const database = await openDatabase(config, logger);

  if (config.seedDemoData) {
    const created = await seedDemoCatalog(database.dataSource);
    if (created > 0) logger.info({ events: created }, 'seeded the demo catalog');
  }

  const { demoAdmin } = await ensureInitialAdmins(config, database.dataSource, logger);

  const app = await createApp({ config, dataSource: database.dataSource, logger });
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(config.api.port, config.api.host, resolve);
  });

  const apiUrl = `http://${config.api.host === '0.0.0.0' ? 'localhost' : config.api.host}:${config.api.port}`;
  logger.info({ graphql: `${apiUrl}/graphql`, embeddedDatabase: database.embedded }, 'API ready');
  if (!config.isProduction) {
    const privateLink = await demoPrivateEventLink(database.dataSource, config.site.publicUrl);
    const lines = [
      '',
      `  GraphQL API + Apollo Sandbox:  ${apiUrl}/graphql`,
      `  Storefront:                    ${config.site.publicUrl}`,
      ...(privateLink ? [`  Private demo event link:       ${privateLink}`] : []),
      ...(demoAdmin
        ? [
            `  Demo admin (shown only now):   ${demoAdmin.email}  password: ${demoAdmin.password}`,
            `  Sign in at:                    ${config.site.publicUrl}/admin`,
          ]
        : []),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app.stop();
      await database.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error('API failed to start:', error);
  process.exit(1);
});
