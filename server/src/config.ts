/**
 * The one place the environment is read. `loadConfig` merges the env file of the current mode
 * (`.env.local` in development, `.env.production` when NODE_ENV=production; real environment variables
 * win over both), validates every variable at once and returns a frozen, typed object. A bad setup fails
 * at start with one message that lists every missing or invalid variable, and never echoes a value
 * (values may be secrets).
 */
import fs from 'node:fs';
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
  GRAPHQL_INTROSPECTION: flag.optional(),
  GRAPHQL_MAX_DEPTH: wholeNumber(2, 50).default(12),
  GRAPHQL_MAX_ALIASES: wholeNumber(0, 100).default(15),
  GRAPHQL_MAX_COST: wholeNumber(10, 1_000_000).default(5000),
  GRAPHQL_MAX_TOKENS: wholeNumber(100, 1_000_000).default(5000),
  TRUST_PROXY: z.string().min(1).default('loopback'),
  SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 120_000).default(10_000),
  SESSION_IDLE_MINUTES: wholeNumber(1, 7 * 24 * 60).default(120),
  SESSION_ABSOLUTE_HOURS: wholeNumber(1, 30 * 24).default(12),
  SESSION_COOKIE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, _ or -')
    .default('evt_session'),
  LOGIN_MAX_FAILURES: wholeNumber(1, 1000).default(5),
  LOGIN_FAILURE_WINDOW_MINUTES: wholeNumber(1, 24 * 60).default(15),
  ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`)
    .optional(),
});

export type NodeEnvironment = 'development' | 'test' | 'production';

export interface Config {
  readonly env: NodeEnvironment;
  readonly isProduction: boolean;
  readonly api: { readonly host: string; readonly port: number };
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
  readonly log: { readonly level: string };
  readonly graphql: {
    readonly introspection: boolean;
    /** Apollo Sandbox on the landing page. */
    readonly sandbox: boolean;
    readonly maxDepth: number;
    readonly maxAliases: number;
    readonly maxCost: number;
    readonly maxTokens: number;
  };
  /** Express `trust proxy` setting: which hops may set X-Forwarded-For. */
  readonly trustProxy: string;
  readonly shutdownTimeoutMs: number;
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
      /** Failed sign-ins allowed per account e-mail and per client address in one window. */
      readonly maxFailures: number;
      readonly failureWindowSeconds: number;
    };
    /** ADMIN_EMAIL/ADMIN_PASSWORD: an ADMIN account created at start if it does not exist. */
    readonly initialAdmin: { readonly email: string; readonly password: string } | undefined;
    /** ADMIN_PASSWORD alone: the password `npm run admin:create` uses when none is given. */
    readonly adminPassword: string | undefined;
  };
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
  if (isProduction && !env.PUBLIC_URL) {
    problems.push('PUBLIC_URL: is required in production (links in e-mails point there)');
  }
  if (env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) {
    problems.push('ADMIN_PASSWORD: is required with ADMIN_EMAIL');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const config: Config = {
    env: env.NODE_ENV,
    isProduction,
    api: { host: env.API_HOST, port: env.API_PORT },
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
    log: { level: env.LOG_LEVEL },
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? !isProduction,
      sandbox: !isProduction,
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxCost: env.GRAPHQL_MAX_COST,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
    },
    trustProxy: env.TRUST_PROXY,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
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

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}
