/**
 * The admin commands, apart from the process around them (admin-cli.ts), so tests can run them:
 * - `admin:create` creates an account; an existing account is never changed;
 * - `admin:password` sets a new password on an existing account (the way back in for an admin who lost
 *   theirs, e.g. the demo admin's, printed once) and signs it out everywhere.
 * The password comes from --password, else ADMIN_PASSWORD, else the prompt (a terminal). Each returns
 * the exit code: 0 done, 1 refused (the account exists / does not exist), 2 usage.
 */
import { parseArgs } from 'node:util';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type Config } from '../../config';
import type { DataSource } from 'typeorm';
import { systemContext } from '../../common/request-context';
import { AdminRole } from './admin-account.entity';
import { standaloneAccountsService, type AccountsService } from './accounts.service';

export const CREATE_ADMIN_USAGE = `Usage: npm run admin:create -- --email you@example.com [--role ADMIN|STAFF] [--password ...]

Creates an admin account. ADMIN manages everything; STAFF checks tickets in at the door and reads
bookings. The password (${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters) comes from --password, else ADMIN_PASSWORD,
else a prompt. An existing account is left unchanged (see npm run admin:password).
Works on DATABASE_URL, or on the embedded database, also while npm start is running.`;

export const SET_PASSWORD_USAGE = `Usage: npm run admin:password -- --email you@example.com [--password ...]

Sets a new password on an existing admin account and signs it out everywhere. The password
(${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters) comes from --password, else ADMIN_PASSWORD, else a prompt.
Works on DATABASE_URL, or on the embedded database, also while npm start is running.`;

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks for a password without echoing it; absent when there is no terminal. */
  promptPassword?(question: string): Promise<string>;
}

/** Opens the database the account is in (the CLI: DATABASE_URL or the embedded one, migrated). */
export type OpenDatabase = (config: Config) => Promise<{ dataSource: DataSource; close(): Promise<void> }>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Parsed<T> = { values: T } | { exitCode: number };

/** Parses the options; --help prints the usage (exit 0), a wrong option prints it after the problem. */
function parseOptions<T>(
  argv: string[],
  options: Record<string, { type: 'string' | 'boolean'; default?: string }>,
  usage: string,
  io: CommandIo,
): Parsed<T & { help?: boolean }> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.out(usage);
      return { exitCode: 0 };
    }
    return { values: values as T & { help?: boolean } };
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return { exitCode: 2 };
  }
}

/** The password from --password, ADMIN_PASSWORD or the prompt, checked; null after saying what is wrong. */
async function obtainPassword(
  given: string | undefined,
  email: string,
  config: Config,
  io: CommandIo,
  usage: string,
): Promise<string | null> {
  let password = given ?? config.auth.adminPassword;
  if (!password && io.promptPassword) password = await io.promptPassword(`Password for ${email}: `);
  if (!password) {
    io.err(`No password: pass --password, set ADMIN_PASSWORD, or run on a terminal.\n\n${usage}`);
    return null;
  }
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    io.err(`The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
    return null;
  }
  return password;
}

async function withAccounts<T>(
  config: Config,
  open: OpenDatabase,
  work: (accounts: AccountsService) => Promise<T>,
): Promise<T> {
  const database = await open(config);
  try {
    const { dataSource } = database;
    return await work(standaloneAccountsService(dataSource, config));
  } finally {
    await database.close();
  }
}

export async function createAdminCommand(
  argv: string[],
  config: Config,
  io: CommandIo,
  open: OpenDatabase,
): Promise<number> {
  const parsed = parseOptions<{ email?: string; role?: string; password?: string }>(
    argv,
    {
      email: { type: 'string' },
      role: { type: 'string', default: AdminRole.ADMIN },
      password: { type: 'string' },
    },
    CREATE_ADMIN_USAGE,
    io,
  );
  if ('exitCode' in parsed) return parsed.exitCode;
  const { values } = parsed;
  const role = values.role?.toUpperCase() as AdminRole;
  if (!values.email || !EMAIL.test(values.email)) {
    io.err(`--email must be an e-mail address.\n\n${CREATE_ADMIN_USAGE}`);
    return 2;
  }
  if (!Object.values(AdminRole).includes(role)) {
    io.err(`--role must be ADMIN or STAFF.\n\n${CREATE_ADMIN_USAGE}`);
    return 2;
  }
  const password = await obtainPassword(values.password, values.email, config, io, CREATE_ADMIN_USAGE);
  if (password === null) return 2;

  const { account, created } = await withAccounts(config, open, (accounts) =>
    accounts.ensureAccount(systemContext('admin:create'), { email: values.email!, role, password }),
  );
  if (!created) {
    io.err(
      `An account for ${account.email} exists already; it was left unchanged. ` +
        `To give it a new password: npm run admin:password -- --email ${account.email}`,
    );
    return 1;
  }
  io.out(`Created the ${account.role} account ${account.email}.`);
  return 0;
}

export async function setAdminPasswordCommand(
  argv: string[],
  config: Config,
  io: CommandIo,
  open: OpenDatabase,
): Promise<number> {
  const parsed = parseOptions<{ email?: string; password?: string }>(
    argv,
    { email: { type: 'string' }, password: { type: 'string' } },
    SET_PASSWORD_USAGE,
    io,
  );
  if ('exitCode' in parsed) return parsed.exitCode;
  const { values } = parsed;
  if (!values.email || !EMAIL.test(values.email)) {
    io.err(`--email must be an e-mail address.\n\n${SET_PASSWORD_USAGE}`);
    return 2;
  }
  const password = await obtainPassword(values.password, values.email, config, io, SET_PASSWORD_USAGE);
  if (password === null) return 2;

  const account = await withAccounts(config, open, (accounts) =>
    accounts.setPassword(systemContext('admin:password'), { email: values.email!, password }),
  );
  if (!account) {
    io.err(
      `No account has the e-mail ${values.email}. To create one: npm run admin:create -- --email ${values.email}`,
    );
    return 1;
  }
  io.out(
    `Set a new password for ${account.email}` +
      (account.disabledAt ? ' (the account is disabled: an ADMIN can enable it in the admin area).' : '.'),
  );
  return 0;
}
