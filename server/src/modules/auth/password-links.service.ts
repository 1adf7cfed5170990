/**
 * Setting a password through an e-mailed link: "forgot password" requests (anonymous, the same answer
 * whether or not the address has an account, limited per client address), reading a link before it
 * is used, and using it: the new password is set, every session of the account ends, the link (and
 * any other open link of the account) is spent, it is audited, and the person is signed in.
 * Invitations are sent by the accounts service; both kinds of link are used here.
 */
import type { DataSource } from 'typeorm';
import { domainProblem } from '../../common/domain-error';
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import { SECRET, type AuditService } from '../audit/audit.service';
import type { AccountEmails } from '../accounts/account-emails';
import { AdminAccountEntity, normalizeEmail } from '../accounts/admin-account.entity';
import { toAdminAccount } from '../accounts/accounts.mapping';
import {
  AccountErrorCode,
  type AccountPayload,
  type PasswordLinkPayload,
  type RequestPasswordResetPayload,
} from '../accounts/accounts.types';
import { hashPassword } from '../accounts/password';
import {
  findUsablePasswordLink,
  issuePasswordLink,
  PasswordLinkPurpose,
  usePasswordLink,
  type LinkRefusal,
} from '../accounts/password-links';
import { actingAs, revokeSessions, type AuthService, type NewSession } from './auth.service';
import type { AddressRateLimiter } from '../../db/address-rate-limiter';

const REFUSALS: Record<LinkRefusal, { code: AccountErrorCode; message: string }> = {
  UNKNOWN: {
    code: AccountErrorCode.LINK_INVALID,
    message: 'This link is not valid. Check that you copied all of it, or ask for a new one.',
  },
  USED: {
    code: AccountErrorCode.LINK_USED,
    message: 'This link has been used already (or a newer one was sent). Sign in, or ask for a new link.',
  },
  EXPIRED: {
    code: AccountErrorCode.LINK_EXPIRED,
    message: 'This link has expired. Ask for a new one.',
  },
};

function linkRefused(refusal: LinkRefusal) {
  const { code, message } = REFUSALS[refusal];
  return domainProblem(code, message, 'token');
}

export interface SetPasswordResult {
  payload: AccountPayload;
  /** The session the person is signed in with, for the caller's cookie; null when refused. */
  session: NewSession | null;
}

export class PasswordLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly auth: AuthService,
    private readonly emails: AccountEmails,
    /**
     * "Forgot password" requests per client address (PASSWORD_RESET_MAX_REQUESTS): every request
     * counts, with or without an account behind the address, or the count would tell them apart.
     */
    private readonly throttle: AddressRateLimiter,
    private readonly audit: AuditService,
    private readonly config: { resetTtlMs: number },
  ) {}

  /**
   * Sends a reset link when an active account has the address; answers the same either way (only
   * the per-address limit can refuse, and it counts every request).
   */
  async requestReset(ctx: RequestContext, input: { email: string }): Promise<RequestPasswordResetPayload> {
    const taken = await this.throttle.consume(ctx.clientAddress ?? 'unknown');
    if (!taken.allowed) {
      const minutes = Math.ceil(taken.retryAfterSeconds / 60);
      return {
        accepted: false,
        errors: [
          {
            ...domainProblem(
              AccountErrorCode.TOO_MANY_ATTEMPTS,
              `Too many requests from your network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
              'email',
            ),
            retryAfterSeconds: taken.retryAfterSeconds,
          },
        ],
      };
    }
    await this.uow.withTransaction(ctx, async (tx) => {
      const account = await tx.manager.findOneBy(AdminAccountEntity, { email: normalizeEmail(input.email) });
      if (!account || account.disabledAt) return;
      const link = await issuePasswordLink(tx, {
        accountId: account.id,
        purpose: PasswordLinkPurpose.PASSWORD_RESET,
        ttlMs: this.config.resetTtlMs,
      });
      await this.emails.passwordReset(tx, account, link);
    });
    return { accepted: true, errors: [] };
  }

  /** What a link is for (the set-password page greets the person by e-mail), or why it cannot be used. */
  async describe(ctx: RequestContext, token: string): Promise<PasswordLinkPayload> {
    const found = await findUsablePasswordLink({ manager: this.dataSource.manager, ctx }, token);
    if ('refused' in found) return { link: null, errors: [linkRefused(found.refused)] };
    if (!found.account || found.account.disabledAt) return { link: null, errors: [linkRefused('UNKNOWN')] };
    return {
      link: {
        email: found.account.email,
        invitation: found.purpose === PasswordLinkPurpose.INVITATION,
        expiresAt: found.expiresAt,
      },
      errors: [],
    };
  }

  /** Uses a link: sets the password, ends every session of the account, and signs the person in. */
  async setPassword(
    ctx: RequestContext,
    input: { token: string; newPassword: string },
  ): Promise<SetPasswordResult> {
    const refused = (refusal: LinkRefusal): SetPasswordResult => ({
      payload: { account: null, errors: [linkRefused(refusal)] },
      session: null,
    });
    // Checked before hashing, so garbage costs no Argon2 run.
    const usable = await findUsablePasswordLink({ manager: this.dataSource.manager, ctx }, input.token);
    if ('refused' in usable) return refused(usable.refused);
    const passwordHash = await hashPassword(input.newPassword);
    return this.uow.withTransaction(ctx, async (anonymous) => {
      const used = await usePasswordLink(anonymous, input.token);
      if ('refused' in used) return refused(used.refused);
      const account = await anonymous.manager.findOne(AdminAccountEntity, {
        where: { id: used.link.accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account || account.disabledAt) return refused('UNKNOWN');
      // From here on the change is the account's own (audited as it).
      const tx = { ...anonymous, ctx: actingAs(ctx, account) };
      await tx.manager.update(AdminAccountEntity, { id: account.id }, { passwordHash });
      await revokeSessions(tx.manager, account.id);
      const invitation = used.link.purpose === PasswordLinkPurpose.INVITATION;
      await this.audit.record(tx, {
        action: invitation ? 'account.acceptInvitation' : 'account.resetPassword',
        objectType: 'AdminAccount',
        objectId: account.id,
        changes: { password: { before: invitation ? null : SECRET, after: SECRET } },
      });
      const session = await this.auth.openSession(tx, account.id);
      const updated = await tx.manager.findOneByOrFail(AdminAccountEntity, { id: account.id });
      return { payload: { account: toAdminAccount(updated), errors: [] }, session };
    });
  }
}
