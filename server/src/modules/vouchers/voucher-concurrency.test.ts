/**
 * A code's uses are counted in the statement that takes the seats (use_booking_voucher, called by
 * take_booking_seats): hundreds of shoppers racing for a code's last uses get exactly as many as
 * there are, and a booking refused for its seats takes no use. Across replicas: replicas.test.ts.
 */
import { postGraphQLBurst } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { blockOf, createReservingVoucher, createVoucher, usedCount } from '../../../test/vouchers';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';

const USES = 50;
const ATTEMPTS = 500;
const ROUNDS = 3;
/** Hundreds of requests at once: on a loaded 2-core machine (the whole suite running) a round takes well over 30 s. */
const BURST_TIMEOUT_MS = 120_000;

const CREATE_BOOKING_BRIEFLY = /* GraphQL */ `
  mutation CreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      booking {
        reference
        total {
          amountMinor
        }
      }
      errors {
        code
        field
      }
    }
  }
`;

interface BriefResult {
  createBooking: {
    booking: { reference: string; total: { amountMinor: number } } | null;
    errors: { code: string; field: string }[];
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

async function seatCounters(ticketType: TicketTypeEntity) {
  const [row] = (await server.dataSource.query(
    `SELECT held_count, sold_count, capacity,
            (SELECT count(*)::int FROM booking b JOIN booking_line l ON l.booking_id = b.id
              WHERE l.ticket_type_id = $1 AND b.voucher_id IS NOT NULL) AS with_code
     FROM ticket_type WHERE id = $1`,
    [ticketType.id],
  )) as { held_count: number; sold_count: number; capacity: number; with_code: number }[];
  return row;
}

describe(`${ATTEMPTS} shoppers racing for a code with ${USES} uses`, () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(
      `use it exactly ${USES} times and are refused with INVALID_VOUCHER after (round ${round})`,
      async () => {
        const event = await createEvent(server.dataSource);
        const ticketType = await createTicketType(server.dataSource, event, {
          capacity: 1000,
          priceMinor: 2500,
        });
        const voucher = await createVoucher(server.dataSource, event, { maxUses: USES });

        const results = await attemptAll(
          Array.from({ length: ATTEMPTS }, () =>
            bookingInput(event, [[ticketType, 1]], { voucherCode: voucher.code }),
          ),
        );

        const booked = results.filter((result) => result.booking);
        expect(booked).toHaveLength(USES);
        for (const result of booked) expect(result.booking!.total.amountMinor).toBe(2000);
        for (const result of results.filter((each) => !each.booking)) {
          expect(result.errors).toEqual([{ code: 'INVALID_VOUCHER', field: 'voucherCode' }]);
        }
        expect(await usedCount(server.dataSource, voucher)).toBe(USES);
        expect(await seatCounters(ticketType)).toEqual({
          held_count: USES,
          sold_count: 0,
          capacity: 1000,
          with_code: USES,
        });
      },
      BURST_TIMEOUT_MS,
    );
  }

  for (let round = 1; round <= ROUNDS; round++) {
    it(
      `book exactly the ${USES} seats a code reserved, while others race for the rest (round ${round})`,
      async () => {
        const others = 30;
        const event = await createEvent(server.dataSource);
        const ticketType = await createTicketType(server.dataSource, event, {
          capacity: USES + others,
          priceMinor: 2500,
        });
        const voucher = await createReservingVoucher(server.dataSource, event, ticketType, USES);

        // The code's holders and 200 shoppers without it, interleaved, all at once.
        const inputs = Array.from({ length: ATTEMPTS + 200 }, (_, index) =>
          index % 7 < 5
            ? bookingInput(event, [[ticketType, 1]], { voucherCode: voucher.code })
            : bookingInput(event, [[ticketType, 1]]),
        );
        const withCode = inputs.filter((input) => input.voucherCode).length;
        expect(withCode).toBe(ATTEMPTS);
        const results = await attemptAll(inputs);

        const booked = results.filter((result, index) => result.booking && inputs[index].voucherCode);
        expect(booked).toHaveLength(USES);
        expect(results.filter((result, index) => result.booking && !inputs[index].voucherCode)).toHaveLength(
          others,
        );
        expect(await blockOf(server.dataSource, voucher)).toEqual({
          reserved: 0,
          used: USES,
          held: USES + others,
          sold: 0,
          capacity: USES + others,
        });
        expect(await seatCounters(ticketType)).toMatchObject({ with_code: USES });
      },
      BURST_TIMEOUT_MS,
    );
  }

  it(
    'never sells a seat beyond capacity, and a booking refused for its seats takes no use',
    async () => {
      const seats = 30;
      const event = await createEvent(server.dataSource);
      const ticketType = await createTicketType(server.dataSource, event, { capacity: seats });
      const voucher = await createVoucher(server.dataSource, event, { maxUses: USES });

      const results = await attemptAll(
        Array.from({ length: ATTEMPTS }, () =>
          bookingInput(event, [[ticketType, 1]], { voucherCode: voucher.code }),
        ),
      );

      expect(results.filter((result) => result.booking)).toHaveLength(seats);
      expect(await usedCount(server.dataSource, voucher)).toBe(seats);
      expect(await seatCounters(ticketType)).toMatchObject({ held_count: seats, with_code: seats });
    },
    BURST_TIMEOUT_MS,
  );
});
