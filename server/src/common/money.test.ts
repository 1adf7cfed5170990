import {
  currencyDecimals,
  isAcceptedCurrency,
  PAYMENT_CURRENCIES,
  signedMinorUnitsToDecimal,
  decimalToMinorUnits,
  InvalidAmountError,
  minorUnitsToDecimal,
} from './money';

describe('money: currency decimals and decimal text', () => {
  it('knows the exponent of two-, zero- and three-decimal currencies', () => {
    expect(currencyDecimals('EUR')).toBe(2);
    expect(currencyDecimals('JPY')).toBe(0);
    expect(currencyDecimals('KRW')).toBe(0);
    expect(currencyDecimals('KWD')).toBe(3);
    expect(currencyDecimals('BHD')).toBe(3);
  });

  it('follows PayPal where it differs from ISO 4217: HUF and TWD have no decimals', () => {
    expect(currencyDecimals('HUF')).toBe(0);
    expect(currencyDecimals('TWD')).toBe(0);
    expect(minorUnitsToDecimal(1500, 'HUF')).toBe('1500');
    expect(minorUnitsToDecimal(1500, 'TWD')).toBe('1500');
    expect(decimalToMinorUnits('1500', 'HUF')).toBe(1500);
    expect(() => decimalToMinorUnits('15.50', 'HUF')).toThrow(InvalidAmountError);
  });

  it('accepts for events exactly the currencies PayPal takes, and knows KWD only for display', () => {
    for (const code of ['EUR', 'USD', 'GBP', 'HUF', 'JPY', 'TWD', 'AUD'])
      expect(isAcceptedCurrency(code)).toBe(true);
    for (const code of ['KWD', 'BHD', 'IDR', 'COP', 'PKR', 'RUB', 'XYZ', 'eur'])
      expect(isAcceptedCurrency(code)).toBe(false);
    expect(PAYMENT_CURRENCIES.filter((currency) => currency.decimals === 0).map((c) => c.code)).toEqual([
      'HUF',
      'JPY',
      'TWD',
    ]);
    expect(minorUnitsToDecimal(1234, 'KWD')).toBe('1.234');
  });

  it('reads legacy amounts in currencies PayPal refuses with the digits the admin form typed them with', () => {
    for (const code of ['IDR', 'COP', 'PKR', 'IQD']) expect(currencyDecimals(code)).toBe(0);
    expect(currencyDecimals('KWD')).toBe(3);
    expect(currencyDecimals('INR')).toBe(2);
  });

  it('writes negative amounts with a sign only when asked', () => {
    expect(signedMinorUnitsToDecimal(-1250, 'EUR')).toBe('-12.50');
    expect(signedMinorUnitsToDecimal(-1500, 'HUF')).toBe('-1500');
    expect(signedMinorUnitsToDecimal(7, 'KWD')).toBe('0.007');
  });

  it('writes EUR minor units as a two-decimal string', () => {
    expect(minorUnitsToDecimal(1250, 'EUR')).toBe('12.50');
    expect(minorUnitsToDecimal(5, 'EUR')).toBe('0.05');
    expect(minorUnitsToDecimal(0, 'EUR')).toBe('0.00');
    expect(minorUnitsToDecimal(123456789, 'EUR')).toBe('1234567.89');
  });

  it('writes JPY without decimals and KWD with three', () => {
    expect(minorUnitsToDecimal(500, 'JPY')).toBe('500');
    expect(minorUnitsToDecimal(0, 'JPY')).toBe('0');
    expect(minorUnitsToDecimal(1500, 'KWD')).toBe('1.500');
    expect(minorUnitsToDecimal(7, 'KWD')).toBe('0.007');
  });

  it('reads decimal strings back into minor units exactly', () => {
    expect(decimalToMinorUnits('12.50', 'EUR')).toBe(1250);
    expect(decimalToMinorUnits('12.5', 'EUR')).toBe(1250);
    expect(decimalToMinorUnits('12', 'EUR')).toBe(1200);
    expect(decimalToMinorUnits('0.07', 'EUR')).toBe(7);
    expect(decimalToMinorUnits('500', 'JPY')).toBe(500);
    expect(decimalToMinorUnits('1.500', 'KWD')).toBe(1500);
    expect(decimalToMinorUnits('0.001', 'KWD')).toBe(1);
  });

  it('round-trips amounts that floats would get wrong', () => {
    for (const minor of [1, 10, 29, 57, 115, 1005, 999999, 9007199254740991]) {
      expect(decimalToMinorUnits(minorUnitsToDecimal(minor, 'EUR'), 'EUR')).toBe(minor);
      expect(decimalToMinorUnits(minorUnitsToDecimal(minor, 'KWD'), 'KWD')).toBe(minor);
    }
    expect(decimalToMinorUnits('0.29', 'EUR')).toBe(29);
  });

  it('accepts extra zero decimals but refuses fractions of a minor unit', () => {
    expect(decimalToMinorUnits('12.500', 'EUR')).toBe(1250);
    expect(() => decimalToMinorUnits('12.505', 'EUR')).toThrow(InvalidAmountError);
    expect(() => decimalToMinorUnits('500.5', 'JPY')).toThrow(InvalidAmountError);
    expect(decimalToMinorUnits('500.0', 'JPY')).toBe(500);
  });

  it('refuses malformed, negative and unsafe amounts and codes', () => {
    for (const value of ['', '-1.00', '1,00', '1e3', ' 1.00', '.5', '1.']) {
      expect(() => decimalToMinorUnits(value, 'EUR')).toThrow(InvalidAmountError);
    }
    expect(() => minorUnitsToDecimal(-1, 'EUR')).toThrow(InvalidAmountError);
    expect(() => minorUnitsToDecimal(1.5, 'EUR')).toThrow(InvalidAmountError);
    expect(() => decimalToMinorUnits('90071992547409.92', 'EUR')).toThrow(InvalidAmountError);
    expect(() => currencyDecimals('eur')).toThrow(InvalidAmountError);
  });
});
