/**
 * Money is integer minor units of an ISO 4217 currency, never a float (DESIGN.md). Services build
 * amounts with `money`; the GraphQL `Money` type shows them.
 */
export interface MoneyAmount {
  /** Amount in minor units of the currency, e.g. 1250 for 12.50 EUR. */
  amountMinor: number;
  /** ISO 4217 code, e.g. EUR. */
  currency: string;
}

export function money(amountMinor: number, currency: string): MoneyAmount {
  return { amountMinor, currency };
}

export interface PaymentCurrency {
  /** ISO 4217 code. */
  code: string;
  /** English name, for pickers. */
  name: string;
  /** Digits after the decimal point, by PayPal's rules. */
  decimals: number;
}

/**
 * The currencies PayPal accepts for payments, with PayPal's decimals: its REST API "Currency codes"
 * reference (developer.paypal.com/api/rest/reference/currency-codes/, also "PayPal supported
 * currencies" in its reporting docs). PayPal marks HUF, JPY and TWD "does not support decimals; a
 * decimal amount causes an error", although ISO 4217 gives HUF and TWD two. BRL, CNY and MYR are
 * accepted for in-country PayPal accounts only (PayPal converts for others). RUB, still on one copy
 * of that page, is left out: PayPal suspended its services in Russia in 2022 and the reporting list
 * no longer has it. Events can be priced only in these (see `isAcceptedCurrency`).
 */
export const PAYMENT_CURRENCIES: readonly PaymentCurrency[] = Object.freeze(
  (
    [
      ['AUD', 'Australian dollar', 2],
      ['BRL', 'Brazilian real', 2],
      ['CAD', 'Canadian dollar', 2],
      ['CHF', 'Swiss franc', 2],
      ['CNY', 'Chinese renminbi', 2],
      ['CZK', 'Czech koruna', 2],
      ['DKK', 'Danish krone', 2],
      ['EUR', 'Euro', 2],
      ['GBP', 'Pound sterling', 2],
      ['HKD', 'Hong Kong dollar', 2],
      ['HUF', 'Hungarian forint', 0],
      ['ILS', 'Israeli new shekel', 2],
      ['JPY', 'Japanese yen', 0],
      ['MXN', 'Mexican peso', 2],
      ['MYR', 'Malaysian ringgit', 2],
      ['NOK', 'Norwegian krone', 2],
      ['NZD', 'New Zealand dollar', 2],
      ['PHP', 'Philippine peso', 2],
      ['PLN', 'Polish złoty', 2],
      ['SEK', 'Swedish krona', 2],
      ['SGD', 'Singapore dollar', 2],
      ['THB', 'Thai baht', 2],
      ['TWD', 'New Taiwan dollar', 0],
      ['USD', 'United States dollar', 2],
    ] as const
  ).map(([code, name, decimals]) => Object.freeze({ code, name, decimals })),
);

const PAYMENT_DECIMALS: ReadonlyMap<string, number> = new Map(
  PAYMENT_CURRENCIES.map((currency) => [currency.code, currency.decimals]),
);

/**
 * Decimals that are not 2 of currencies PayPal does not take. Only events stored before event
 * currencies were limited can be in them, and their prices were typed through the admin form, which
 * read them with Intl's (CLDR's) digits: so these are CLDR's, frozen here (as Node 20's ICU has them)
 * so that old amounts keep the meaning they were typed with and do not change with an ICU update.
 * They are ISO 4217's but for AFN ALL COP IDR IQD IRR KPW LAK LBP MGA MMK PKR SLL SOS SYP YER, to
 * which ISO gives 2 (IQD 3) and CLDR 0. Nothing can be charged in them: PayPal refuses them.
 */
const ZERO_DECIMALS = (
  'AFN ALL BIF CLP COP DJF GNF IDR IQD IRR ISK KMF KPW KRW LAK LBP MGA MMK PKR PYG RWF SLL SOS SYP UGX ' +
  'UYI VND VUV XAF XOF XPF YER'
).split(' ');
const THREE_DECIMALS = 'BHD JOD KWD LYD OMR TND'.split(' ');
const FOUR_DECIMALS = ['CLF', 'UYW'];
const LEGACY_DECIMALS: ReadonlyMap<string, number> = new Map([
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

/** True when events may be priced in the currency: PayPal takes it. */
export function isAcceptedCurrency(currency: string): boolean {
  return PAYMENT_DECIMALS.has(currency);
}

/**
 * Digits of `amountMinor` after the decimal point: PayPal's rule for the currencies it takes (EUR 2,
 * HUF/JPY/TWD 0); for any other (legacy data) the digits it was typed with (KWD 3, IDR 0).
 */
export function currencyDecimals(currency: string): number {
  if (!CURRENCY_CODE.test(currency))
    throw new InvalidAmountError(`not an ISO 4217 currency code: ${currency}`);
  return PAYMENT_DECIMALS.get(currency) ?? LEGACY_DECIMALS.get(currency) ?? 2;
}

/** 1250 EUR -> "12.50"; 1500 HUF -> "1500"; 1234 KWD -> "1.234". Negative amounts are refused. */
export function minorUnitsToDecimal(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new InvalidAmountError(`amount must be a non-negative whole number of minor units: ${amountMinor}`);
  }
  const exponent = currencyDecimals(currency);
  const digits = String(amountMinor).padStart(exponent + 1, '0');
  if (exponent === 0) return digits;
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** Like `minorUnitsToDecimal`, with a leading "-" for negative amounts (net revenue, for display). */
export function signedMinorUnitsToDecimal(amountMinor: number, currency: string): string {
  const text = minorUnitsToDecimal(Math.abs(amountMinor), currency);
  return amountMinor < 0 ? `-${text}` : text;
}

/**
 * "12.50" EUR -> 1250; "500" JPY -> 500. Fewer decimals than the currency has are padded ("12.5" ->
 * 1250); more are accepted only when the extra ones are zeros, since anything else is not a whole
 * number of minor units.
 */
export function decimalToMinorUnits(value: string, currency: string): number {
  const exponent = currencyDecimals(currency);
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
