/**
 * The one place the environment is read. `loadConfig` merges the env file of the current mode
 * (`.env.local` in development, `.env.production` when NODE_ENV=production; real environment variables
 * win over both), validates every variable at once and returns a frozen, typed object. A bad setup fails
 * at start with one message that lists every missing or invalid variable, and never echoes a value
 * (values may be secrets).
 *
 * Over 400 lines on purpose: the schema of every variable, the typed Config and the checks across
 * variables are one job, and one file is the single place to look up a setting.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'must be a whole number from 0 to 65535' })
  .int('must be a whole number from 0 to 65535')
  .min(0, 'must be a whole number from 0 to 65535')
  .max(65535, 'must be a whole number from 0 to 65535');

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), 'must be an http(s) URL');

const smtpUrl = z
  .string()
  .refine(
    (value) => /^smtps?:\/\/[^\s/]+/.test(value) && URL.canParse(value),
    'must be an smtp:// or smtps:// URL',
  );

/** "Name <address>" or a bare address; a loose check that catches typos, not an RFC 5322 parser. */
const mailbox = z
  .string()
  .refine(
    (value) => /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(value.trim()),
    'must be an e-mail address, optionally as "Name <address>"',
  );

const postgresUrl = z
  .string()
  .refine(
    (value) => /^postgres(ql)?:\/\//.test(value) && URL.canParse(value),
    'must be a postgres:// or postgresql:// URL',
  );

