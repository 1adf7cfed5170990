/**
 * Process entry: config -> database -> app -> listen. SIGTERM/SIGINT stop it gracefully: readiness
 * turns 503, no new connections are accepted, in-flight requests get up to SHUTDOWN_TIMEOUT_MS, then
 * the pool closes and the embedded database (if any) stops. A signal during start-up stops whatever
 * has been started so far.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase } from './db/database';
import { demoPrivateEventLink, seedDemoCatalog } from './db/demo-catalog';
import { startJobRunner } from './jobs/job-runner';
import { createLogger, type Logger } from './logger';
import { ensureInitialAdmins } from './modules/accounts/initial-admins';
import { PAYPAL_WEBHOOK_PATH } from './modules/checkout/paypal-webhooks.routes';
import { startPaymentProvider } from './modules/payments/payment-provider';

/** What has been started, stopped in reverse order on shutdown. */
const running: { name: string; stop: () => Promise<void> }[] = [];
let logger: Logger | undefined;
let stopping = false;

async function shutdown(reason: string, exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger?.info({ reason }, 'shutting down');
  try {
    for (const part of running.reverse()) {
      logger?.info({ part: part.name }, 'stopping');
      await part.stop();
    }
    logger?.info('stopped');
  } catch (error) {
    logger?.error({ err: error }, 'unclean shutdown');
    exitCode = exitCode || 1;
  }
  // pino flushes its buffered lines synchronously on exit, so nothing logged above is lost.
  process.exit(exitCode);
}

interface BannerLinks {
  privateLink: string | null;
  paypalSimulatorUrl: string | null;
  demoAdmin: { email: string; password: string } | null | undefined;
  adminEmail: string | undefined;
}

/** How to get into the admin area, at every start: the password only when it was just made. */
function adminLines(adminUrl: string, demoAdmin: BannerLinks['demoAdmin'], adminEmail: string | undefined) {
  if (demoAdmin) {
    return [
      `  Admin:                         ${adminUrl}  as ${demoAdmin.email}`,
      `                                 password: ${demoAdmin.password}  (shown only now)`,
      `                                 another: npm run admin:password -- --email ${demoAdmin.email}`,
    ];
  }
  if (adminEmail) {
    return [
      `  Admin:                         ${adminUrl}  as ${adminEmail}`,
      `                                 lost the password? npm run admin:password -- --email ${adminEmail}`,
    ];
  }
  return [
    `  Admin:                         ${adminUrl}  (an account: npm run admin:create -- --email you@example.com)`,
  ];
}

function printBanner(
  config: Config,
  { privateLink, paypalSimulatorUrl, demoAdmin, adminEmail }: BannerLinks,
): void {
  const host = config.api.host === '0.0.0.0' ? 'localhost' : config.api.host;
  const lines = [
    '',
    `  GraphQL API + Apollo Sandbox:  http://${host}:${config.api.port}/graphql`,
    `  Storefront:                    ${config.site.publicUrl}`,
    ...(privateLink ? [`  Private demo event link:       ${privateLink}`] : []),
    ...(paypalSimulatorUrl
      ? [`  Payments: TEST MODE, PayPal simulator at ${paypalSimulatorUrl} (no money moves)`]
      : []),
    ...adminLines(`${config.site.publicUrl}/admin`, demoAdmin, adminEmail),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  // Started by `npm start` (scripts/start.mjs) with an IPC channel: when that script ends, so does the API.
  if (process.send) process.once('disconnect', () => void shutdown('the start script ended', 0));

  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  logger = createLogger(config.log.level, { buffered: true, format: config.log.format });

  const database = await openDatabase(config, logger);
  running.push({ name: 'database', stop: () => database.close() });
  if (config.seedDemoData) {
    const created = await seedDemoCatalog(database.dataSource);
    if (created > 0) logger.info({ events: created }, 'seeded the demo catalog');
  }

  const { demoAdmin, adminEmail } = await ensureInitialAdmins(config, database.dataSource, logger);

  const payments = await startPaymentProvider(config, logger);
  running.push({ name: 'payments', stop: () => payments.stop() });
  const app = await createApp({ config, dataSource: database.dataSource, logger, payments });
  running.push({ name: 'http', stop: () => app.stop() });
  if (config.jobs.enabled) {
    const jobs = await startJobRunner({
      dataSource: database.dataSource,
      config,
      services: app.services,
      logger,
    });
    // Stopped after the HTTP server: requests still draining may enqueue jobs in their transactions.
    running.splice(running.length - 1, 0, { name: 'jobs', stop: () => jobs.stop() });
  }
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(config.api.port, config.api.host, resolve);
  });
  if (payments.simulator) {
    // Test mode: the simulator sends its webhooks to this API, as PayPal would to the public URL.
    const host = config.api.host === '0.0.0.0' ? '127.0.0.1' : config.api.host;
    const { port } = app.httpServer.address() as AddressInfo;
    payments.simulator.webhookUrl = `http://${host}:${port}${PAYPAL_WEBHOOK_PATH}`;
  }
  logger.info({ port: config.api.port, embeddedDatabase: database.embedded }, 'API ready');
  if (!config.isProduction) {
    const privateLink = await demoPrivateEventLink(database.dataSource, config.site.publicUrl);
    printBanner(config, {
      privateLink,
      paypalSimulatorUrl: payments.simulator?.url ?? null,
      demoAdmin,
      adminEmail,
    });
  }
}

main().catch((error) => {
  if (logger) logger.fatal({ err: error }, 'API failed to start');
  else console.error('API failed to start:', error);
  void shutdown('start-up failed', 1);
});
