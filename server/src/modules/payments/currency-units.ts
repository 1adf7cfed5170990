/**
 * Integer minor units <-> decimal strings ("12.50") by the ISO 4217 exponent of the currency, with
 * string and BigInt arithmetic only: money never passes through a float.
 */

/** ISO 4217 currencies whose minor unit is not 1/100; every other code has two decimals. */
const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' ');
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND'.split(' ');
const FOUR_DECIMALS = ['CLF', 'UYW'];
const NON_DEFAULT_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ...ZERO_DECIMALS.map((code) => [code, 0] as const),
  ...THREE_DECIMALS.map((code) => [code, 3] as const),
  ...FOUR_DECIMALS.map((code) => [code, 4] as const),
]);

const CURRENCY_CODE = /^[A-Z]{3}$/;
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export class InvalidAmountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAmountError';
  }
}

/** Number of decimals of a currency's minor unit (JPY 0, EUR 2, KWD 3). */
export function currencyExponent(currency: string): number {
  if (!CURRENCY_CODE.test(currency))
    throw new InvalidAmountError(`not an ISO 4217 currency code: ${currency}`);
  return NON_DEFAULT_EXPONENTS.get(currency) ?? 2;
}

/** 1250 EUR -> "12.50"; 500 JPY -> "500"; 1500 KWD -> "1.500". Negative amounts are refused. */
export function minorUnitsToDecimal(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new InvalidAmountError(`amount must be a non-negative whole number of minor units: ${amountMinor}`);
  }
  const exponent = currencyExponent(currency);
  const digits = String(amountMinor).padStart(exponent + 1, '0');
  if (exponent === 0) return digits;
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * "12.50" EUR -> 1250; "500" JPY -> 500. Fewer decimals than the currency has are padded ("12.5" ->
 * 1250); more are accepted only when the extra ones are zeros, since anything else is not a whole
 * number of minor units.
 */
export function decimalToMinorUnits(value: string, currency: string): number {
  const exponent = currencyExponent(currency);
  const match = DECIMAL.exec(value);
  if (!match) throw new InvalidAmountError(`not a decimal amount: ${JSON.stringify(value)}`);
  const [, whole, fraction = ''] = match;
  if (fraction.length > exponent && !/^0*$/.test(fraction.slice(exponent))) {
    throw new InvalidAmountError(`${value} has more decimals than ${currency} allows (${exponent})`);
  }
  const minor =
    BigInt(whole) * 10n ** BigInt(exponent) +
    BigInt(fraction.slice(0, exponent).padEnd(exponent, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new InvalidAmountError(`amount too large: ${value}`);
  return Number(minor);
}

/** True when `value` is written with exactly the currency's number of decimals, as PayPal requires. */
export function hasExactDecimals(value: string, currency: string): boolean {
  const match = DECIMAL.exec(value);
  return match !== null && (match[2] ?? '').length === currencyExponent(currency);
}