/** Password rules shared by accounts, the CLI and ADMIN_PASSWORD. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Every variable the server reads; `.env.example` documents each one. */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], {
    error: 'must be development, test or production',
  }),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(4400),
  API_WORKERS: wholeNumber(1, 64).optional(),
  PORT: port.default(3400),
  PUBLIC_URL: httpUrl.optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: wholeNumber(1, 200).default(10),
  EMBEDDED_DB_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_DB_PORT: port.default(0),
  SEED_DEMO_DATA: flag.optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** `pretty`: one readable line per entry (development on a terminal); `json`: one JSON object per line. */
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).optional(),
  GRAPHQL_INTROSPECTION: flag.optional(),
  /** The browser explorer at GET /graphql: Apollo Sandbox (offline fallback), GraphiQL only, or none. */
  GRAPHQL_EXPLORER: z
    .enum(['sandbox', 'graphiql', 'off'], { error: 'must be sandbox, graphiql or off' })
    .optional(),
  GRAPHQL_MAX_DEPTH: wholeNumber(2, 50).default(12),
  GRAPHQL_MAX_ALIASES: wholeNumber(0, 100).default(15),
  GRAPHQL_MAX_COST: wholeNumber(10, 1_000_000).default(5000),
  GRAPHQL_MAX_TOKENS: wholeNumber(100, 1_000_000).default(5000),
  GRAPHQL_QUERY_CONCURRENCY: wholeNumber(1, 1000).default(8),
  GRAPHQL_QUERY_QUEUE_LIMIT: wholeNumber(0, 100_000).default(2000),
  /** How long a public catalog answer may be served from memory (0: never; default 2000, 0 in tests). */
  PUBLIC_CACHE_TTL_MS: wholeNumber(0, 10_000).optional(),
  TRUST_PROXY: z.string().min(1).default('loopback'),
  CLIENT_IP_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name, e.g. cf-connecting-ip')
    .transform((value) => value.toLowerCase())
    .optional(),
  SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 120_000).default(10_000),
  PAYPAL_CLIENT_ID: z.string().min(1).optional(),
  PAYPAL_CLIENT_SECRET: z.string().min(1).optional(),
  // Default: live in production, sandbox elsewhere.
  PAYPAL_ENVIRONMENT: z.enum(['sandbox', 'live'], { error: 'must be sandbox or live' }).optional(),
  // A staging deployment: production mode against PayPal's sandbox (start-up warns about it).
  PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION: flag.default(false),
  PAYPAL_WEBHOOK_ID: z.string().min(1).optional(),
  PAYPAL_SIMULATOR_PORT: port.default(0),
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: mailbox.default('Tickets <tickets@localhost>'),
  ORGANISER_EMAIL: mailbox.optional(),
  EMAIL_MAX_ATTEMPTS: wholeNumber(1, 100).default(10),
  EMAIL_MAX_PER_RECIPIENT_PER_HOUR: wholeNumber(1, 10_000).default(20),
  BOOKING_HOLD_MINUTES: wholeNumber(1, 1440).default(15),
  BOOKING_PAYMENT_HOLD_MINUTES: wholeNumber(1, 1440).default(30),
  BOOKING_HOLD_MAX_MINUTES: wholeNumber(1, 2880).default(45),
  BOOKING_OPEN_PER_EMAIL: wholeNumber(1, 100_000).default(3),
  BOOKING_OPEN_PER_ADDRESS: wholeNumber(1, 100_000).default(8),
  BOOKING_OPEN_SEATS_FACTOR: wholeNumber(1, 100_000).default(2),
  CHECKOUT_RATE_LIMIT: wholeNumber(1, 1_000_000).default(30),
  CHECKOUT_RATE_WINDOW_MINUTES: wholeNumber(1, 24 * 60).default(10),
  /** Where files uploaded for FILE questions are kept (relative paths: from the project root). */
  UPLOADS_DIR: z.string().min(1).default('.data/uploads'),
  /** The largest file any FILE question accepts (a question may set less); default 10 MB. */
  UPLOAD_MAX_BYTES: wholeNumber(1024, 100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Uploads allowed per client address per CHECKOUT_RATE_WINDOW_MINUTES. */
  UPLOAD_RATE_LIMIT: wholeNumber(1, 1_000_000).default(20),
  BOOKING_CATALOG_SNAPSHOT_MS: wholeNumber(0, 60_000).default(1000),
  // 4, not more: bookings of one ticket type take turns on its row, so more only wait there (docs/benchmarks.md).
  BOOKING_CONCURRENCY: wholeNumber(1, 1000).default(4),
  BOOKING_QUEUE_LIMIT: wholeNumber(0, 100_000).default(500),
  JOBS_ENABLED: flag.default(true),
  JOBS_EXPIRY_SWEEP_SECONDS: wholeNumber(0, 3600).default(15),
  JOBS_MESSAGES_SWEEP_SECONDS: wholeNumber(0, 3600).default(20),
  // At least 4: PayPal retries a delivery for up to 3 days, and a repeat must still be recognised.
  PAYPAL_WEBHOOK_EVENT_RETENTION_DAYS: wholeNumber(4, 3650).default(90),
  PAYPAL_WEBHOOK_MAX_CLOCK_SKEW_SECONDS: wholeNumber(10, 24 * 3600).default(300),
  PAYPAL_WEBHOOK_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 100_000).default(120),
  WEBHOOK_TIMEOUT_SECONDS: wholeNumber(1, 60).default(10),
  WEBHOOK_SWEEP_SECONDS: wholeNumber(0, 3600).default(5),
  WEBHOOK_LOG_RETENTION_DAYS: wholeNumber(4, 3650).default(30),
  WAIVER_REMINDER_HOURS: z
    .string()
    .refine(
      (value) => value.split(',').every((hours) => /^\s*\d{1,4}\s*$/.test(hours) && Number(hours) > 0),
      'must be whole hours above 0, separated by commas, e.g. 72,24',
    )
    .default('72,24'),
  SESSION_IDLE_MINUTES: wholeNumber(1, 7 * 24 * 60).default(120),
  SESSION_ABSOLUTE_HOURS: wholeNumber(1, 30 * 24).default(12),
  SESSION_COOKIE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, _ or -')
    .default('evt_session'),
  LOGIN_MAX_FAILURES: wholeNumber(1, 1000).default(5),
  LOGIN_FAILURE_WINDOW_MINUTES: wholeNumber(1, 24 * 60).default(15),
  LOGIN_ACCOUNT_MAX_FAILURES: wholeNumber(1, 100_000).default(100),
  LOGIN_ACCOUNT_FAILURE_WINDOW_MINUTES: wholeNumber(1, 24 * 60).default(60),
  LOGIN_MAX_DELAY_MINUTES: wholeNumber(1, 24 * 60).default(15),
  ACCOUNT_INVITATION_DAYS: wholeNumber(1, 90).default(7),
  PASSWORD_RESET_MINUTES: wholeNumber(5, 24 * 60).default(60),
  PASSWORD_RESET_MAX_REQUESTS: wholeNumber(1, 1000).default(5),
  PASSWORD_RESET_WINDOW_MINUTES: wholeNumber(1, 24 * 60).default(60),
  ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`)
    .optional(),
});

export type NodeEnvironment = 'development' | 'test' | 'production';

/**
 * Real PayPal when credentials are set; otherwise test mode: the built-in PayPal simulator on
 * loopback, where no money moves. Production never runs in test mode.
 */
export type PaymentsConfig =
  | {
      readonly testMode: false;
      readonly paypal: {
        readonly environment: 'sandbox' | 'live';
        readonly clientId: string;
        readonly clientSecret: string;
      };
      readonly simulator: null;
      /** PayPal's id of our webhook subscription; events are verified against it. */
      readonly webhookId: string | undefined;
    }
  | {
      readonly testMode: true;
      readonly paypal: null;
      /** Loopback port of the simulator (0: any free port). */
      readonly simulator: { readonly port: number };
      /** The webhook id the simulator signs events for (its own default when unset). */
      readonly webhookId: string | undefined;
    };

export interface Config {
  readonly env: NodeEnvironment;
  readonly isProduction: boolean;
  readonly api: {
    readonly host: string;
    readonly port: number;
    /** Worker processes the cluster entry (cluster.ts) forks; main.ts alone is one process. */
    readonly workers: number;
  };
  readonly site: {
    readonly port: number;
    /** Base URL of the storefront, used in printed and e-mailed links. */
    readonly publicUrl: string;
  };
  readonly database: {
    /** Unset: the app starts an embedded PostgreSQL server of its own. */
    readonly url: string | undefined;
    readonly poolSize: number;
    readonly embedded: { readonly dir: string; readonly port: number };
  };
  /** Seed the demo catalog into an empty database (never in production). */
  readonly seedDemoData: boolean;
  /** Log level, and whether lines are JSON (production, pipes) or readable text (a developer's terminal). */
  readonly log: { readonly level: string; readonly format: 'json' | 'pretty' };
  readonly graphql: {
    readonly introspection: boolean;
    /**
     * The explorer at GET /graphql (http/explorer.ts): Apollo Sandbox falling back to the offline
     * GraphiQL, GraphiQL alone, or none (production's default).
     */
    readonly explorer: 'sandbox' | 'graphiql' | 'off';
    readonly maxDepth: number;
    readonly maxAliases: number;
    readonly maxCost: number;
    readonly maxTokens: number;
    /**
     * Anonymous public catalog queries (events, event) are answered from memory for this long. A
     * mutation through this process empties the cache at once; changes made elsewhere (other replicas,
     * background jobs) show after at most this long. 0 turns the cache off.
     */
    readonly publicCacheTtlMs: number;
    /** Queries one process executes at once / that wait their turn beyond those (graphql/query-admission.ts). */
    readonly queryAdmission: { concurrency: number; queueLimit: number };
  };
  /** Express `trust proxy` setting: which hops may set X-Forwarded-For. */
  readonly trustProxy: string;
  /**
   * A header that carries the real client address (e.g. Cloudflare's cf-connecting-ip), believed only
   * from a trusted proxy (TRUST_PROXY); unset: the address comes from X-Forwarded-For as trusted.
   */
  readonly clientIpHeader: string | undefined;
  readonly shutdownTimeoutMs: number;
  readonly payments: PaymentsConfig;
  readonly email: {
    /** SMTP: sent through SMTP_URL. PREVIEW (no SMTP_URL, never in production): kept, not sent. */
    readonly mode: 'SMTP' | 'PREVIEW';
    /** smtp(s)://user:password@host:port; a secret, never logged. */
    readonly smtpUrl: string | undefined;
    readonly from: string;
    /** Where new-booking notices go; null: none are sent. */
    readonly organiserAddress: string | null;
    /** Delivery attempts of one message before it is kept as FAILED. */
    readonly maxAttempts: number;
    /** Messages one address may be sent within an hour; more are kept HELD for an admin (not sent). */
    readonly maxPerRecipientPerHour: number;
  };
  readonly bookings: {
    /** How long a new booking holds its seats while awaiting payment. */
    readonly holdMinutes: number;
    /** How long from the start of a PayPal payment the hold lasts (never shortened by it). */
    readonly paymentHoldMinutes: number;
    /** A hold's absolute lifetime from the booking's creation: no payment start extends it past this. */
    readonly holdMaxMinutes: number;
    /** Caps on bookings that take seats without payment (open holds and free bookings), per event. */
    readonly openLimits: OpenBookingLimits;
    /** createBooking and startPayment calls allowed per client address in a window. */
    readonly rateLimit: { readonly points: number; readonly windowSeconds: number };
    /**
     * How long a read of an event and its ticket types may serve later bookings on this replica (0:
     * read for every booking). Bookings are still checked against the live catalog (CatalogSnapshots).
     */
    readonly catalogSnapshotMs: number;
    /**
     * createBooking calls this process runs at once, and how many more may wait their turn before one
     * is refused as busy (TOO_MANY_ATTEMPTS): see common/admission-gate.ts.
     */
    readonly admission: { readonly concurrency: number; readonly queueLimit: number };
  };
  /** Files uploaded for FILE questions (modules/questions/question-files.service.ts). */
  readonly uploads: {
    /** An absolute directory; the files in it have random names, their rows say what they are. */
    readonly dir: string;
    /** The largest file accepted, whatever a question allows. */
    readonly maxBytes: number;
    /** Uploads per client address in a window. */
    readonly rateLimit: { readonly points: number; readonly windowSeconds: number };
  };
  readonly waivers: {
    /** Hours before an event's start at which unsigned attendees get a reminder, largest first. */
    readonly reminderHours: readonly number[];
  };
  readonly jobs: {
    /** Run the background worker in this process (pg-boss; safe with several replicas). */
    readonly enabled: boolean;
    /** Seconds between extra expiry sweeps on top of the per-minute cron job; 0: cron only. */
    readonly expirySweepSeconds: number;
    /** Seconds between extra sweeps for due reminders and messages on top of the per-minute job; 0: cron only. */
    readonly messagesSweepSeconds: number;
  };
  /** POST /webhooks/paypal: what is refused before PayPal is asked to verify a delivery. */
  readonly paypalWebhooks: {
    /** How far a delivery's transmission time may be from now, either way. */
    readonly maxClockSkewMs: number;
    /** Deliveries accepted per client address per minute. */
    readonly perAddressPerMinute: number;
  };
  /** Outgoing webhooks (modules/webhooks). */
  readonly webhooks: {
    /** Longest wait for one delivery's answer, connecting included. */
    readonly timeoutMs: number;
    /** Seconds between each process's sweeps for due deliveries, on top of the per-minute job; 0: cron only. */
    readonly sweepSeconds: number;
    /**
     * Development and tests: endpoints may be http:// and on loopback or private addresses. Never in
     * production, where only https:// endpoints on public addresses are reached.
     */
    readonly allowNonPublicAddresses: boolean;
  };
  /** How long records that only ever accumulate are kept before the daily retention job deletes them. */
  readonly retention: {
    /** Days a processed PayPal webhook event id is kept to recognise repeated deliveries. */
    readonly paypalWebhookEventDays: number;
    /** Days an outgoing webhook event, its deliveries and their log are kept once none is pending. */
    readonly webhookLogDays: number;
  };
  readonly auth: {
    readonly session: {
      /** A session unused for this long ends. */
      readonly idleTimeoutMs: number;
      /** A session ends this long after sign-in, however busy. */
      readonly absoluteTimeoutMs: number;
      readonly cookieName: string;
      /** Secure cookies (HTTPS only): on in production. */
      readonly cookieSecure: boolean;
    };
    readonly login: {
      /** Failed sign-ins allowed per (account e-mail, client address) and per address in one window. */
      readonly maxFailures: number;
      readonly failureWindowSeconds: number;
      /** The hard limit per account e-mail from all addresses together. */
      readonly accountMaxFailures: number;
      readonly accountFailureWindowSeconds: number;
      /** Cap of the wait that doubles with each account failure past `maxFailures`. */
      readonly maxDelaySeconds: number;
    };
    /** The links in invitation and password-reset e-mails. */
    readonly passwordLinks: {
      /** An invitation link works this long after it was sent. */
      readonly invitationTtlMs: number;
      /** A password-reset link works this long after it was asked for. */
      readonly resetTtlMs: number;
      /** Password resets asked for per client address in one window (anonymous callers). */
      readonly resetMaxRequests: number;
      readonly resetWindowSeconds: number;
    };
    /** ADMIN_EMAIL/ADMIN_PASSWORD: an ADMIN account created at start if it does not exist. */
    readonly initialAdmin: { readonly email: string; readonly password: string } | undefined;
    /** ADMIN_PASSWORD alone: the password `npm run admin:create` uses when none is given. */
    readonly adminPassword: string | undefined;
  };
}

/**
 * How many bookings may take an event's seats without being paid (holds awaiting payment, and free
 * bookings, which never expire) per buyer e-mail and per client address, and how many seats they may
 * take together: `seatsFactor` times the largest max-per-order of the event's ticket types.
 */
export interface OpenBookingLimits {
  readonly perEmail: number;
  readonly perAddress: number;
  readonly seatsFactor: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The folder that holds the root package.json (the npm workspace root), where env files live. */
export function findProjectRoot(start = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).workspaces) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** Which env file a mode reads; tests read none, so a developer's file cannot change their outcome. */
export function envFileFor(nodeEnv: string | undefined): string | undefined {
  if (nodeEnv === 'production') return '.env.production';
  if (nodeEnv === 'test') return undefined;
  return '.env.local';
}

function readEnvFile(root: string, fileName: string | undefined): Record<string, string> {
  if (!fileName) return {};
  const file = path.join(root, fileName);
  return fs.existsSync(file) ? dotenv.parse(fs.readFileSync(file)) : {};
}

/**
 * Builds the configuration from `environment` (default: the process environment) and the mode's env
 * file under `projectRoot`. Throws ConfigError listing every problem.
 */
export function loadConfig(
  environment: NodeJS.ProcessEnv = process.env,
  projectRoot: string = findProjectRoot(),
): Config {
  const nodeEnv = environment.NODE_ENV || 'development';
  const merged = { ...readEnvFile(projectRoot, envFileFor(nodeEnv)), ...environment, NODE_ENV: nodeEnv };
  // Empty strings mean "not set", as in most env-file tooling.
  const present = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ''));

  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';

  const problems: string[] = [];
  if (isProduction && !env.DATABASE_URL) {
    problems.push('DATABASE_URL: is required in production (the embedded database is for development)');
  }
  if (env.API_WORKERS !== undefined && env.API_WORKERS > 1 && !env.DATABASE_URL) {
    problems.push(
      'API_WORKERS: more than one worker needs DATABASE_URL (the embedded database serves one process only)',
    );
  }
  if (isProduction && env.PUBLIC_URL && !env.PUBLIC_URL.startsWith('https://')) {
    problems.push('PUBLIC_URL: must be an https:// URL in production (cookies are Secure, links are public)');
  }
  if (isProduction && !env.PUBLIC_URL) {
    problems.push('PUBLIC_URL: is required in production (links in e-mails point there)');
  }
  problems.push(...paymentProblems(env, isProduction));
  if (isProduction && !env.SMTP_URL) {
    problems.push('SMTP_URL: is required in production (without it e-mails are only kept for preview)');
  }
  if (env.BOOKING_HOLD_MAX_MINUTES < env.BOOKING_HOLD_MINUTES) {
    problems.push('BOOKING_HOLD_MAX_MINUTES: must be at least BOOKING_HOLD_MINUTES');
  }
  if (env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) {
    problems.push('ADMIN_PASSWORD: is required with ADMIN_EMAIL');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const config: Config = {
    env: env.NODE_ENV,
    isProduction,
    api: {
      host: env.API_HOST,
      port: env.API_PORT,
      // One worker per CPU on a real PostgreSQL; the embedded database allows a single process.
      workers: env.API_WORKERS ?? (env.DATABASE_URL ? os.availableParallelism() : 1),
    },
    site: {
      port: env.PORT,
      publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    },
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      embedded: { dir: path.resolve(projectRoot, env.EMBEDDED_DB_DIR), port: env.EMBEDDED_DB_PORT },
    },
    seedDemoData: !isProduction && (env.SEED_DEMO_DATA ?? !env.DATABASE_URL),
    log: {
      level: env.LOG_LEVEL,
      // Readable lines for a person at a terminal; JSON wherever a program reads the log.
      format: env.LOG_FORMAT ?? (!isProduction && process.stdout.isTTY ? 'pretty' : 'json'),
    },
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? !isProduction,
      explorer: env.GRAPHQL_EXPLORER ?? (isProduction ? 'off' : 'sandbox'),
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxCost: env.GRAPHQL_MAX_COST,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      publicCacheTtlMs: env.PUBLIC_CACHE_TTL_MS ?? (env.NODE_ENV === 'test' ? 0 : 2000),
      queryAdmission: {
        concurrency: env.GRAPHQL_QUERY_CONCURRENCY,
        queueLimit: env.GRAPHQL_QUERY_QUEUE_LIMIT,
      },
    },
    trustProxy: env.TRUST_PROXY,
    clientIpHeader: env.CLIENT_IP_HEADER,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    payments:
      env.PAYPAL_CLIENT_ID && env.PAYPAL_CLIENT_SECRET
        ? {
            testMode: false,
            paypal: {
              environment: paypalEnvironment(env, isProduction),
              clientId: env.PAYPAL_CLIENT_ID,
              clientSecret: env.PAYPAL_CLIENT_SECRET,
            },
            simulator: null,
            webhookId: env.PAYPAL_WEBHOOK_ID,
          }
        : {
            testMode: true,
            paypal: null,
            simulator: { port: env.PAYPAL_SIMULATOR_PORT },
            webhookId: env.PAYPAL_WEBHOOK_ID,
          },
    email: {
      mode: env.SMTP_URL ? 'SMTP' : 'PREVIEW',
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM.trim(),
      organiserAddress: env.ORGANISER_EMAIL?.trim() ?? null,
      maxAttempts: env.EMAIL_MAX_ATTEMPTS,
      maxPerRecipientPerHour: env.EMAIL_MAX_PER_RECIPIENT_PER_HOUR,
    },
    bookings: {
      holdMinutes: env.BOOKING_HOLD_MINUTES,
      paymentHoldMinutes: env.BOOKING_PAYMENT_HOLD_MINUTES,
      holdMaxMinutes: env.BOOKING_HOLD_MAX_MINUTES,
      openLimits: {
        perEmail: env.BOOKING_OPEN_PER_EMAIL,
        perAddress: env.BOOKING_OPEN_PER_ADDRESS,
        seatsFactor: env.BOOKING_OPEN_SEATS_FACTOR,
      },
      rateLimit: { points: env.CHECKOUT_RATE_LIMIT, windowSeconds: env.CHECKOUT_RATE_WINDOW_MINUTES * 60 },
      catalogSnapshotMs: env.BOOKING_CATALOG_SNAPSHOT_MS,
      admission: { concurrency: env.BOOKING_CONCURRENCY, queueLimit: env.BOOKING_QUEUE_LIMIT },
    },
    uploads: {
      dir: path.resolve(projectRoot, env.UPLOADS_DIR),
      maxBytes: env.UPLOAD_MAX_BYTES,
      rateLimit: { points: env.UPLOAD_RATE_LIMIT, windowSeconds: env.CHECKOUT_RATE_WINDOW_MINUTES * 60 },
    },
    waivers: {
      reminderHours: [
        ...new Set(env.WAIVER_REMINDER_HOURS.split(',').map((hours) => Number(hours.trim()))),
      ].sort((a, b) => b - a),
    },
    jobs: {
      enabled: env.JOBS_ENABLED,
      expirySweepSeconds: env.JOBS_EXPIRY_SWEEP_SECONDS,
      messagesSweepSeconds: env.JOBS_MESSAGES_SWEEP_SECONDS,
    },
    paypalWebhooks: {
      maxClockSkewMs: env.PAYPAL_WEBHOOK_MAX_CLOCK_SKEW_SECONDS * 1000,
      perAddressPerMinute: env.PAYPAL_WEBHOOK_RATE_LIMIT_PER_MINUTE,
    },
    webhooks: {
      timeoutMs: env.WEBHOOK_TIMEOUT_SECONDS * 1000,
      sweepSeconds: env.WEBHOOK_SWEEP_SECONDS,
      allowNonPublicAddresses: !isProduction,
    },
    retention: {
      paypalWebhookEventDays: env.PAYPAL_WEBHOOK_EVENT_RETENTION_DAYS,
      webhookLogDays: env.WEBHOOK_LOG_RETENTION_DAYS,
    },
    auth: {
      session: {
        idleTimeoutMs: env.SESSION_IDLE_MINUTES * 60_000,
        absoluteTimeoutMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
        cookieName: env.SESSION_COOKIE_NAME,
        cookieSecure: isProduction,
      },
      login: {
        maxFailures: env.LOGIN_MAX_FAILURES,
        failureWindowSeconds: env.LOGIN_FAILURE_WINDOW_MINUTES * 60,
        accountMaxFailures: env.LOGIN_ACCOUNT_MAX_FAILURES,
        accountFailureWindowSeconds: env.LOGIN_ACCOUNT_FAILURE_WINDOW_MINUTES * 60,
        maxDelaySeconds: env.LOGIN_MAX_DELAY_MINUTES * 60,
      },
      passwordLinks: {
        invitationTtlMs: env.ACCOUNT_INVITATION_DAYS * 24 * 3_600_000,
        resetTtlMs: env.PASSWORD_RESET_MINUTES * 60_000,
        resetMaxRequests: env.PASSWORD_RESET_MAX_REQUESTS,
        resetWindowSeconds: env.PASSWORD_RESET_WINDOW_MINUTES * 60,
      },
      initialAdmin:
        env.ADMIN_EMAIL && env.ADMIN_PASSWORD
          ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }
          : undefined,
      adminPassword: env.ADMIN_PASSWORD,
    },
  };
  return deepFreeze(config);
}

function paypalEnvironment(env: z.infer<typeof environmentSchema>, isProduction: boolean) {
  return env.PAYPAL_ENVIRONMENT ?? (isProduction ? 'live' : 'sandbox');
}

function paymentProblems(env: z.infer<typeof environmentSchema>, isProduction: boolean): string[] {
  const problems: string[] = [];
  const credentials = {
    PAYPAL_CLIENT_ID: env.PAYPAL_CLIENT_ID,
    PAYPAL_CLIENT_SECRET: env.PAYPAL_CLIENT_SECRET,
  };
  const missing = Object.keys(credentials).filter((name) => !credentials[name as keyof typeof credentials]);
  if (isProduction) {
    for (const name of missing) {
      problems.push(`${name}: is required in production (the PayPal simulator never runs in production)`);
    }
    if (!env.PAYPAL_WEBHOOK_ID) {
      problems.push(
        'PAYPAL_WEBHOOK_ID: is required in production (PayPal webhook events are verified against it)',
      );
    }
    if (paypalEnvironment(env, isProduction) === 'sandbox' && !env.PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION) {
      problems.push(
        'PAYPAL_ENVIRONMENT: must be live in production (the sandbox takes no real money); ' +
          'a staging deployment sets PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION=true',
      );
    }
  } else if (missing.length === 1) {
    problems.push(
      `${missing[0]}: set both PayPal credentials, or neither to use the built-in PayPal simulator`,
    );
  }
  return problems;
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}
