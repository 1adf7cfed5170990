import { createAccount, login, loginAs, sessionCookieOf, TEST_PASSWORD } from '../../../test/auth';
import { onlyError, startTestServer, type TestServer, productionTestEnv } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { AdminSessionEntity } from './admin-session.entity';

const ME = /* GraphQL */ `
  query Me {
    me {
      email
      role
    }
  }
`;

const LOGOUT = /* GraphQL */ `
  mutation Logout {
    logout {
      account {
        email
      }
      errors {
        code
      }
    }
  }
`;

const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      account {
        email
      }
      errors {
        code
        field
      }
    }
  }
`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let server: TestServer;
let now: Date;

beforeEach(async () => {
  now = new Date();
  server = await startTestServer({ clock: () => now });
});

afterEach(async () => {
  await server.close();
});

async function meWith(cookie: string) {
  const response = await server.graphql<{ me: { email: string } | null }>(ME, {}, { cookie });
  expect(response.errors).toBeUndefined();
  return response.data!.me;
}

describe('signing in', () => {
  it('signs in with the right password and sets a session cookie that opens `me`', async () => {
    const { email } = await createAccount(server.dataSource, AdminRole.STAFF);
    const response = await login(server, email, TEST_PASSWORD);

    expect(response.data?.login).toEqual({
      account: { id: expect.any(String), email, role: 'STAFF' },
      errors: [],
    });
    expect(await meWith(sessionCookieOf(response))).toEqual({ email, role: 'STAFF' });
  });

  it('sets the cookie HttpOnly, SameSite=Lax, Path=/, without Domain, and not Secure outside production', async () => {
    const { email } = await createAccount(server.dataSource);
    const response = await login(server, email, TEST_PASSWORD);
    const [cookie] = response.headers.getSetCookie();

    expect(cookie).toMatch(/^evt_session=[A-Za-z0-9_-]{43};/);
    const attributes = cookie
      .split(';')
      .slice(1)
      .map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(attributes.some((attribute) => attribute.startsWith('expires='))).toBe(true);
    expect(attributes.some((attribute) => attribute.startsWith('domain'))).toBe(false);
    expect(attributes).not.toContain('secure');
  });

  it('stores only a hash of the session id', async () => {
    const { email } = await createAccount(server.dataSource);
    const token = sessionCookieOf(await login(server, email, TEST_PASSWORD)).split('=')[1];
    const [session] = await server.dataSource.getRepository(AdminSessionEntity).find();

    expect(session.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(session.tokenHash).not.toContain(token);
  });

  it('ignores the case of the e-mail address', async () => {
    const { email } = await createAccount(server.dataSource);
    const response = await login(server, `  ${email.toUpperCase()} `, TEST_PASSWORD);
    expect(response.data?.login.errors).toEqual([]);
  });

  it('refuses a wrong password with INVALID_CREDENTIALS and sets no cookie', async () => {
    const { email } = await createAccount(server.dataSource);
    const response = await login(server, email, 'not the password');

    expect(response.data?.login).toEqual({
      account: null,
      errors: [
        {
          code: 'INVALID_CREDENTIALS',
          field: null,
          message: 'The e-mail address or password is not right.',
          retryAfterSeconds: null,
        },
      ],
    });
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const { email } = await createAccount(server.dataSource);
    const wrongPassword = await login(server, email, 'not the password', { 'x-forwarded-for': '10.0.0.1' });
    const unknownEmail = await login(server, 'nobody@example.com', 'not the password', {
      'x-forwarded-for': '10.0.0.2',
    });

    expect(unknownEmail.status).toBe(wrongPassword.status);
    expect(unknownEmail.data).toEqual(wrongPassword.data);
    expect(unknownEmail.errors).toEqual(wrongPassword.errors);
  });

  it('refuses a disabled account even with the right password', async () => {
    const { email } = await createAccount(server.dataSource, AdminRole.ADMIN, { disabledAt: new Date() });
    const response = await login(server, email, TEST_PASSWORD);
    expect(response.data?.login.errors.map((error) => error.code)).toEqual(['INVALID_CREDENTIALS']);
  });

  it('rejects malformed input as BAD_USER_INPUT naming the field', async () => {
    const error = onlyError(await login(server, 'someone@example.com', ''));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('password');
  });

  it('answers `me` with null when signed out', async () => {
    const response = await server.graphql(ME);
    expect(response.data).toEqual({ me: null });
  });
});

describe('one sign-in attempt per operation', () => {
  it('refuses an operation that selects login twice through aliases, before trying either', async () => {
    const { email } = await createAccount(server.dataSource);
    const response = await server.graphql(
      `mutation {
        a: login(input: { email: "${email}", password: "guess one" }) { errors { code } }
        b: login(input: { email: "${email}", password: "${TEST_PASSWORD}" }) { errors { code } }
      }`,
    );

    expect(response.status).toBe(400);
    expect(onlyError(response).message).toMatch(/"login" may be selected only once per operation/);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('counts login fields hidden in fragments too', async () => {
    const response = await server.graphql(
      `mutation {
        ...Attempt
        again: login(input: { email: "a@example.com", password: "guess" }) { errors { code } }
      }
      fragment Attempt on Mutation { login(input: { email: "a@example.com", password: "guess" }) { errors { code } } }`,
    );
    expect(response.status).toBe(400);
    expect(onlyError(response).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('sessions', () => {
  it('ends the session at once on logout and clears the cookie', async () => {
    const admin = await loginAs(server);
    const response = await server.graphql(LOGOUT, {}, admin.headers);

    expect(response.data).toEqual({ logout: { account: { email: admin.email }, errors: [] } });
    expect(response.headers.getSetCookie()[0]).toMatch(/^evt_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await meWith(admin.headers.cookie)).toBeNull();
  });

  it('ends after the idle timeout without requests', async () => {
    const admin = await loginAs(server);
    now = new Date(now.getTime() + 2 * HOUR - MINUTE);
    expect(await meWith(admin.headers.cookie)).not.toBeNull();

    now = new Date(now.getTime() + 2 * HOUR);
    const response = await server.graphql(ME, {}, admin.headers);
    expect(response.data).toEqual({ me: null });
    // The browser is told to forget the dead cookie.
    expect(response.headers.getSetCookie()[0]).toMatch(/^evt_session=;/);
  });

  it('ends after the absolute timeout however busy it is', async () => {
    const admin = await loginAs(server);
    const signedInAt = now.getTime();
    for (let hour = 1; hour < 12; hour++) {
      now = new Date(signedInAt + hour * HOUR);
      expect(await meWith(admin.headers.cookie)).not.toBeNull();
    }
    now = new Date(signedInAt + 12 * HOUR);
    expect(await meWith(admin.headers.cookie)).toBeNull();
  });

  it('records activity at most once a minute', async () => {
    const admin = await loginAs(server);
    const sessions = server.dataSource.getRepository(AdminSessionEntity);
    const signedInAt = now.getTime();

    now = new Date(signedInAt + 30_000);
    await meWith(admin.headers.cookie);
    expect((await sessions.findOneByOrFail({ accountId: admin.account.id })).lastSeenAt.getTime()).toBe(
      signedInAt,
    );

    now = new Date(signedInAt + 61_000);
    await meWith(admin.headers.cookie);
    expect((await sessions.findOneByOrFail({ accountId: admin.account.id })).lastSeenAt.getTime()).toBe(
      signedInAt + 61_000,
    );
  });

  it('does not open a session with a made-up cookie', async () => {
    expect(await meWith(`evt_session=${'A'.repeat(43)}`)).toBeNull();
    expect(await meWith('evt_session=garbage')).toBeNull();
  });

  it('sweeps sessions that expired unused when anyone signs in', async () => {
    const idle = await loginAs(server);
    now = new Date(now.getTime() + 3 * HOUR);
    await loginAs(server);

    const sessions = server.dataSource.getRepository(AdminSessionEntity);
    expect(await sessions.countBy({ accountId: idle.account.id })).toBe(0);
    expect(await sessions.count()).toBe(1);
  });

  it('replaces the old session when signing in again from the same browser', async () => {
    const admin = await loginAs(server);
    const again = await login(server, admin.email, admin.password, admin.headers);

    expect(await meWith(sessionCookieOf(again))).not.toBeNull();
    expect(await meWith(admin.headers.cookie)).toBeNull();
  });
});

describe('changing one’s own password', () => {
  it('needs the current password', async () => {
    const admin = await loginAs(server, AdminRole.STAFF);
    const response = await server.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'wrong password', newPassword: 'a brand new password' } },
      admin.headers,
    );
    expect(response.data?.changePassword).toEqual({
      account: null,
      errors: [{ code: 'WRONG_PASSWORD', field: 'currentPassword' }],
    });
  });

  it('refuses a new password shorter than 12 characters, naming the field', async () => {
    const admin = await loginAs(server);
    const error = onlyError(
      await server.graphql(
        CHANGE_PASSWORD,
        { input: { currentPassword: admin.password, newPassword: 'short' } },
        admin.headers,
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('newPassword');
  });

  it('changes the password and ends every other session of the account, keeping this one', async () => {
    const staff = await loginAs(server, AdminRole.STAFF);
    const otherBrowser = sessionCookieOf(await login(server, staff.email, staff.password));

    const response = await server.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: staff.password, newPassword: 'a brand new password' } },
      staff.headers,
    );

    expect(response.data?.changePassword).toEqual({ account: { email: staff.email }, errors: [] });
    expect(await meWith(staff.headers.cookie)).not.toBeNull();
    expect(await meWith(otherBrowser)).toBeNull();
    expect((await login(server, staff.email, staff.password)).data?.login.errors[0].code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await login(server, staff.email, 'a brand new password')).data?.login.errors).toEqual([]);
  });

  it('is refused to an anonymous caller', async () => {
    const response = await server.graphql(CHANGE_PASSWORD, {
      input: { currentPassword: 'whatever it is', newPassword: 'a brand new password' },
    });
    expect(onlyError(response).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the Secure attribute', () => {
  it('is set in production', async () => {
    const production = await startTestServer({ env: productionTestEnv });
    try {
      const { email } = await createAccount(production.dataSource);
      const response = await login(production, email, TEST_PASSWORD);
      expect(response.headers.getSetCookie()[0].toLowerCase()).toContain('; secure');
    } finally {
      await production.close();
    }
  });
});
