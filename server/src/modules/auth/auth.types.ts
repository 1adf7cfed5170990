import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';
import { AdminAccount } from '../accounts/accounts.types';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}

registerEnumType(AuthErrorCode, {
  name: 'AuthErrorCode',
  description: 'Why signing in was refused.',
  valuesConfig: {
    INVALID_CREDENTIALS: {
      description:
        'The e-mail and password do not match an active account. Deliberately the same whether or not the e-mail has an account.',
    },
    TOO_MANY_ATTEMPTS: {
      description:
        'Too many failed sign-ins for this e-mail or from this address lately; the password was not checked. Try again after `retryAfterSeconds`.',
    },
  },
});

@ObjectType({ implements: UserError, description: 'A reason signing in was refused.' })
export class AuthError extends UserError {
  @Field(() => AuthErrorCode, { description: 'What went wrong, for programs.' })
  code: AuthErrorCode;

  @Field(() => Int, {
    nullable: true,
    description: 'For TOO_MANY_ATTEMPTS: seconds until another attempt will be considered.',
  })
  retryAfterSeconds?: number | null;
}

@ObjectType({ description: 'Result of signing in. On success the session cookie is set on the response.' })
export class LoginPayload {
  @Field(() => AdminAccount, { nullable: true, description: 'The signed-in account; null when refused.' })
  account: AdminAccount | null;

  @Field(() => [AuthError], { description: 'Why signing in was refused; empty on success.' })
  errors: AuthError[];
}

@ObjectType({ description: 'Result of signing out. The session cookie is cleared on the response.' })
export class LogoutPayload {
  @Field(() => AdminAccount, {
    nullable: true,
    description: 'The account that was signed out; null when the request had no session.',
  })
  account: AdminAccount | null;

  @Field(() => [AuthError], { description: 'Always empty: signing out cannot fail.' })
  errors: AuthError[];
}
