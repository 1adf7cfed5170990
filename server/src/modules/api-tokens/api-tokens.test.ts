import { loginAs, type SignedIn } from '../../../test/auth';
import {
  createApiToken,
  CREATE_API_TOKEN,
  REVOKE_API_TOKEN,
  type CreateApiTokenData,
} from '../../../test/api-tokens';
import { createEvent, createTicketType } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { bookFree } from '../../../test/waivers';
import { hashSecretToken } from '../../common/secret-token';
import { AdminAccountEntity } from '../accounts/admin-account.entity';

const MINUTE = 60_000;

const ADMIN_BOOKINGS = /* GraphQL */ `
  query ($eventId: ID!) {
    adminBookings(first: 10, filter: { eventId: $eventId }) {
      nodes {
        id
        reference
      }
    }
  }
`;
const CHECK_IN = /* GraphQL */ `
  mutation ($code: String!) {
    checkInTicket(input: { code: $code }) {
      ticket {
        checkedInAt
      }
      errors {
        code
      }
    }
  }
`;
const REFUND = /* GraphQL */ `
  mutation ($bookingId: ID!) {
    refundBooking(input: { bookingId: $bookingId, reason: "Because" }) {
      errors {
        code
      }
    }
  }
`;
const API_TOKENS = /* GraphQL */ `
  query {
    apiTokens(includeRevoked: true) {
      id
      name
      hint
      scopes
      lastUsedAt
      revokedAt
    }
  }
`;
const EVENTS = '{ events(first: 1) { nodes { slug } } }';

let server: TestServer;
let now: Date;
let admin: SignedIn;

beforeAll(async () => {
  now = new Date();
  server = await startTestServer({ clock: () => now });
  admin = await loginAs(server);
});

afterAll(() => server.close());

async function freeBookingWithTicket() {
  const event = await createEvent(server.dataSource);
  const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0 });
  const { booking } = await bookFree(server, { event, ticketType }, ['Door Person']);
  return { event, booking, code: booking.tickets[0].code! };
}

const errorCodeOf = (response: { errors?: { extensions?: { code?: string } }[] }) =>
  response.errors?.[0]?.extensions?.code;

