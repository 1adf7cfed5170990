import { expect, test } from '@jest/globals';
import { countOf, formatMoney, orderTotal } from './format';

// The same amounts the server's tests send to PayPal ("1500" HUF, "15.00" EUR) and put in e-mails.
test.each([
  [{ amountMinor: 1500, currency: 'HUF', decimals: 0 }, 'HUF\u00a01,500'],
  [{ amountMinor: 1500, currency: 'JPY', decimals: 0 }, 'JP¥1,500'],
  [{ amountMinor: 1500, currency: 'TWD', decimals: 0 }, 'NT$1,500'],
  [{ amountMinor: 1500, currency: 'EUR', decimals: 2 }, '€15.00'],
  [{ amountMinor: 1234, currency: 'KWD', decimals: 3 }, 'KWD\u00a01.234'],
])('formats %o as %s, with the decimals the API gives', (amount, shown) => {
  expect(formatMoney(amount)).toBe(shown);
});

test('formats negative and large amounts exactly, without floats', () => {
  expect(formatMoney({ amountMinor: -1250, currency: 'EUR', decimals: 2 })).toBe('-€12.50');
  expect(formatMoney({ amountMinor: 900719925474099, currency: 'EUR', decimals: 2 })).toBe(
    '€9,007,199,254,740.99',
  );
  expect(formatMoney({ amountMinor: 5, currency: 'EUR', decimals: 2 })).toBe('€0.05');
});

test('totals chosen tickets in integer minor units, in the event’s decimals', () => {
  const huf = { currency: 'HUF', decimals: 0 };
  expect(
    orderTotal(
      [
        { unitPrice: { amountMinor: 1500, ...huf }, quantity: 3 },
        { unitPrice: { amountMinor: 999, ...huf }, quantity: 1 },
      ],
      huf,
    ),
  ).toEqual({ amountMinor: 5499, ...huf });
  const eur = { currency: 'EUR', decimals: 2 };
  // 0.1 + 0.2 in floats is 0.30000000000000004; in minor units it is exact.
  expect(
    formatMoney(
      orderTotal(
        [
          { unitPrice: { amountMinor: 10, ...eur }, quantity: 1 },
          { unitPrice: { amountMinor: 20, ...eur }, quantity: 1 },
        ],
        eur,
      ),
    ),
  ).toBe('€0.30');
  expect(orderTotal([], eur)).toEqual({ amountMinor: 0, ...eur });
});

test('counts with the right plural', () => {
  expect(countOf(1, 'event')).toBe('1 event');
  expect(countOf(2, 'event')).toBe('2 events');
  expect(countOf(0, 'ticket')).toBe('0 tickets');
});
