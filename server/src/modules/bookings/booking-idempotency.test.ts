import { randomBytes } from 'node:crypto';
import { bookViaApi } from '../../../test/bookings';
import { approveAtPayPal, capturePayment, started } from '../../../test/checkout';
import { bookingInput, createEvent, createTicketType, DAY } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { BookingEntity, BookingStatus } from './booking.entity';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ paymentTimeoutMs: 3000 });
});

afterAll(() => server.close());

const newKey = () => randomBytes(16).toString('base64url');

async function setup(priceMinor = 2000) {
  const event = await createEvent(server.dataSource, { startsAt: new Date(Date.now() + 30 * DAY) });
  const ticketType = await createTicketType(server.dataSource, event, { priceMinor, capacity: 20 });
  return { event, ticketType };
}

async function counters(ticketTypeId: string) {
  const row = await server.dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: ticketTypeId });
  return { held: row.heldCount, sold: row.soldCount };
}

async function submit(input: ReturnType<typeof bookingInput>) {
  const response = await bookViaApi(server, input);
  const payload = response.data?.createBooking;
  if (!payload?.booking || !payload.token) throw new Error(`booking failed: ${JSON.stringify(response)}`);
  return { id: payload.booking.id, status: payload.booking.status, token: payload.token };
}

describe('createBooking with an idempotency key', () => {
  it('gives the same booking back for the same form submitted again, holding its seats once', async () => {
    const { event, ticketType } = await setup();
    const input = bookingInput(event, [[ticketType, 2]], { idempotencyKey: newKey() });

    const first = await submit(input);
    const again = await submit(input);

    expect(again).toEqual(first);
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });
  });

  it('makes one booking when the same form arrives many times at once', async () => {
    const { event, ticketType } = await setup();
    const input = bookingInput(event, [[ticketType, 3]], { idempotencyKey: newKey() });

    const answers = await Promise.all(Array.from({ length: 6 }, () => submit(input)));

    expect(new Set(answers.map((answer) => answer.id)).size).toBe(1);
    expect(new Set(answers.map((answer) => answer.token)).size).toBe(1);
    expect(await counters(ticketType.id)).toEqual({ held: 3, sold: 0 });
    // Submissions that lost the race were released at once: one booking holds seats.
    const holding = await server.dataSource
      .getRepository(BookingEntity)
      .countBy({ eventId: event.id, status: BookingStatus.AWAITING_PAYMENT });
    expect(holding).toBe(1);
  });

  it('makes one free booking when the same free form arrives many times at once', async () => {
    const { event, ticketType } = await setup(0);
    const input = bookingInput(event, [[ticketType, 2]], { idempotencyKey: newKey() });

    const answers = await Promise.all(Array.from({ length: 4 }, () => submit(input)));

    expect(new Set(answers.map((answer) => answer.id)).size).toBe(1);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
  });

  it('releases the earlier unpaid booking when the details changed, and holds the seats once', async () => {
    const { event, ticketType } = await setup();
    const key = newKey();
    const input = bookingInput(event, [[ticketType, 2]], { idempotencyKey: key });
    const first = await submit(input);

    const renamed = { ...input, attendees: input.attendees.map((a, i) => ({ ...a, name: `Renamed ${i}` })) };
    const second = await submit(renamed);

    expect(second.id).not.toBe(first.id);
    const earlier = await server.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: first.id });
    expect(earlier.status).toBe('CANCELLED');
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });
    // The key now belongs to the new booking.
    expect((await submit(renamed)).id).toBe(second.id);
  });

  it('gives the paid booking back after payment, so Back and submit again leads to it', async () => {
    const { event, ticketType } = await setup();
    const input = bookingInput(event, [[ticketType, 1]], { idempotencyKey: newKey() });
    const first = await submit(input);
    const { approvalUrl, orderId } = await started(server, first.token);
    await approveAtPayPal(approvalUrl);
    await capturePayment(server, first.token, orderId);

    const again = await submit(input);

    expect(again).toEqual({ ...first, status: 'CONFIRMED' });
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 1 });
  });

  it('refuses a key too short to be secret, naming the field', async () => {
    const { event, ticketType } = await setup();
    const response = await bookViaApi(
      server,
      bookingInput(event, [[ticketType, 1]], { idempotencyKey: 'short' }),
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors?.[0].extensions?.fields)).toContain('idempotencyKey');
  });
});
