import { hashSecretToken } from '../../common/secret-token';
import { BOOKING_BY_TOKEN, bookViaApi, type BookingData } from '../../../test/bookings';
import { emailsFor } from '../../../test/checkout';
import { bookingInput, createEvent, createTicketType, DAY } from '../../../test/factories';
import { onlyError, startTestServer, type TestServer } from '../../../test/test-server';
import { EventStatus, EventVisibility } from '../events/event.entity';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { REFERENCE_ALPHABET } from './booking-codes';
import { BookingEntity } from './booking.entity';

const NOW = new Date('2030-03-01T12:00:00.000Z');
const MINUTE = 60 * 1000;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ clock: () => NOW });
});

afterAll(() => server.close());

/** An event a week after NOW, so catalog rules use the test clock. */
function upcomingEvent(overrides: Parameters<typeof createEvent>[1] = {}) {
  return createEvent(server.dataSource, { startsAt: new Date(NOW.getTime() + 7 * DAY), ...overrides });
}

async function counters(ticketTypeId: string) {
  const ticketType = await server.dataSource
    .getRepository(TicketTypeEntity)
    .findOneByOrFail({ id: ticketTypeId });
  return { held: ticketType.heldCount, sold: ticketType.soldCount };
}

async function bookingCount(): Promise<number> {
  return server.dataSource.getRepository(BookingEntity).count();
}

