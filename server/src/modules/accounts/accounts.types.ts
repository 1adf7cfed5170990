import { DateTimeResolver, EmailAddressResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes, type Connection } from '../../graphql/pagination';
import { UserError } from '../../graphql/user-error.types';
import { AdminRole } from './admin-account.entity';

registerEnumType(AdminRole, {
  name: 'AdminRole',
  description: 'What an admin account may do.',
  valuesConfig: {
    ADMIN: { description: 'Everything: events, prices, refunds, accounts.' },
    STAFF: {
      description:
        'Day-to-day work: view events and bookings, check attendees in. No prices, refunds or accounts.',
    },
  },
});

export enum AccountErrorCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ACCOUNT_NOT_FOUND = 'ACCOUNT_NOT_FOUND',
  CANNOT_CHANGE_OWN_ACCOUNT = 'CANNOT_CHANGE_OWN_ACCOUNT',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  PASSWORD_UNCHANGED = 'PASSWORD_UNCHANGED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}

registerEnumType(AccountErrorCode, {
  name: 'AccountErrorCode',
  description: 'Why an account change was refused.',
  valuesConfig: {
    EMAIL_TAKEN: {
      description: 'Another account already has this e-mail address (compared case-insensitively).',
    },
    ACCOUNT_NOT_FOUND: { description: 'No account has this id.' },
    CANNOT_CHANGE_OWN_ACCOUNT: {
      description: 'Admins cannot change the role of, or disable, their own account (so one always remains).',
    },
    WRONG_PASSWORD: { description: 'The current password is not right.' },
    PASSWORD_UNCHANGED: { description: 'The new password is the same as the current one.' },
    TOO_MANY_ATTEMPTS: {
      description: 'Too many wrong passwords lately; try again after `retryAfterSeconds`.',
    },
  },
});

@ObjectType('AdminAccount', { description: 'A person who signs in to the admin area.' })
export class AdminAccount {
  @Field(() => ID, { description: 'Stable identifier of the account.' })
  id: string;

  @Field(() => EmailAddressResolver, { description: 'E-mail address used to sign in (stored lower-cased).' })
  email: string;

  @Field(() => AdminRole, { description: 'What the account may do.' })
  role: AdminRole;

  @Field({ description: 'True when the account was disabled: it can no longer sign in.' })
  disabled: boolean;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the account was disabled, if it is.' })
  disabledAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the account was created.' })
  createdAt: Date;
}

@ObjectType({ implements: UserError, description: 'A problem found with an account change.' })
export class AccountError extends UserError {
  @Field(() => AccountErrorCode, { description: 'What went wrong, for programs.' })
  code: AccountErrorCode;

  @Field(() => Int, {
    nullable: true,
    description: 'For TOO_MANY_ATTEMPTS: seconds until another attempt will be considered.',
  })
  retryAfterSeconds?: number | null;
}

@ObjectType({ description: 'Result of an account change: the account, or why it was refused.' })
export class AccountPayload {
  @Field(() => AdminAccount, {
    nullable: true,
    description: 'The account after the change; null when refused.',
  })
  account: AdminAccount | null;

  @Field(() => [AccountError], { description: 'Why the change was refused; empty on success.' })
  errors: AccountError[];
}

export const AdminAccountConnection = connectionTypes(AdminAccount, {
  name: 'AdminAccountConnection',
  edgeName: 'AdminAccountEdge',
  description: 'A page of admin accounts.',
  edgeDescription: 'An account in a list, with its cursor.',
  item: 'account',
  items: 'accounts',
});
export type AdminAccountConnection = Connection<AdminAccount>;
