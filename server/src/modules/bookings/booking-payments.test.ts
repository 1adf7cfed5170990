import { BOOKING_BY_TOKEN, type BookingData } from '../../../test/bookings';
import { createBooking, createEvent, createTicketType, DAY } from '../../../test/factories';
import { lifecycleSteps } from '../../../test/lifecycle';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { BookingEntity, BookingStatus, PaymentProvider } from './booking.entity';
import { TicketEntity } from './ticket.entity';

const MINUTE = 60 * 1000;
const START = new Date('2030-06-01T09:00:00.000Z');
const later = (minutes: number) => new Date(START.getTime() + minutes * MINUTE);

let server: TestServer;
let bookings: ReturnType<typeof lifecycleSteps>;

beforeAll(async () => {
  server = await startTestServer({
    clock: () => START,
    env: { BOOKING_HOLD_MINUTES: '15', BOOKING_PAYMENT_HOLD_MINUTES: '45', BOOKING_HOLD_MAX_MINUTES: '60' },
  });
  bookings = lifecycleSteps(server.app.services);
});

afterAll(() => server.close());

async function paidSetup(capacity = 10, quantity = 2, priceMinor = 2000) {
  const event = await createEvent(server.dataSource, { startsAt: new Date(START.getTime() + 7 * DAY) });
  const ticketType = await createTicketType(server.dataSource, event, { capacity, priceMinor });
  const { booking, token } = await createBooking(server.app.services, event, [[ticketType, quantity]], START);
  return { event, ticketType, booking, token };
}

const paymentFor = (
  booking: { total: { amountMinor: number; currency: string } },
  captureId = 'CAPTURE-1',
) => ({
  captureId,
  amountMinor: booking.total.amountMinor,
  currency: booking.total.currency,
});

async function counters(ticketTypeId: string) {
  const ticketType = await server.dataSource
    .getRepository(TicketTypeEntity)
    .findOneByOrFail({ id: ticketTypeId });
  return { held: ticketType.heldCount, sold: ticketType.soldCount };
}

async function storedBooking(id: string) {
  return server.dataSource.getRepository(BookingEntity).findOneByOrFail({ id });
}

async function lookup(token: string): Promise<BookingData> {
  const response = await server.graphql<{ booking: BookingData }>(BOOKING_BY_TOKEN, { token });
  return response.data!.booking;
}

describe('markPaymentStarted', () => {
  it('stores the provider order and extends the hold to BOOKING_PAYMENT_HOLD_MINUTES from now', async () => {
    const { booking } = await paidSetup();

    const result = await bookings.markPaymentStarted(booking.id, { providerOrderId: 'ORDER-1' }, later(5));

    expect(result.outcome).toBe('STARTED');
    const stored = await storedBooking(booking.id);
    expect(stored).toMatchObject({
      paymentProvider: PaymentProvider.PAYPAL,
      providerOrderId: 'ORDER-1',
      holdExpiresAt: later(50),
    });
  });

  it('extends the hold once per order, and never past BOOKING_HOLD_MAX_MINUTES from the booking', async () => {
    const { booking } = await paidSetup();
    expect((await storedBooking(booking.id)).holdDeadline).toEqual(later(60));

    await bookings.markPaymentStarted(booking.id, { providerOrderId: 'ORDER-ONCE' }, later(5));
    expect((await storedBooking(booking.id)).holdExpiresAt).toEqual(later(50));
    // The same order again, however often (a reload, a retry, a squatter): the hold stays.
    for (const minutes of [10, 20, 40]) {
      const again = await bookings.markPaymentStarted(
        booking.id,
        { providerOrderId: 'ORDER-ONCE' },
        later(minutes),
      );
      expect(again.outcome).toBe('STARTED');
      expect((await storedBooking(booking.id)).holdExpiresAt).toEqual(later(50));
    }
    // An order replacing one that ended unpaid extends, but only up to the deadline.
    await bookings.markPaymentStarted(
      booking.id,
      { providerOrderId: 'ORDER-NEXT', replacesOrderId: 'ORDER-ONCE' },
      later(45),
    );
    expect((await storedBooking(booking.id)).holdExpiresAt).toEqual(later(60));
    expect(
      (await bookings.markPaymentStarted(booking.id, { providerOrderId: 'ORDER-NEXT' }, later(61))).outcome,
    ).toBe('HOLD_EXPIRED');
  });

  it('makes the booking findable by its provider order, as webhooks and reconciliation need', async () => {
    const { booking, token } = await paidSetup();
    await bookings.markPaymentStarted(booking.id, { providerOrderId: 'ORDER-FIND' }, START);

    expect((await bookings.findEntityByProviderOrder('ORDER-FIND'))?.id).toBe(booking.id);
    expect((await bookings.findEntityByToken(token))?.id).toBe(booking.id);
    expect(await bookings.findEntityByProviderOrder('ORDER-UNKNOWN')).toBeNull();
  });

  it('accepts the same order again but refuses a second, different order', async () => {
    const { booking } = await paidSetup();
    await bookings.markPaymentStarted(booking.id, { providerOrderId: 'ORDER-A' }, START);

    expect(
      (await bookings.markPaymentStarted(booking.id, { providerOrderId: 'ORDER-A' }, later(1))).outcome,
    ).toBe('STARTED');
    const other = await bookings.markPaymentStarted(booking.id, { providerOrderId: 'ORDER-B' }, later(2));
    expect(other).toMatchObject({ outcome: 'ORDER_MISMATCH', booking: { providerOrderId: 'ORDER-A' } });
  });

  it('refuses a hold that has run out, swept or not', async () => {
    const { booking } = await paidSetup();
    expect((await bookings.markPaymentStarted(booking.id, { providerOrderId: 'O' }, later(15))).outcome).toBe(
      'HOLD_EXPIRED',
    );
    await bookings.expireHolds(later(16));
    expect((await bookings.markPaymentStarted(booking.id, { providerOrderId: 'O' }, later(16))).outcome).toBe(
      'HOLD_EXPIRED',
    );
    expect(
      (await bookings.markPaymentStarted(crypto.randomUUID(), { providerOrderId: 'O' }, START)).outcome,
    ).toBe('NOT_FOUND');
  });
});

