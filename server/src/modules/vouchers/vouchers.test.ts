import { loginAs } from '../../../test/auth';
import { bookViaApi, BOOKING_FIELDS } from '../../../test/bookings';
import { approveAtPayPal, capturePayment, started } from '../../../test/checkout';
import { bookingInput, createEvent, createTicketType, DAY } from '../../../test/factories';
import { lifecycleSteps } from '../../../test/lifecycle';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { APPLY_VOUCHER, createVoucher, usedCount, type ApplyVoucherData } from '../../../test/vouchers';
import { AdminRole } from '../accounts/admin-account.entity';
import { EventVisibility } from '../events/event.entity';
import { VoucherDiscountKind, VoucherUseUnit } from './voucher.entity';
import { INVALID_VOUCHER_MESSAGE } from './voucher-rules';

const MINUTE = 60_000;

let server: TestServer;
let now: Date;

beforeAll(async () => {
  now = new Date();
  server = await startTestServer({ clock: () => now });
});

afterAll(() => server.close());

const BOOKING_WITH_DISCOUNT = /* GraphQL */ `
  query Booking($token: String!) {
    booking(token: $token) {
      ...BookingFields
      voucherCode
      discount {
        amountMinor
      }
      lines {
        unitDiscount {
          amountMinor
        }
      }
    }
  }
  ${BOOKING_FIELDS}
`;

interface DiscountedBooking {
  status: string;
  voucherCode: string | null;
  total: { amountMinor: number };
  discount: { amountMinor: number };
  lines: { ticketTypeId: string; total: { amountMinor: number }; unitDiscount: { amountMinor: number } }[];
}

async function lookup(token: string): Promise<DiscountedBooking> {
  const response = await server.graphql<{ booking: DiscountedBooking }>(BOOKING_WITH_DISCOUNT, { token });
  return response.data!.booking;
}

function applyVoucher(input: Record<string, unknown>) {
  return server.graphql<ApplyVoucherData>(APPLY_VOUCHER, { input });
}

async function paidEventWithTypes() {
  const event = await createEvent(server.dataSource);
  const standard = await createTicketType(server.dataSource, event, { priceMinor: 2500, name: 'Standard' });
  const hidden = await createTicketType(server.dataSource, event, {
    priceMinor: 4000,
    name: 'Backstage',
    isHidden: true,
  });
  return { event, standard, hidden };
}

