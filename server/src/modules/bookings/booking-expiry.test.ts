import { BOOKING_BY_TOKEN, bookViaApi, type BookingData } from '../../../test/bookings';
import { bookingInput, createBooking, createEvent, createTicketType, DAY } from '../../../test/factories';
import { lifecycleSteps } from '../../../test/lifecycle';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { BookingEntity, BookingStatus } from './booking.entity';
import { TicketEntity, TicketStatus } from './ticket.entity';

const MINUTE = 60 * 1000;
const START = new Date('2030-05-01T10:00:00.000Z');

let server: TestServer;
let now: Date;

// A database per test: the sweep works on every booking there is.
beforeEach(async () => {
  now = START;
  server = await startTestServer({ clock: () => now, env: { BOOKING_HOLD_MINUTES: '10' } });
});

afterEach(() => server.close());

const later = (minutes: number) => new Date(START.getTime() + minutes * MINUTE);

async function counters(ticketTypeId: string) {
  const ticketType = await server.dataSource
    .getRepository(TicketTypeEntity)
    .findOneByOrFail({ id: ticketTypeId });
  return { held: ticketType.heldCount, sold: ticketType.soldCount };
}

async function eventWithSeats(capacity: number) {
  const event = await createEvent(server.dataSource, { startsAt: new Date(START.getTime() + 7 * DAY) });
  const ticketType = await createTicketType(server.dataSource, event, { capacity });
  return { event, ticketType };
}

describe('holds', () => {
  it('last BOOKING_HOLD_MINUTES, then expire and give their seats back, which can be booked again', async () => {
    const { event, ticketType } = await eventWithSeats(2);
    const first = await bookViaApi(server, bookingInput(event, [[ticketType, 2]]));
    expect(first.data!.createBooking.booking!.holdExpiresAt).toBe(later(10).toISOString());
    const soldOut = await bookViaApi(server, bookingInput(event, [[ticketType, 1]]));
    expect(soldOut.data!.createBooking.errors.map((error) => error.code)).toEqual(['SOLD_OUT']);

    // Not yet: the hold runs until its last instant.
    expect(await lifecycleSteps(server.app.services).expireHolds(later(10))).toBe(0);
    expect(await lifecycleSteps(server.app.services).expireHolds(later(11))).toBe(1);

    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
    const lookup = await server.graphql<{ booking: BookingData }>(BOOKING_BY_TOKEN, {
      token: first.data!.createBooking.token,
    });
    expect(lookup.data!.booking).toMatchObject({ status: 'EXPIRED', holdExpiresAt: null });
    expect(lookup.data!.booking.tickets.map((ticket) => ticket.status)).toEqual(['VOID', 'VOID']);

    now = later(12);
    const again = await bookViaApi(server, bookingInput(event, [[ticketType, 2]]));
    expect(again.data!.createBooking.booking?.status).toBe('AWAITING_PAYMENT');
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });
  });

  it('expire only unpaid holds: confirmed and pending-payment bookings are left alone', async () => {
    const { event, ticketType } = await eventWithSeats(10);
    const free = await createTicketType(server.dataSource, event, { priceMinor: 0 });
    const bookings = lifecycleSteps(server.app.services);
    const unpaid = await createBooking(server.app.services, event, [[ticketType, 1]], START);
    const pending = await createBooking(server.app.services, event, [[ticketType, 2]], START);
    await bookings.markPaymentPending(
      pending.booking.id,
      { captureId: 'CAPTURE-P', amountMinor: pending.booking.total.amountMinor, currency: 'EUR' },
      START,
    );
    const confirmed = await createBooking(server.app.services, event, [[free, 1]], START);

    expect(await bookings.expireHolds(later(60))).toBe(1);

    const statuses = await server.dataSource
      .getRepository(BookingEntity)
      .findBy({ eventId: event.id })
      .then((rows) => Object.fromEntries(rows.map((row) => [row.id, row.status])));
    expect(statuses).toEqual({
      [unpaid.booking.id]: BookingStatus.EXPIRED,
      [pending.booking.id]: BookingStatus.PAYMENT_PENDING,
      [confirmed.booking.id]: BookingStatus.CONFIRMED,
    });
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });
  });

  it('are expired once each when two sweeps run at the same time', async () => {
    const { event, ticketType } = await eventWithSeats(200);
    const other = await createTicketType(server.dataSource, event, { capacity: 200 });
    for (let index = 0; index < 60; index++) {
      await createBooking(
        server.app.services,
        event,
        [
          [ticketType, 1 + (index % 3)],
          [other, 1],
        ],
        START,
      );
    }
    const held = await counters(ticketType.id);
    expect(held.held).toBe(20 * (1 + 2 + 3));

    const bookings = lifecycleSteps(server.app.services);
    const expiredBySweep = await Promise.all([1, 2, 3, 4].map(() => bookings.expireHolds(later(30))));

    expect(expiredBySweep.reduce((sum, count) => sum + count, 0)).toBe(60);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
    expect(await counters(other.id)).toEqual({ held: 0, sold: 0 });
    const tickets = await server.dataSource
      .getRepository(TicketEntity)
      .countBy({ ticketTypeId: other.id, status: TicketStatus.VOID });
    expect(tickets).toBe(60);
  });
});
