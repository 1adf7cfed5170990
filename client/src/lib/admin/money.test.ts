import { expect, test } from '@jest/globals';
import { decimalToMinor, minorToDecimal } from './money';

test('two-decimal currencies', () => {
  expect(decimalToMinor('12.50', 'EUR')).toEqual({ ok: true, amountMinor: 1250 });
  expect(decimalToMinor('12.5', 'EUR')).toEqual({ ok: true, amountMinor: 1250 });
  expect(decimalToMinor('0.29', 'EUR')).toEqual({ ok: true, amountMinor: 29 });
  expect(decimalToMinor('19,99', 'EUR')).toEqual({ ok: true, amountMinor: 1999 });
  expect(decimalToMinor('12', 'USD')).toEqual({ ok: true, amountMinor: 1200 });
  expect(decimalToMinor('12.345', 'EUR').ok).toBe(false);
  expect(decimalToMinor('-1', 'EUR').ok).toBe(false);
  expect(decimalToMinor('abc', 'EUR').ok).toBe(false);
  expect(minorToDecimal(1250, 'EUR')).toBe('12.50');
  expect(minorToDecimal(5, 'EUR')).toBe('0.05');
});

test('zero- and three-decimal currencies', () => {
  expect(decimalToMinor('1500', 'JPY')).toEqual({ ok: true, amountMinor: 1500 });
  expect(decimalToMinor('1500.5', 'JPY').ok).toBe(false);
  expect(minorToDecimal(1500, 'JPY')).toBe('1500');
  expect(decimalToMinor('1.234', 'KWD')).toEqual({ ok: true, amountMinor: 1234 });
  expect(minorToDecimal(1234, 'KWD')).toBe('1.234');
});
