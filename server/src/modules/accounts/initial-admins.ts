/**
 * Accounts made at start: the ADMIN_EMAIL/ADMIN_PASSWORD admin, and on the embedded demo a demo admin
 * with a random password. Existing accounts are left exactly as they are (passwords never overwritten).
 */
import type { DataSource } from 'typeorm';
import { systemContext } from '../../common/request-context';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { AdminRole } from './admin-account.entity';
import { standaloneAccountsService } from './accounts.service';
import { randomPassword } from './password';

export const DEMO_ADMIN_EMAIL = 'admin@example.com';

export interface InitialAdmins {
  /** Credentials of the demo admin when this start created it (to print once); else undefined. */
  demoAdmin?: { email: string; password: string };
  /** The account to sign in with, to name at start: ADMIN_EMAIL's, else the demo admin's. */
  adminEmail?: string;
}

export async function ensureInitialAdmins(
  config: Pick<Config, 'auth' | 'seedDemoData' | 'email' | 'site'>,
  dataSource: DataSource,
  logger: Logger,
): Promise<InitialAdmins> {
  const accounts = standaloneAccountsService(dataSource, config);
  const ctx = systemContext('initial-admins', logger);
  const result: InitialAdmins = {};

  const initial = config.auth.initialAdmin;
  if (initial) {
    const { account, created } = await accounts.ensureAccount(ctx, { ...initial, role: AdminRole.ADMIN });
    if (created) logger.info({ email: account.email }, 'created the admin account of ADMIN_EMAIL');
    else {
      logger.info(
        { email: account.email, role: account.role, disabled: account.disabledAt !== null },
        'the ADMIN_EMAIL account exists already; its password and role were left unchanged',
      );
    }
  }

  if (config.seedDemoData) {
    const password = randomPassword();
    const { created } = await accounts.ensureAccount(ctx, {
      email: DEMO_ADMIN_EMAIL,
      role: AdminRole.ADMIN,
      password,
    });
    if (created) result.demoAdmin = { email: DEMO_ADMIN_EMAIL, password };
  }
  result.adminEmail = initial?.email ?? (config.seedDemoData ? DEMO_ADMIN_EMAIL : undefined);
  return result;
}
