/**
 * Three API processes (the compiled server, as deployed) on one database, as replicas behind a load
 * balancer, each running the job worker and sending mail to one SMTP server: concurrent reservations
 * across them never oversell (also with seats a code reserved, and two ticket types sharing a
 * capacity pool), an admin change made on one binds bookings on the others at once (their cached
 * copies of the catalog notwithstanding), a code is used exactly as often as it may be, a session made
 * on one works on another, an API token revoked on one is refused by all at once, and every e-mail of a
 * booking confirmed on any of them arrives exactly once, also when the mail server is down for a while.
 * Needs `npm run build` first (npm test does it).
 */
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApiProcess, type ApiProcess } from '../test/api-process';
import { createApiToken, REVOKE_API_TOKEN } from '../test/api-tokens';
import { createAccount, LOGIN, sessionCookieOf } from '../test/auth';
import { bookViaApi, CREATE_BOOKING, postGraphQL, type CreateBookingData } from '../test/bookings';
import { approvedBooking, capturePayment, eventually } from '../test/checkout';
import {
  bookingInput,
  createCapacityPool,
  createEvent,
  createTicketType,
  poolUsedCount,
} from '../test/factories';
import { startSmtpSink, type SmtpSink } from '../test/smtp-sink';
import { createMigratedTestDatabase, type TestDatabase } from '../test/test-database';
import { blockOf, createReservingVoucher, createVoucher, usedCount } from '../test/vouchers';
import { setWaiver } from '../test/waivers';
import { createDataSource } from './db/data-source';
import { EmailKind, EmailMessageEntity, EmailStatus } from './modules/email/email-message.entity';
import type { EventEntity } from './modules/events/event.entity';
import { TicketTypeEntity } from './modules/tickets/ticket-type.entity';

const REPLICAS = 3;

interface OutboxRow {
  id: string;
  kind: EmailKind;
  recipients: string[];
  status: EmailStatus;
  attempts: number;
}
const ORGANISER = 'organiser@example.org';
const ME = '{ me { email } }';

