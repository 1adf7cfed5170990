/**
 * Codes that reserve seats for their holders: the block counts against capacity until used or until
 * the code stops being valid, holders book from it, and seats given back while the code is valid go
 * back into it. Hundreds racing for a block: voucher-concurrency.test.ts and replicas.test.ts.
 */
import { loginAs, type SignedIn } from '../../../test/auth';
import { bookViaApi } from '../../../test/bookings';
import {
  bookingInput,
  createCapacityPool,
  createEvent,
  createTicketType,
  poolUsedCount,
} from '../../../test/factories';
import { lifecycleSteps } from '../../../test/lifecycle';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { blockOf, createReservingVoucher } from '../../../test/vouchers';
import { createRequestContext } from '../../common/request-context';
import { AdminRole } from '../accounts/admin-account.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';

const MINUTE = 60_000;

let server: TestServer;
let admin: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterAll(() => server.close());

interface PayloadData {
  vouchers: { id: string; code: string; reservesSeats: boolean; reservedSeats: number }[];
  errors: { code: string; field: string | null; message: string }[];
}

async function createVouchers(input: Record<string, unknown>): Promise<PayloadData> {
  const response = await server.graphql<{ createVouchers: PayloadData }>(
    `mutation ($input: CreateVouchersInput!) {
       createVouchers(input: $input) {
         vouchers { id code reservesSeats reservedSeats }
         errors { code field message }
       }
     }`,
    { input },
    admin.headers,
  );
  return response.data!.createVouchers;
}

async function setDisabled(id: string, disabled: boolean) {
  const response = await server.graphql<{
    setVoucherDisabled: { voucher: { reservedSeats: number } | null; errors: { code: string }[] };
  }>(
    `mutation ($input: SetVoucherDisabledInput!) {
       setVoucherDisabled(input: $input) { voucher { reservedSeats } errors { code } }
     }`,
    { input: { id, disabled } },
    admin.headers,
  );
  return response.data!.setVoucherDisabled;
}

async function book(ticketType: TicketTypeEntity, quantity: number, voucherCode?: string) {
  const response = await bookViaApi(
    server,
    bookingInput({ id: ticketType.eventId }, [[ticketType, quantity]], voucherCode ? { voucherCode } : {}),
  );
  const { booking, errors } = response.data!.createBooking;
  return { id: booking?.id ?? null, errors: errors.map((error) => error.code) };
}

const inAnHour = () => new Date(Date.now() + 60 * MINUTE).toISOString();
const reserving = (ticketTypeId: string, seats: number) => ({
  discountKind: 'NONE',
  reservesSeats: true,
  ticketTypeIds: [ticketTypeId],
  maxUses: seats,
  useUnit: 'TICKETS',
  validUntil: inAnHour(),
});

