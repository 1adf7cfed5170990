import { LessThan, type DataSource, type EntityManager, Not, type Repository } from 'typeorm';
import type { Config } from '../../config';
import { deleteInBatches } from '../../db/delete-in-batches';
import { requireViewer } from '../../graphql/auth-checker';
import type { GraphQLContext, Viewer } from '../../graphql/context';
import { userError } from '../../graphql/user-error.types';
import { AdminAccountEntity, normalizeEmail } from '../accounts/admin-account.entity';
import { toAdminAccount } from '../accounts/accounts.mapping';
import { AccountErrorCode, type AccountPayload } from '../accounts/accounts.types';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../accounts/password';
import type { AuditService } from '../audit/audit.service';
import { AdminSessionEntity } from './admin-session.entity';
import type { ChangePasswordInput, LoginInput } from './auth.inputs';
import { AuthErrorCode, type LoginPayload, type LogoutPayload } from './auth.types';
import type { LoginThrottle } from './login-throttle';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token';

/** lastSeenAt is written at most this often, so a busy session does not cost a write per request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface SessionLookup {
  viewer: Viewer | null;
  /** The request carried a session cookie that no longer opens a session (expired, revoked, unknown). */
  staleCookie: boolean;
}

type Throttled = { allowed: false; retryAfterSeconds: number };

export class AuthService {
  private readonly accounts: Repository<AdminAccountEntity>;
  private readonly sessions: Repository<AdminSessionEntity>;

  constructor(
    private readonly dataSource: DataSource,
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
      where: { tokenHash: hashSessionToken(token) },
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
   * Signs in: refused without a password check while the e-mail or the client address is over its
   * failure limit; the same INVALID_CREDENTIALS for an unknown e-mail, a wrong password or a disabled
   * account. On success a new session replaces the request's old one and its cookie is set.
   */
  async login(input: LoginInput, context: GraphQLContext): Promise<LoginPayload> {
    const email = normalizeEmail(input.email);
    const reservation = await this.throttle.reserve(email, context.ctx.clientAddress ?? 'unknown');
    if (!reservation.allowed)
      return { account: null, errors: [tooManyAttempts(AuthErrorCode.TOO_MANY_ATTEMPTS, reservation)] };

    const account = await this.accounts.findOneBy({ email });
    const passwordRight = account
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!account || !passwordRight || account.disabledAt) {
      context.ctx.logger.info({ clientAddress: context.ctx.clientAddress }, 'failed sign-in');
      return {
        account: null,
        errors: [
          userError(AuthErrorCode.INVALID_CREDENTIALS, 'The e-mail address or password is not right.'),
        ],
      };
    }
    await reservation.release();

    const token = newSessionToken();
    const expiresAt = new Date(context.ctx.now.getTime() + this.config.absoluteTimeoutMs);
    await this.dataSource.transaction(async (manager) => {
      if (context.ctx.actor) await manager.delete(AdminSessionEntity, { id: context.ctx.actor.sessionId });
      // Sessions nobody came back to are swept here too, between the retention job's daily runs.
      await this.deleteEndedSessions(context.ctx.now, manager);
      const session = await manager.save(
        manager.create(AdminSessionEntity, {
          tokenHash: hashSessionToken(token),
          accountId: account.id,
          lastSeenAt: context.ctx.now,
          expiresAt,
        }),
      );
      await this.audit.record(manager, { accountId: account.id, email: account.email }, context.ctx.now, {
        action: 'session.login',
        objectType: 'AdminAccount',
        objectId: account.id,
        changes: { session: { before: null, after: session.id } },
      });
    });
    context.sessionCookie.set(token, expiresAt);
    return { account: toAdminAccount(account), errors: [] };
  }

  /**
   * Deletes the sessions that have ended by `now` (absolute or idle expiry; viewerFor refuses them
   * already), in batches; returns how many. Run by sign-in and by the daily retention job.
   */
  deleteEndedSessions(now: Date, executor: DataSource | EntityManager = this.dataSource): Promise<number> {
    return deleteInBatches(executor, {
      table: 'admin_session',
      key: 'id',
      where: 'expires_at <= $1 OR last_seen_at <= $2',
      parameters: [now, new Date(now.getTime() - this.config.idleTimeoutMs)],
    });
  }

  /** Ends the request's session (if any) at once and clears its cookie. */
  async logout(context: GraphQLContext): Promise<LogoutPayload> {
    context.sessionCookie.clear();
    const viewer = context.ctx.actor?.sessionId ? requireViewer(context) : null;
    if (!viewer) return { account: null, errors: [] };
    const account = await this.dataSource.transaction(async (manager) => {
      await manager.delete(AdminSessionEntity, { id: viewer.sessionId });
      await this.audit.record(manager, viewer, context.ctx.now, {
        action: 'session.logout',
        objectType: 'AdminAccount',
        objectId: viewer.accountId,
        changes: { session: { before: viewer.sessionId, after: null } },
      });
      return manager.findOneBy(AdminAccountEntity, { id: viewer.accountId });
    });
    return { account: account ? toAdminAccount(account) : null, errors: [] };
  }

  async me(context: GraphQLContext): Promise<AdminAccountEntity | null> {
    if (!context.ctx.actor) return null;
    return this.accounts.findOneBy({ id: context.ctx.actor.accountId });
  }

  /**
   * Changes the signed-in account's password after checking the current one (wrong guesses count
   * against the same limits as sign-ins) and ends every other session of the account.
   */
  async changePassword(input: ChangePasswordInput, context: GraphQLContext): Promise<AccountPayload> {
    const viewer = requireViewer(context);
    const reservation = await this.throttle.reserve(viewer.email, context.ctx.clientAddress ?? 'unknown');
    if (!reservation.allowed)
      return {
        account: null,
        errors: [tooManyAttempts(AccountErrorCode.TOO_MANY_ATTEMPTS, reservation, 'currentPassword')],
      };
    const account = await this.accounts.findOneByOrFail({ id: viewer.accountId });
    if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
      return {
        account: null,
        errors: [
          userError(AccountErrorCode.WRONG_PASSWORD, 'The current password is not right.', 'currentPassword'),
        ],
      };
    }
    await reservation.release();
    if (input.newPassword === input.currentPassword) {
      return {
        account: null,
        errors: [
          userError(
            AccountErrorCode.PASSWORD_UNCHANGED,
            'Choose a password different from the current one.',
            'newPassword',
          ),
        ],
      };
    }
    const passwordHash = await hashPassword(input.newPassword);
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager.update(AdminAccountEntity, { id: account.id }, { passwordHash });
      await revokeSessions(manager, account.id, viewer.sessionId);
      await this.audit.record(manager, viewer, context.ctx.now, {
        action: 'account.changePassword',
        objectType: 'AdminAccount',
        objectId: account.id,
        changes: { password: { before: '[secret]', after: '[secret]' } },
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
  const minutes = Math.ceil(throttled.retryAfterSeconds / 60);
  return {
    ...userError(
      code,
      `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      field,
    ),
    retryAfterSeconds: throttled.retryAfterSeconds,
  };
}