describe('API tokens', () => {
  it('shows the secret once and keeps only its SHA-256', async () => {
    const token = await createApiToken(server, admin, ['STAFF'], { name: 'Door script' });
    expect(token.secret).toMatch(/^evt_[A-Za-z0-9_-]{43}$/);

    const listed = await server.graphql<{ apiTokens: { id: string; name: string; hint: string }[] }>(
      API_TOKENS,
      {},
      admin.headers,
    );
    expect(listed.data?.apiTokens).toContainEqual(
      expect.objectContaining({ id: token.id, name: 'Door script', hint: token.secret.slice(-4) }),
    );
    const [row] = await server.dataSource.query<{ row: string; token_hash: string }[]>(
      'SELECT row_to_json(t)::text AS row, token_hash FROM api_token t WHERE id = $1',
      [token.id],
    );
    expect(row.token_hash).toBe(hashSecretToken(token.secret));
    expect(row.row).not.toContain(token.secret.slice(4, 20));
  });

  it('lets a STAFF token read bookings and check a ticket in, but not refund', async () => {
    const token = await createApiToken(server, admin, ['STAFF']);
    const { event, booking, code } = await freeBookingWithTicket();

    const bookings = await server.graphql<{ adminBookings: { nodes: { id: string }[] } }>(
      ADMIN_BOOKINGS,
      { eventId: event.id },
      token.headers,
    );
    expect(bookings.data?.adminBookings.nodes.map((node) => node.id)).toEqual([booking.id]);

    const checkedIn = await server.graphql<{ checkInTicket: { errors: unknown[]; ticket: unknown } }>(
      CHECK_IN,
      { code },
      token.headers,
    );
    expect(checkedIn.data?.checkInTicket.errors).toEqual([]);
    expect(checkedIn.data?.checkInTicket.ticket).toEqual({ checkedInAt: expect.any(String) });

    const refund = await server.graphql(REFUND, { bookingId: booking.id }, token.headers);
    expect(errorCodeOf(refund)).toBe('FORBIDDEN');
  });

  it('lets a CHECK_IN token check in but not read bookings, and a BOOKINGS_READ token the other way round', async () => {
    const checkInOnly = await createApiToken(server, admin, ['CHECK_IN']);
    const readOnly = await createApiToken(server, admin, ['BOOKINGS_READ']);
    const { event, code } = await freeBookingWithTicket();

    expect(
      errorCodeOf(await server.graphql(ADMIN_BOOKINGS, { eventId: event.id }, checkInOnly.headers)),
    ).toBe('FORBIDDEN');
    expect(errorCodeOf(await server.graphql(CHECK_IN, { code }, readOnly.headers))).toBe('FORBIDDEN');
    const read = await server.graphql(ADMIN_BOOKINGS, { eventId: event.id }, readOnly.headers);
    expect(read.errors).toBeUndefined();
    const checkedIn = await server.graphql<{ checkInTicket: { errors: unknown[] } }>(
      CHECK_IN,
      { code },
      checkInOnly.headers,
    );
    expect(checkedIn.data?.checkInTicket.errors).toEqual([]);
  });

  it('refuses a revoked, an expired, an unknown or a malformed token with 401, even for public operations', async () => {
    const revoked = await createApiToken(server, admin, ['ADMIN']);
    const expiring = await createApiToken(server, admin, ['ADMIN'], {
      expiresAt: new Date(now.getTime() + MINUTE).toISOString(),
    });
    expect((await server.graphql(EVENTS, {}, revoked.headers)).status).toBe(200);
    // The same query answered anonymously is in the public cache now: a token must still be checked.
    expect((await server.graphql(EVENTS)).status).toBe(200);

    const revocation = await server.graphql<{ revokeApiToken: { token: { revokedAt: string } } }>(
      REVOKE_API_TOKEN,
      { tokenId: revoked.id },
      admin.headers,
    );
    expect(revocation.data?.revokeApiToken.token.revokedAt).toBe(now.toISOString());
    now = new Date(now.getTime() + 2 * MINUTE);

    for (const authorization of [
      revoked.headers.authorization,
      expiring.headers.authorization,
      `Bearer evt_${'A'.repeat(43)}`,
      'Bearer',
      `Basic ${Buffer.from('admin:secret').toString('base64')}`,
    ]) {
      const response = await server.graphql(EVENTS, {}, { authorization });
      expect([authorization, response.status, errorCodeOf(response)]).toEqual([
        authorization,
        401,
        'UNAUTHENTICATED',
      ]);
      expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    }
    // A valid session cookie beside a bad token does not make up for it.
    const withCookie = await server.graphql(EVENTS, {}, { ...revoked.headers, ...admin.headers });
    expect(withCookie.status).toBe(401);
  });

  it('stops working when the ADMIN who made it is disabled or is made STAFF', async () => {
    const maker = await loginAs(server);
    const token = await createApiToken(server, maker, ['ADMIN']);
    const accounts = server.dataSource.getRepository(AdminAccountEntity);
    await accounts.update({ id: maker.account.id }, { role: 'STAFF' as AdminAccountEntity['role'] });
    expect((await server.graphql(EVENTS, {}, token.headers)).status).toBe(401);
    await accounts.update(
      { id: maker.account.id },
      { role: 'ADMIN' as AdminAccountEntity['role'], disabledAt: now },
    );
    expect((await server.graphql(EVENTS, {}, token.headers)).status).toBe(401);
    await accounts.update({ id: maker.account.id }, { disabledAt: null });
    expect((await server.graphql(EVENTS, {}, token.headers)).status).toBe(200);
  });

  it('needs no CSRF header with a bearer token, while a cookie still does', async () => {
    const token = await createApiToken(server, admin, ['ADMIN']);
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ me { email } }')}`;
    const withToken = await fetch(url, { headers: token.headers });
    expect(withToken.status).toBe(200);
    expect(await withToken.json()).toEqual({ data: { me: { email: admin.email } } });
    const withCookie = await fetch(url, { headers: admin.headers });
    expect(withCookie.status).toBe(400);
  });

  it('records its last use, at most once a minute', async () => {
    const token = await createApiToken(server, admin, ['BOOKINGS_READ']);
    const lastUsed = async () => {
      const [row] = await server.dataSource.query<{ last_used_at: Date | null }[]>(
        'SELECT last_used_at FROM api_token WHERE id = $1',
        [token.id],
      );
      return row.last_used_at?.toISOString() ?? null;
    };
    expect(await lastUsed()).toBeNull();
    const first = now.toISOString();
    await server.graphql(EVENTS, {}, token.headers);
    expect(await lastUsed()).toBe(first);
    now = new Date(now.getTime() + MINUTE - 1000);
    await server.graphql(EVENTS, {}, token.headers);
    expect(await lastUsed()).toBe(first);
    now = new Date(now.getTime() + 1000);
    await server.graphql(EVENTS, {}, token.headers);
    expect(await lastUsed()).toBe(now.toISOString());
  });

  it('audits what is done with a token as its maker, through the named token', async () => {
    const token = await createApiToken(server, admin, ['CHECK_IN'], { name: 'Gate 3 scanner' });
    const { code } = await freeBookingWithTicket();
    await server.graphql(CHECK_IN, { code }, token.headers);

    const [entry] = await server.dataSource.query<Record<string, string>[]>(
      `SELECT account_id, account_email, api_token_id, api_token_name FROM audit_log_entry
        WHERE action = 'ticket.checkIn' ORDER BY at DESC, id DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      account_id: admin.account.id,
      account_email: admin.email,
      api_token_id: token.id,
      api_token_name: 'Gate 3 scanner',
    });
  });

  it('refuses ADMIN with other scopes and an expiry in the past, both at once', async () => {
    const response = await server.graphql<CreateApiTokenData>(
      CREATE_API_TOKEN,
      {
        input: {
          name: 'Bad',
          scopes: ['ADMIN', 'CHECK_IN'],
          expiresAt: new Date(now.getTime() - MINUTE).toISOString(),
        },
      },
      admin.headers,
    );
    expect(response.data?.createApiToken).toMatchObject({ token: null, secret: null });
    expect(response.data?.createApiToken.errors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_SCOPES', 'scopes'],
      ['EXPIRY_IN_PAST', 'expiresAt'],
    ]);
  });

  it('cannot make more tokens with a token, even an ADMIN one', async () => {
    const token = await createApiToken(server, admin, ['ADMIN']);
    const response = await server.graphql(
      CREATE_API_TOKEN,
      { input: { name: 'Child', scopes: ['ADMIN'] } },
      token.headers,
    );
    expect(errorCodeOf(response)).toBe('FORBIDDEN');
  });
});
