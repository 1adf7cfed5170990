/**
 * How e-mails show money and times: with the currency's decimals from common/money (the same the site
 * and PayPal use), and in the event's time zone.
 */
import { currencyDecimals, signedMinorUnitsToDecimal } from '../../common/money';

/** Every e-mail is written in English; numbers and dates follow British conventions (€12.50, 14 March). */
export const EMAIL_LOCALE = 'en-GB';

export interface MoneyView {
  /** Integer minor units (cents; yen for JPY). */
  amountMinor: number;
  /** ISO 4217 code. */
  currency: string;
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

/** Intl writes the symbol and grouping; the digits are common/money's (PayPal's), not CLDR's. */
function currencyFormat(currency: string): Intl.NumberFormat {
  let format = currencyFormats.get(currency);
  if (!format) {
    const decimals = currencyDecimals(currency);
    format = new Intl.NumberFormat(EMAIL_LOCALE, {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    currencyFormats.set(currency, format);
  }
  return format;
}

/**
 * 1250 EUR -> "€12.50", 1250 JPY -> "JP¥1,250", 1500 HUF -> "HUF 1,500". The decimal is built as a
 * string from the integer, so no float ever takes part (Intl formats exact decimal strings).
 */
export function formatMoney({ amountMinor, currency }: MoneyView): string {
  if (!Number.isSafeInteger(amountMinor))
    throw new Error(`amountMinor must be an integer, got ${amountMinor}`);
  return currencyFormat(currency).format(signedMinorUnitsToDecimal(amountMinor, currency) as `${number}`);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(EMAIL_LOCALE, {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format;
}

/** "Saturday, 14 March 2026 at 19:30 CET", in the event's IANA time zone. */
export function formatDateTime(instant: Date, timeZone: string): string {
  return dateTimeFormat(timeZone).format(instant);
}

/**
 * The range formatted last: a confirmation formats the same one for its e-mail and for its tickets
 * PDF, and ICU's formatRange is a noticeable part of a render (~8%).
 */
let lastRange: { key: string; text: string } | null = null;

/** "Saturday, 14 March 2026, 19:30–23:00 CET"; the date is repeated only when the end is another day. */
export function formatTimeRange(start: Date, end: Date, timeZone: string): string {
  const key = `${start.getTime()} ${end.getTime()} ${timeZone}`;
  if (lastRange?.key !== key) lastRange = { key, text: dateTimeFormat(timeZone).formatRange(start, end) };
  return lastRange.text;
}
