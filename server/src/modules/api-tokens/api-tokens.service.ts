/**
 * API tokens: an ADMIN creates one (its secret is returned once), lists and revokes them; every
 * request with `Authorization: Bearer …` is resolved to its actor here (`actorFor`), by one indexed
 * query and no cache, so a revoked or expired token is refused by every replica from the next request.
 */
import { IsNull, type DataSource, type Repository } from 'typeorm';
import { ROLE_SCOPES, roleOfScopes, type ApiTokenScope } from '../../common/api-token-scope';
import { domainProblem, type DomainProblem } from '../../common/domain-error';
import { requireActor, type Actor, type RequestContext } from '../../common/request-context';
import { hashSecretToken } from '../../common/secret-token';
import { UUID } from '../../common/uuid';
import type { UnitOfWork } from '../../db/unit-of-work';
import { AdminRole } from '../accounts/admin-account.entity';
import type { AuditService } from '../audit/audit.service';
import { SECRET } from '../audit/audit.service';
import { ApiTokenEntity } from './api-token.entity';
import { looksLikeApiToken, newApiTokenSecret } from './api-token-secret';

/** lastUsedAt is written at most this often, so a busy script does not cost a write per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export enum ApiTokenErrorCode {
  INVALID_SCOPES = 'INVALID_SCOPES',
  EXPIRY_IN_PAST = 'EXPIRY_IN_PAST',
  TOKEN_NOT_FOUND = 'TOKEN_NOT_FOUND',
}

export interface CreateApiTokenRequest {
  name: string;
  scopes: ApiTokenScope[];
  expiresAt?: Date | null;
}

export interface CreatedApiToken {
  token: ApiTokenEntity | null;
  /** The whole token, shown this once; null when refused. */
  secret: string | null;
  errors: DomainProblem<ApiTokenErrorCode>[];
}

export interface RevokedApiToken {
  token: ApiTokenEntity | null;
  errors: DomainProblem<ApiTokenErrorCode>[];
}

export class ApiTokensService {
  private readonly tokens: Repository<ApiTokenEntity>;

  constructor(
    dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {
    this.tokens = dataSource.getRepository(ApiTokenEntity);
  }

  /** The actor a token acts as at `now`, or null when it is unknown, revoked, expired or its owner may no longer act. */
  async actorFor(secret: string, now: Date): Promise<Actor | null> {
    if (!looksLikeApiToken(secret)) return null;
    const token = await this.tokens.findOne({
      where: { tokenHash: hashSecretToken(secret) },
      relations: { createdBy: true },
    });
    const owner = token?.createdBy;
    if (!token || !owner || token.revokedAt) return null;
    if (token.expiresAt && token.expiresAt <= now) return null;
    if (owner.disabledAt || owner.role !== AdminRole.ADMIN) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      // Conditional, so replicas answering the same script at once write it once.
      await this.tokens
        .createQueryBuilder()
        .update()
        .set({ lastUsedAt: now })
        .where('id = :id AND (last_used_at IS NULL OR last_used_at <= :due)', {
          id: token.id,
          due: new Date(now.getTime() - LAST_USED_RESOLUTION_MS),
        })
        .execute();
    }
    return {
      accountId: owner.id,
      email: owner.email,
      role: roleOfScopes(token.scopes),
      sessionId: null,
      apiToken: { id: token.id, name: token.name, scopes: token.scopes },
    };
  }

  /** Creates a token for the signed-in ADMIN; its secret is in the result, and nowhere else, ever. */
  async create(ctx: RequestContext, input: CreateApiTokenRequest): Promise<CreatedApiToken> {
    const actor = requireActor(ctx);
    const scopes = [...new Set(input.scopes)];
    const errors: DomainProblem<ApiTokenErrorCode>[] = [];
    if (scopes.some((scope) => ROLE_SCOPES.includes(scope)) && scopes.length > 1) {
      errors.push(
        domainProblem(
          ApiTokenErrorCode.INVALID_SCOPES,
          'ADMIN and STAFF each include every narrower scope: choose one of them alone, or only narrower scopes.',
          'scopes',
        ),
      );
    }
    if (input.expiresAt && input.expiresAt <= ctx.now) {
      errors.push(
        domainProblem(ApiTokenErrorCode.EXPIRY_IN_PAST, 'The expiry must be in the future.', 'expiresAt'),
      );
    }
    if (errors.length > 0) return { token: null, secret: null, errors };

    const secret = newApiTokenSecret();
    const token = await this.uow.withTransaction(ctx, async (tx) => {
      const saved = await tx.manager.save(
        tx.manager.create(ApiTokenEntity, {
          name: input.name.trim(),
          tokenHash: hashSecretToken(secret),
          hint: secret.slice(-4),
          scopes,
          createdById: actor.accountId,
          expiresAt: input.expiresAt ?? null,
        }),
      );
      await this.audit.record(tx, {
        action: 'apiToken.create',
        objectType: 'ApiToken',
        objectId: saved.id,
        changes: {
          name: { before: null, after: saved.name },
          scopes: { before: null, after: scopes },
          expiresAt: { before: null, after: saved.expiresAt?.toISOString() ?? null },
          token: { before: null, after: SECRET },
        },
      });
      return saved;
    });
    return { token, secret, errors: [] };
  }

  /** Every token, newest first; revoked ones only when asked for. */
  list(_ctx: RequestContext, options: { includeRevoked: boolean }): Promise<ApiTokenEntity[]> {
    return this.tokens.find({
      where: options.includeRevoked ? {} : { revokedAt: IsNull() },
      relations: { createdBy: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 500,
    });
  }

  /** Revokes a token at once (a second revocation changes nothing). */
  async revoke(ctx: RequestContext, tokenId: string): Promise<RevokedApiToken> {
    const notFound = {
      token: null,
      errors: [domainProblem(ApiTokenErrorCode.TOKEN_NOT_FOUND, 'No API token has this id.', 'tokenId')],
    };
    if (!UUID.test(tokenId)) return notFound;
    return this.uow.withTransaction(ctx, async (tx) => {
      // One conditional statement: of two revocations at once, one records it.
      const revoked = await tx.manager.update(
        ApiTokenEntity,
        { id: tokenId, revokedAt: IsNull() },
        { revokedAt: tx.ctx.now },
      );
      if (revoked.affected === 1) {
        await this.audit.record(tx, {
          action: 'apiToken.revoke',
          objectType: 'ApiToken',
          objectId: tokenId,
          changes: { revokedAt: { before: null, after: tx.ctx.now.toISOString() } },
        });
      }
      const token = await tx.manager.findOne(ApiTokenEntity, {
        where: { id: tokenId },
        relations: { createdBy: true },
      });
      return token ? { token, errors: [] } : notFound;
    });
  }
}
