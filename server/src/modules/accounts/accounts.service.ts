/**
 * The accounts module: admin accounts (admin-account.entity.ts, password.ts), the accounts made at
 * start (initial-admins.ts) and by the CLI (create-admin.command.ts), the GraphQL side
 * (accounts.resolver.ts, accounts.types.ts), and this service: create, list, change role, disable.
 */
import { Brackets, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { domainProblem, invalidInput } from '../../common/domain-error';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { Config } from '../../config';
import { UnitOfWork, type Transaction } from '../../db/unit-of-work';
import { AuditService, fieldChanges, SECRET } from '../audit/audit.service';
import { createEmailService } from '../email/email.service';
import { revokeSessions } from '../auth/auth.service';
import { AdminAccountEntity, AdminRole, normalizeEmail } from './admin-account.entity';
import { toAdminAccount } from './accounts.mapping';
import type { ChangeAccountRoleInput, CreateAccountInput } from './accounts.inputs';
import { AccountErrorCode, type AccountPayload } from './accounts.types';
import { hashPassword } from './password';
import { AccountEmails } from './account-emails';
import { issuePasswordLink, PasswordLinkPurpose } from './password-links';
import { UUID } from '../../common/uuid';

export interface AccountPage {
  accounts: AdminAccountEntity[];
  cursors: string[];
  hasNextPage: boolean;
}

const notFound = (field = 'accountId') => ({
  account: null,
  errors: [domainProblem(AccountErrorCode.ACCOUNT_NOT_FOUND, 'No account has this id.', field)],
});

const refused = (code: AccountErrorCode, message: string) => ({
  account: null,
  errors: [domainProblem(code, message, 'accountId')],
});

const emailTaken = () => ({
  account: null,
  errors: [
    domainProblem(AccountErrorCode.EMAIL_TAKEN, 'Another account already has this e-mail address.', 'email'),
  ],
});

export class AccountsService {
  private readonly accounts: Repository<AdminAccountEntity>;

  constructor(
    dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly emails: AccountEmails,
    private readonly links: { invitationTtlMs: number },
  ) {
    this.accounts = dataSource.getRepository(AdminAccountEntity);
  }

  /**
   * Creates (invites) an account. Without `initialPassword` the account has no password yet, and an
   * invitation e-mail with a single-use link to choose one is queued in the same transaction; with it
   * (API clients that share a password themselves) no e-mail is sent. ADMIN.
   */
  async create(ctx: RequestContext, input: CreateAccountInput): Promise<AccountPayload> {
    requireActor(ctx);
    const passwordHash = input.initialPassword ? await hashPassword(input.initialPassword) : null;
    const created = await this.uow.withTransaction(ctx, async (tx) => {
      const account = await this.insertAccount(tx, { email: input.email, role: input.role, passwordHash });
      if (account && !passwordHash) await this.sendInvitation(tx, account);
      return account;
    });
    return created ? { account: toAdminAccount(created), errors: [] } : emailTaken();
  }

  /**
   * Sends a new invitation to an account whose person has not set a password yet; the earlier links
   * stop working. ADMIN.
   */
  async resendInvitation(ctx: RequestContext, accountId: string): Promise<AccountPayload> {
    requireActor(ctx);
    if (!UUID.test(accountId)) return notFound();
    return this.uow.withTransaction(ctx, async (tx) => {
      const account = await tx.manager.findOne(AdminAccountEntity, {
        where: { id: accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) return notFound();
      if (account.passwordHash !== null)
        return refused(
          AccountErrorCode.INVITATION_ALREADY_ACCEPTED,
          'This person has set their password already; there is no invitation to send again.',
        );
      if (account.disabledAt)
        return refused(AccountErrorCode.ACCOUNT_DISABLED, 'This account is disabled; enable it first.');
      await this.sendInvitation(tx, account);
      await this.audit.record(tx, {
        action: 'account.resendInvitation',
        objectType: 'AdminAccount',
        objectId: account.id,
      });
      return { account: toAdminAccount(account), errors: [] };
    });
  }

  private async sendInvitation(tx: Transaction, account: AdminAccountEntity): Promise<void> {
    const link = await issuePasswordLink(tx, {
      accountId: account.id,
      purpose: PasswordLinkPurpose.INVITATION,
      ttlMs: this.links.invitationTtlMs,
    });
    await this.emails.invitation(tx, account, link);
  }

  /**
   * Creates an account unless one has the e-mail already, which is left exactly as it is (its
   * password is never overwritten). For ADMIN_EMAIL at start, the CLI and the demo admin (whose
   * contexts have no actor: the audit entry names the system).
   */
  async ensureAccount(
    ctx: RequestContext,
    fields: { email: string; role: AdminRole; password: string },
  ): Promise<{ account: AdminAccountEntity; created: boolean }> {
    const existing = await this.accounts.findOneBy({ email: normalizeEmail(fields.email) });
    if (existing) return { account: existing, created: false };
    const passwordHash = await hashPassword(fields.password);
    const created = await this.uow.withTransaction(ctx, (tx) =>
      this.insertAccount(tx, { email: fields.email, role: fields.role, passwordHash }),
    );
    if (created) return { account: created, created: true };
    // Another replica created it between the two statements.
    return {
      account: await this.accounts.findOneByOrFail({ email: normalizeEmail(fields.email) }),
      created: false,
    };
  }

  /**
   * Sets a new password on the account with this e-mail and ends all its sessions (the admin:password
   * command: whoever can run it can reach the database anyway). Null when no account has the e-mail.
   */
  async setPassword(
    ctx: RequestContext,
    fields: { email: string; password: string },
  ): Promise<AdminAccountEntity | null> {
    const passwordHash = await hashPassword(fields.password);
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const account = await manager.findOne(AdminAccountEntity, {
        where: { email: normalizeEmail(fields.email) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) return null;
      await manager.update(AdminAccountEntity, { id: account.id }, { passwordHash });
      await revokeSessions(manager, account.id);
      await this.audit.record(tx, {
        action: 'account.setPassword',
        objectType: 'AdminAccount',
        objectId: account.id,
        changes: { password: { before: SECRET, after: SECRET } },
      });
      return account;
    });
  }

  /** Inserts an account and its audit entry; null when the e-mail is taken. */
  private async insertAccount(
    tx: Transaction,
    fields: { email: string; role: AdminRole; passwordHash: string | null },
  ): Promise<AdminAccountEntity | null> {
    const { manager } = tx;
    const email = normalizeEmail(fields.email);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(AdminAccountEntity)
      .values({ email, role: fields.role, passwordHash: fields.passwordHash, disabledAt: null })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) return null;
    await this.audit.record(tx, {
      action: 'account.create',
      objectType: 'AdminAccount',
      objectId: id,
      changes: { email: { before: null, after: email }, role: { before: null, after: fields.role } },
    });
    return manager.findOneByOrFail(AdminAccountEntity, { id });
  }

  /** Gives another account another role. ADMIN. */
  async changeRole(ctx: RequestContext, input: ChangeAccountRoleInput): Promise<AccountPayload> {
    return this.changeOther(ctx, input.accountId, 'account.changeRole', (account) => {
      account.role = input.role;
    });
  }

  /** Disables an account and ends all its sessions at once. */
  async disable(ctx: RequestContext, accountId: string): Promise<AccountPayload> {
    return this.changeOther(ctx, accountId, 'account.disable', (account, manager) => {
      account.disabledAt ??= ctx.now;
      return revokeSessions(manager, account.id);
    });
  }

  /** Lets a disabled account sign in again. ADMIN. */
  async enable(ctx: RequestContext, accountId: string): Promise<AccountPayload> {
    return this.changeOther(ctx, accountId, 'account.enable', (account) => {
      account.disabledAt = null;
    });
  }

  /** Changes another account under a row lock, with its audit entry; nobody changes their own this way. */
  private async changeOther(
    ctx: RequestContext,
    accountId: string,
    action: string,
    change: (account: AdminAccountEntity, manager: EntityManager) => void | Promise<void>,
  ): Promise<AccountPayload> {
    const actor = requireActor(ctx);
    if (!UUID.test(accountId)) return notFound();
    if (accountId === actor.accountId) {
      return {
        account: null,
        errors: [
          domainProblem(
            AccountErrorCode.CANNOT_CHANGE_OWN_ACCOUNT,
            'You cannot change the role of, or disable, your own account.',
            'accountId',
          ),
        ],
      };
    }
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const account = await manager.findOne(AdminAccountEntity, {
        where: { id: accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) return notFound();
      const before = { ...account };
      await change(account, manager);
      const changes = fieldChanges(before, account, ['role', 'disabledAt']);
      if (Object.keys(changes).length > 0) {
        await manager.update(
          AdminAccountEntity,
          { id: account.id },
          { role: account.role, disabledAt: account.disabledAt },
        );
      }
      await this.audit.record(tx, {
        action,
        objectType: 'AdminAccount',
        objectId: account.id,
        changes,
      });
      return {
        account: toAdminAccount(await manager.findOneByOrFail(AdminAccountEntity, { id: account.id })),
        errors: [],
      };
    });
  }

  /** Accounts by e-mail, keyset-paginated. */
  async list(_ctx: RequestContext, query: { first: number; after?: string | null }): Promise<AccountPage> {
    const builder = this.accounts.createQueryBuilder('account');
    if (query.after) {
      const [email] = decodeCursor(query.after, ['string']) as [string];
      if (!email) throw invalidInput('after', 'is not a cursor this list returned');
      builder.where(new Brackets((next) => next.where('account.email > :email', { email })));
    }
    const rows = await builder
      .orderBy('account.email', 'ASC')
      .limit(query.first + 1)
      .getMany();
    const accounts = rows.slice(0, query.first);
    return {
      accounts,
      cursors: accounts.map((account) => encodeCursor([account.email])),
      hasNextPage: rows.length > query.first,
    };
  }
}

/** The accounts service of a process that has no other services (the admin commands, start-up). */
export function standaloneAccountsService(
  dataSource: DataSource,
  config: Pick<Config, 'auth' | 'email' | 'site'>,
): AccountsService {
  const uow = new UnitOfWork(dataSource);
  const emails = new AccountEmails(createEmailService(dataSource, uow, config.email), config);
  return new AccountsService(
    dataSource,
    uow,
    new AuditService(dataSource),
    emails,
    config.auth.passwordLinks,
  );
}