describe('a code that reserves seats', () => {
  it('sets them aside when made: others buy only what is left, its holders book from the block', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 10 });
    const made = await createVouchers({
      eventId: event.id,
      code: 'BAND',
      settings: reserving(ticketType.id, 4),
    });
    expect(made).toMatchObject({ errors: [], vouchers: [{ reservesSeats: true, reservedSeats: 4 }] });
    const voucher = made.vouchers[0];
    expect(await blockOf(server.dataSource, voucher)).toEqual({
      reserved: 4,
      used: 0,
      held: 4,
      sold: 0,
      capacity: 10,
    });

    expect((await book(ticketType, 6)).errors).toEqual([]);
    expect((await book(ticketType, 1)).errors).toEqual(['SOLD_OUT']);
    // Sold out to everyone else, but the holders' seats are there, and applyVoucher says so.
    const applied = await server.graphql<{
      applyVoucher: { voucher: { coveredTicketTypes: { availability: string; remaining: number }[] } };
    }>(
      `mutation ($input: ApplyVoucherInput!) {
         applyVoucher(input: $input) { voucher { coveredTicketTypes { availability remaining } } }
       }`,
      { input: { eventId: event.id, code: 'BAND' } },
    );
    expect(applied.data!.applyVoucher.voucher.coveredTicketTypes).toEqual([
      { availability: 'ON_SALE', remaining: 4 },
    ]);
    expect((await book(ticketType, 3, 'band')).errors).toEqual([]);
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 1, used: 3, held: 10 });
    expect((await book(ticketType, 2, 'BAND')).errors).toEqual(['NOT_ENOUGH_SEATS', 'INVALID_VOUCHER']);
    expect((await book(ticketType, 1, 'BAND')).errors).toEqual([]);
    expect(await blockOf(server.dataSource, voucher)).toEqual({
      reserved: 0,
      used: 4,
      held: 10,
      sold: 0,
      capacity: 10,
    });
  });

  it('takes a seat back into its block when a hold is released or expires, or a paid booking is cancelled, while it is valid', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 5 });
    const voucher = await createReservingVoucher(server.dataSource, event, ticketType, 2);
    const steps = lifecycleSteps(server.app.services);

    const holder = await book(ticketType, 2, voucher.code);
    expect((await book(ticketType, 3)).errors).toEqual([]);
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 0, used: 2, held: 5 });

    await steps.releaseHold(holder.id!);
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 2, used: 0, held: 5 });
    // The released seats are the holders' again, not on general sale.
    expect((await book(ticketType, 1)).errors).toEqual(['SOLD_OUT']);

    expect((await book(ticketType, 1, voucher.code)).errors).toEqual([]);
    await steps.expireHolds(new Date(Date.now() + 60 * MINUTE));
    // Every hold expired: the plain ones' seats are free, the holder's went back into the block.
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 2, used: 0, held: 2 });

    const paid = await book(ticketType, 1, voucher.code);
    const confirmed = await steps.confirmPaidBooking(paid.id!, {
      captureId: `CAPTURE-${paid.id}`,
      amountMinor: 2500,
      currency: 'EUR',
    });
    expect(confirmed.outcome).toBe('CONFIRMED');
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({
      reserved: 1,
      used: 1,
      held: 1,
      sold: 1,
    });
    const { unitOfWork, bookingLifecycle } = server.app.services;
    const cancelled = await unitOfWork.withTransaction(createRequestContext(), (tx) =>
      bookingLifecycle.cancel(tx, { bookingId: paid.id!, reason: 'test', expected: 'paid' }),
    );
    expect(cancelled.outcome).toBe('CANCELLED');
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({
      reserved: 2,
      used: 0,
      held: 2,
      sold: 0,
    });
  });

  it('gives its unused seats back to sale when its validity ends, and a seat given back after that too', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 5 });
    const voucher = await createReservingVoucher(server.dataSource, event, ticketType, 3);
    const holder = await book(ticketType, 1, voucher.code);
    expect((await book(ticketType, 3)).errors).toEqual(['NOT_ENOUGH_SEATS']);

    await server.dataSource.query(
      "UPDATE voucher SET valid_until = now() - interval '1 second' WHERE id = $1",
      [voucher.id],
    );
    const steps = lifecycleSteps(server.app.services);
    await steps.expireHolds(new Date());
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 0, used: 1, held: 1 });
    expect((await book(ticketType, 3)).errors).toEqual([]);
    // Running the sweep again (another replica) releases nothing twice.
    await steps.expireHolds(new Date());
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 0, held: 4 });

    await steps.releaseHold(holder.id!);
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 0, used: 0, held: 3 });
    expect((await book(ticketType, 2)).errors).toEqual([]);
    expect((await book(ticketType, 1, voucher.code)).errors).toEqual(['SOLD_OUT', 'INVALID_VOUCHER']);
  });

  it('lets a payment that arrives after the hold expired take its seat and use again, the block shrinking by them', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 5 });
    const voucher = await createReservingVoucher(server.dataSource, event, ticketType, 3);
    const late = await book(ticketType, 1, voucher.code);
    const steps = lifecycleSteps(server.app.services);
    await steps.expireHolds(new Date(Date.now() + 60 * MINUTE));
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 3, used: 0, held: 3 });

    const confirmed = await steps.confirmPaidBooking(late.id!, {
      captureId: `CAPTURE-${late.id}`,
      amountMinor: 2500,
      currency: 'EUR',
    });
    expect(confirmed.outcome).toBe('CONFIRMED');
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({
      reserved: 2,
      used: 1,
      held: 2,
      sold: 1,
    });
    expect((await book(ticketType, 2)).errors).toEqual([]);
    expect((await book(ticketType, 1)).errors).toEqual(['SOLD_OUT']);
  });

  it('gives its seats back at once when disabled, and sets them aside again when enabled if they are free', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 6 });
    const voucher = await createReservingVoucher(server.dataSource, event, ticketType, 3);
    expect((await book(ticketType, 1, voucher.code)).errors).toEqual([]);

    expect(await setDisabled(voucher.id, true)).toEqual({ voucher: { reservedSeats: 0 }, errors: [] });
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 0, used: 1, held: 1 });
    expect((await book(ticketType, 1, voucher.code)).errors).toEqual(['INVALID_VOUCHER']);

    expect(await setDisabled(voucher.id, false)).toEqual({ voucher: { reservedSeats: 2 }, errors: [] });
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 2, used: 1, held: 3 });

    await setDisabled(voucher.id, true);
    expect((await book(ticketType, 4)).errors).toEqual([]);
    expect(await setDisabled(voucher.id, false)).toEqual({
      voucher: null,
      errors: [{ code: 'NOT_ENOUGH_SEATS' }],
    });
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 0, held: 5 });
  });

  it('is refused without exactly one ticket type, a number of uses in tickets and an end, or with more seats than are free', async () => {
    const event = await createEvent(server.dataSource);
    const first = await createTicketType(server.dataSource, event, { capacity: 5 });
    const second = await createTicketType(server.dataSource, event, { capacity: 5 });
    const wrong = await createVouchers({
      eventId: event.id,
      code: 'WRONG',
      settings: {
        ...reserving(first.id, 2),
        ticketTypeIds: [first.id, second.id],
        maxUses: null,
        useUnit: 'BOOKINGS',
        validUntil: null,
      },
    });
    expect(wrong.errors.map(({ code, field }) => [code, field])).toEqual([
      ['INVALID_RESERVATION', 'settings.ticketTypeIds'],
      ['INVALID_RESERVATION', 'settings.maxUses'],
      ['INVALID_RESERVATION', 'settings.useUnit'],
      ['INVALID_RESERVATION', 'settings.validUntil'],
    ]);

    // Two drawn codes of 3 seats each need 6 of the 5 seats.
    const tooMany = await createVouchers({
      eventId: event.id,
      generate: { prefix: 'HOLD', count: 2 },
      settings: reserving(first.id, 3),
    });
    expect(tooMany.errors.map(({ code, field }) => [code, field])).toEqual([
      ['NOT_ENOUGH_SEATS', 'settings.maxUses'],
    ]);
    const [row] = await server.dataSource.query<{ held_count: number }[]>(
      'SELECT held_count FROM ticket_type WHERE id = $1',
      [first.id],
    );
    expect(row.held_count).toBe(0);

    const imported = await server.graphql<{ importVouchers: PayloadData }>(
      `mutation ($input: ImportVouchersInput!) {
         importVouchers(input: $input) { vouchers { code reservedSeats } errors { code field } }
       }`,
      {
        input: {
          eventId: event.id,
          csv: `code,discount_kind,use_unit,max_uses,valid_until,ticket_type_ids,reserves_seats\nCREW1,NONE,TICKETS,2,${inAnHour()},${second.id},true\nCREW2,NONE,TICKETS,2,${inAnHour()},${second.id},true\n`,
        },
      },
      admin.headers,
    );
    expect(imported.data!.importVouchers).toEqual({
      errors: [],
      vouchers: [
        { code: 'CREW1', reservedSeats: 2 },
        { code: 'CREW2', reservedSeats: 2 },
      ],
    });
    expect((await book(second, 2)).errors).toEqual(['NOT_ENOUGH_SEATS']);
  });
});