describe('createBooking', () => {
  it('holds the seats of a paid booking for 15 minutes, with a total computed from database prices', async () => {
    const event = await upcomingEvent({ currency: 'USD' });
    const standard = await createTicketType(server.dataSource, event, { name: 'Standard', priceMinor: 2500 });
    const vip = await createTicketType(server.dataSource, event, { name: 'VIP', priceMinor: 9000 });

    const response = await bookViaApi(
      server,
      bookingInput(event, [
        [standard, 2],
        [vip, 1],
      ]),
    );

    expect(response.errors).toBeUndefined();
    const { booking, token, errors } = response.data!.createBooking;
    expect(errors).toEqual([]);
    expect(token).toEqual(expect.any(String));
    expect(booking).toMatchObject({
      status: 'AWAITING_PAYMENT',
      total: { amountMinor: 2 * 2500 + 9000, currency: 'USD' },
      holdExpiresAt: new Date(NOW.getTime() + 15 * MINUTE).toISOString(),
      confirmedAt: null,
      event: { id: event.id },
    });
    expect(booking!.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ticketTypeName: 'Standard',
          quantity: 2,
          unitPrice: { amountMinor: 2500, currency: 'USD' },
          total: { amountMinor: 5000, currency: 'USD' },
        }),
        expect.objectContaining({ ticketTypeName: 'VIP', quantity: 1 }),
      ]),
    );
    expect(booking!.tickets).toHaveLength(3);
    expect(booking!.tickets.every((ticket) => ticket.status === 'PENDING' && ticket.code === null)).toBe(
      true,
    );
    expect(await counters(standard.id)).toEqual({ held: 2, sold: 0 });
    expect(await counters(vip.id)).toEqual({ held: 1, sold: 0 });
  });

  it('gives the booking a short unambiguous reference and a secret token of at least 128 bits', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event);
    const { booking, token } = (await bookViaApi(server, bookingInput(event, [[ticketType, 1]]))).data!
      .createBooking;

    const letter = `[${REFERENCE_ALPHABET}]`;
    expect(booking!.reference).toMatch(new RegExp(`^${letter}{3}-${letter}{4}$`));
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token!, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
  });

  it('confirms a free booking at once: seats sold, one unique ticket code per attendee', async () => {
    const event = await upcomingEvent();
    const free = await createTicketType(server.dataSource, event, { name: 'Free entry', priceMinor: 0 });

    const { booking } = (await bookViaApi(server, bookingInput(event, [[free, 3]]))).data!.createBooking;

    expect(booking).toMatchObject({
      status: 'CONFIRMED',
      total: { amountMinor: 0 },
      holdExpiresAt: null,
      confirmedAt: NOW.toISOString(),
    });
    const codes = booking!.tickets.map((ticket) => ticket.code);
    expect(booking!.tickets.every((ticket) => ticket.status === 'ISSUED')).toBe(true);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(Buffer.from(code!, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(await counters(free.id)).toEqual({ held: 0, sold: 3 });
  });

  it('finds the event by slug too, and copies the buyer into attendees marked sameAsBuyer', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event);
    const input = bookingInput(event, [[ticketType, 2]], { eventId: null, eventSlug: event.slug });
    input.attendees[0] = { ticketTypeId: ticketType.id, sameAsBuyer: true };
    input.attendees[1].email = 'friend@example.org';

    const { booking } = (await bookViaApi(server, input)).data!.createBooking;

    expect(booking!.tickets.map((ticket) => [ticket.attendeeName, ticket.attendeeEmail])).toEqual([
      [input.buyer.name, input.buyer.email],
      [input.attendees[1].name, 'friend@example.org'],
    ]);
  });

  it('books a private event only with its key; without it the answer is that of an unknown event', async () => {
    const event = await upcomingEvent({ visibility: EventVisibility.PRIVATE });
    const ticketType = await createTicketType(server.dataSource, event);
    const before = await bookingCount();

    const withoutKey = await bookViaApi(server, bookingInput(event, [[ticketType, 1]]));
    const wrongKey = await bookViaApi(server, bookingInput(event, [[ticketType, 1]], { accessKey: 'guess' }));
    const unknown = await bookViaApi(
      server,
      bookingInput({ id: '00000000-0000-4000-8000-000000000000' }, [[ticketType, 1]]),
    );
    const withKey = await bookViaApi(
      server,
      bookingInput(event, [[ticketType, 1]], { accessKey: event.accessKey }),
    );

    const notFound = { booking: null, token: null, errors: unknown.data!.createBooking.errors };
    expect(notFound.errors).toEqual([
      { code: 'EVENT_NOT_FOUND', field: 'eventId', message: expect.any(String), ticketTypeId: null },
    ]);
    expect(withoutKey.data!.createBooking).toEqual(notFound);
    expect(wrongKey.data!.createBooking).toEqual(notFound);
    expect(withKey.data!.createBooking.booking?.status).toBe('AWAITING_PAYMENT');
    expect(await bookingCount()).toBe(before + 1);
  });

  it('refuses draft events as unknown ones', async () => {
    const event = await upcomingEvent({ status: EventStatus.DRAFT });
    const ticketType = await createTicketType(server.dataSource, event);
    const { errors } = (await bookViaApi(server, bookingInput(event, [[ticketType, 1]]))).data!.createBooking;
    expect(errors.map((error) => error.code)).toEqual(['EVENT_NOT_FOUND']);
  });

  it('refuses ticket types not on sale yet, or no longer, naming the line and the ticket type', async () => {
    const event = await upcomingEvent();
    const open = await createTicketType(server.dataSource, event, { name: 'Open' });
    const early = await createTicketType(server.dataSource, event, {
      name: 'Not yet',
      salesStartAt: new Date(NOW.getTime() + DAY),
    });
    const ended = await createTicketType(server.dataSource, event, {
      name: 'Ended',
      salesStartAt: new Date(NOW.getTime() - 2 * DAY),
      salesEndAt: new Date(NOW.getTime() - DAY),
    });

    const response = await bookViaApi(
      server,
      bookingInput(event, [
        [open, 1],
        [early, 1],
        [ended, 1],
      ]),
    );

    const { booking, errors } = response.data!.createBooking;
    expect(booking).toBeNull();
    expect(errors).toEqual([
      {
        code: 'NOT_ON_SALE',
        field: 'lines.1.ticketTypeId',
        message: expect.stringContaining('"Not yet"'),
        ticketTypeId: early.id,
      },
      {
        code: 'NOT_ON_SALE',
        field: 'lines.2.ticketTypeId',
        message: expect.stringContaining('"Ended"'),
        ticketTypeId: ended.id,
      },
    ]);
    expect(await counters(open.id)).toEqual({ held: 0, sold: 0 });
  });

  it('refuses every ticket type of a cancelled or finished event', async () => {
    const cancelled = await upcomingEvent({ status: EventStatus.CANCELLED });
    const finished = await createEvent(server.dataSource, {
      startsAt: new Date(NOW.getTime() - 2 * DAY),
      durationHours: 3,
    });
    for (const event of [cancelled, finished]) {
      const ticketType = await createTicketType(server.dataSource, event);
      const { errors } = (await bookViaApi(server, bookingInput(event, [[ticketType, 1]]))).data!
        .createBooking;
      expect(errors.map((error) => [error.code, error.field])).toEqual([
        ['NOT_ON_SALE', 'lines.0.ticketTypeId'],
      ]);
    }
  });

  it('enforces the minimum and maximum per order, naming the quantity of the line', async () => {
    const event = await upcomingEvent();
    const pairs = await createTicketType(server.dataSource, event, {
      name: 'Pairs',
      minPerOrder: 2,
      maxPerOrder: 4,
    });
    const single = await createTicketType(server.dataSource, event, { name: 'Single', maxPerOrder: 1 });

    const response = await bookViaApi(
      server,
      bookingInput(event, [
        [pairs, 1],
        [single, 2],
      ]),
    );

    expect(response.data!.createBooking.errors).toEqual([
      {
        code: 'BELOW_MIN_PER_ORDER',
        field: 'lines.0.quantity',
        message: expect.stringContaining('"Pairs"'),
        ticketTypeId: pairs.id,
      },
      {
        code: 'ABOVE_MAX_PER_ORDER',
        field: 'lines.1.quantity',
        message: expect.stringContaining('"Single"'),
        ticketTypeId: single.id,
      },
    ]);
  });

  it('answers SOLD_OUT when no seat is left and NOT_ENOUGH_SEATS when fewer are left than asked', async () => {
    const event = await upcomingEvent();
    const gone = await createTicketType(server.dataSource, event, {
      name: 'Gone',
      capacity: 10,
      soldCount: 8,
      heldCount: 2,
    });
    const few = await createTicketType(server.dataSource, event, { name: 'Few', capacity: 10, soldCount: 8 });

    const response = await bookViaApi(
      server,
      bookingInput(event, [
        [gone, 1],
        [few, 3],
      ]),
    );

    expect(response.data!.createBooking.errors).toEqual([
      { code: 'SOLD_OUT', field: 'lines.0.quantity', message: '"Gone" is sold out.', ticketTypeId: gone.id },
      {
        code: 'NOT_ENOUGH_SEATS',
        field: 'lines.1.quantity',
        message: 'Only 2 "Few" tickets are left.',
        ticketTypeId: few.id,
      },
    ]);
    expect(await counters(few.id)).toEqual({ held: 0, sold: 8 });
  });

  it('refuses ticket types of another event, and withdrawn ones, as unknown', async () => {
    const event = await upcomingEvent();
    const other = await upcomingEvent();
    const foreign = await createTicketType(server.dataSource, other);
    const withdrawn = await createTicketType(server.dataSource, event, { isActive: false });

    const response = await bookViaApi(
      server,
      bookingInput(event, [
        [foreign, 1],
        [withdrawn, 1],
      ]),
    );

    expect(response.data!.createBooking.errors.map((error) => [error.code, error.field])).toEqual([
      ['TICKET_TYPE_NOT_FOUND', 'lines.0.ticketTypeId'],
      ['TICKET_TYPE_NOT_FOUND', 'lines.1.ticketTypeId'],
    ]);
  });

  it('wants exactly one attendee per ticket, each of a booked type', async () => {
    const event = await upcomingEvent();
    const adult = await createTicketType(server.dataSource, event, { name: 'Adult' });
    const child = await createTicketType(server.dataSource, event, { name: 'Child' });
    const input = bookingInput(event, [
      [adult, 2],
      [child, 1],
    ]);
    // One adult attendee missing, and the child's attendee is given a type nobody booked.
    input.attendees = [input.attendees[0], { ...input.attendees[2], ticketTypeId: crypto.randomUUID() }];
    const before = await bookingCount();

    const { errors } = (await bookViaApi(server, input)).data!.createBooking;

    expect(errors.map((error) => [error.code, error.field])).toEqual([
      ['ATTENDEES_MISMATCH', 'attendees.1.ticketTypeId'],
      ['ATTENDEES_MISMATCH', 'lines.0.quantity'],
      ['ATTENDEES_MISMATCH', 'lines.1.quantity'],
    ]);
    expect(errors[1].message).toBe('2 "Adult" tickets need 2 attendees, not 1.');
    expect(await bookingCount()).toBe(before);
    expect(await counters(adult.id)).toEqual({ held: 0, sold: 0 });
  });

  describe('rejects malformed input with BAD_USER_INPUT naming the field', () => {
    let valid: ReturnType<typeof bookingInput>;

    beforeAll(async () => {
      const event = await upcomingEvent();
      const ticketType = await createTicketType(server.dataSource, event);
      valid = bookingInput(event, [[ticketType, 3]]);
    });

    const cases: [string, (input: ReturnType<typeof bookingInput>) => Record<string, unknown>, string][] = [
      [
        'an attendee e-mail that is not one',
        (input) => ({
          ...input,
          attendees: input.attendees.map((a, i) => (i === 2 ? { ...a, email: 'nope' } : a)),
        }),
        'attendees.2.email',
      ],
      [
        'an attendee without a name who is not the buyer',
        (input) => ({
          ...input,
          attendees: input.attendees.map((a, i) => (i === 1 ? { ...a, name: null } : a)),
        }),
        'attendees.1.name',
      ],
      [
        'a blank attendee name',
        (input) => ({
          ...input,
          attendees: input.attendees.map((a, i) => (i === 0 ? { ...a, name: '   ' } : a)),
        }),
        'attendees.0.name',
      ],
      [
        'a buyer e-mail that is not one',
        (input) => ({ ...input, buyer: { ...input.buyer, email: 'x@' } }),
        'buyer.email',
      ],
      ['a blank buyer name', (input) => ({ ...input, buyer: { ...input.buyer, name: '' } }), 'buyer.name'],
      [
        "a buyer name carrying a link (a phishing line printed in the shop's e-mails)",
        (input) => ({
          ...input,
          buyer: { ...input.buyer, name: 'URGENT: your account is locked, visit evil-shop.example.com' },
        }),
        'buyer.name',
      ],
      [
        'a buyer name longer than 100 characters',
        (input) => ({ ...input, buyer: { ...input.buyer, name: 'A'.repeat(101) } }),
        'buyer.name',
      ],
      [
        'an attendee name with a line break',
        (input) => ({
          ...input,
          attendees: input.attendees.map((a, i) => (i === 2 ? { ...a, name: 'Ana\nClick here' } : a)),
        }),
        'attendees.2.name',
      ],
      [
        'an attendee name with a web address',
        (input) => ({
          ...input,
          attendees: input.attendees.map((a, i) => (i === 0 ? { ...a, name: 'see https://x.example' } : a)),
        }),
        'attendees.0.name',
      ],
      [
        'a quantity of zero',
        (input) => ({ ...input, lines: [{ ...input.lines[0], quantity: 0 }] }),
        'lines.0.quantity',
      ],
      [
        'a ticket type id that is not an id',
        (input) => ({ ...input, lines: [{ ...input.lines[0], ticketTypeId: 'abc' }] }),
        'lines.0.ticketTypeId',
      ],
      ['no lines', (input) => ({ ...input, lines: [] }), 'lines'],
      [
        'more than 50 lines',
        (input) => ({
          ...input,
          lines: Array.from({ length: 51 }, () => ({ ticketTypeId: crypto.randomUUID(), quantity: 1 })),
        }),
        'lines',
      ],
      [
        'more than 50 attendees',
        (input) => ({ ...input, attendees: Array.from({ length: 51 }, () => input.attendees[0]) }),
        'attendees',
      ],
      ['an event id that is not an id', (input) => ({ ...input, eventId: '42' }), 'eventId'],
      ['neither event id nor slug', (input) => ({ ...input, eventId: null }), 'eventId'],
      ['both event id and slug', (input) => ({ ...input, eventSlug: 'some-event' }), 'eventId'],
      [
        'the same ticket type on two lines',
        (input) => ({ ...input, lines: [input.lines[0], input.lines[0]] }),
        'lines.1.ticketTypeId',
      ],
    ];

    it.each(cases)('%s', async (_name, makeInvalid, field) => {
      const before = await bookingCount();
      const response = await bookViaApi(server, makeInvalid(valid));
      const error = onlyError(response);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect(await bookingCount()).toBe(before);
    });
  });
});