describe('a discount code', () => {
  it('prices the booking per line on the server, and PayPal is asked for the discounted total', async () => {
    const { event, standard } = await paidEventWithTypes();
    const voucher = await createVoucher(server.dataSource, event, { code: 'SUMMER20' });

    const made = await bookViaApi(
      server,
      bookingInput(event, [[standard, 3]], { voucherCode: ' summer20 ' }),
    );
    const { booking, token, errors } = made.data!.createBooking;
    expect(errors).toEqual([]);
    expect(booking!.total.amountMinor).toBe(3 * 2000);

    const seen = await lookup(token!);
    expect(seen).toMatchObject({ voucherCode: 'SUMMER20', discount: { amountMinor: 1500 } });
    expect(seen.lines).toEqual([
      expect.objectContaining({
        total: { amountMinor: 6000, currency: 'EUR' },
        unitDiscount: { amountMinor: 500 },
      }),
    ]);
    expect(await usedCount(server.dataSource, voucher)).toBe(1);

    const { approvalUrl, orderId } = await started(server, token!);
    expect(await server.payments.gateway.getOrder(orderId)).toMatchObject({ amountMinor: 6000 });
    await approveAtPayPal(approvalUrl);
    const captured = await capturePayment(server, token!, orderId);
    expect(captured.errors).toBeUndefined();
    expect((await lookup(token!)).status).toBe('CONFIRMED');
    expect(await usedCount(server.dataSource, voucher)).toBe(1);

    // The bookings CSV has the code, the booking's discount and each line's.
    const admin = await loginAs(server, AdminRole.ADMIN);
    const csv = await server.graphql<{ adminBookingsCsv: string }>(
      'query ($filter: AdminBookingFilterInput) { adminBookingsCsv(filter: $filter) }',
      { filter: { eventId: event.id } },
      admin.headers,
    );
    const [header, row] = csv.data!.adminBookingsCsv.split('\r\n');
    expect(header.split(',').slice(-3)).toEqual(['voucher_code', 'discount', 'line_discounts']);
    expect(row.split(',').slice(-3)).toEqual(['SUMMER20', '15.00', '3 x Standard: 5.00 off each']);
  });

  it('that takes the whole price off makes a free booking, confirmed at once', async () => {
    const { event, standard } = await paidEventWithTypes();
    await createVoucher(server.dataSource, event, {
      code: 'GUEST',
      discountKind: VoucherDiscountKind.PERCENTAGE,
      discountValue: 100,
    });
    const made = await bookViaApi(server, bookingInput(event, [[standard, 2]], { voucherCode: 'GUEST' }));
    expect(made.errors).toBeUndefined();
    expect(made.data!.createBooking.booking).toMatchObject({
      status: 'CONFIRMED',
      total: { amountMinor: 0 },
    });
  });

  it('is refused with one message whether unknown, not yet valid, expired, disabled, used up or for other tickets', async () => {
    const { event, standard } = await paidEventWithTypes();
    const other = await createTicketType(server.dataSource, event, { priceMinor: 1000 });
    const codes = {
      SOON: { validFrom: new Date(now.getTime() + DAY) },
      PAST: { validUntil: new Date(now.getTime() - MINUTE) },
      OFF: { disabledAt: now },
      GONE: { maxUses: 0 },
      ELSEWHERE: { ticketTypeIds: [other.id] },
    };
    for (const [code, overrides] of Object.entries(codes)) {
      await createVoucher(server.dataSource, event, { code, ...overrides });
    }
    for (const code of ['NOPE', ...Object.keys(codes)]) {
      const made = await bookViaApi(server, bookingInput(event, [[standard, 1]], { voucherCode: code }));
      expect(made.data!.createBooking.errors).toEqual([
        expect.objectContaining({
          code: 'INVALID_VOUCHER',
          field: 'voucherCode',
          message: INVALID_VOUCHER_MESSAGE,
        }),
      ]);
      // Before booking, a code for other ticket types of the event is valid: they are on offer.
      if (code === 'ELSEWHERE') continue;
      const preview = await applyVoucher({ eventId: event.id, code });
      expect(preview.data!.applyVoucher).toEqual({
        voucher: null,
        errors: [
          {
            code: 'INVALID_VOUCHER',
            field: 'code',
            message: INVALID_VOUCHER_MESSAGE,
            retryAfterSeconds: null,
          },
        ],
      });
    }
    // A code of another event is as unknown here.
    const elsewhere = await createEvent(server.dataSource);
    await createVoucher(server.dataSource, elsewhere, { code: 'THEIRS' });
    const made = await bookViaApi(server, bookingInput(event, [[standard, 1]], { voucherCode: 'THEIRS' }));
    expect(made.data!.createBooking.errors.map((error) => error.message)).toEqual([INVALID_VOUCHER_MESSAGE]);
  });

  it('counts uses in tickets when the organiser says so, and limits the tickets of one booking', async () => {
    const { event, standard } = await paidEventWithTypes();
    const voucher = await createVoucher(server.dataSource, event, {
      code: 'FIVE',
      maxUses: 5,
      useUnit: VoucherUseUnit.TICKETS,
      maxPerBooking: 3,
    });
    const tooMany = await bookViaApi(server, bookingInput(event, [[standard, 4]], { voucherCode: 'FIVE' }));
    expect(tooMany.data!.createBooking.errors).toEqual([
      expect.objectContaining({ code: 'VOUCHER_LIMIT_PER_BOOKING', field: 'voucherCode' }),
    ]);
    for (const quantity of [3, 2]) {
      const made = await bookViaApi(
        server,
        bookingInput(event, [[standard, quantity]], { voucherCode: 'FIVE' }),
      );
      expect(made.data!.createBooking.errors).toEqual([]);
    }
    expect(await usedCount(server.dataSource, voucher)).toBe(5);
    const usedUp = await bookViaApi(server, bookingInput(event, [[standard, 1]], { voucherCode: 'FIVE' }));
    expect(usedUp.data!.createBooking.errors.map((error) => error.code)).toEqual(['INVALID_VOUCHER']);
  });

  it('gets its use back when the hold expires or the buyer cancels, and again when a late payment retakes the seats', async () => {
    const { event, standard } = await paidEventWithTypes();
    const voucher = await createVoucher(server.dataSource, event, { code: 'ONCE', maxUses: 1 });
    const first = await bookViaApi(server, bookingInput(event, [[standard, 1]], { voucherCode: 'ONCE' }));
    const firstId = first.data!.createBooking.booking!.id;
    expect(await usedCount(server.dataSource, voucher)).toBe(1);

    const steps = lifecycleSteps(server.app.services);
    expect(await steps.expireHolds(new Date(now.getTime() + 60 * MINUTE))).toBeGreaterThanOrEqual(1);
    expect(await usedCount(server.dataSource, voucher)).toBe(0);

    // PayPal reports a payment for the expired booking: it takes its seats and its use again.
    const confirmed = await steps.confirmPaidBooking(firstId, {
      captureId: 'CAPTURE-ONCE-1',
      amountMinor: 2000,
      currency: 'EUR',
    });
    expect(confirmed.outcome).toBe('CONFIRMED');
    expect(await usedCount(server.dataSource, voucher)).toBe(1);

    const second = await createVoucher(server.dataSource, event, { code: 'TWICE', maxUses: 1 });
    const held = await bookViaApi(server, bookingInput(event, [[standard, 1]], { voucherCode: 'TWICE' }));
    expect(await usedCount(server.dataSource, second)).toBe(1);
    await steps.releaseHold(held.data!.createBooking.booking!.id);
    expect(await usedCount(server.dataSource, second)).toBe(0);
  });
});

