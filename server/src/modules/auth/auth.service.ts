/**
 * The auth module: sessions (admin-session.entity.ts, session-token.ts), sign-in throttling
 * (login-throttle.ts), the GraphQL side (auth.resolver.ts, which sets and clears the session cookie),
 * and this service: who a session cookie belongs to, sign-in, sign-out, password change. It never
 * touches cookies: it returns the new session's token, and the resolver sets the cookie.
 */
import { LessThan, type DataSource, type EntityManager, Not, type Repository } from 'typeorm';
import type { Config } from '../../config';
import { domainProblem, retryLater } from '../../common/domain-error';
import {
  createRequestContext,
  requireActor,
  type Actor,
  type RequestContext,
} from '../../common/request-context';
import { deleteInBatches } from '../../db/delete-in-batches';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import { AdminAccountEntity, normalizeEmail } from '../accounts/admin-account.entity';
import { toAdminAccount } from '../accounts/accounts.mapping';
import { AccountErrorCode, type AccountPayload } from '../accounts/accounts.types';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../accounts/password';
import { SECRET, type AuditService } from '../audit/audit.service';
import { AdminSessionEntity } from './admin-session.entity';
import type { ChangePasswordInput, LoginInput } from './auth.inputs';
import { AuthErrorCode, type LoginPayload, type LogoutPayload } from './auth.types';
import type { LoginThrottle } from './login-throttle';
import { hashSecretToken } from '../../common/secret-token';
import { looksLikeSessionToken, newSessionToken } from './session-token';

/** lastSeenAt is written at most this often, so a busy session does not cost a write per request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface SessionLookup {
  /** The account the session acts for (with its session id), or null. */
  viewer: Actor | null;
  /** The request carried a session cookie that no longer opens a session (expired, revoked, unknown). */
  staleCookie: boolean;
}

type Throttled = { allowed: false; retryAfterSeconds: number };

/** A session a sign-in opened: the resolver puts its token in the session cookie. */
export interface NewSession {
  token: string;
  expiresAt: Date;
}

export interface LoginResult {
  payload: LoginPayload;
  /** Set when the sign-in succeeded. */
  session: NewSession | null;
}

export class AuthService {
  private readonly accounts: Repository<AdminAccountEntity>;
  private readonly sessions: Repository<AdminSessionEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly config: Config['auth']['session'],
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {
    this.accounts = dataSource.getRepository(AdminAccountEntity);
    this.sessions = dataSource.getRepository(AdminSessionEntity);
  }

  /** The account a session cookie opens at `now`, enforcing idle and absolute expiry. */
  async viewerFor(token: string | undefined, now: Date): Promise<SessionLookup> {
    if (token === undefined) return { viewer: null, staleCookie: false };
    if (!looksLikeSessionToken(token)) return { viewer: null, staleCookie: true };
    const session = await this.sessions.findOne({
      where: { tokenHash: hashSecretToken(token) },
      relations: { account: true },
    });
    if (!session?.account) return { viewer: null, staleCookie: true };
    const idleEnd = session.lastSeenAt.getTime() + this.config.idleTimeoutMs;
    if (now >= session.expiresAt || now.getTime() >= idleEnd || session.account.disabledAt) {
      await this.sessions.delete({ id: session.id });
      return { viewer: null, staleCookie: true };
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
      await this.sessions.update({ id: session.id, lastSeenAt: LessThan(now) }, { lastSeenAt: now });
    }
    const { account } = session;
    return {
      viewer: { accountId: account.id, email: account.email, role: account.role, sessionId: session.id },
      staleCookie: false,
    };
  }

  /**
   * Signs in: refused without a password check while the e-mail, the client address or the pair is
   * over its failure limit, or the address has failed for the e-mail during its wait (login-throttle.ts); the same INVALID_CREDENTIALS for an unknown e-mail, a wrong password or a disabled
   * account. On success a new session replaces the request's old one; its token is returned for the
   * caller's cookie.
   */
  async login(ctx: RequestContext, input: LoginInput): Promise<LoginResult> {
    const refused = (payload: LoginPayload): LoginResult => ({ payload, session: null });
    const email = normalizeEmail(input.email);
    const reservation = await this.throttle.reserve(email, ctx.clientAddress ?? 'unknown');
    if (!reservation.allowed)
      return refused({
        account: null,
        errors: [tooManyAttempts(AuthErrorCode.TOO_MANY_ATTEMPTS, reservation)],
      });

    const account = await this.accounts.findOneBy({ email });
    // An invited account without a password yet cannot sign in, and takes as long to refuse.
    const passwordRight = account?.passwordHash
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!account || !passwordRight || account.disabledAt) {
      ctx.logger.info({ clientAddress: ctx.clientAddress }, 'failed sign-in');
      await reservation.fail();
      return refused({
        account: null,
        errors: [
          domainProblem(AuthErrorCode.INVALID_CREDENTIALS, 'The e-mail address or password is not right.'),
        ],
      });
    }
    await reservation.release();