describe('confirmPaidBooking', () => {
  it('confirms a held booking: seats sold, tickets issued with codes, capture stored', async () => {
    const { booking, ticketType, token } = await paidSetup(10, 2, 2000);

    const result = await bookings.confirmPaidBooking(booking.id, paymentFor(booking), later(3));

    expect(result.outcome).toBe('CONFIRMED');
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
    const shown = await lookup(token);
    expect(shown).toMatchObject({
      status: 'CONFIRMED',
      confirmedAt: later(3).toISOString(),
      holdExpiresAt: null,
    });
    expect(shown.tickets.every((ticket) => ticket.status === 'ISSUED' && ticket.code)).toBe(true);
    expect((await storedBooking(booking.id)).providerCaptureId).toBe('CAPTURE-1');
  });

  it('confirms once when called 10 times at once: one confirmation, one set of tickets', async () => {
    const { booking, ticketType, token } = await paidSetup(10, 3);

    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        bookings.confirmPaidBooking(booking.id, paymentFor(booking), later(1)),
      ),
    );

    const outcomes = results.map((result) => result.outcome).sort();
    expect(outcomes).toEqual([...Array(9).fill('ALREADY_CONFIRMED'), 'CONFIRMED']);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 3 });
    const tickets = await server.dataSource.getRepository(TicketEntity).findBy({ bookingId: booking.id });
    expect(tickets).toHaveLength(3);
    const codes = (await lookup(token)).tickets.map((ticket) => ticket.code);
    expect(new Set(codes).size).toBe(3);
    expect(tickets.map((ticket) => ticket.code).sort()).toEqual([...codes].sort());
  });

  it('changes nothing on a later call, and shows which capture confirmed it', async () => {
    const { booking } = await paidSetup();
    await bookings.confirmPaidBooking(booking.id, paymentFor(booking, 'FIRST'), later(1));

    const again = await bookings.confirmPaidBooking(booking.id, paymentFor(booking, 'SECOND'), later(2));

    expect(again).toMatchObject({ outcome: 'ALREADY_CONFIRMED', booking: { providerCaptureId: 'FIRST' } });
    expect((await storedBooking(booking.id)).confirmedAt).toEqual(later(1));
  });

  it('refuses a payment whose amount or currency differs from the total', async () => {
    const { booking, ticketType } = await paidSetup(10, 2, 2000);

    const short = await bookings.confirmPaidBooking(
      booking.id,
      { captureId: 'C', amountMinor: 3999, currency: 'EUR' },
      later(1),
    );
    const otherCurrency = await bookings.confirmPaidBooking(
      booking.id,
      { captureId: 'C', amountMinor: 4000, currency: 'USD' },
      later(1),
    );

    expect([short.outcome, otherCurrency.outcome]).toEqual(['AMOUNT_MISMATCH', 'AMOUNT_MISMATCH']);
    expect((await storedBooking(booking.id)).status).toBe(BookingStatus.AWAITING_PAYMENT);
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });
  });

  it('confirms a booking whose hold expired if its seats are still free', async () => {
    const { booking, ticketType } = await paidSetup(10, 2);
    await bookings.expireHolds(later(20));
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });

    const result = await bookings.confirmPaidBooking(booking.id, paymentFor(booking), later(21));

    expect(result.outcome).toBe('CONFIRMED');
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
    const tickets = await server.dataSource.getRepository(TicketEntity).findBy({ bookingId: booking.id });
    expect(tickets.map((ticket) => ticket.status)).toEqual(['ISSUED', 'ISSUED']);
  });

  it('reports HOLD_LOST when the hold expired and the seats went to someone else, and records the capture', async () => {
    const { event, booking, ticketType } = await paidSetup(2, 2);
    await bookings.expireHolds(later(20));
    await createBooking(server.app.services, event, [[ticketType, 1]], later(20));

    const result = await bookings.confirmPaidBooking(booking.id, paymentFor(booking, 'LATE'), later(21));

    expect(result.outcome).toBe('HOLD_LOST');
    const stored = await storedBooking(booking.id);
    expect(stored).toMatchObject({ status: BookingStatus.EXPIRED, providerCaptureId: 'LATE' });
    expect(await counters(ticketType.id)).toEqual({ held: 1, sold: 0 });
  });

  it('reports HOLD_LOST for a booking cancelled before the payment came in', async () => {
    const { booking, ticketType } = await paidSetup(10, 1);
    expect((await bookings.releaseHold(booking.id)).outcome).toBe('RELEASED');

    const result = await bookings.confirmPaidBooking(booking.id, paymentFor(booking), later(2));

    expect(result.outcome).toBe('HOLD_LOST');
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
  });
});

