import { DateTimeResolver, EmailAddressResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes, type Connection } from '../../graphql/pagination';
import { UserError } from '../../graphql/user-error.types';
import { ADMIN_ROLE_DESCRIPTIONS } from '../../common/admin-role';
import { AdminRole } from './admin-account.entity';

registerEnumType(AdminRole, {
  name: 'AdminRole',
  description: 'What an admin account may do.',
  valuesConfig: {
    ADMIN: { description: ADMIN_ROLE_DESCRIPTIONS.ADMIN },
    STAFF: { description: ADMIN_ROLE_DESCRIPTIONS.STAFF },
  },
});

export enum AccountErrorCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ACCOUNT_NOT_FOUND = 'ACCOUNT_NOT_FOUND',
  CANNOT_CHANGE_OWN_ACCOUNT = 'CANNOT_CHANGE_OWN_ACCOUNT',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  PASSWORD_UNCHANGED = 'PASSWORD_UNCHANGED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  LINK_INVALID = 'LINK_INVALID',
  LINK_USED = 'LINK_USED',
  LINK_EXPIRED = 'LINK_EXPIRED',
  INVITATION_ALREADY_ACCEPTED = 'INVITATION_ALREADY_ACCEPTED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
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
      description:
        'Too many wrong passwords (or password-reset requests) lately; try again after `retryAfterSeconds`.',
    },
    LINK_INVALID: { description: 'The password link is not one this site sent (mistyped or cut short?).' },
    LINK_USED: { description: 'The password link was used already, or a newer one was sent since.' },
    LINK_EXPIRED: { description: 'The password link has expired; ask for a new one.' },
    INVITATION_ALREADY_ACCEPTED: {
      description: 'The account has set its password already: there is no invitation to send again.',
    },
    ACCOUNT_DISABLED: { description: 'The account is disabled: enable it first.' },
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

  @Field({
    description:
      'True while the person has not yet set a password from their invitation (the account cannot sign in yet); `resendInvitation` sends a new link.',
  })
  invitationPending: boolean;

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

@ObjectType({ description: 'Result of asking for a password-reset link.' })
export class RequestPasswordResetPayload {
  @Field({
    description:
      'True when the request was taken: a link is on its way if an active account has the address. Deliberately the same whether or not it has one.',
  })
  accepted: boolean;

  @Field(() => [AccountError], { description: 'TOO_MANY_ATTEMPTS when this address asked too often.' })
  errors: AccountError[];
}

@ObjectType({ description: 'What a password link is for, before it is used.' })
export class PasswordLinkInfo {
  @Field(() => EmailAddressResolver, { description: 'The account whose password the link sets.' })
  email: string;

  @Field({ description: 'True for an invitation (a first password), false for a reset.' })
  invitation: boolean;

  @Field(() => DateTimeResolver, { description: 'When the link stops working.' })
  expiresAt: Date;
}

@ObjectType({
  description: 'Result of looking a password link up: what it is for, or why it cannot be used.',
})
export class PasswordLinkPayload {
  @Field(() => PasswordLinkInfo, { nullable: true, description: 'The link; null when it cannot be used.' })
  link: PasswordLinkInfo | null;

  @Field(() => [AccountError], { description: 'LINK_INVALID, LINK_USED or LINK_EXPIRED; empty when usable.' })
  errors: AccountError[];
}

@ObjectType({ description: 'What a new password must be (shown before anyone types one).' })
export class PasswordRules {
  @Field(() => Int, { description: 'Fewest characters.' })
  minLength: number;

  @Field(() => Int, { description: 'Most characters.' })
  maxLength: number;
}
