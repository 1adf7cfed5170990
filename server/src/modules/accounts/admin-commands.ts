/**
 * The admin:create command, apart from the process around it (create-admin-cli.ts), so tests can run
 * it: creates an admin account; the password comes from --password, else ADMIN_PASSWORD, else the
 * prompt (a terminal). An existing account is never changed. Returns the exit code.
 */
import { parseArgs } from 'node:util';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type Config } from '../../config';
import type { DataSource } from 'typeorm';
import { systemContext } from '../../common/request-context';
import { UnitOfWork } from '../../db/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { AdminRole } from './admin-account.entity';
import { AccountsService } from './accounts.service';

export const CREATE_ADMIN_USAGE =
  'Usage: npm run admin:create -- --email you@example.com [--role ADMIN|STAFF] [--password ...]';

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks for a password without echoing it; absent when there is no terminal. */
  promptPassword?(question: string): Promise<string>;
}

/** Opens the database the account goes into (the CLI: DATABASE_URL or the embedded one, migrated). */
export type OpenDatabase = (config: Config) => Promise<{ dataSource: DataSource; close(): Promise<void> }>;

export async function createAdminCommand(
  argv: string[],
  config: Config,
  io: CommandIo,
  open: OpenDatabase,
): Promise<number> {
  let values: { email?: string; role?: string; password?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        role: { type: 'string', default: AdminRole.ADMIN },
        password: { type: 'string' },
      },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${CREATE_ADMIN_USAGE}`);
    return 2;
  }
  const role = values.role?.toUpperCase() as AdminRole;
  if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
    io.err(`--email must be an e-mail address.\n${CREATE_ADMIN_USAGE}`);
    return 2;
  }
  if (!Object.values(AdminRole).includes(role)) {
    io.err(`--role must be ADMIN or STAFF.\n${CREATE_ADMIN_USAGE}`);
    return 2;
  }
  let password = values.password ?? config.auth.adminPassword;
  if (!password && io.promptPassword) password = await io.promptPassword(`Password for ${values.email}: `);
  if (!password) {
    io.err(`No password: pass --password, set ADMIN_PASSWORD, or run on a terminal.\n${CREATE_ADMIN_USAGE}`);
    return 2;
  }
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    io.err(`The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
    return 2;
  }

  const database = await open(config);
  try {
    const { dataSource } = database;
    const accounts = new AccountsService(
      dataSource,
      new UnitOfWork(dataSource),
      new AuditService(dataSource),
    );
    const { account, created } = await accounts.ensureAccount(systemContext('create-admin'), {
      email: values.email,
      role,
      password,
    });
    if (!created) {
      io.err(`An account for ${account.email} exists already; it was left unchanged.`);
      return 1;
    }
    io.out(`Created the ${account.role} account ${account.email}.`);
    return 0;
  } finally {
    await database.close();
  }
}