describe('a code that reserves seats of a ticket type in a capacity pool', () => {
  it('takes its block from the pool too, so other buyers cannot sell the pool out under its holders', async () => {
    const event = await createEvent(server.dataSource);
    const adult = await createTicketType(server.dataSource, event, { capacity: 20 });
    const child = await createTicketType(server.dataSource, event, { capacity: 20 });
    const pool = await createCapacityPool(server.dataSource, event, {
      capacity: 10,
      ticketTypes: [adult, child],
    });
    const made = await createVouchers({ eventId: event.id, code: 'CREW', settings: reserving(adult.id, 4) });
    expect(made.errors).toEqual([]);
    expect(await poolUsedCount(server.dataSource, pool)).toBe(4);

    for (const ticketType of [adult, child, adult, child, adult, child]) {
      expect((await book(ticketType, 1)).errors).toEqual([]);
    }
    expect((await book(child, 1)).errors).toEqual(['SOLD_OUT']);
    expect((await book(adult, 1)).errors).toEqual(['SOLD_OUT']);
    expect((await book(adult, 4, 'CREW')).errors).toEqual([]);
    expect(await poolUsedCount(server.dataSource, pool)).toBe(10);
    const [{ taken }] = await server.dataSource.query<{ taken: number }[]>(
      'SELECT sum(held_count + sold_count)::int AS taken FROM ticket_type WHERE event_id = $1',
      [event.id],
    );
    expect(taken).toBe(10);
  });

  it('keeps in the pool the seats that go back into the block, and gives back the seats the block gives back', async () => {
    const event = await createEvent(server.dataSource);
    const adult = await createTicketType(server.dataSource, event, { capacity: 20 });
    const child = await createTicketType(server.dataSource, event, { capacity: 20 });
    const pool = await createCapacityPool(server.dataSource, event, {
      capacity: 10,
      ticketTypes: [adult, child],
    });
    const voucher = await createReservingVoucher(server.dataSource, event, adult, 4);
    expect(await poolUsedCount(server.dataSource, pool)).toBe(4);
    const steps = lifecycleSteps(server.app.services);

    const released = await book(adult, 2, voucher.code);
    expect(await poolUsedCount(server.dataSource, pool)).toBe(4);
    await steps.releaseHold(released.id!);
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 4, held: 4 });
    expect(await poolUsedCount(server.dataSource, pool)).toBe(4);

    // A payment after the hold expired takes fresh seats; the block shrinks by them, and so does the pool's share.
    const late = await book(adult, 2, voucher.code);
    await steps.expireHolds(new Date(Date.now() + 60 * MINUTE));
    expect(await poolUsedCount(server.dataSource, pool)).toBe(4);
    const confirmed = await steps.confirmPaidBooking(late.id!, {
      captureId: `CAPTURE-${late.id}`,
      amountMinor: 5000,
      currency: 'EUR',
    });
    expect(confirmed.outcome).toBe('CONFIRMED');
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 2, used: 2, sold: 2 });
    expect(await poolUsedCount(server.dataSource, pool)).toBe(4);

    expect(await setDisabled(voucher.id, true)).toEqual({ voucher: { reservedSeats: 0 }, errors: [] });
    expect(await poolUsedCount(server.dataSource, pool)).toBe(2);
    expect(await setDisabled(voucher.id, false)).toEqual({ voucher: { reservedSeats: 2 }, errors: [] });
    expect(await poolUsedCount(server.dataSource, pool)).toBe(4);

    // The ticket type has seats, but the pool has none left for the block: enabling is refused.
    await setDisabled(voucher.id, true);
    expect((await book(child, 8)).errors).toEqual([]);
    expect(await setDisabled(voucher.id, false)).toEqual({
      voucher: null,
      errors: [{ code: 'NOT_ENOUGH_SEATS' }],
    });
    expect(await poolUsedCount(server.dataSource, pool)).toBe(10);
    expect(await blockOf(server.dataSource, voucher)).toMatchObject({ reserved: 0, held: 0, sold: 2 });
    const another = await createVouchers({
      eventId: event.id,
      code: 'MORE',
      settings: reserving(adult.id, 1),
    });
    expect(another.errors.map(({ code, field }) => [code, field])).toEqual([
      ['NOT_ENOUGH_SEATS', 'settings.maxUses'],
    ]);
  });
});