describe('an access code', () => {
  it('reveals the hidden ticket types it covers, which nobody else sees or can book', async () => {
    const { event, standard, hidden } = await paidEventWithTypes();
    await createVoucher(server.dataSource, event, {
      code: 'CREW',
      discountKind: VoucherDiscountKind.NONE,
      discountValue: 0,
      revealsHidden: true,
      ticketTypeIds: [hidden.id],
    });
    const listed = await server.graphql<{ event: { ticketTypes: { id: string }[] } }>(
      'query ($slug: String!) { event(slug: $slug) { ticketTypes { id } } }',
      { slug: event.slug },
    );
    expect(listed.data!.event.ticketTypes.map((ticketType) => ticketType.id)).toEqual([standard.id]);

    const without = await bookViaApi(server, bookingInput(event, [[hidden, 1]]));
    expect(without.data!.createBooking.errors.map((error) => error.code)).toEqual(['TICKET_TYPE_NOT_FOUND']);

    const preview = await applyVoucher({ eventSlug: event.slug, code: 'crew' });
    expect(preview.data!.applyVoucher.voucher).toMatchObject({
      code: 'CREW',
      revealedTicketTypes: [{ id: hidden.id, name: 'Backstage' }],
      prices: [
        {
          ticketTypeId: hidden.id,
          unitPrice: { amountMinor: 4000 },
          discountedUnitPrice: { amountMinor: 4000 },
        },
      ],
    });
    const made = await bookViaApi(server, bookingInput(event, [[hidden, 1]], { voucherCode: 'CREW' }));
    expect(made.data!.createBooking.errors).toEqual([]);
    expect(made.data!.createBooking.booking!.total.amountMinor).toBe(4000);
  });

  it('opens a private event without its link, when the organiser wants', async () => {
    const event = await createEvent(server.dataSource, { visibility: EventVisibility.PRIVATE });
    const standard = await createTicketType(server.dataSource, event, { priceMinor: 1000 });
    await createVoucher(server.dataSource, event, { code: 'LOCKED' });
    await createVoucher(server.dataSource, event, { code: 'OPEN', opensPrivateEvent: true });

    const locked = await bookViaApi(server, bookingInput(event, [[standard, 1]], { voucherCode: 'LOCKED' }));
    expect(locked.data!.createBooking.errors.map((error) => error.code)).toEqual(['EVENT_NOT_FOUND']);
    expect(
      (await applyVoucher({ eventSlug: event.slug, code: 'LOCKED' })).data!.applyVoucher.voucher,
    ).toBeNull();

    const open = await bookViaApi(server, bookingInput(event, [[standard, 1]], { voucherCode: 'OPEN' }));
    expect(open.data!.createBooking.errors).toEqual([]);
    const preview = await applyVoucher({ eventSlug: event.slug, code: 'OPEN' });
    expect(preview.data!.applyVoucher.voucher?.event.slug).toBe(event.slug);
  });
});

describe('applyVoucher', () => {
  it('is limited per client address, so codes cannot be found by trying', async () => {
    const limited = await startTestServer({ env: { CHECKOUT_RATE_LIMIT: '3' } });
    try {
      const event = await createEvent(limited.dataSource);
      await createTicketType(limited.dataSource, event);
      const codes = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const response = await limited.graphql<ApplyVoucherData>(APPLY_VOUCHER, {
          input: { eventId: event.id, code: `GUESS${attempt}` },
        });
        codes.push(response.data!.applyVoucher.errors[0].code);
      }
      expect(codes).toEqual(['INVALID_VOUCHER', 'INVALID_VOUCHER', 'INVALID_VOUCHER', 'TOO_MANY_ATTEMPTS']);
    } finally {
      await limited.close();
    }
  });
});
