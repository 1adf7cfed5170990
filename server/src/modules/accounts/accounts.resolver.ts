import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { PageArgs, toConnection } from '../../graphql/pagination';
import { AdminRole } from './admin-account.entity';
import { toAdminAccount } from './accounts.mapping';
import { ChangeAccountRoleInput, CreateAccountInput } from './accounts.inputs';
import { AccountPayload, AdminAccountConnection } from './accounts.types';

@Resolver()
export class AccountsResolver {
  @Authorized(AdminRole.ADMIN)
  @Query(() => AdminAccountConnection, { description: 'Every admin account, by e-mail. ADMIN only.' })
  async adminAccounts(
    @Args() args: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<AdminAccountConnection> {
    const page = await context.services.accounts.list(context.ctx, args);
    const nodes = page.accounts.map(toAdminAccount);
    return toConnection(nodes, page.cursors, page.hasNextPage);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AccountPayload, {
    description:
      'Creates (invites) an admin account: an invitation e-mail with a single-use link to choose a password is queued (unless `initialPassword` is given). ADMIN only.',
  })
  createAccount(
    @Arg('input', { description: 'E-mail and role (and, rarely, an initial password).' })
    input: CreateAccountInput,
    @Ctx() context: GraphQLContext,
  ) {
    return context.services.accounts.create(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AccountPayload, {
    description:
      'Sends a new invitation e-mail to an account whose person has not chosen a password yet; earlier invitation links stop working. ADMIN only.',
  })
  resendInvitation(
    @Arg('accountId', () => ID, { description: 'The invited account.' }) accountId: string,
    @Ctx() context: GraphQLContext,
  ) {
    return context.services.accounts.resendInvitation(context.ctx, accountId);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AccountPayload, { description: 'Changes the role of another account. ADMIN only.' })
  changeAccountRole(
    @Arg('input', { description: 'The account and its new role.' }) input: ChangeAccountRoleInput,
    @Ctx() context: GraphQLContext,
  ) {
    return context.services.accounts.changeRole(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AccountPayload, {
    description: 'Disables another account: it cannot sign in, and its sessions end at once. ADMIN only.',
  })
  disableAccount(
    @Arg('accountId', () => ID, { description: 'The account to disable.' }) accountId: string,
    @Ctx() context: GraphQLContext,
  ) {
    return context.services.accounts.disable(context.ctx, accountId);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AccountPayload, { description: 'Lets a disabled account sign in again. ADMIN only.' })
  enableAccount(
    @Arg('accountId', () => ID, { description: 'The account to enable.' }) accountId: string,
    @Ctx() context: GraphQLContext,
  ) {
    return context.services.accounts.enable(context.ctx, accountId);
  }
}
