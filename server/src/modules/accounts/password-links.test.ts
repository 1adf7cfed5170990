/**
 * Invitations and "forgot password" over HTTP against a real PostgreSQL, with the e-mails delivered to
 * a real SMTP server on loopback and their links followed as a person would.
 */
import {
  createAccount,
  login,
  loginAs,
  sessionCookieOf,
  TEST_PASSWORD,
  type SignedIn,
} from '../../../test/auth';
import { testContext } from '../../../test/context';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../../test/smtp-sink';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { AdminSessionEntity } from '../auth/admin-session.entity';
import { AdminAccountEntity, AdminRole } from './admin-account.entity';
import { PasswordLinkEntity } from './password-link.entity';

const PUBLIC_URL = 'https://tickets.example.org';
const LINK = /https:\/\/tickets\.example\.org\/admin\/set-password\/([A-Za-z0-9_-]+)/;
const NEW_PASSWORD = 'a brand new passphrase';

const ACCOUNT_PAYLOAD = `account { id email role invitationPending } errors { code field message }`;
const CREATE = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { ${ACCOUNT_PAYLOAD} } }`;
const RESEND = `mutation ($id: ID!) { resendInvitation(accountId: $id) { ${ACCOUNT_PAYLOAD} } }`;
const SET_PASSWORD = `mutation ($token: String!, $password: String!) {
  setPasswordWithLink(input: { token: $token, newPassword: $password }) { ${ACCOUNT_PAYLOAD} }
}`;
const LINK_INFO = `query ($token: String!) {
  passwordLink(token: $token) { link { email invitation expiresAt } errors { code field message } }
}`;
const REQUEST_RESET = `mutation ($email: String!) {
  requestPasswordReset(input: { email: $email }) { accepted errors { code field message ... on AccountError { retryAfterSeconds } } }
}`;

interface AccountPayload {
  account: { id: string; email: string; role: string; invitationPending: boolean } | null;
  errors: { code: string; field: string | null; message: string }[];
}
type Payload<K extends string> = Record<K, AccountPayload>;
interface ResetPayload {
  requestPasswordReset: {
    accepted: boolean;
    errors: { code: string; field: string | null; message: string; retryAfterSeconds?: number | null }[];
  };
}

let sink: SmtpSink;
let server: TestServer;
let admin: SignedIn;
let now: Date;

beforeAll(async () => {
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink.close();
});

beforeEach(async () => {
  sink.clear();
  now = new Date();
  server = await startTestServer({
    env: { SMTP_URL: sink.url, PUBLIC_URL, PASSWORD_RESET_MAX_REQUESTS: '3' },
    clock: () => now,
  });
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterEach(async () => {
  await server.close();
});

/** Delivers the outbox and returns the messages that arrived. */
async function deliver(expected: number): Promise<ReceivedMail[]> {
  const before = sink.messages.length;
  const { delivered } = await server.app.services.email.deliverDue(testContext(), 100);
  expect(delivered).toBe(expected);
  return (await sink.waitForMessages(before + delivered)).slice(before);
}

function tokenOf(mail: ReceivedMail): string {
  const match = LINK.exec(mail.text ?? '');
  if (!match) throw new Error(`no password link in ${mail.text}`);
  expect(mail.html).toContain(match[0]);
  return match[1];
}

function invite(email: string, role = 'STAFF', headers: Record<string, string> = admin.headers) {
  return server.graphql<Payload<'createAccount'>>(CREATE, { input: { email, role } }, headers);
}

function setPassword(token: string, password = NEW_PASSWORD) {
  return server.graphql<Payload<'setPasswordWithLink'>>(SET_PASSWORD, { token, password });
}

function requestReset(email: string, address = '10.1.1.1') {
  return server.graphql<ResetPayload>(REQUEST_RESET, { email }, { 'x-forwarded-for': address });
}

function auditActions(objectId: string) {
  return server.dataSource
    .getRepository(AuditLogEntryEntity)
    .find({ where: { objectId }, order: { at: 'ASC' } })
    .then((entries) => entries.map((entry) => entry.action));
}

describe('invitations', () => {
  it('e-mails a new account a link with which the person chooses a password, is signed in, and can sign in later', async () => {
    const created = await invite('New.Staff@Example.com');
    expect(created.data!.createAccount).toMatchObject({
      account: { email: 'new.staff@example.com', role: 'STAFF', invitationPending: true },
      errors: [],
    });
    // Before choosing a password, the account cannot sign in with anything.
    expect((await login(server, 'new.staff@example.com', '')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    const [mail] = await deliver(1);
    expect(mail.to).toEqual(['new.staff@example.com']);
    expect(mail.subject).toBe('You are invited to the admin area');
    expect(mail.text).toContain(`${admin.email} has invited you`);
    expect(mail.text).toContain('as STAFF. Check attendees in');
    const token = tokenOf(mail);

    const info = await server.graphql<{ passwordLink: { link: { email: string; invitation: boolean } } }>(
      LINK_INFO,
      { token },
    );
    expect(info.data!.passwordLink.link).toMatchObject({ email: 'new.staff@example.com', invitation: true });

    const accepted = await setPassword(token);
    expect(accepted.data!.setPasswordWithLink).toMatchObject({
      account: { email: 'new.staff@example.com', invitationPending: false },
      errors: [],
    });
    const me = await server.graphql<{ me: { email: string } }>(
      '{ me { email } }',
      {},
      {
        cookie: sessionCookieOf(accepted),
      },
    );
    expect(me.data!.me).toEqual({ email: 'new.staff@example.com' });
    expect((await login(server, 'new.staff@example.com', NEW_PASSWORD)).data!.login.errors).toEqual([]);
    const id = accepted.data!.setPasswordWithLink.account!.id;
    expect(await auditActions(id)).toEqual([
      'account.create',
      'account.acceptInvitation',
      'session.login',
      'session.login',
    ]);
  });

  it('stores only the hash of the token, and the link works once', async () => {
    await invite('once@example.com');
    const token = tokenOf((await deliver(1))[0]);
    const [stored] = await server.dataSource.getRepository(PasswordLinkEntity).find();
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);

    expect((await setPassword(token)).data!.setPasswordWithLink.errors).toEqual([]);
    const again = await setPassword(token, 'another long passphrase');
    expect(again.data!.setPasswordWithLink).toEqual({
      account: null,
      errors: [{ code: 'LINK_USED', field: 'token', message: expect.stringMatching(/used already/) }],
    });
    expect(again.headers.getSetCookie()).toEqual([]);
    expect((await login(server, 'once@example.com', NEW_PASSWORD)).data!.login.errors).toEqual([]);
  });

  it('refuses an expired link, and a resent invitation replaces the old link', async () => {
    const created = await invite('late@example.com');
    const first = tokenOf((await deliver(1))[0]);
    now = new Date(now.getTime() + 7 * 24 * 3_600_000 + 1000);
    expect((await setPassword(first)).data!.setPasswordWithLink.errors[0].code).toBe('LINK_EXPIRED');

    admin = await loginAs(server, AdminRole.ADMIN); // the first session has ended by now
    const resent = await server.graphql<Payload<'resendInvitation'>>(
      RESEND,
      { id: created.data!.createAccount.account!.id },
      admin.headers,
    );
    expect(resent.data!.resendInvitation.errors).toEqual([]);
    const second = tokenOf((await deliver(1))[0]);
    expect(second).not.toBe(first);
    expect((await setPassword(second)).data!.setPasswordWithLink.errors).toEqual([]);
  });

  it('a resent invitation makes the earlier link stop working, and none is resent once accepted', async () => {
    const created = await invite('twice@example.com');
    const id = created.data!.createAccount.account!.id;
    const first = tokenOf((await deliver(1))[0]);
    await server.graphql(RESEND, { id }, admin.headers);
    const second = tokenOf((await deliver(1))[0]);
    expect((await setPassword(first)).data!.setPasswordWithLink.errors[0].code).toBe('LINK_USED');
    expect((await setPassword(second)).data!.setPasswordWithLink.errors).toEqual([]);

    const again = await server.graphql<Payload<'resendInvitation'>>(RESEND, { id }, admin.headers);
    expect(again.data!.resendInvitation.errors[0].code).toBe('INVITATION_ALREADY_ACCEPTED');
    await deliver(0);
    expect(await auditActions(id)).toContain('account.resendInvitation');
  });

  it('refuses garbage and unknown tokens without saying more', async () => {
    for (const token of ['nope', 'A'.repeat(43)]) {
      const response = await setPassword(token);
      expect(response.data!.setPasswordWithLink.errors[0].code).toBe('LINK_INVALID');
    }
  });

  it('sends no invitation when an API client gives an initial password', async () => {
    const response = await server.graphql<Payload<'createAccount'>>(
      CREATE,
      { input: { email: 'shared@example.com', role: 'STAFF', initialPassword: TEST_PASSWORD } },
      admin.headers,
    );
    expect(response.data!.createAccount.account).toMatchObject({ invitationPending: false });
    await deliver(0);
    expect((await login(server, 'shared@example.com', TEST_PASSWORD)).data!.login.errors).toEqual([]);
  });

  it('says what is wrong with a password in words', async () => {
    await invite('short@example.com');
    const token = tokenOf((await deliver(1))[0]);
    const response = await setPassword(token, 'short');
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'newPassword', message: 'Use at least 12 characters.' }],
    });
    const created = await server.graphql(
      CREATE,
      { input: { email: 'x@example.com', role: 'STAFF', initialPassword: 'short' } },
      admin.headers,
    );
    expect(created.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'initialPassword', message: 'Use at least 12 characters.' },
    ]);
  });

  it('denies inviting and resending to anonymous and STAFF callers', async () => {
    const staff = await loginAs(server, AdminRole.STAFF);
    const invited = await createAccount(server.dataSource, AdminRole.STAFF);
    for (const headers of [{}, staff.headers]) {
      const created = await invite('sneaky@example.com', 'ADMIN', headers);
      const resent = await server.graphql(RESEND, { id: invited.account.id }, headers);
      const expected = Object.keys(headers).length ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      expect(created.errors?.[0]?.extensions?.code).toBe(expected);
      expect(resent.errors?.[0]?.extensions?.code).toBe(expected);
    }
    expect(
      await server.dataSource.getRepository(AdminAccountEntity).countBy({ email: 'sneaky@example.com' }),
    ).toBe(0);
    await deliver(0);
  });
});

describe('forgot password', () => {
  it('e-mails a reset link; using it sets the password, ends every session, is audited, and signs in', async () => {
    const other = await loginAs(server, AdminRole.STAFF);
    const response = await requestReset(other.email.toUpperCase());
    expect(response.data!.requestPasswordReset).toEqual({ accepted: true, errors: [] });
    const [mail] = await deliver(1);
    expect(mail.to).toEqual([other.email]);
    expect(mail.subject).toBe('Set a new password for the admin area');
    const token = tokenOf(mail);

    const reset = await setPassword(token);
    expect(reset.data!.setPasswordWithLink.errors).toEqual([]);
    const sessions = await server.dataSource
      .getRepository(AdminSessionEntity)
      .findBy({ accountId: other.account.id });
    expect(sessions).toHaveLength(1); // only the new one
    const oldSession = await server.graphql<{ me: unknown }>('{ me { email } }', {}, other.headers);
    expect(oldSession.data!.me).toBeNull();
    expect((await login(server, other.email, TEST_PASSWORD)).data!.login.errors[0].code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await login(server, other.email, NEW_PASSWORD)).data!.login.errors).toEqual([]);
    expect(await auditActions(other.account.id)).toContain('account.resetPassword');
  });

  it('answers the same for an unknown or disabled address, and sends nothing', async () => {
    const disabled = await createAccount(server.dataSource, AdminRole.STAFF, { disabledAt: new Date() });
    const known = await requestReset(admin.email, '10.2.2.2');
    const unknown = await requestReset('nobody@example.com', '10.2.2.3');
    const off = await requestReset(disabled.email, '10.2.2.4');
    expect(unknown.data).toEqual(known.data);
    expect(off.data).toEqual(known.data);
    expect(unknown.status).toBe(known.status);
    await deliver(1);
  });

  it('expires reset links after an hour', async () => {
    await requestReset(admin.email);
    const token = tokenOf((await deliver(1))[0]);
    now = new Date(now.getTime() + 61 * 60_000);
    expect((await setPassword(token)).data!.setPasswordWithLink.errors[0].code).toBe('LINK_EXPIRED');
  });

  it('limits requests per client address, known address or not', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await requestReset(i === 0 ? admin.email : `nobody${i}@example.com`, '10.3.3.3');
      expect(ok.data!.requestPasswordReset.accepted).toBe(true);
    }
    const refused = await requestReset(admin.email, '10.3.3.3');
    expect(refused.data!.requestPasswordReset).toMatchObject({
      accepted: false,
      errors: [{ code: 'TOO_MANY_ATTEMPTS', field: 'email', retryAfterSeconds: expect.any(Number) }],
    });
    // Another address is not held up.
    expect((await requestReset(admin.email, '10.3.3.4')).data!.requestPasswordReset.accepted).toBe(true);
    await deliver(2);
  });

  it('refuses asking twice in one operation', async () => {
    const response = await server.graphql(
      `mutation { a: requestPasswordReset(input: { email: "a@example.com" }) { accepted } b: requestPasswordReset(input: { email: "b@example.com" }) { accepted } }`,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
