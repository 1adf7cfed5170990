import { priceBooking } from '../bookings/booking-rules';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { discountBooking, unitDiscount } from './voucher-pricing';
import { VoucherDiscountKind } from './voucher.entity';

const kind = (discountKind: VoucherDiscountKind, discountValue: number) => ({ discountKind, discountValue });

describe('the discount a code takes off one ticket', () => {
  it('takes a percentage rounded half up to a whole minor unit', () => {
    expect(unitDiscount(kind(VoucherDiscountKind.PERCENTAGE, 20), 2500)).toBe(500);
    // 12.5 minor units round up to 13; 12.4 down to 12.
    expect(unitDiscount(kind(VoucherDiscountKind.PERCENTAGE, 5), 250)).toBe(13);
    expect(unitDiscount(kind(VoucherDiscountKind.PERCENTAGE, 4), 310)).toBe(12);
    // JPY has no minor unit below the yen: 15% of 999 yen is 149.85, so 150 yen off.
    expect(unitDiscount(kind(VoucherDiscountKind.PERCENTAGE, 15), 999)).toBe(150);
    expect(unitDiscount(kind(VoucherDiscountKind.PERCENTAGE, 100), 999)).toBe(999);
  });

  it('never takes more than the price, so no ticket costs less than zero', () => {
    expect(unitDiscount(kind(VoucherDiscountKind.AMOUNT_OFF, 3000), 2500)).toBe(2500);
    expect(unitDiscount(kind(VoucherDiscountKind.AMOUNT_OFF, 700), 2500)).toBe(700);
  });

  it('sets a price, but never raises one', () => {
    expect(unitDiscount(kind(VoucherDiscountKind.SET_PRICE, 1000), 2500)).toBe(1500);
    expect(unitDiscount(kind(VoucherDiscountKind.SET_PRICE, 0), 2500)).toBe(2500);
    expect(unitDiscount(kind(VoucherDiscountKind.SET_PRICE, 4000), 2500)).toBe(0);
  });

  it('takes nothing off for an access code', () => {
    expect(unitDiscount(kind(VoucherDiscountKind.NONE, 0), 2500)).toBe(0);
  });
});

describe('a booking priced with a code', () => {
  const ticketType = (id: string, priceMinor: number) =>
    ({ id, name: id, priceMinor, sortOrder: 0, createdAt: new Date(0) }) as TicketTypeEntity;
  const byId = new Map([
    ['a', ticketType('a', 2500)],
    ['b', ticketType('b', 999)],
  ]);
  const request = {
    eventId: 'event',
    lines: [
      { ticketTypeId: 'a', quantity: 3 },
      { ticketTypeId: 'b', quantity: 2 },
    ],
    buyer: { name: 'Ana', email: 'ana@example.org' },
    attendees: [],
  };

  it('discounts only the lines of the ticket types the code covers, and totals what the lines say', () => {
    const priced = discountBooking(priceBooking(request, byId), {
      ...kind(VoucherDiscountKind.PERCENTAGE, 15),
      ticketTypeIds: ['b'],
    });
    expect(priced.lines.map((line) => [line.ticketTypeId, line.unitDiscountMinor])).toEqual([
      ['a', 0],
      ['b', 150],
    ]);
    expect(priced.totalMinor).toBe(3 * 2500 + 2 * (999 - 150));
    expect(priced.free).toBe(false);
  });

  it('is free when the code takes the whole price off', () => {
    const priced = discountBooking(priceBooking(request, byId), {
      ...kind(VoucherDiscountKind.PERCENTAGE, 100),
      ticketTypeIds: [],
    });
    expect(priced.totalMinor).toBe(0);
    expect(priced.free).toBe(true);
  });
});