describe('markPaymentPending and releaseHold', () => {
  it('keeps the seats held while the capture is pending, then confirms on completion', async () => {
    const { booking, ticketType } = await paidSetup(10, 2);

    expect((await bookings.markPaymentPending(booking.id, paymentFor(booking), later(1))).outcome).toBe(
      'PENDING',
    );
    expect((await bookings.markPaymentPending(booking.id, paymentFor(booking), later(2))).outcome).toBe(
      'ALREADY_PENDING',
    );
    await bookings.expireHolds(later(120));
    expect((await storedBooking(booking.id)).status).toBe(BookingStatus.PAYMENT_PENDING);
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });

    expect((await bookings.confirmPaidBooking(booking.id, paymentFor(booking), later(130))).outcome).toBe(
      'CONFIRMED',
    );
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
  });

  it('takes the seats back for a pending capture that arrives after the hold expired, if it can', async () => {
    const { booking, ticketType } = await paidSetup(10, 2);
    await bookings.expireHolds(later(20));

    expect((await bookings.markPaymentPending(booking.id, paymentFor(booking), later(21))).outcome).toBe(
      'PENDING',
    );

    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });
    expect(await storedBooking(booking.id)).toMatchObject({
      status: BookingStatus.PAYMENT_PENDING,
      holdExpiresAt: later(21 + 45),
    });
    const tickets = await server.dataSource.getRepository(TicketEntity).findBy({ bookingId: booking.id });
    expect(tickets.map((ticket) => ticket.status)).toEqual(['PENDING', 'PENDING']);
  });

  it('releases held seats at once and cancels the booking; a second release changes nothing', async () => {
    const { booking, ticketType, token } = await paidSetup(10, 3);

    expect((await bookings.releaseHold(booking.id)).outcome).toBe('RELEASED');
    expect((await bookings.releaseHold(booking.id)).outcome).toBe('NOT_HELD');

    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
    const shown = await lookup(token);
    expect(shown.status).toBe('CANCELLED');
    expect(shown.tickets.map((ticket) => ticket.status)).toEqual(['VOID', 'VOID', 'VOID']);
  });

  it('does not release a confirmed booking', async () => {
    const { booking, ticketType } = await paidSetup(10, 1);
    await bookings.confirmPaidBooking(booking.id, paymentFor(booking), later(1));

    expect((await bookings.releaseHold(booking.id)).outcome).toBe('NOT_HELD');
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 1 });
  });
});
