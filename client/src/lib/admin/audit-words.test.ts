import { describe, expect, it } from '@jest/globals';
import { actionWords, fieldWords, valueWords, words } from './audit-words';

const yen = { currency: 'JPY', currencyDecimals: 0 };
const euro = { currency: 'EUR', currencyDecimals: 2 };
const none = { currency: null, currencyDecimals: null };

describe('the audit log in words', () => {
  it('says what was done, for known and for new actions', () => {
    expect(actionWords('ticketType.deactivate')).toBe('Took the ticket type off sale');
    expect(actionWords('session.login')).toBe('Signed in');
    expect(actionWords('ticketType.mergeDuplicates')).toBe('Ticket type: merge duplicates');
    expect(words('checkIn')).toBe('check in');
  });

  it('names fields without their storage suffixes', () => {
    expect(fieldWords('priceMinor')).toBe('price');
    expect(fieldWords('salesEndAt')).toBe('sales end');
    expect(fieldWords('maxPerOrder')).toBe('maximum per order');
    expect(fieldWords('title')).toBe('title');
  });

  it("writes money in the object's currency, with its decimals, never minor units", () => {
    expect(valueWords('priceMinor', 3500, yen)).toBe('JP¥3,500');
    expect(valueWords('priceMinor', 1250, euro)).toBe('€12.50');
    // Without a currency (the object is gone) the number stays a number.
    expect(valueWords('priceMinor', 1250, none)).toBe('1,250');
  });

  it('writes instants, empty values, yes/no and secrets as words', () => {
    expect(valueWords('startsAt', '2026-12-12T18:30:00.000Z', none)).toMatch(/12 Dec 2026.*18:30.*UTC/);
    expect(valueWords('endsAt', null, none)).toBe('—');
    expect(valueWords('isActive', false, none)).toBe('no');
    expect(valueWords('password', '[secret]', none)).toBe('(hidden)');
    expect(valueWords('title', 'Harbour Lights', none)).toBe('Harbour Lights');
  });
});
