/**
 * `npm run admin:create -- --email you@example.com [--role ADMIN|STAFF] [--password ...]`: creates an
 * admin account on DATABASE_URL (or the embedded database). The password comes from --password, else
 * ADMIN_PASSWORD, else a hidden prompt on a terminal. An existing account is never changed.
 */
import 'reflect-metadata';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../config';
import { openDatabase } from '../../db/database';
import { createLogger } from '../../logger';
import { AuditService } from '../audit/audit.service';
import { AdminRole } from './admin-account.entity';
import { AccountsService } from './accounts.service';

const USAGE = 'Usage: npm run admin:create -- --email you@example.com [--role ADMIN|STAFF] [--password ...]';

/** Asks for a password on the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WriteStream };
    let prompted = false;
    output._writeToOutput = (text: string) => {
      if (!prompted) {
        output.output.write(text);
        prompted = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string', default: AdminRole.ADMIN },
      password: { type: 'string' },
    },
  });
  const role = values.role?.toUpperCase() as AdminRole;
  if (
    !values.email ||
    !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email) ||
    !Object.values(AdminRole).includes(role)
  ) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  let password = values.password ?? config.auth.adminPassword;
  if (!password && process.stdin.isTTY) password = await promptHidden(`Password for ${values.email}: `);
  if (!password) {
    console.error(`No password: pass --password, set ADMIN_PASSWORD, or run on a terminal.\n${USAGE}`);
    return 2;
  }
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    console.error(`The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
    return 2;
  }

  const database = await openDatabase(config, createLogger('warn'));
  try {
    const accounts = new AccountsService(database.dataSource, new AuditService(database.dataSource));
    const { account, created } = await accounts.ensureAccount({ email: values.email, role, password });
    if (!created) {
      console.error(`An account for ${account.email} exists already; it was left unchanged.`);
      return 1;
    }
    console.log(`Created the ${account.role} account ${account.email}.`);
    return 0;
  } finally {
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  });
