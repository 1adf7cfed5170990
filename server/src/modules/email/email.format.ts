/** How e-mails show money and times: in the currency's own digits, and in the event's time zone. */

/** Every e-mail is written in English; numbers and dates follow British conventions (€12.50, 14 March). */
export const EMAIL_LOCALE = 'en-GB';

export interface MoneyView {
  /** Integer minor units (cents; yen for JPY). */
  amountMinor: number;
  /** ISO 4217 code. */
  currency: string;
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string): Intl.NumberFormat {
  let format = currencyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(EMAIL_LOCALE, { style: 'currency', currency });
    currencyFormats.set(currency, format);
  }
  return format;
}

/** Minor units the currency has per major unit, as digits: 2 for EUR, 0 for JPY, 3 for BHD. */
export function currencyDigits(currency: string): number {
  return currencyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * 1250 EUR -> "€12.50", 1250 JPY -> "JP¥1,250". The decimal is built as a string from the integer,
 * so no float ever takes part (Intl formats exact decimal strings).
 */
export function formatMoney({ amountMinor, currency }: MoneyView): string {
  if (!Number.isSafeInteger(amountMinor))
    throw new Error(`amountMinor must be an integer, got ${amountMinor}`);
  const digits = currencyDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const units = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`;
  return currencyFormat(currency).format(`${sign}${decimal}` as `${number}`);
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

/** "Saturday, 14 March 2026, 19:30–23:00 CET"; the date is repeated only when the end is another day. */
export function formatTimeRange(start: Date, end: Date, timeZone: string): string {
  return dateTimeFormat(timeZone).formatRange(start, end);
}
