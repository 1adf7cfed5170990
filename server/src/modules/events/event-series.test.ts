import { loginAs, type SignedIn } from '../../../test/auth';
import { bookViaApi } from '../../../test/bookings';
import { approvedBooking, capturePayment, eventually } from '../../../test/checkout';
import { bookingInput, createCapacityPool, createTicketType, DAY } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { BookingEntity } from '../bookings/booking.entity';
import { EmailKind, EmailMessageEntity } from '../email/email-message.entity';
import { formatDateTime } from '../email/email.format';
import { CapacityPoolEntity } from '../tickets/capacity-pool.entity';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { EventEntity, EventStatus } from './event.entity';

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id slug isSeries } errors { code field } } }`;
const DATES_PAYLOAD = `series { id startsAt endsAt dateCount } dates { id slug status startsAt endsAt seriesId
  ticketTypes { name price { amountMinor } salesEndAt } capacityPools { capacity allTicketTypes } }
  errors { code field message }`;
const ADD_DATE = `mutation ($input: AddEventDateInput!) { addEventDate(input: $input) { ${DATES_PAYLOAD} } }`;
const ADD_BY_RULE = `mutation ($input: AddEventDatesByRuleInput!) { addEventDatesByRule(input: $input) { ${DATES_PAYLOAD} } }`;
const PUBLISH = `mutation ($id: ID!) { publishEvent(id: $id) { event { status } errors { code } } }`;
const CANCEL = `mutation ($id: ID!, $options: CancelEventOptionsInput) {
  cancelEvent(id: $id, options: $options) { event { status } errors { code } } }`;

interface DateView {
  id: string;
  slug: string;
  status: string;
  startsAt: string;
  endsAt: string;
  seriesId: string;
  ticketTypes: { name: string; price: { amountMinor: number }; salesEndAt: string | null }[];
  capacityPools: { capacity: number; allTicketTypes: boolean }[];
}
interface DatesPayload {
  series: { id: string; startsAt: string; endsAt: string; dateCount: number } | null;
  dates: DateView[];
  errors: { code: string; field: string | null; message: string }[];
}

let server: TestServer;
let admin: SignedIn;

beforeAll(async () => {
  server = await startTestServer({ jobs: true, env: { JOBS_EXPIRY_SWEEP_SECONDS: '0' } });
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterAll(() => server.close());

let counter = 0;
/** A series with two ticket types (Adult 20.00, Child 10.00) sharing a pool of `shared` seats. */
async function series(
  shared = 10,
): Promise<{ id: string; slug: string; adult: TicketTypeEntity; child: TicketTypeEntity }> {
  const slug = `tour-${++counter}-${Date.now().toString(36)}`;
  const response = await server.graphql<{ createEvent: { event: { id: string; isSeries: boolean } } }>(
    CREATE,
    {
      input: {
        slug,
        title: 'City tour',
        startsAt: new Date(Date.now() + 30 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 30 * DAY + 7_200_000).toISOString(),
        timeZone: 'Europe/Berlin',
        currency: 'EUR',
        venue: { name: 'Old Town' },
        isSeries: true,
      },
    },
    admin.headers,
  );
  const created = response.data!.createEvent.event;
  expect(created.isSeries).toBe(true);
  const event = { id: created.id };
  const adult = await createTicketType(server.dataSource, event, {
    name: 'Adult',
    priceMinor: 2000,
    capacity: 50,
  });
  const child = await createTicketType(server.dataSource, event, {
    name: 'Child',
    priceMinor: 1000,
    capacity: 50,
    sortOrder: 1,
  });
  await createCapacityPool(server.dataSource, event, { capacity: shared, ticketTypes: [adult, child] });
  return { id: created.id, slug, adult, child };
}

async function mutate<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await server.graphql<Record<string, T>>(query, variables, admin.headers);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0];
}

const dateEntity = (id: string) => server.dataSource.getRepository(EventEntity).findOneByOrFail({ id });
const dateTypes = (eventId: string) =>
  server.dataSource.getRepository(TicketTypeEntity).find({ where: { eventId }, order: { sortOrder: 'ASC' } });

describe('adding dates by a weekly rule', () => {
  it('keeps the local time across the change to summer time, skips exceptions and names each date by its day', async () => {
    const tour = await series();
    const payload = await mutate<DatesPayload>(ADD_BY_RULE, {
      input: {
        seriesId: tour.id,
        weekdays: ['SATURDAY', 'SUNDAY'],
        fromDate: '2030-03-23',
        untilDate: '2030-04-07',
        startTime: '19:30',
        endTime: '00:30',
        exceptDates: ['2030-03-30'],
      },
    });
    expect(payload.errors).toEqual([]);
    // Berlin moves to summer time on Sunday 31 March 2030: 19:30 is 18:30Z before, 17:30Z from then on.
    expect(
      payload.dates.map((date) => [date.slug.replace(tour.slug, ''), date.startsAt, date.endsAt]),
    ).toEqual([
      ['-2030-03-23', '2030-03-23T18:30:00.000Z', '2030-03-23T23:30:00.000Z'],
      ['-2030-03-24', '2030-03-24T18:30:00.000Z', '2030-03-24T23:30:00.000Z'],
      ['-2030-03-31', '2030-03-31T17:30:00.000Z', '2030-03-31T22:30:00.000Z'],
      ['-2030-04-06', '2030-04-06T17:30:00.000Z', '2030-04-06T22:30:00.000Z'],
      ['-2030-04-07', '2030-04-07T17:30:00.000Z', '2030-04-07T22:30:00.000Z'],
    ]);
    expect(payload.dates.every((date) => date.status === 'DRAFT' && date.seriesId === tour.id)).toBe(true);
    // Each date is a complete event copied from the series: its ticket types and their shared pool.
    expect(payload.dates[0].ticketTypes.map((type) => type.name)).toEqual(['Adult', 'Child']);
    expect(payload.dates[0].capacityPools).toEqual([{ capacity: 10, allTicketTypes: false }]);
    expect(payload.series).toMatchObject({
      startsAt: '2030-03-23T18:30:00.000Z',
      endsAt: '2030-04-07T22:30:00.000Z',
      dateCount: 5,
    });

    // A second date on a day that has one gets the time in its slug.
    const second = await mutate<DatesPayload>(ADD_DATE, {
      input: { seriesId: tour.id, startsAt: '2030-03-23T13:00:00.000Z', endsAt: '2030-03-23T15:00:00.000Z' },
    });
    expect(second.dates.map((date) => date.slug)).toEqual([`${tour.slug}-2030-03-23-1400`]);
  });

  it('reports every problem of the input in one answer and adds nothing', async () => {
    const tour = await series();
    const response = await server.graphql(
      ADD_BY_RULE,
      {
        input: {
          seriesId: tour.id,
          weekdays: [],
          fromDate: '2030-02-30',
          untilDate: '2030-04-07',
          startTime: '25:00',
          endTime: '22:00',
          exceptDates: ['soon'],
          capacity: 0,
          priceOverrides: [{ ticketTypeId: tour.adult.id, priceMinor: -1 }],
        },
      },
      admin.headers,
    );
    const error = response.errors![0];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (error.extensions?.fields as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'weekdays',
        'fromDate',
        'startTime',
        'exceptDates.0',
        'capacity',
        'priceOverrides.0.priceMinor',
      ]),
    );
    expect(await server.dataSource.getRepository(EventEntity).countBy({ seriesId: tour.id })).toBe(0);
  });

  it('refuses more than 200 dates at once, naming untilDate', async () => {
    const tour = await series();
    const response = await server.graphql(
      ADD_BY_RULE,
      {
        input: {
          seriesId: tour.id,
          weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
          fromDate: '2030-01-01',
          untilDate: '2030-12-31',
          startTime: '10:00',
          endTime: '11:00',
        },
      },
      admin.headers,
    );
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'untilDate' });
    expect(response.errors![0].message).toContain('261 dates');
  });

  it('adds dates only to a series', async () => {
    const single = await mutate<{ event: { id: string } }>(CREATE, {
      input: {
        slug: `single-${Date.now().toString(36)}`,
        title: 'Single',
        startsAt: new Date(Date.now() + DAY).toISOString(),
        endsAt: new Date(Date.now() + 2 * DAY).toISOString(),
        timeZone: 'Europe/Berlin',
        currency: 'EUR',
        venue: { name: 'Hall' },
      },
    });
    const payload = await mutate<DatesPayload>(ADD_DATE, {
      input: {
        seriesId: single.event.id,
        startsAt: new Date(Date.now() + DAY).toISOString(),
        endsAt: new Date(Date.now() + 2 * DAY).toISOString(),
      },
    });
    expect(payload.errors.map((error) => [error.code, error.field])).toEqual([['NOT_A_SERIES', 'seriesId']]);
  });
});

describe('a date’s overrides', () => {
  it('sets the date’s total capacity, prices and sales window, and leaves the series alone', async () => {
    const tour = await series();
    const salesEndAt = '2030-05-01T10:00:00.000Z';
    const payload = await mutate<DatesPayload>(ADD_DATE, {
      input: {
        seriesId: tour.id,
        startsAt: '2030-05-02T17:00:00.000Z',
        endsAt: '2030-05-02T19:00:00.000Z',
        capacity: 6,
        priceOverrides: [{ ticketTypeId: tour.child.id, priceMinor: 500 }],
        salesEndAt,
      },
    });
    expect(payload.errors).toEqual([]);
    const [date] = payload.dates;
    expect(date.ticketTypes).toEqual([
      { name: 'Adult', price: { amountMinor: 2000 }, salesEndAt },
      { name: 'Child', price: { amountMinor: 500 }, salesEndAt },
    ]);
    expect(date.capacityPools).toEqual(
      expect.arrayContaining([
        { capacity: 6, allTicketTypes: true },
        { capacity: 10, allTicketTypes: false },
      ]),
    );
    expect((await dateTypes(tour.id)).map((type) => type.priceMinor)).toEqual([2000, 1000]);
    expect(await server.dataSource.getRepository(CapacityPoolEntity).countBy({ eventId: tour.id })).toBe(1);
  });

  it('refuses a price for a ticket type the series does not have', async () => {
    const tour = await series();
    const other = await series();
    const payload = await mutate<DatesPayload>(ADD_DATE, {
      input: {
        seriesId: tour.id,
        startsAt: '2030-05-02T17:00:00.000Z',
        endsAt: '2030-05-02T19:00:00.000Z',
        priceOverrides: [{ ticketTypeId: other.adult.id, priceMinor: 500 }],
      },
    });
    expect(payload.errors.map((error) => [error.code, error.field])).toEqual([
      ['TICKET_TYPE_NOT_FOUND', 'priceOverrides.0.ticketTypeId'],
    ]);
  });
});

/** A published series with two upcoming dates (the series' pool of `shared` seats copied to each). */
async function publishedSeriesWithDates(shared = 10) {
  const tour = await series(shared);
  const start = new Date(Date.now() + 10 * DAY);
  const added = [];
  for (const offset of [0, 7]) {
    const startsAt = new Date(start.getTime() + offset * DAY);
    const payload = await mutate<DatesPayload>(ADD_DATE, {
      input: {
        seriesId: tour.id,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      },
    });
    added.push(payload.dates[0]);
  }
  expect((await mutate<{ errors: unknown[] }>(PUBLISH, { id: tour.id })).errors).toEqual([]);
  const first = await dateEntity(added[0].id);
  const second = await dateEntity(added[1].id);
  return {
    tour,
    first,
    second,
    firstTypes: await dateTypes(first.id),
    secondTypes: await dateTypes(second.id),
  };
}

describe('booking', () => {
  it('books one date, refuses the series itself, and counts seats per date', async () => {
    const { tour, first, second, firstTypes, secondTypes } = await publishedSeriesWithDates(3);
    expect([first.status, second.status]).toEqual([EventStatus.PUBLISHED, EventStatus.PUBLISHED]);

    const refused = await bookViaApi(server, bookingInput({ id: tour.id }, [[tour.adult, 1]]));
    expect(refused.data!.createBooking.errors.map((error) => [error.code, error.field])).toEqual([
      ['SERIES_NOT_BOOKABLE', 'eventId'],
    ]);

    const free = { priceMinor: 0 };
    await server.dataSource.getRepository(TicketTypeEntity).update({ eventId: first.id }, free);
    await server.dataSource.getRepository(TicketTypeEntity).update({ eventId: second.id }, free);
    const booked = await bookViaApi(
      server,
      bookingInput(first, [
        [firstTypes[0], 2],
        [firstTypes[1], 1],
      ]),
    );
    expect(booked.data!.createBooking.errors).toEqual([]);
    // The first date's shared pool is full; the second date's is untouched.
    const full = await bookViaApi(server, bookingInput(first, [[firstTypes[1], 1]]));
    expect(full.data!.createBooking.errors.map((error) => error.code)).toEqual(['SOLD_OUT']);
    const other = await bookViaApi(server, bookingInput(second, [[secondTypes[1], 3]]));
    expect(other.data!.createBooking.errors).toEqual([]);

    const shown = await server.graphql<{
      event: {
        isSeries: boolean;
        dateCount: number;
        dates: { slug: string; availability: string; seatsLeft: number }[];
      };
    }>(
      `query ($slug: String!) { event(slug: $slug) { isSeries dateCount dates { slug availability seatsLeft } } }`,
      {
        slug: tour.slug,
      },
    );
    expect(shown.data!.event).toEqual({
      isSeries: true,
      dateCount: 2,
      dates: [
        { slug: first.slug, availability: 'SOLD_OUT', seatsLeft: 0 },
        { slug: second.slug, availability: 'SOLD_OUT', seatsLeft: 0 },
      ],
    });
  });

  it('counts sales per date in the series’ dates list, and all its dates in its sales overview', async () => {
    const { tour, first, second, firstTypes, secondTypes } = await publishedSeriesWithDates();
    const free = { priceMinor: 0 };
    await server.dataSource.getRepository(TicketTypeEntity).update({ eventId: first.id }, free);
    await server.dataSource.getRepository(TicketTypeEntity).update({ eventId: second.id }, free);
    await bookViaApi(server, bookingInput(first, [[firstTypes[0], 2]]));
    await bookViaApi(server, bookingInput(second, [[secondTypes[1], 3]]));
    const response = await server.graphql<{
      adminEvent: { dates: { slug: string; sold: number; capacity: number }[] };
      salesOverview: { today: { ticketsSold: number } };
    }>(
      `query ($id: ID!) {
        adminEvent(id: $id) { dates { slug sold capacity } }
        salesOverview(eventId: $id) { today { ticketsSold } }
      }`,
      { id: tour.id },
      admin.headers,
    );
    expect(response.data!.adminEvent.dates).toEqual([
      { slug: first.slug, sold: 2, capacity: 10 },
      { slug: second.slug, sold: 3, capacity: 10 },
    ]);
    expect(response.data!.salesOverview.today.ticketsSold).toBe(5);

    // The dashboard's list: what is booked, date by date, without the series itself.
    const booked = await server.graphql<{ adminEvents: { nodes: { slug: string }[] } }>(
      `query { adminEvents(first: 100, filter: { includeDates: true, excludeSeries: true }) { nodes { slug } } }`,
      {},
      admin.headers,
    );
    const slugs = booked.data!.adminEvents.nodes.map((node) => node.slug);
    expect(slugs).toEqual(expect.arrayContaining([first.slug, second.slug]));
    expect(slugs).not.toContain(tour.slug);
  });

  it('lists a series once, not its dates, and opens a date by its slug with a link to its series', async () => {
    const { tour, first } = await publishedSeriesWithDates();
    const listed = await server.graphql<{ events: { nodes: { slug: string }[] } }>(
      `query { events(first: 100) { nodes { slug } } }`,
    );
    const slugs = listed.data!.events.nodes.map((node) => node.slug);
    expect(slugs.filter((slug) => slug.startsWith(tour.slug))).toEqual([tour.slug]);

    const date = await server.graphql<{ event: { slug: string; series: { slug: string } } }>(
      `query ($slug: String!) { event(slug: $slug) { slug series { slug } } }`,
      { slug: first.slug },
    );
    expect(date.data!.event).toEqual({ slug: first.slug, series: { slug: tour.slug } });
  });
});

describe('a private series', () => {
  it('opens its dates with the series’ key, also after the key is rotated', async () => {
    const tour = await series();
    const setVisibility = `mutation ($input: SetEventVisibilityInput!) { setEventVisibility(input: $input) {
      event { accessKey } errors { code } } }`;
    const made = await mutate<{ event: { accessKey: string } }>(setVisibility, {
      input: { id: tour.id, visibility: 'PRIVATE' },
    });
    const added = await mutate<DatesPayload>(ADD_DATE, {
      input: { seriesId: tour.id, startsAt: '2030-05-02T17:00:00.000Z', endsAt: '2030-05-02T19:00:00.000Z' },
    });
    await mutate(PUBLISH, { id: tour.id });
    const open = (accessKey: string | null) =>
      server
        .graphql<{ event: { slug: string } | null }>(
          `query ($slug: String!, $accessKey: String) { event(slug: $slug, accessKey: $accessKey) { slug } }`,
          { slug: added.dates[0].slug, accessKey },
        )
        .then((response) => response.data!.event?.slug ?? null);
    const oldKey = made.event.accessKey;
    expect(await open(oldKey)).toBe(added.dates[0].slug);
    expect(await open(null)).toBeNull();

    const rotated = await mutate<{ event: { accessKey: string } }>(
      `mutation ($id: ID!) { rotateEventAccessKey(id: $id) { event { accessKey } errors { code } } }`,
      { id: tour.id },
    );
    expect(await open(rotated.event.accessKey)).toBe(added.dates[0].slug);
    expect(await open(oldKey)).toBeNull();
    const onDate = await mutate<{ errors: { code: string }[] }>(setVisibility, {
      input: { id: added.dates[0].id, visibility: 'PUBLIC' },
    });
    expect(onDate.errors.map((error) => error.code)).toEqual(['PART_OF_SERIES']);
  });
});

describe('cancelling a date', () => {
  const cancelledMails = (eventId: string) =>
    server.dataSource
      .getRepository(EmailMessageEntity)
      .createQueryBuilder('message')
      .where('message.kind = :kind', { kind: EmailKind.EVENT_CANCELLED })
      .andWhere(`message.cause_key LIKE 'event-cancelled:%'`)
      .andWhere(
        `substring(message.cause_key from 17)::uuid IN (SELECT id FROM booking WHERE event_id = :eventId)`,
        { eventId },
      )
      .getMany();

  it('e-mails each buyer holding seats or tickets (not expired ones) and ends the holds', async () => {
    const { first, second, firstTypes } = await publishedSeriesWithDates();
    const bookings = server.dataSource.getRepository(BookingEntity);
    const held = await bookViaApi(server, bookingInput(first, [[firstTypes[0], 1]]));
    const expired = await bookViaApi(server, bookingInput(first, [[firstTypes[0], 1]]));
    await bookings.update({ id: expired.data!.createBooking.booking!.id }, { status: 'EXPIRED' as never });
    const paid = await approvedBooking(server, first, firstTypes[1], 1);
    await capturePayment(server, paid.token, paid.orderId);

    const payload = await mutate<{ event: { status: string }; errors: unknown[] }>(CANCEL, {
      id: first.id,
      options: { notifyBuyers: true, message: 'The guide is ill.' },
    });
    expect(payload).toEqual({ event: { status: 'CANCELLED' }, errors: [] });
    const mails = await cancelledMails(first.id);
    expect(mails).toHaveLength(2);
    expect(mails.every((mail) => mail.text.includes('The guide is ill.'))).toBe(true);
    // The hold ends (a job); the paid booking stays valid until refunded on request.
    const heldId = held.data!.createBooking.booking!.id;
    const ended = await eventually(
      () => bookings.findOneByOrFail({ id: heldId }),
      (booking) => booking.status === 'CANCELLED',
    );
    expect(ended.status).toBe('CANCELLED');
    expect((await bookings.findOneByOrFail({ id: paid.booking.id })).status).toBe('CONFIRMED');
    expect((await dateEntity(second.id)).status).toBe(EventStatus.PUBLISHED);
  });

  it('refunds paid bookings in full through PayPal when asked', async () => {
    const { first, firstTypes } = await publishedSeriesWithDates();
    const paid = await approvedBooking(server, first, firstTypes[0], 2);
    await capturePayment(server, paid.token, paid.orderId);

    await mutate(CANCEL, { id: first.id, options: { notifyBuyers: true, refundPaidBookings: true } });
    const bookings = server.dataSource.getRepository(BookingEntity);
    const refunded = await eventually(
      () => bookings.findOneByOrFail({ id: paid.booking.id }),
      (booking) => booking.status === 'CANCELLED',
    );
    expect(refunded.status).toBe('CANCELLED');
    const [{ total }] = await server.dataSource.query<{ total: number }[]>(
      'SELECT coalesce(sum(amount_minor), 0)::int AS total FROM booking_refund WHERE booking_id = $1',
      [paid.booking.id],
    );
    expect(total).toBe(4000);
    expect(await cancelledMails(first.id)).toHaveLength(1);
  });

  it('cancels nothing more without options (as before), and a series with all its dates', async () => {
    const { tour, first, firstTypes } = await publishedSeriesWithDates();
    await bookViaApi(server, bookingInput(first, [[firstTypes[0], 1]]));
    await mutate(CANCEL, { id: tour.id });
    expect((await dateEntity(first.id)).status).toBe(EventStatus.CANCELLED);
    expect(await cancelledMails(first.id)).toHaveLength(0);
  });
});

describe('the waiting list of a date', () => {
  const JOIN = `mutation ($input: JoinWaitingListInput!) { joinWaitingList(input: $input) {
    place { quantity } errors { code field } } }`;
  const PICKER = `query ($slug: String!) { event(slug: $slug) { dates(first: 10) { id availability seatsLeft } } }`;
  const join = async (eventId: string, ticketTypeId: string, email: string) => {
    const response = await server.graphql<{ joinWaitingList: { errors: { code: string }[] } }>(JOIN, {
      input: { eventId, ticketTypeId, name: 'Wanda Waiter', email, quantity: 1 },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.joinWaitingList.errors.map((error) => error.code);
  };
  /** The kinds of e-mail written to an address. */
  const mailsTo = async (email: string) =>
    (
      await server.dataSource.query<{ kind: string }[]>(
        'SELECT kind FROM email_message WHERE $1 = ANY(recipients) ORDER BY created_at',
        [email],
      )
    ).map((row) => row.kind);

  it('copies the series’ waiting-list settings into each date', async () => {
    const tour = await series();
    await server.dataSource.query(
      `INSERT INTO waiting_list_settings (event_id, enabled, auto_offer, offer_hours) VALUES ($1, true, false, 6)`,
      [tour.id],
    );
    const startsAt = new Date(Date.now() + 12 * DAY);
    const { dates } = await mutate<DatesPayload>(ADD_DATE, {
      input: {
        seriesId: tour.id,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      },
    });
    const rows = await server.dataSource.query<
      { enabled: boolean; auto_offer: boolean; offer_hours: number }[]
    >('SELECT enabled, auto_offer, offer_hours FROM waiting_list_settings WHERE event_id = $1', [
      dates[0].id,
    ]);
    expect(rows).toEqual([{ enabled: true, auto_offer: false, offer_hours: 6 }]);
  });

  it('calls a date sold out when its shared pool is, in the picker and for the waiting list', async () => {
    const { tour, first, second, firstTypes } = await publishedSeriesWithDates(2);
    expect(await join(first.id, firstTypes[0].id, 'early@example.org')).toEqual(['NOT_SOLD_OUT']);
    await bookViaApi(
      server,
      bookingInput(first, [
        [firstTypes[0], 1],
        [firstTypes[1], 1],
      ]),
    );

    const picker = await server.graphql<{
      event: { dates: { id: string; availability: string; seatsLeft: number }[] };
    }>(PICKER, { slug: tour.slug });
    expect(picker.data!.event.dates).toEqual([
      { id: first.id, availability: 'SOLD_OUT', seatsLeft: 0 },
      { id: second.id, availability: 'ON_SALE', seatsLeft: 2 },
    ]);
    // Both ticket types have 50 seats of their own; the pool is what is gone.
    expect(await join(first.id, firstTypes[0].id, 'wanda@example.org')).toEqual([]);
    expect(await join(first.id, firstTypes[1].id, 'walt@example.org')).toEqual([]);
  });

  const entryStatuses = async (eventId: string) =>
    (
      await server.dataSource.query<{ email: string; status: string }[]>(
        'SELECT email, status FROM waiting_list_entry WHERE event_id = $1 ORDER BY email',
        [eventId],
      )
    ).map((row) => [row.email, row.status]);
  const cancelBooking = (bookingId: string) =>
    mutate(`mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }`, {
      input: { bookingId, reason: 'Freed', refund: false },
    });

  it('closes the waiting list of a cancelled date with it: offered seats back, one e-mail per person, other dates alone', async () => {
    const { first, second, firstTypes, secondTypes } = await publishedSeriesWithDates(1);
    const held = await bookViaApi(server, bookingInput(first, [[firstTypes[0], 1]]));
    await bookViaApi(server, bookingInput(second, [[secondTypes[0], 1]]));
    expect(await join(first.id, firstTypes[0].id, 'closing-offered@example.org')).toEqual([]);
    expect(await join(first.id, firstTypes[0].id, 'closing-next@example.org')).toEqual([]);
    expect(await join(first.id, firstTypes[1].id, 'closing-child@example.org')).toEqual([]);
    expect(await join(second.id, secondTypes[0].id, 'closing-later@example.org')).toEqual([]);
    // The hold ends: its seat is offered to the first in line (held for them in the counters).
    await cancelBooking(held.data!.createBooking.booking!.id);
    // The date's held seats (its ticket types) and its pool's used seats.
    const counters = async () => {
      const [row] = await server.dataSource.query<{ held: number; used: number }[]>(
        `SELECT (SELECT sum(held_count)::int FROM ticket_type WHERE event_id = $1) AS held,
                (SELECT used_count FROM capacity_pool WHERE event_id = $1) AS used`,
        [first.id],
      );
      return row;
    };
    expect(await counters()).toEqual({ held: 1, used: 1 });
    // Which line is served first depends on the ticket types' ids: one entry holds the seat.
    const [{ email: offered }] = await server.dataSource.query<{ email: string }[]>(
      `SELECT email FROM waiting_list_entry WHERE event_id = $1 AND status = 'OFFERED'`,
      [first.id],
    );
    expect(await mailsTo(offered)).toEqual(['WAITING_LIST_OFFER']);

    await mutate(CANCEL, { id: first.id, options: { notifyBuyers: true, message: 'Storm warning.' } });
    // All in the cancelling transaction: no job or sweep to wait for.
    expect(await entryStatuses(first.id)).toEqual([
      ['closing-child@example.org', 'EVENT_CANCELLED'],
      ['closing-next@example.org', 'EVENT_CANCELLED'],
      ['closing-offered@example.org', 'EVENT_CANCELLED'],
    ]);
    expect(await counters()).toEqual({ held: 0, used: 0 });
    for (const email of [
      'closing-offered@example.org',
      'closing-next@example.org',
      'closing-child@example.org',
    ]) {
      const told = await mailsTo(email);
      expect(told).toEqual(
        email === offered
          ? ['WAITING_LIST_OFFER', 'WAITING_LIST_EVENT_CANCELLED']
          : ['WAITING_LIST_EVENT_CANCELLED'],
      );
    }
    const [mail] = await server.dataSource.query<{ subject: string; text: string }[]>(
      `SELECT subject, text FROM email_message WHERE kind = 'WAITING_LIST_EVENT_CANCELLED'
       AND 'closing-child@example.org' = ANY(recipients)`,
    );
    const when = formatDateTime(first.startsAt, first.timeZone);
    expect(mail.subject).toBe(`City tour, ${when} is cancelled`);
    expect(mail.text).toContain(`City tour, ${when} has been cancelled`);
    expect(mail.text).toContain('waiting list for Child; nothing was charged');
    expect(mail.text).toContain('Storm warning.');
    // The other date's list is untouched.
    expect(await entryStatuses(second.id)).toEqual([['closing-later@example.org', 'WAITING']]);
    expect(await mailsTo('closing-later@example.org')).toEqual([]);
  });

  it('closes the list without e-mails when buyers are not notified, and offers the freed seats to nobody', async () => {
    const { first, firstTypes } = await publishedSeriesWithDates(1);
    const held = await bookViaApi(server, bookingInput(first, [[firstTypes[0], 1]]));
    const heldId = held.data!.createBooking.booking!.id;
    expect(await join(first.id, firstTypes[0].id, 'patient@example.org')).toEqual([]);

    await mutate(CANCEL, { id: first.id, options: { notifyBuyers: false } });
    expect(await entryStatuses(first.id)).toEqual([['patient@example.org', 'EVENT_CANCELLED']]);
    // The hold ends (its seats go back) in a job, on a cancelled date: nobody is offered them.
    const bookings = server.dataSource.getRepository(BookingEntity);
    await eventually(
      () => bookings.findOneByOrFail({ id: heldId }),
      (booking) => booking.status === 'CANCELLED',
    );
    expect(await mailsTo('patient@example.org')).toEqual([]);
  });

  it('closes an offer made before its date was cancelled, saying why', async () => {
    const { first, firstTypes } = await publishedSeriesWithDates(1);
    const held = await bookViaApi(server, bookingInput(first, [[firstTypes[0], 1]]));
    expect(await join(first.id, firstTypes[0].id, 'offered@example.org')).toEqual([]);
    await mutate(
      `mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }`,
      {
        input: { bookingId: held.data!.createBooking.booking!.id, reason: 'Freed', refund: false },
      },
    );
    const [mail] = await server.dataSource.query<{ text: string }[]>(
      `SELECT text FROM email_message WHERE kind = 'WAITING_LIST_OFFER' AND 'offered@example.org' = ANY(recipients)`,
    );
    const token = /\/checkout\/offer\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    const OFFER = `query ($token: String!) { waitingListOffer(token: $token) { status open eventCancelled } }`;
    const before = await server.graphql<{ waitingListOffer: unknown }>(OFFER, { token });
    expect(before.data!.waitingListOffer).toEqual({ status: 'OFFERED', open: true, eventCancelled: false });

    await mutate(CANCEL, { id: first.id, options: { notifyBuyers: true } });
    const after = await server.graphql<{ waitingListOffer: unknown }>(OFFER, { token });
    expect(after.data!.waitingListOffer).toEqual({
      status: 'EVENT_CANCELLED',
      open: false,
      eventCancelled: true,
    });
  });
});

describe('authorization', () => {
  it('denies the date mutations and cancelling to anonymous callers and to STAFF', async () => {
    const tour = await series();
    const staff = await loginAs(server, AdminRole.STAFF);
    const calls: [string, Record<string, unknown>][] = [
      [
        ADD_DATE,
        { input: { seriesId: tour.id, startsAt: '2030-05-02T17:00:00Z', endsAt: '2030-05-02T19:00:00Z' } },
      ],
      [
        ADD_BY_RULE,
        {
          input: {
            seriesId: tour.id,
            weekdays: ['MONDAY'],
            fromDate: '2030-05-01',
            untilDate: '2030-05-31',
            startTime: '10:00',
            endTime: '11:00',
          },
        },
      ],
      [CANCEL, { id: tour.id, options: { notifyBuyers: true } }],
    ];
    for (const [query, variables] of calls) {
      const anonymous = await server.graphql(query, variables);
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const asStaff = await server.graphql(query, variables, staff.headers);
      expect(asStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await server.dataSource.getRepository(EventEntity).countBy({ seriesId: tour.id })).toBe(0);
  });
});
