import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import type { ApiTokenEntity } from './api-token.entity';
import { CreateApiTokenInput } from './api-tokens.inputs';
import { ApiToken, CreateApiTokenPayload, RevokeApiTokenPayload } from './api-tokens.types';

function toApiToken(token: ApiTokenEntity): ApiToken {
  return {
    id: token.id,
    name: token.name,
    hint: token.hint,
    scopes: token.scopes,
    createdByEmail: token.createdBy?.email ?? null,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

@Resolver()
export class ApiTokensResolver {
  @Authorized(AdminRole.ADMIN)
  @Query(() => [ApiToken], { description: 'The API tokens, newest first (at most 500). ADMIN only.' })
  async apiTokens(
    @Arg('includeRevoked', { defaultValue: false, description: 'Also list revoked tokens.' })
    includeRevoked: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<ApiToken[]> {
    return (await context.services.apiTokens.list(context.ctx, { includeRevoked })).map(toApiToken);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => CreateApiTokenPayload, {
    description:
      'Creates an API token acting for the signed-in ADMIN within its scopes; the answer holds its secret, which is never shown again. ADMIN only, and only with a session (a token cannot make tokens).',
  })
  async createApiToken(
    @Arg('input', { description: 'Name, scopes and optional expiry.' }) input: CreateApiTokenInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreateApiTokenPayload> {
    const created = await context.services.apiTokens.create(context.ctx, input);
    return { ...created, token: created.token ? toApiToken(created.token) : null };
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => RevokeApiTokenPayload, {
    description: 'Revokes an API token: every replica refuses it from the next request. ADMIN only.',
  })
  async revokeApiToken(
    @Arg('tokenId', () => ID, { description: 'The token to revoke.' }) tokenId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<RevokeApiTokenPayload> {
    const revoked = await context.services.apiTokens.revoke(context.ctx, tokenId);
    return { ...revoked, token: revoked.token ? toApiToken(revoked.token) : null };
  }
}
