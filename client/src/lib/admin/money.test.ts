import { expect, test } from '@jest/globals';
import { decimalToMinor, minorToDecimal } from './money';

// `decimals` is what the API says (Money.decimals, AdminEvent.currencyDecimals), never Intl's digits.
test('two-decimal currencies', () => {
  expect(decimalToMinor('12.50', 'EUR', 2)).toEqual({ ok: true, amountMinor: 1250 });
  expect(decimalToMinor('12.5', 'EUR', 2)).toEqual({ ok: true, amountMinor: 1250 });
  expect(decimalToMinor('0.29', 'EUR', 2)).toEqual({ ok: true, amountMinor: 29 });
  expect(decimalToMinor('19,99', 'EUR', 2)).toEqual({ ok: true, amountMinor: 1999 });
  expect(decimalToMinor('12', 'USD', 2)).toEqual({ ok: true, amountMinor: 1200 });
  expect(decimalToMinor('12.345', 'EUR', 2).ok).toBe(false);
  expect(decimalToMinor('-1', 'EUR', 2).ok).toBe(false);
  expect(decimalToMinor('abc', 'EUR', 2).ok).toBe(false);
  expect(minorToDecimal(1250, 2)).toBe('12.50');
  expect(minorToDecimal(5, 2)).toBe('0.05');
});

test('zero- and three-decimal currencies', () => {
  expect(decimalToMinor('1500', 'JPY', 0)).toEqual({ ok: true, amountMinor: 1500 });
  expect(decimalToMinor('1500.5', 'JPY', 0).ok).toBe(false);
  expect(minorToDecimal(1500, 0)).toBe('1500');
  expect(decimalToMinor('1.234', 'KWD', 3)).toEqual({ ok: true, amountMinor: 1234 });
  expect(minorToDecimal(1234, 3)).toBe('1.234');
});

test('an admin typing 1500 HUF or TWD stores 1500 minor units, which reads back as 1500', () => {
  for (const currency of ['HUF', 'TWD']) {
    expect(decimalToMinor('1500', currency, 0)).toEqual({ ok: true, amountMinor: 1500 });
    expect(decimalToMinor('15.00', currency, 0)).toEqual({
      ok: false,
      message: `${currency} has no minor units: enter a whole amount.`,
    });
    expect(minorToDecimal(1500, 0)).toBe('1500');
  }
});
