import { createAccount, login, loginAs, TEST_PASSWORD, type SignedIn } from '../../../test/auth';
import { startTestServer, testConfig, type TestServer } from '../../../test/test-server';
import { createLogger } from '../../logger';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { AdminAccountEntity, AdminRole } from './admin-account.entity';
import { DEMO_ADMIN_EMAIL, ensureInitialAdmins } from './initial-admins';

const PAYLOAD = `account { id email role disabled } errors { code field message }`;
const CREATE = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { ${PAYLOAD} } }`;
const CHANGE_ROLE = `mutation ($input: ChangeAccountRoleInput!) { changeAccountRole(input: $input) { ${PAYLOAD} } }`;
const DISABLE = `mutation ($id: ID!) { disableAccount(accountId: $id) { ${PAYLOAD} } }`;
const ENABLE = `mutation ($id: ID!) { enableAccount(accountId: $id) { ${PAYLOAD} } }`;
const LIST = `query ($first: Int, $after: String) {
  adminAccounts(first: $first, after: $after) { nodes { email role } pageInfo { hasNextPage endCursor } }
}`;
const ME = `{ me { email } }`;

type Payload<K extends string> = Record<
  K,
  {
    account: { id: string; email: string; role: string; disabled: boolean } | null;
    errors: { code: string; field: string | null; message: string }[];
  }
>;

let server: TestServer;
let admin: SignedIn;

beforeEach(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterEach(async () => {
  await server.close();
});

function auditEntries(objectId: string) {
  return server.dataSource
    .getRepository(AuditLogEntryEntity)
    .find({ where: { objectId }, order: { at: 'ASC' } });
}

describe('creating accounts', () => {
  it('lets an ADMIN create an account that can then sign in, and records who did it', async () => {
    const response = await server.graphql<Payload<'createAccount'>>(
      CREATE,
      { input: { email: 'New.Staff@Example.com', role: 'STAFF', initialPassword: TEST_PASSWORD } },
      admin.headers,
    );
    const account = response.data!.createAccount.account!;

    expect(response.data!.createAccount.errors).toEqual([]);
    expect(account).toMatchObject({ email: 'new.staff@example.com', role: 'STAFF', disabled: false });
    expect(await auditEntries(account.id)).toEqual([
      expect.objectContaining({
        action: 'account.create',
        objectType: 'AdminAccount',
        accountId: admin.account.id,
        accountEmail: admin.email,
        changes: {
          email: { before: null, after: 'new.staff@example.com' },
          role: { before: null, after: 'STAFF' },
        },
      }),
    ]);
    expect((await login(server, 'new.staff@example.com', TEST_PASSWORD)).data?.login.errors).toEqual([]);
  });

  it('refuses an e-mail that another account has, whatever its case', async () => {
    const response = await server.graphql<Payload<'createAccount'>>(
      CREATE,
      { input: { email: admin.email.toUpperCase(), role: 'STAFF', initialPassword: TEST_PASSWORD } },
      admin.headers,
    );
    expect(response.data!.createAccount).toEqual({
      account: null,
      errors: [{ code: 'EMAIL_TAKEN', field: 'email', message: expect.any(String) }],
    });
  });

  it('refuses a malformed e-mail or a short password, naming the field', async () => {
    const response = await server.graphql(
      CREATE,
      { input: { email: 'not-an-email', role: 'STAFF', initialPassword: 'short' } },
      admin.headers,
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields?.map((problem) => problem.field).sort()).toEqual([
      'email',
      'initialPassword',
    ]);
  });
});

describe('changing other accounts', () => {
  it('changes the role of another account', async () => {
    const { account } = await createAccount(server.dataSource, AdminRole.STAFF);
    const response = await server.graphql<Payload<'changeAccountRole'>>(
      CHANGE_ROLE,
      { input: { accountId: account.id, role: 'ADMIN' } },
      admin.headers,
    );
    expect(response.data!.changeAccountRole.account?.role).toBe('ADMIN');
    expect((await auditEntries(account.id)).map((entry) => [entry.action, entry.changes])).toEqual([
      ['account.changeRole', { role: { before: 'STAFF', after: 'ADMIN' } }],
    ]);
  });

  it('applies a new role to the account’s open sessions at once', async () => {
    const other = await loginAs(server, AdminRole.ADMIN);
    expect((await server.graphql(LIST, {}, other.headers)).errors).toBeUndefined();

    await server.graphql(
      CHANGE_ROLE,
      { input: { accountId: other.account.id, role: 'STAFF' } },
      admin.headers,
    );
    const response = await server.graphql(LIST, {}, other.headers);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('disables an account: its sessions end at once and it cannot sign in again', async () => {
    const staff = await loginAs(server, AdminRole.STAFF);
    const response = await server.graphql<Payload<'disableAccount'>>(
      DISABLE,
      { id: staff.account.id },
      admin.headers,
    );

    expect(response.data!.disableAccount.account?.disabled).toBe(true);
    expect((await server.graphql(ME, {}, staff.headers)).data).toEqual({ me: null });
    expect((await login(server, staff.email, staff.password)).data?.login.errors[0].code).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('enables a disabled account again', async () => {
    const { account, email } = await createAccount(server.dataSource, AdminRole.STAFF, {
      disabledAt: new Date(),
    });
    await server.graphql(ENABLE, { id: account.id }, admin.headers);
    expect((await login(server, email, TEST_PASSWORD)).data?.login.errors).toEqual([]);
  });

  it('does not let admins demote or disable themselves', async () => {
    for (const [query, variables, key] of [
      [CHANGE_ROLE, { input: { accountId: admin.account.id, role: 'STAFF' } }, 'changeAccountRole'],
      [DISABLE, { id: admin.account.id }, 'disableAccount'],
    ] as const) {
      const response = await server.graphql<Payload<typeof key>>(query, variables, admin.headers);
      expect(response.data![key].errors.map((error) => error.code)).toEqual(['CANNOT_CHANGE_OWN_ACCOUNT']);
    }
    expect((await server.graphql(ME, {}, admin.headers)).data).toEqual({ me: { email: admin.email } });
  });

  it('answers ACCOUNT_NOT_FOUND for an unknown id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await server.graphql<Payload<'disableAccount'>>(DISABLE, { id }, admin.headers);
      expect(response.data!.disableAccount.errors).toEqual([
        { code: 'ACCOUNT_NOT_FOUND', field: 'accountId', message: expect.any(String) },
      ]);
    }
  });
});

describe('listing accounts', () => {
  it('pages through every account by e-mail', async () => {
    await createAccount(server.dataSource, AdminRole.STAFF, { email: 'aa-staff@example.com' });
    await createAccount(server.dataSource, AdminRole.STAFF, { email: 'ab-staff@example.com' });
    const first = await server.graphql<{
      adminAccounts: { nodes: { email: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(LIST, { first: 2 }, admin.headers);
    const rest = await server.graphql<typeof first.data>(
      LIST,
      { first: 10, after: first.data!.adminAccounts.pageInfo.endCursor },
      admin.headers,
    );

    expect(first.data!.adminAccounts.nodes.map((node) => node.email)).toEqual([
      'aa-staff@example.com',
      'ab-staff@example.com',
    ]);
    expect(first.data!.adminAccounts.pageInfo.hasNextPage).toBe(true);
    expect(rest.data!.adminAccounts.nodes.map((node) => node.email)).toEqual([admin.email]);
  });
});

describe('accounts made at start', () => {
  const logger = createLogger('silent');

  it('creates the ADMIN_EMAIL admin, and never overwrites its password on a later start', async () => {
    const config = testConfig(server.database.url, {
      ADMIN_EMAIL: 'Owner@Example.com',
      ADMIN_PASSWORD: 'first password, long',
    });
    await ensureInitialAdmins(config, server.dataSource, logger);
    const changed = testConfig(server.database.url, {
      ADMIN_EMAIL: 'owner@example.com',
      ADMIN_PASSWORD: 'second password, long',
    });
    await ensureInitialAdmins(changed, server.dataSource, logger);

    const owner = await server.dataSource.getRepository(AdminAccountEntity).findOneByOrFail({
      email: 'owner@example.com',
    });
    expect(owner.role).toBe(AdminRole.ADMIN);
    expect((await login(server, 'owner@example.com', 'first password, long')).data?.login.errors).toEqual([]);
    expect(
      (await login(server, 'owner@example.com', 'second password, long')).data?.login.errors[0].code,
    ).toBe('INVALID_CREDENTIALS');
  });

  it('creates a demo admin with a random password on the demo, handing it out only when created', async () => {
    const config = testConfig(server.database.url, { SEED_DEMO_DATA: 'true' });
    const first = await ensureInitialAdmins(config, server.dataSource, logger);
    const second = await ensureInitialAdmins(config, server.dataSource, logger);

    expect(first.demoAdmin?.email).toBe(DEMO_ADMIN_EMAIL);
    expect(second.demoAdmin).toBeUndefined();
    expect((await login(server, DEMO_ADMIN_EMAIL, first.demoAdmin!.password)).data?.login.errors).toEqual([]);
  });
});
