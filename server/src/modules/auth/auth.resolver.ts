import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { withRetryAfter } from '../../graphql/retry-after';
import { toAdminAccount } from '../accounts/accounts.mapping';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../config';
import {
  AccountPayload,
  AdminAccount,
  PasswordLinkPayload,
  PasswordRules,
  RequestPasswordResetPayload,
} from '../accounts/accounts.types';
import {
  ChangePasswordInput,
  LoginInput,
  RequestPasswordResetInput,
  SetPasswordWithLinkInput,
} from './auth.inputs';
import { LoginPayload, LogoutPayload } from './auth.types';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      'Signs an admin in and sets the HttpOnly session cookie. At most one `login` per operation; failed attempts are limited per e-mail and per client address.',
  })
  async login(
    @Arg('input', { description: 'E-mail and password.' }) input: LoginInput,
    @Ctx() context: GraphQLContext,
  ): Promise<LoginPayload> {
    const { payload, session } = await context.services.auth.login(context.ctx, input);
    if (session) context.sessionCookie.set(session.token, session.expiresAt);
    return withRetryAfter(context, payload);
  }

  @Mutation(() => LogoutPayload, {
    description: 'Ends the current session at once and clears its cookie. Harmless without a session.',
  })
  logout(@Ctx() context: GraphQLContext): Promise<LogoutPayload> {
    context.sessionCookie.clear();
    return context.services.auth.logout(context.ctx);
  }

  @Query(() => AdminAccount, {
    nullable: true,
    description: 'The signed-in admin account; null when signed out.',
  })
  async me(@Ctx() context: GraphQLContext): Promise<AdminAccount | null> {
    const account = await context.services.auth.me(context.ctx);
    return account ? toAdminAccount(account) : null;
  }

  @Authorized()
  @Mutation(() => AccountPayload, {
    description:
      'Changes the signed-in account’s password (needs the current one) and ends its other sessions. At most one per operation.',
  })
  changePassword(
    @Arg('input', { description: 'Current and new password.' }) input: ChangePasswordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return context.services.auth.changePassword(context.ctx, input);
  }

  @Query(() => PasswordRules, {
    description: 'What a new password must be, to show before anyone types one.',
  })
  passwordRules(): PasswordRules {
    return { minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH };
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description:
      '"Forgot password": e-mails a single-use link to set a new password when an active account has the address. Answers the same whether or not it has one; limited per client address. At most one per operation.',
  })
  requestPasswordReset(
    @Arg('input', { description: 'The account’s e-mail address.' }) input: RequestPasswordResetInput,
    @Ctx() context: GraphQLContext,
  ): Promise<RequestPasswordResetPayload> {
    return context.services.passwordLinks.requestReset(context.ctx, input);
  }

  @Query(() => PasswordLinkPayload, {
    description:
      'What an e-mailed password link is for (invitation or reset, which account), or why it cannot be used.',
  })
  passwordLink(
    @Arg('token', { description: 'The token from the link.' }) token: string,
    @Ctx() context: GraphQLContext,
  ): Promise<PasswordLinkPayload> {
    return context.services.passwordLinks.describe(context.ctx, token);
  }

  @Mutation(() => AccountPayload, {
    description:
      'Sets a password through an e-mailed link (invitation or reset): the link is spent, every session of the account ends, and the person is signed in (session cookie set). At most one per operation.',
  })
  async setPasswordWithLink(
    @Arg('input', { description: 'The link’s token and the new password.' }) input: SetPasswordWithLinkInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AccountPayload> {
    const { payload, session } = await context.services.passwordLinks.setPassword(context.ctx, input);
    if (session) context.sessionCookie.set(session.token, session.expiresAt);
    return payload;
  }
}
