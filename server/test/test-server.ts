/**
 * The real app over real HTTP on a free port, with a database of its own. Tests talk to it only
 * through GraphQL and HTTP, as clients do.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createApp, type App } from '../src/app';
import { findProjectRoot, loadConfig, type Config } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { createLogger, type Logger } from '../src/logger';
import { startPaymentProvider, type PaymentProvider } from '../src/modules/payments/payment-provider';
import { startJobRunner, type JobRunner, type JobRunnerOptions } from '../src/jobs/job-runner';
import { createMigratedTestDatabase, type TestDatabase } from './test-database';

export { productionTestEnv } from './production-env';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; field?: string; fields?: { field: string; message: string }[] } & Record<
      string,
      unknown
    >;
  }[];
}

export interface TestServer {
  url: string;
  config: Config;
  dataSource: DataSource;
  database: TestDatabase;
  app: App;
  /** PayPal as the app sees it; in test mode (the default) `payments.simulator` steers the simulator. */
  payments: PaymentProvider;
  /** The background worker, when started with `jobs: true`. */
  jobs?: JobRunner;
  /** POSTs a GraphQL operation as JSON. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** What talks GraphQL to an API: a TestServer, or the compiled API in a child process (api-process.ts). */
export type GraphQLClient = Pick<TestServer, 'graphql'>;

export interface TestServerOptions {
  /** Environment variables on top of the test defaults, as a deployment would set them. */
  env?: Record<string, string>;
  /** Sees every SQL statement the app runs. */
  queryLogger?: TypeOrmLogger;
  clock?: () => Date;
  /** The app's logger; default: a silent one (TEST_LOG_LEVEL raises it). */
  logger?: Logger;
  /** Start the background job runner too (off by default: tests call job handlers directly). */
  jobs?: boolean;
  /** Options of the job runner beyond the ones the test server passes. */
  jobRunner?: Pick<JobRunnerOptions, 'retireV10EveryMs'>;
  /**
   * Run on this database instead of a fresh one (e.g. a second app instance, as another replica would):
   * close() then leaves the database to its owner.
   */
  database?: TestDatabase;
  /** Point the PayPal simulator's webhooks at this server's /webhooks/paypal (off by default). */
  paypalWebhooks?: boolean;
  /** Longest wait for one PayPal call (default: the gateway's 10 s). */
  paymentTimeoutMs?: number;
}

/**
 * Every test client is 127.0.0.1, like a whole office behind one address: the per-address limits
 * (rate limit, open bookings) are lifted, except in the tests about them, which set them (an empty
 * string brings back the default).
 */
export const LIFTED_ADDRESS_LIMITS = {
  CHECKOUT_RATE_LIMIT: '1000000',
  BOOKING_OPEN_PER_ADDRESS: '100000',
  BOOKING_OPEN_SEATS_FACTOR: '100000',
  UPLOAD_RATE_LIMIT: '1000000',
};

/** Where test apps keep uploaded files: outside the project, shared (the files' names are random). */
export const TEST_UPLOADS_DIR = path.join(os.tmpdir(), 'evt-test-uploads');

export function testConfig(databaseUrl: string, env: Record<string, string> = {}): Config {
  return loadConfig(
    {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      API_PORT: '0',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      UPLOADS_DIR: TEST_UPLOADS_DIR,
      ...LIFTED_ADDRESS_LIMITS,
      ...env,
    },
    findProjectRoot(),
  );
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await createMigratedTestDatabase());
  const config = testConfig(database.url, options.env);
  const dataSource = createDataSource({
    url: database.url,
    poolSize: config.database.poolSize,
    queryLogger: options.queryLogger,
  });
  await dataSource.initialize();
  const logger = options.logger ?? createLogger(config.log.level);
  const payments = await startPaymentProvider(config, logger, { timeoutMs: options.paymentTimeoutMs });
  const app = await createApp({ config, dataSource, logger, payments, clock: options.clock });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  if (options.paypalWebhooks && payments.simulator) payments.simulator.webhookUrl = `${url}/webhooks/paypal`;
  const jobs = options.jobs
    ? await startJobRunner({
        dataSource,
        config,
        services: app.services,
        logger,
        clock: options.clock,
        ...options.jobRunner,
      })
    : undefined;

  return {
    url,
    config,
    dataSource,
    database,
    app,
    payments,
    jobs,
    graphql<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      return graphqlAt<T>(url, query, variables, headers);
    },
    async close() {
      await jobs?.stop();
      await app.stop();
      await payments.stop();
      await dataSource.destroy();
      if (ownsDatabase) await database.drop();
    },
  };
}

/** POSTs a GraphQL operation as JSON to the API at `url` (http://host:port). */
export async function graphqlAt<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}

/** The one error of a response, failing loudly when there is none or several. */
export function onlyError(response: GraphQLResponse<unknown>) {
  if (response.errors?.length !== 1) {
    throw new Error(`expected exactly one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  }
  return response.errors[0];
}
