import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { withRetryAfter } from '../../graphql/retry-after';
import { toAdminAccount } from '../accounts/accounts.mapping';
import { AccountPayload, AdminAccount } from '../accounts/accounts.types';
import { ChangePasswordInput, LoginInput } from './auth.inputs';
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
}
