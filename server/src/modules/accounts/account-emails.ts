/**
 * The e-mails about accounts, as outbox rows in the caller's unit of work: the invitation to a new
 * account and the "forgot password" link, each carrying a single-use link (password-links.ts) to the
 * site's set-password page.
 */
import { ADMIN_ROLE_DESCRIPTIONS } from '../../common/admin-role';
import type { Config } from '../../config';
import type { Transaction } from '../../db/unit-of-work';
import type { EmailService } from '../email/email.service';
import { renderAccountInvitation, renderPasswordReset } from '../email/email.templates';
import type { AdminAccountEntity } from './admin-account.entity';
import type { IssuedLink } from './password-links';

/** The site page a password link opens. */
export function setPasswordUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/admin/set-password/${encodeURIComponent(token)}`;
}

export class AccountEmails {
  constructor(
    private readonly email: EmailService,
    private readonly config: Pick<Config, 'site' | 'email'>,
  ) {}

  private get replyTo(): string {
    return this.config.email.organiserAddress ?? this.config.email.from;
  }

  /** One message per link (cause key), so a resent invitation is a new message. */
  async invitation(
    tx: Transaction,
    account: Pick<AdminAccountEntity, 'email' | 'role'>,
    link: IssuedLink,
  ): Promise<void> {
    const message = await renderAccountInvitation({
      to: account.email,
      replyTo: this.replyTo,
      invitedBy: tx.ctx.actor?.email ?? null,
      role: account.role,
      roleDescription: ADMIN_ROLE_DESCRIPTIONS[account.role],
      setPasswordUrl: setPasswordUrl(this.config.site.publicUrl, link.token),
      expiresAt: link.expiresAt,
    });
    await this.email.enqueue(tx, message, `account-invitation:${link.id}`);
  }

  async passwordReset(
    tx: Transaction,
    account: Pick<AdminAccountEntity, 'email'>,
    link: IssuedLink,
  ): Promise<void> {
    const message = await renderPasswordReset({
      to: account.email,
      replyTo: this.replyTo,
      resetUrl: setPasswordUrl(this.config.site.publicUrl, link.token),
      expiresAt: link.expiresAt,
    });
    await this.email.enqueue(tx, message, `password-reset:${link.id}`);
  }
}