describe('three replicas on one database', () => {
  let database: TestDatabase;
  let dataSource: ReturnType<typeof createDataSource>;
  let sink: SmtpSink;
  let replicas: ApiProcess[] = [];

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    sink = await startSmtpSink();
    replicas = await Promise.all(
      Array.from({ length: REPLICAS }, () =>
        startApiProcess({
          DATABASE_URL: database.url,
          JOBS_ENABLED: 'true',
          SMTP_URL: sink.url,
          MAIL_FROM: 'Tickets <tickets@example.org>',
          ORGANISER_EMAIL: ORGANISER,
          // Each replica's copy of an event lasts the whole run, so bookings below are made from
          // copies whenever one exists: the database's checks have to do all the work.
          BOOKING_CATALOG_SNAPSHOT_MS: '60000',
          // Every replica looks for due reminders every 2 s, so they race for each one.
          JOBS_MESSAGES_SWEEP_SECONDS: '2',
        }),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await sink?.close();
    await dataSource?.destroy();
    await database?.drop();
  }, 60_000);

  it('holds exactly the seats there are when 300 reservations for 30 seats arrive across replicas', async () => {
    const event = await createEvent(dataSource);
    const ticketType = await createTicketType(dataSource, event, { capacity: 30, maxPerOrder: 1 });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        postGraphQL<CreateBookingData>(agent, replicas[index % REPLICAS].url, CREATE_BOOKING, {
          input: bookingInput(event, [[ticketType, 1]]),
        }),
      ),
    );
    agent.destroy();

    expect(results.filter((result) => result.status !== 200 || result.errors)).toEqual([]);
    const held = results.filter((result) => result.data?.createBooking.booking);
    expect(held).toHaveLength(30);
    const row = await dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: ticketType.id });
    expect(row.heldCount + row.soldCount).toBe(30);
    const [{ count }] = await dataSource.query<{ count: string }[]>(
      'SELECT coalesce(sum(quantity), 0) AS count FROM booking_line WHERE ticket_type_id = $1',
      [ticketType.id],
    );
    expect(Number(count)).toBe(30);
  }, 120_000);

  for (let round = 1; round <= 3; round++) {
    it(`holds exactly 50 seats of two ticket types sharing a pool of 50 when 500 bookings arrive across replicas (round ${round})`, async () => {
      const event = await createEvent(dataSource);
      const types = await Promise.all([
        createTicketType(dataSource, event, { capacity: 50, maxPerOrder: 1 }),
        createTicketType(dataSource, event, { capacity: 50, maxPerOrder: 1 }),
      ]);
      const pool = await createCapacityPool(dataSource, event, { capacity: 50, ticketTypes: types });
      const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
      const results = await Promise.all(
        Array.from({ length: 500 }, (_, index) =>
          postGraphQL<CreateBookingData>(agent, replicas[index % REPLICAS].url, CREATE_BOOKING, {
            input: bookingInput(event, [[types[index % 2], 1]]),
          }),
        ),
      );
      agent.destroy();

      expect(results.filter((result) => result.status !== 200 || result.errors)).toEqual([]);
      expect(results.filter((result) => result.data?.createBooking.booking)).toHaveLength(50);
      expect(await poolUsedCount(dataSource, pool)).toBe(50);
      const rows = await dataSource.getRepository(TicketTypeEntity).findBy(types.map(({ id }) => ({ id })));
      expect(rows.reduce((sum, row) => sum + row.heldCount + row.soldCount, 0)).toBe(50);
    }, 120_000);
  }

  for (let round = 1; round <= 3; round++) {
    it(`uses a code with 50 uses exactly 50 times when 500 bookings with it arrive across replicas (round ${round})`, async () => {
      const event = await createEvent(dataSource);
      const ticketType = await createTicketType(dataSource, event, { capacity: 1000, maxPerOrder: 1 });
      const voucher = await createVoucher(dataSource, event, { maxUses: 50 });
      const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
      const results = await Promise.all(
        Array.from({ length: 500 }, (_, index) =>
          postGraphQL<CreateBookingData>(agent, replicas[index % REPLICAS].url, CREATE_BOOKING, {
            input: bookingInput(event, [[ticketType, 1]], { voucherCode: voucher.code }),
          }),
        ),
      );
      agent.destroy();

      expect(results.filter((result) => result.status !== 200 || result.errors)).toEqual([]);
      expect(results.filter((result) => result.data?.createBooking.booking)).toHaveLength(50);
      expect(await usedCount(dataSource, voucher)).toBe(50);
      const row = await dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: ticketType.id });
      expect(row.heldCount + row.soldCount).toBe(50);
    }, 120_000);
  }

  for (let round = 1; round <= 3; round++) {
    it(`sells the 50 seats a code reserved to exactly 50 of 500 holders across replicas, and the rest to others (round ${round})`, async () => {
      const event = await createEvent(dataSource);
      const ticketType = await createTicketType(dataSource, event, { capacity: 80, maxPerOrder: 1 });
      const voucher = await createReservingVoucher(dataSource, event, ticketType, 50);
      const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
      // 500 holders of the code and 200 shoppers without it, interleaved over the replicas.
      const inputs = Array.from({ length: 700 }, (_, index) =>
        bookingInput(event, [[ticketType, 1]], index % 7 < 5 ? { voucherCode: voucher.code } : {}),
      );
      const results = await Promise.all(
        inputs.map((input, index) =>
          postGraphQL<CreateBookingData>(agent, replicas[index % REPLICAS].url, CREATE_BOOKING, { input }),
        ),
      );
      agent.destroy();

      expect(results.filter((result) => result.status !== 200 || result.errors)).toEqual([]);
      const booked = (withCode: boolean) =>
        results.filter(
          (result, index) =>
            result.data?.createBooking.booking && Boolean(inputs[index].voucherCode) === withCode,
        ).length;
      expect(booked(true)).toBe(50);
      expect(booked(false)).toBe(30);
      expect(await blockOf(dataSource, voucher)).toEqual({
        reserved: 0,
        used: 50,
        held: 80,
        sold: 0,
        capacity: 80,
      });
    }, 120_000);
  }

  it('applies an admin change made on one replica to bookings on the others at once', async () => {
    const event = await createEvent(dataSource);
    const ticketType = await createTicketType(dataSource, event, { capacity: 100, maxPerOrder: 4 });
    const bookTwoOn = async (replica: ApiProcess) =>
      (await bookViaApi(replica, bookingInput(event, [[ticketType, 2]]))).data?.createBooking;
    // Every replica now holds a copy of the event in which 4 per order are allowed.
    for (const replica of replicas) expect((await bookTwoOn(replica))?.errors).toEqual([]);

    const account = await createAccount(dataSource);
    const signedIn = await replicas[0].graphql(LOGIN, { email: account.email, password: account.password });
    const admin = { cookie: sessionCookieOf(signedIn) };
    const changed = await replicas[0].graphql<{ updateTicketType: { errors: unknown[] } }>(
      'mutation ($input: UpdateTicketTypeInput!) { updateTicketType(input: $input) { errors { code } } }',
      { input: { id: ticketType.id, maxPerOrder: 1 } },
      admin,
    );
    expect(changed.data?.updateTicketType.errors).toEqual([]);
    for (const replica of replicas.slice(1)) {
      expect((await bookTwoOn(replica))?.errors).toEqual([
        expect.objectContaining({ code: 'ABOVE_MAX_PER_ORDER' }),
      ]);
    }

    // Sales of the type close now.
    const closed = await replicas[0].graphql<{ updateTicketType: { errors: unknown[] } }>(
      'mutation ($input: UpdateTicketTypeInput!) { updateTicketType(input: $input) { errors { code } } }',
      { input: { id: ticketType.id, salesEndAt: new Date(Date.now() - 60_000).toISOString() } },
      admin,
    );
    expect(closed.data?.updateTicketType.errors).toEqual([]);
    for (const replica of replicas.slice(1)) {
      const booked = await bookViaApi(replica, bookingInput(event, [[ticketType, 1]]));
      expect(booked.data?.createBooking.errors).toEqual([expect.objectContaining({ code: 'NOT_ON_SALE' })]);
    }
    const [{ count }] = await dataSource.query<{ count: string }[]>(
      'SELECT count(*) FROM booking WHERE event_id = $1',
      [event.id],
    );
    expect(Number(count)).toBe(REPLICAS);
  }, 60_000);

  it('accepts a session made on one replica on the others', async () => {
    const { email, password } = await createAccount(dataSource);
    const signedIn = await replicas[0].graphql<{ login: { account: { email: string } | null } }>(LOGIN, {
      email,
      password,
    });
    expect(signedIn.data?.login.account?.email).toBe(email);
    const cookie = sessionCookieOf(signedIn);
    for (const replica of replicas.slice(1)) {
      const me = await replica.graphql<{ me: { email: string } | null }>('{ me { email } }', {}, { cookie });
      expect(me.data?.me?.email).toBe(email);
    }
  }, 60_000);

  it('refuses an API token on every replica from the moment it is revoked on one', async () => {
    const account = await createAccount(dataSource);
    const signedIn = await replicas[0].graphql(LOGIN, { email: account.email, password: account.password });
    const admin = { ...account, headers: { cookie: sessionCookieOf(signedIn) } };
    const token = await createApiToken(replicas[0], admin, ['STAFF']);
    const statuses = () =>
      Promise.all(replicas.map(async (replica) => (await replica.graphql(ME, {}, token.headers)).status));
    expect(await statuses()).toEqual([200, 200, 200]);

    const revoked = await replicas[1].graphql(REVOKE_API_TOKEN, { tokenId: token.id }, admin.headers);
    expect(revoked.errors).toBeUndefined();
    expect(await statuses()).toEqual([401, 401, 401]);
  }, 60_000);

  describe('e-mails', () => {
    let event: EventEntity;
    let freeTickets: TicketTypeEntity;

    beforeAll(async () => {
      // An event with a waiver, so each confirmed booking also asks every attendee to sign.
      const account = await createAccount(dataSource);
      const signedIn = await replicas[0].graphql(LOGIN, { email: account.email, password: account.password });
      event = await createEvent(dataSource);
      freeTickets = await createTicketType(dataSource, event, { priceMinor: 0, capacity: 500 });
      await setWaiver(
        replicas[0],
        { ...account, headers: { cookie: sessionCookieOf(signedIn) } },
        event.id,
        'I take part at my own risk.',
      );
    }, 60_000);

    beforeEach(() => sink.clear());

    /** A free booking (so confirmed at once) made on `replica`, for two attendees with addresses of their own. */
    async function bookFreeOn(replica: ApiProcess, label: string): Promise<string> {
      const input = bookingInput(event, [[freeTickets, 2]]);
      input.attendees = input.attendees.map((attendee, index) => ({
        ...attendee,
        email: `${label}-attendee-${index}@example.org`,
      }));
      const response = await bookViaApi(replica, input);
      const booking = response.data?.createBooking.booking;
      if (booking?.status !== 'CONFIRMED') throw new Error(`booking failed: ${JSON.stringify(response)}`);
      return booking.id;
    }

    /** The outbox messages of these bookings: each names the booking, or one of its tickets, in its cause. */
    function messagesOf(bookingIds: string[]): Promise<OutboxRow[]> {
      return dataSource.query(
        `SELECT m.id, m.kind, m.recipients, m.status, m.attempts FROM email_message m
          WHERE EXISTS (SELECT 1 FROM booking b WHERE b.id = ANY($1::uuid[]) AND m.cause_key LIKE '%' || b.id || '%')
             OR EXISTS (SELECT 1 FROM ticket t WHERE t.booking_id = ANY($1::uuid[]) AND m.cause_key LIKE '%' || t.id || '%')`,
        [bookingIds],
      );
    }

    /** The outbox id a received message was sent for (its Message-ID is `<id@domain>`). */
    function outboxIdOf(messageId: string | undefined): string {
      const match = /^<([^@>]+)@/.exec(messageId ?? '');
      if (!match) throw new Error(`unexpected Message-ID ${messageId}`);
      return match[1];
    }

    /** Waits for every message, then a while longer, and proves each arrived once and only they did. */
    async function expectDeliveredExactlyOnce(expected: { id: string }[], timeoutMs: number) {
      await sink.waitForMessages(expected.length, timeoutMs);
      // A second send (another replica's job, a retry, the sweep) would arrive in this time.
      await sleep(3000);
      const received = sink.messages.map((mail) => outboxIdOf(mail.messageId)).sort();
      expect(received).toEqual(expected.map((message) => message.id).sort());
      const stored = await dataSource
        .getRepository(EmailMessageEntity)
        .findBy(expected.map(({ id }) => ({ id })));
      expect(stored.map((message) => message.status)).toEqual(stored.map(() => EmailStatus.SENT));
    }

    it('sends every message of bookings confirmed across the replicas exactly once', async () => {
      const bookingIds: string[] = [];
      await Promise.all(
        replicas.map(async (replica, index) => {
          for (let round = 0; round < 3; round++) {
            bookingIds.push(await bookFreeOn(replica, `r${index}-b${round}`));
          }
        }),
      );
      // One paid booking through the PayPal simulator (each replica runs its own in test mode).
      const paidTickets = await createTicketType(dataSource, event, { priceMinor: 2000 });
      const paid = await approvedBooking(replicas[1], event, paidTickets, 1);
      const captured = await capturePayment(replicas[1], paid.token, paid.orderId);
      expect(captured.data?.capturePayment.booking?.status).toBe('CONFIRMED');
      bookingIds.push(paid.booking.id);

      const messages = await messagesOf(bookingIds);
      const kinds = messages.map((message) => message.kind);
      // Per booking: the buyer's confirmation, the organiser's notice, one waiver request per ticket,
      // and each free booking's two attendees (addresses of their own) their own ticket.
      expect(kinds.filter((kind) => kind === EmailKind.BOOKING_CONFIRMATION)).toHaveLength(10);
      expect(kinds.filter((kind) => kind === EmailKind.NEW_BOOKING_NOTICE)).toHaveLength(10);
      expect(kinds.filter((kind) => kind === EmailKind.WAIVER_REQUEST)).toHaveLength(9 * 2 + 1);
      expect(kinds.filter((kind) => kind === EmailKind.ATTENDEE_TICKET)).toHaveLength(9 * 2);
      expect(messages).toHaveLength(57);
      const noticeRecipients = messages
        .filter((message) => message.kind === EmailKind.NEW_BOOKING_NOTICE)
        .map((message) => message.recipients);
      expect(noticeRecipients).toEqual(noticeRecipients.map(() => [ORGANISER]));

      await expectDeliveredExactlyOnce(messages, 30_000);
    }, 90_000);

    it('sends a reminder rule’s e-mail exactly once to each recipient while every replica sweeps for it', async () => {
      const account = await createAccount(dataSource);
      const signedIn = await replicas[0].graphql(LOGIN, { email: account.email, password: account.password });
      const admin = { cookie: sessionCookieOf(signedIn) };
      // The rules below fall due 40 s from now: "2 hours before" an event starting in 2 hours 40 s.
      const reminded = await createEvent(dataSource, {
        startsAt: new Date(Date.now() + 2 * 3600_000 + 40_000),
      });
      const tickets = await createTicketType(dataSource, reminded, { priceMinor: 0 });
      for (const audience of ['ATTENDEES', 'BUYERS']) {
        const rule = await replicas[1].graphql<{ createReminderRule: { errors: unknown[] } }>(
          'mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { errors { code } } }',
          { input: { eventId: reminded.id, hoursBefore: 2, audience } },
          admin,
        );
        expect(rule.data?.createReminderRule.errors).toEqual([]);
      }
      const bookingIds = await Promise.all(
        replicas.map(async (replica, index) => {
          const input = bookingInput(reminded, [[tickets, 2]]);
          input.attendees = input.attendees.map((attendee, position) => ({
            ...attendee,
            email: `reminded-r${index}-${position}@example.org`,
          }));
          return (await bookViaApi(replica, input)).data!.createBooking.booking!.id;
        }),
      );

      // Per booking: the buyer's reminder and each attendee's (own addresses), once each.
      const reminders = await eventually(
        async () => (await messagesOf(bookingIds)).filter((row) => row.kind === EmailKind.EVENT_REMINDER),
        (rows) => rows.length >= 9,
        90_000,
      );
      await sleep(5000);
      const [{ count }] = await dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM email_message WHERE kind = 'EVENT_REMINDER' AND cause_key LIKE ANY($1)`,
        [bookingIds.map((id) => `%${id}%`)],
      );
      expect(count).toBe(9);
      expect(reminders.flatMap((row) => row.recipients).sort()).toEqual(
        expect.arrayContaining(
          [0, 1, 2].flatMap((r) => [0, 1].map((p) => `reminded-r${r}-${p}@example.org`)),
        ),
      );
      // Each arrives once, with the bookings' other e-mails.
      await expectDeliveredExactlyOnce(await messagesOf(bookingIds), 60_000);
    }, 180_000);

    it('sends every message exactly once when the mail server is down for a while and comes back', async () => {
      await sink.stop();
      const bookingIds: string[] = [];
      try {
        await Promise.all(
          replicas.map(async (replica, index) => {
            for (let round = 0; round < 2; round++) {
              bookingIds.push(await bookFreeOn(replica, `outage-r${index}-b${round}`));
            }
          }),
        );
        const messages = await messagesOf(bookingIds);
        // Per booking: confirmation, notice, and per attendee a waiver request and their own ticket.
        expect(messages).toHaveLength(6 * 6);
        // Every message has been tried (and failed) while the server was down, and waits for a retry.
        const tried = await eventually(
          () => messagesOf(bookingIds),
          (rows) => rows.every((row) => row.attempts >= 1),
          20_000,
        );
        expect(tried.filter((row) => row.attempts === 0 || row.status !== EmailStatus.QUEUED)).toEqual([]);
        expect(sink.messages).toHaveLength(0);
      } finally {
        await sink.start();
      }

      // pg-boss retries each job with backoff (2 s, 4 s, 8 s ...): all arrive well within a minute.
      await expectDeliveredExactlyOnce(await messagesOf(bookingIds), 60_000);
    }, 120_000);
  });
});