describe('reserve_paid_booking (the database function behind a paid reservation)', () => {
  async function catalogVersionOf(event: { id: string }): Promise<number> {
    const [row] = await server.dataSource.query('SELECT catalog_version FROM event WHERE id = $1', [
      event.id,
    ]);
    return row.catalog_version;
  }

  /**
   * Calls the function as BookingReservationService does, with prices as the API last read them, at the
   * event's current catalog version unless told another.
   */
  async function reserveDirectly(
    event: { id: string },
    lines: [ticketType: TicketTypeEntity, quantity: number, unitPriceMinor: number][],
    catalogVersion?: number,
  ): Promise<{ code?: string; detail?: string }> {
    const request = {
      reference: `T${crypto.randomUUID().slice(0, 7)}`,
      token_hash: hashSecretToken(crypto.randomUUID()),
      event_id: event.id,
      catalog_version: catalogVersion ?? (await catalogVersionOf(event)),
      buyer_name: 'Direct Buyer',
      buyer_email: 'direct@example.org',
      total_minor: lines.reduce((sum, [, quantity, price]) => sum + quantity * price, 0),
      currency: 'EUR',
      hold_expires_at: new Date(NOW.getTime() + 15 * MINUTE).toISOString(),
      lines: lines.map(([ticketType, quantity, price]) => ({
        ticket_type_id: ticketType.id,
        quantity,
        unit_price_minor: price,
      })),
      tickets: lines.flatMap(([ticketType, quantity]) =>
        Array.from({ length: quantity }, () => ({
          ticket_type_id: ticketType.id,
          attendee_name: 'Direct Buyer',
          attendee_email: null,
        })),
      ),
    };
    try {
      await server.dataSource.query('SELECT * FROM reserve_paid_booking($1::jsonb)', [
        JSON.stringify(request),
      ]);
      return {};
    } catch (error) {
      const { code, detail } = (error as { driverError: { code?: string; detail?: string } }).driverError;
      return { code, detail };
    }
  }

  it('refuses a changed price (ES002) or a withdrawn, foreign or full type (ES001) and writes nothing', async () => {
    const event = await upcomingEvent();
    const other = await upcomingEvent();
    const open = await createTicketType(server.dataSource, event, { priceMinor: 2500 });
    const repriced = await createTicketType(server.dataSource, event, { priceMinor: 3000 });
    const withdrawn = await createTicketType(server.dataSource, event, { isActive: false });
    const foreign = await createTicketType(server.dataSource, other);
    const full = await createTicketType(server.dataSource, event, { capacity: 3, soldCount: 2 });
    const before = await bookingCount();

    // Whatever the order of the lines, seats are taken in id order; the refusal undoes the other line.
    for (const [refused, price, code] of [
      [repriced, 2500, 'ES002'],
      [withdrawn, 2500, 'ES001'],
      [foreign, 2500, 'ES001'],
      [full, 2500, 'ES001'],
    ] as const) {
      const lines: [TicketTypeEntity, number, number][] = [
        [open, 1, 2500],
        [refused, 2, price],
      ];
      expect(await reserveDirectly(event, lines)).toEqual({ code, detail: refused.id });
      expect(await reserveDirectly(event, [...lines].reverse())).toEqual({ code, detail: refused.id });
    }

    expect(await bookingCount()).toBe(before);
    expect(await counters(open.id)).toEqual({ held: 0, sold: 0 });
    expect(await counters(full.id)).toEqual({ held: 0, sold: 2 });
    expect(await reserveDirectly(event, [[open, 2, 2500]])).toEqual({});
    expect(await counters(open.id)).toEqual({ held: 2, sold: 0 });
    expect(await bookingCount()).toBe(before + 1);
  });

  it('refuses a request checked against an older catalog version (ES003) and writes nothing', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 2500, maxPerOrder: 4 });
    const checkedAt = await catalogVersionOf(event);
    // A rule the request was checked against changes; the price, which the seat UPDATE checks, does not.
    await server.dataSource.query('UPDATE ticket_type SET max_per_order = 1 WHERE id = $1', [ticketType.id]);
    const before = await bookingCount();

    expect(await reserveDirectly(event, [[ticketType, 2, 2500]], checkedAt)).toEqual({
      code: 'ES003',
      detail: event.id,
    });
    expect(await bookingCount()).toBe(before);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
  });
});