    const previousSessionId = ctx.actor?.sessionId;
    const session = await this.uow.withTransaction(actingAs(ctx, account), (tx) =>
      this.openSession(tx, account.id, previousSessionId),
    );
    return { payload: { account: toAdminAccount(account), errors: [] }, session };
  }

  /**
   * A step of a unit of work whose context acts as the account (`actingAs`): opens a session for it,
   * ending the request's previous one, audited as a sign-in. The token is for the caller's cookie.
   */
  async openSession(
    tx: Transaction,
    accountId: string,
    previousSessionId?: string | null,
  ): Promise<NewSession> {
    const { manager, ctx } = tx;
    const token = newSessionToken();
    const expiresAt = new Date(ctx.now.getTime() + this.config.absoluteTimeoutMs);
    if (previousSessionId) await manager.delete(AdminSessionEntity, { id: previousSessionId });
    // Sessions nobody came back to are swept here too, between the retention job's daily runs.
    await this.deleteSessionsEndedBy(ctx.now, manager);
    const session = await manager.save(
      manager.create(AdminSessionEntity, {
        tokenHash: hashSecretToken(token),
        accountId,
        lastSeenAt: ctx.now,
        expiresAt,
      }),
    );
    await this.audit.record(tx, {
      action: 'session.login',
      objectType: 'AdminAccount',
      objectId: accountId,
      changes: { session: { before: null, after: session.id } },
    });
    return { token, expiresAt };
  }

  /**
   * Deletes the sessions that have ended by `ctx.now` (absolute or idle expiry; viewerFor refuses them
   * already), in batches; returns how many. Run by the daily retention job (and sign-in).
   */
  deleteEndedSessions(ctx: RequestContext): Promise<number> {
    return this.deleteSessionsEndedBy(ctx.now, this.dataSource);
  }

  private deleteSessionsEndedBy(now: Date, executor: DataSource | EntityManager): Promise<number> {
    return deleteInBatches(executor, {
      table: 'admin_session',
      key: 'id',
      where: 'expires_at <= $1 OR last_seen_at <= $2',
      parameters: [now, new Date(now.getTime() - this.config.idleTimeoutMs)],
    });
  }

  /** Ends the request's session (if any) at once; the caller clears its cookie whatever the outcome. */
  async logout(ctx: RequestContext): Promise<LogoutPayload> {
    const viewer = ctx.actor;
    const sessionId = viewer?.sessionId;
    if (!viewer || !sessionId) return { account: null, errors: [] };
    const account = await this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      await manager.delete(AdminSessionEntity, { id: sessionId });
      await this.audit.record(tx, {
        action: 'session.logout',
        objectType: 'AdminAccount',
        objectId: viewer.accountId,
        changes: { session: { before: sessionId, after: null } },
      });
      return manager.findOneBy(AdminAccountEntity, { id: viewer.accountId });
    });
    return { account: account ? toAdminAccount(account) : null, errors: [] };
  }

  /** The signed-in account, or null when signed out. */
  async me(ctx: RequestContext): Promise<AdminAccountEntity | null> {
    if (!ctx.actor) return null;
    return this.accounts.findOneBy({ id: ctx.actor.accountId });
  }

  /**
   * Changes the signed-in account's password after checking the current one (wrong guesses count
   * against the same limits as sign-ins) and ends every other session of the account.
   */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<AccountPayload> {
    const viewer = requireActor(ctx);
    const reservation = await this.throttle.reserve(viewer.email, ctx.clientAddress ?? 'unknown');
    if (!reservation.allowed)
      return {
        account: null,
        errors: [tooManyAttempts(AccountErrorCode.TOO_MANY_ATTEMPTS, reservation, 'currentPassword')],
      };
    const account = await this.accounts.findOneByOrFail({ id: viewer.accountId });
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      await reservation.fail();
      return {
        account: null,
        errors: [
          domainProblem(
            AccountErrorCode.WRONG_PASSWORD,
            'The current password is not right.',
            'currentPassword',
          ),
        ],
      };
    }
    await reservation.release();
    if (input.newPassword === input.currentPassword) {
      return {
        account: null,
        errors: [
          domainProblem(
            AccountErrorCode.PASSWORD_UNCHANGED,
            'Choose a password different from the current one.',
            'newPassword',
          ),
        ],
      };
    }
    const passwordHash = await hashPassword(input.newPassword);
    const updated = await this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      await manager.update(AdminAccountEntity, { id: account.id }, { passwordHash });
      await revokeSessions(manager, account.id, viewer.sessionId ?? undefined);
      await this.audit.record(tx, {
        action: 'account.changePassword',
        objectType: 'AdminAccount',
        objectId: account.id,
        changes: { password: { before: SECRET, after: SECRET } },
      });
      return manager.findOneByOrFail(AdminAccountEntity, { id: account.id });
    });
    return { account: toAdminAccount(updated), errors: [] };
  }
}

/** Ends every session of an account at once (but `exceptSessionId`, if given). */
export async function revokeSessions(
  manager: EntityManager,
  accountId: string,
  exceptSessionId?: string,
): Promise<void> {
  await manager.delete(AdminSessionEntity, {
    accountId,
    ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}),
  });
}

function tooManyAttempts<Code extends string>(code: Code, throttled: Throttled, field: string | null = null) {
  return retryLater(code, 'Too many failed attempts.', throttled.retryAfterSeconds, field);
}

/** The request's context acting as `account` (a sign-in is audited as the account signing in). */
export function actingAs(ctx: RequestContext, account: AdminAccountEntity): RequestContext {
  return createRequestContext({
    ...ctx,
    actor: { accountId: account.id, email: account.email, role: account.role, sessionId: null },
  });
}
