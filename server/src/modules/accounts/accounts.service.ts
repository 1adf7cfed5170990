import { Brackets, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { requireViewer } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { userInputError } from '../../graphql/errors';
import { decodeCursor, encodeCursor } from '../../graphql/pagination';
import { userError } from '../../graphql/user-error.types';
import { fieldChanges, type Actor, type AuditService } from '../audit/audit.service';
import { revokeSessions } from '../auth/auth.service';
import { AdminAccountEntity, AdminRole, normalizeEmail } from './admin-account.entity';
import { toAdminAccount } from './accounts.mapping';
import type { ChangeAccountRoleInput, CreateAccountInput } from './accounts.inputs';
import { AccountErrorCode, type AccountPayload } from './accounts.types';
import { hashPassword } from './password';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AccountPage {
  accounts: AdminAccountEntity[];
  cursors: string[];
  hasNextPage: boolean;
}

const notFound = (field = 'accountId') => ({
  account: null,
  errors: [userError(AccountErrorCode.ACCOUNT_NOT_FOUND, 'No account has this id.', field)],
});

const emailTaken = () => ({
  account: null,
  errors: [
    userError(AccountErrorCode.EMAIL_TAKEN, 'Another account already has this e-mail address.', 'email'),
  ],
});

export class AccountsService {
  private readonly accounts: Repository<AdminAccountEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.accounts = dataSource.getRepository(AdminAccountEntity);
  }

  async create(input: CreateAccountInput, context: GraphQLContext): Promise<AccountPayload> {
    const actor = requireViewer(context);
    const passwordHash = await hashPassword(input.initialPassword);
    const created = await this.dataSource.transaction((manager) =>
      this.insertAccount(
        manager,
        { email: input.email, role: input.role, passwordHash },
        actor,
        context.ctx.now,
      ),
    );
    return created ? { account: toAdminAccount(created), errors: [] } : emailTaken();
  }

  /**
   * Creates an account unless one has the e-mail already, which is left exactly as it is (its
   * password is never overwritten). For ADMIN_EMAIL at start, the CLI and the demo admin.
   */
  async ensureAccount(
    fields: { email: string; role: AdminRole; password: string },
    now = new Date(),
  ): Promise<{ account: AdminAccountEntity; created: boolean }> {
    const existing = await this.accounts.findOneBy({ email: normalizeEmail(fields.email) });
    if (existing) return { account: existing, created: false };
    const passwordHash = await hashPassword(fields.password);
    const created = await this.dataSource.transaction((manager) =>
      this.insertAccount(manager, { email: fields.email, role: fields.role, passwordHash }, null, now),
    );
    if (created) return { account: created, created: true };
    // Another replica created it between the two statements.
    return {
      account: await this.accounts.findOneByOrFail({ email: normalizeEmail(fields.email) }),
      created: false,
    };
  }

  /** Inserts an account and its audit entry; null when the e-mail is taken. */
  private async insertAccount(
    manager: EntityManager,
    fields: { email: string; role: AdminRole; passwordHash: string },
    actor: Actor,
    now: Date,
  ): Promise<AdminAccountEntity | null> {
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
    await this.audit.record(manager, actor, now, {
      action: 'account.create',
      objectType: 'AdminAccount',
      objectId: id,
      changes: { email: { before: null, after: email }, role: { before: null, after: fields.role } },
    });
    return manager.findOneByOrFail(AdminAccountEntity, { id });
  }

  async changeRole(input: ChangeAccountRoleInput, context: GraphQLContext): Promise<AccountPayload> {
    return this.changeOther(input.accountId, context, 'account.changeRole', (account) => {
      account.role = input.role;
    });
  }

  /** Disables an account and ends all its sessions at once. */
  async disable(accountId: string, context: GraphQLContext): Promise<AccountPayload> {
    return this.changeOther(accountId, context, 'account.disable', (account, manager) => {
      account.disabledAt ??= context.ctx.now;
      return revokeSessions(manager, account.id);
    });
  }

  async enable(accountId: string, context: GraphQLContext): Promise<AccountPayload> {
    return this.changeOther(accountId, context, 'account.enable', (account) => {
      account.disabledAt = null;
    });
  }

  /** Changes another account under a row lock, with its audit entry; nobody changes their own this way. */
  private async changeOther(
    accountId: string,
    context: GraphQLContext,
    action: string,
    change: (account: AdminAccountEntity, manager: EntityManager) => void | Promise<void>,
  ): Promise<AccountPayload> {
    const actor = requireViewer(context);
    if (!UUID.test(accountId)) return notFound();
    if (accountId === actor.accountId) {
      return {
        account: null,
        errors: [
          userError(
            AccountErrorCode.CANNOT_CHANGE_OWN_ACCOUNT,
            'You cannot change the role of, or disable, your own account.',
            'accountId',
          ),
        ],
      };
    }
    return this.dataSource.transaction(async (manager) => {
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
      await this.audit.record(manager, actor, context.ctx.now, {
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
  async list(query: { first: number; after?: string | null }): Promise<AccountPage> {
    const builder = this.accounts.createQueryBuilder('account');
    if (query.after) {
      const [email] = decodeCursor(query.after, ['string']) as [string];
      if (!email) throw userInputError('after', 'is not a cursor this list returned');
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
