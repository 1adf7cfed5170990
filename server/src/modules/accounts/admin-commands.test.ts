import { login, sessionCookieOf } from '../../../test/auth';
import { startTestServer, testConfig, type TestServer } from '../../../test/test-server';
import { createDataSource } from '../../db/data-source';
import { AdminAccountEntity } from './admin-account.entity';
import { createAdminCommand, setAdminPasswordCommand, type CommandIo } from './admin-commands';

let server: TestServer;
let output: { out: string[]; err: string[] };
let io: CommandIo;

beforeEach(async () => {
  server = await startTestServer();
  output = { out: [], err: [] };
  io = { out: (line) => output.out.push(line), err: (line) => output.err.push(line) };
});

afterEach(async () => {
  await server.close();
});

/** The CLI's database, as it would open it: a connection of its own to the (migrated) database. */
async function openTestDatabase() {
  const dataSource = createDataSource({ url: server.database.url, poolSize: 2 });
  await dataSource.initialize();
  return { dataSource, close: () => dataSource.destroy() };
}

const setPassword = (argv: string[], env: Record<string, string> = {}) =>
  setAdminPasswordCommand(argv, testConfig(server.database.url, env), io, openTestDatabase);

const run = (argv: string[], env: Record<string, string> = {}, commandIo = io) =>
  createAdminCommand(argv, testConfig(server.database.url, env), commandIo, openTestDatabase);

describe('npm run admin:create', () => {
  it('creates an ADMIN with the password given, who can then sign in', async () => {
    const code = await run(['--email', 'Chief@Example.com', '--password', 'a long enough password']);

    expect(code).toBe(0);
    expect(output.out).toEqual(['Created the ADMIN account chief@example.com.']);
    expect((await login(server, 'chief@example.com', 'a long enough password')).data?.login.errors).toEqual(
      [],
    );
  });

  it('takes the password from ADMIN_PASSWORD, and the role from --role', async () => {
    expect(
      await run(['--email', 'door@example.com', '--role', 'staff'], {
        ADMIN_PASSWORD: 'from the environment',
      }),
    ).toBe(0);
    const account = await server.dataSource
      .getRepository(AdminAccountEntity)
      .findOneByOrFail({ email: 'door@example.com' });
    expect(account.role).toBe('STAFF');
    expect((await login(server, 'door@example.com', 'from the environment')).data?.login.errors).toEqual([]);
  });

  it('asks for the password when none is given and a terminal can answer', async () => {
    const questions: string[] = [];
    const code = await run(
      ['--email', 'asked@example.com'],
      {},
      {
        ...io,
        promptPassword: async (question) => {
          questions.push(question);
          return 'typed at the prompt';
        },
      },
    );
    expect(code).toBe(0);
    expect(questions).toEqual(['Password for asked@example.com: ']);
  });

  it('never changes an existing account', async () => {
    await run(['--email', 'chief@example.com', '--password', 'the first password']);
    const code = await run([
      '--email',
      'CHIEF@example.com',
      '--password',
      'another password!',
      '--role',
      'STAFF',
    ]);

    expect(code).toBe(1);
    expect(output.err).toEqual([
      'An account for chief@example.com exists already; it was left unchanged. ' +
        'To give it a new password: npm run admin:password -- --email chief@example.com',
    ]);
    expect((await login(server, 'chief@example.com', 'the first password')).data?.login.errors).toEqual([]);
  });

  it('refuses a missing e-mail, an unknown role, a short or a missing password with usage help', async () => {
    expect(await run(['--password', 'a long enough password'])).toBe(2);
    expect(
      await run(['--email', 'a@example.com', '--role', 'OWNER', '--password', 'a long enough password']),
    ).toBe(2);
    expect(await run(['--email', 'a@example.com', '--password', 'short'])).toBe(2);
    expect(await run(['--email', 'a@example.com'])).toBe(2);
    expect(output.err.join('\n')).toMatch(/Usage: npm run admin:create/);
    expect(await server.dataSource.getRepository(AdminAccountEntity).count()).toBe(0);
  });
});

describe('npm run admin:password', () => {
  it('sets a new password on an existing account and signs it out everywhere', async () => {
    await run(['--email', 'chief@example.com', '--password', 'the forgotten password']);
    const before = await login(server, 'chief@example.com', 'the forgotten password');
    const cookie = sessionCookieOf(before);

    const code = await setPassword(['--email', 'CHIEF@example.com', '--password', 'the new password!']);

    expect(code).toBe(0);
    expect(output.out.at(-1)).toBe('Set a new password for chief@example.com.');
    expect(
      (await login(server, 'chief@example.com', 'the forgotten password')).data?.login.errors,
    ).not.toEqual([]);
    expect((await login(server, 'chief@example.com', 'the new password!')).data?.login.errors).toEqual([]);
    const me = await server.graphql<{ me: unknown }>('{ me { email } }', {}, { cookie });
    expect(me.data?.me ?? null).toBeNull();
    const audit = await server.dataSource.query(
      `SELECT action, changes FROM audit_log_entry WHERE action = 'account.setPassword'`,
    );
    expect(audit).toEqual([
      { action: 'account.setPassword', changes: { password: { before: '[secret]', after: '[secret]' } } },
    ]);
  });

  it('refuses an unknown account, naming the command that creates one', async () => {
    expect(await setPassword(['--email', 'nobody@example.com', '--password', 'a long enough password'])).toBe(
      1,
    );
    expect(output.err).toEqual([
      'No account has the e-mail nobody@example.com. To create one: npm run admin:create -- --email nobody@example.com',
    ]);
  });

  it('answers --help on both commands with what they do, and exits 0', async () => {
    expect(await setPassword(['--help'])).toBe(0);
    expect(await run(['-h'])).toBe(0);
    expect(output.out.join('\n')).toMatch(/Usage: npm run admin:password[\s\S]*Usage: npm run admin:create/);
    expect(output.err).toEqual([]);
  });
});
