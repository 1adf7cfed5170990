import type { AdminAccountEntity } from './admin-account.entity';
import type { AdminAccount } from './accounts.types';

/** The GraphQL view of an account: never its password hash. */
export function toAdminAccount(account: AdminAccountEntity): AdminAccount {
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    disabled: account.disabledAt !== null,
    disabledAt: account.disabledAt,
    invitationPending: account.passwordHash === null,
    createdAt: account.createdAt,
  };
}
