import { postGraphQLBurst } from '../../../test/bookings';
import {
  bookingInput,
  createCapacityPool,
  createEvent,
  createTicketType,
  poolUsedCount,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';

const SEATS = 50;
const ATTEMPTS = 500;
const ROUNDS = 3;

/** Only what the test checks: every attempt costs the one process running client and server. */
const CREATE_BOOKING_BRIEFLY = /* GraphQL */ `
  mutation CreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      booking {
        reference
      }
      errors {
        code
        field
        ticketTypeId
      }
    }
  }
`;

interface BriefResult {
  createBooking: {
    booking: { reference: string } | null;
    errors: { code: string; field: string; ticketTypeId: string }[];
  };
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { DATABASE_POOL_SIZE: '20' } });
});

afterAll(() => server.close());

async function attemptAll(inputs: ReturnType<typeof bookingInput>[]) {
  const answers = await postGraphQLBurst<BriefResult>(
    server.url,
    CREATE_BOOKING_BRIEFLY,
    inputs.map((input) => ({ input })),
  );
  return answers.map((answer) => answer.createBooking);
}

/** Counters of the ticket types and the seats held by booking rows, as the database has them. */
async function heldSeats(ticketType: TicketTypeEntity) {
  const [row] = await server.dataSource.query(
    `SELECT tt.held_count, tt.sold_count,
            (SELECT coalesce(sum(l.quantity), 0)::int FROM booking_line l JOIN booking b ON b.id = l.booking_id
              WHERE l.ticket_type_id = tt.id AND b.status = 'AWAITING_PAYMENT') AS booked,
            (SELECT count(*)::int FROM ticket t WHERE t.ticket_type_id = tt.id) AS tickets
     FROM ticket_type tt WHERE tt.id = $1`,
    [ticketType.id],
  );
  return row as { held_count: number; sold_count: number; booked: number; tickets: number };
}

describe(`${ATTEMPTS} shoppers racing for ${SEATS} seats`, () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`hold exactly ${SEATS} seats and refuse the rest with SOLD_OUT (round ${round})`, async () => {
      const event = await createEvent(server.dataSource);
      const ticketType = await createTicketType(server.dataSource, event, { capacity: SEATS });

      const results = await attemptAll(
        Array.from({ length: ATTEMPTS }, () => bookingInput(event, [[ticketType, 1]])),
      );

      const booked = results.filter((result) => result.booking);
      const refused = results.filter((result) => !result.booking);
      expect(booked).toHaveLength(SEATS);
      expect(refused).toHaveLength(ATTEMPTS - SEATS);
      for (const result of refused) {
        expect(result.errors).toEqual([
          expect.objectContaining({
            code: 'SOLD_OUT',
            field: 'lines.0.quantity',
            ticketTypeId: ticketType.id,
          }),
        ]);
      }
      expect(new Set(booked.map((result) => result.booking!.reference)).size).toBe(SEATS);
      expect(await heldSeats(ticketType)).toEqual({
        held_count: SEATS,
        sold_count: 0,
        booked: SEATS,
        tickets: SEATS,
      });
    });
  }

  for (let round = 1; round <= ROUNDS; round++) {
    it(`hold exactly ${SEATS} seats of two ticket types sharing a pool of ${SEATS} (round ${round})`, async () => {
      const event = await createEvent(server.dataSource);
      const types = await Promise.all([
        createTicketType(server.dataSource, event, { capacity: SEATS }),
        createTicketType(server.dataSource, event, { capacity: SEATS }),
      ]);
      const pool = await createCapacityPool(server.dataSource, event, {
        capacity: SEATS,
        ticketTypes: types,
      });

      const results = await attemptAll(
        Array.from({ length: ATTEMPTS }, (_, index) => bookingInput(event, [[types[index % 2], 1]])),
      );

      const booked = results.filter((result) => result.booking);
      expect(booked).toHaveLength(SEATS);
      for (const result of results.filter((refused) => !refused.booking)) {
        expect(result.errors).toEqual([expect.objectContaining({ code: 'SOLD_OUT' })]);
      }
      const [first, second] = await Promise.all(types.map(heldSeats));
      expect(first.held_count + second.held_count).toBe(SEATS);
      expect(first.booked + second.booked).toBe(SEATS);
      expect(first.tickets + second.tickets).toBe(SEATS);
      expect(await poolUsedCount(server.dataSource, pool)).toBe(SEATS);
      // Two ticket types and a pool: more to do per attempt than above, on a machine shared with others.
    }, 90_000);
  }

  it('roll a whole booking back when its second ticket type runs out, keeping counters and rows in step', async () => {
    const event = await createEvent(server.dataSource);
    const [first, second] = (
      await Promise.all([
        createTicketType(server.dataSource, event, { capacity: 1000 }),
        createTicketType(server.dataSource, event, { capacity: 1000 }),
      ])
    ).sort((a, b) => (a.id < b.id ? -1 : 1));
    // Seats are taken in ticket type id order: the scarce type comes second, after the plentiful
    // one was already held inside the same transaction.
    await server.dataSource.query('UPDATE ticket_type SET capacity = $1 WHERE id = $2', [SEATS, second.id]);

    const results = await attemptAll(
      Array.from({ length: 200 }, () =>
        bookingInput(event, [
          [first, 1],
          [second, 1],
        ]),
      ),
    );

    expect(results.filter((result) => result.booking)).toHaveLength(SEATS);
    expect(await heldSeats(first)).toMatchObject({ held_count: SEATS, booked: SEATS, tickets: SEATS });
    expect(await heldSeats(second)).toMatchObject({ held_count: SEATS, booked: SEATS, tickets: SEATS });
  });
});