describe('booking lookup', () => {
  it('returns the booking behind a token, with its event, lines, total and tickets', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 1500 });
    const created = (await bookViaApi(server, bookingInput(event, [[ticketType, 2]]))).data!.createBooking;

    const response = await server.graphql<{ booking: BookingData }>(BOOKING_BY_TOKEN, {
      token: created.token,
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.booking).toEqual(created.booking);
    expect(response.data!.booking.total).toEqual({ amountMinor: 3000, currency: 'EUR' });
  });

  it('stores only digests: the token made with the booking and the link minted for its e-mail each open it', async () => {
    const event = await upcomingEvent();
    const free = await createTicketType(server.dataSource, event, { priceMinor: 0 });
    const created = (await bookViaApi(server, bookingInput(event, [[free, 1]]))).data!.createBooking;
    const [confirmation] = await emailsFor(server, `booking-confirmation:${created.booking!.id}`);
    const emailed = decodeURIComponent(/\/bookings\/([^\s"<>/]+)/.exec(confirmation.text)![1]);

    expect(emailed).not.toBe(created.token);
    for (const token of [created.token!, emailed]) {
      const response = await server.graphql<{ booking: BookingData }>(BOOKING_BY_TOKEN, { token });
      expect(response.data!.booking.reference).toBe(created.booking!.reference);
    }
    const [booking] = await server.dataSource.query('SELECT * FROM booking WHERE id = $1', [
      created.booking!.id,
    ]);
    const links = await server.dataSource.query('SELECT * FROM booking_link WHERE booking_id = $1', [
      booking.id,
    ]);
    expect(booking.token_hash).toBe(hashSecretToken(created.token!));
    expect(links.map((link: { token_hash: string }) => link.token_hash)).toEqual([hashSecretToken(emailed)]);
    expect(JSON.stringify([booking, links])).not.toContain(created.token);
    expect(JSON.stringify([booking, links])).not.toContain(emailed);
  });

  it('returns null for a made-up token', async () => {
    const response = await server.graphql(BOOKING_BY_TOKEN, { token: 'A'.repeat(32) });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ booking: null });
  });

  it('does not open a booking by its id or reference', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event);
    const { booking } = (await bookViaApi(server, bookingInput(event, [[ticketType, 1]]))).data!
      .createBooking;

    for (const guess of [booking!.id, booking!.reference]) {
      const response = await server.graphql(BOOKING_BY_TOKEN, { token: guess });
      expect(response.data).toEqual({ booking: null });
    }
    // And no public query takes anything but the token (the admin ones, adminBooking(s), need a
    // signed-in account: authorization.test.ts proves they refuse anyone else).
    const response = await server.graphql<{
      __type: { fields: { name: string; args: { name: string }[] }[] };
    }>('{ __type(name: "Query") { fields { name args { name } } } }');
    const bookingQueries = response.data!.__type.fields.filter(
      (field) => /booking/i.test(field.name) && !field.name.startsWith('admin'),
    );
    expect(bookingQueries).toEqual([{ name: 'booking', args: [{ name: 'token' }] }]);
    const anonymousAdmin = await server.graphql('query($id: ID!) { adminBooking(id: $id) { id } }', {
      id: booking!.reference,
    });
    expect(anonymousAdmin.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects an absurdly long token as bad input', async () => {
    const response = await server.graphql(BOOKING_BY_TOKEN, { token: 'x'.repeat(500) });
    expect(onlyError(response).extensions?.field).toBe('token');
  });
});
