import { expect, test } from '@jest/globals';
import { formatMoney } from './format';

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
