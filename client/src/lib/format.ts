/**
 * How the site writes money and times. Money arrives as integer minor units with the `decimals` the
 * API gives (`Money.decimals`: the server decides them, the same ones PayPal is charged with; the site
 * never asks Intl/CLDR, which disagree for HUF, TWD ...). The amount becomes an exact decimal string,
 * never a float, that Intl writes with the currency's symbol. Times are always shown in the event's
 * time zone, never the viewer's.
 */
const LOCALE = 'en-GB';

/** An amount as the API sends it (`Money`). */
export interface MoneyView {
  amountMinor: number;
  currency: string;
  decimals: number;
}

/** 1250 minor units with 2 decimals -> "12.50"; 1500 with 0 -> "1500"; negative with a "-". Exact. */
export function minorToDecimal(amountMinor: number, decimals: number): string {
  const units = String(Math.abs(amountMinor)).padStart(decimals + 1, '0');
  const decimal = decimals === 0 ? units : `${units.slice(0, -decimals)}.${units.slice(-decimals)}`;
  return `${amountMinor < 0 ? '-' : ''}${decimal}`;
}

/** "€12.50", "HUF 1,500", "NT$1,500", "KWD 1.234": always the API's number of decimals. */
export function formatMoney({ amountMinor, currency, decimals }: MoneyView): string {
  const formatter = new Intl.NumberFormat(LOCALE, {
    style: 'currency',
    currency,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  // Intl formats numeric strings exactly (no binary rounding on the way).
  return formatter.format(minorToDecimal(amountMinor, decimals) as Intl.StringNumericLiteral);
}

/**
 * What chosen tickets cost: the sum of quantity × unit price in integer minor units, as the server
 * totals a booking (never a float), in the event's currency and decimals. A preview: the booking's
 * total from the server is the one charged.
 */
export function orderTotal(
  lines: readonly { unitPrice: MoneyView; quantity: number }[],
  currency: Pick<MoneyView, 'currency' | 'decimals'>,
): MoneyView {
  const amountMinor = lines.reduce((sum, line) => sum + line.unitPrice.amountMinor * line.quantity, 0);
  return { amountMinor, currency: currency.currency, decimals: currency.decimals };
}

/** "1 ticket", "3 tickets", "1 event": a count with its noun, singular for one. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** "Sat, 12 Dec 2026, 19:30 CET" in the given zone. */
export function formatDateTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { ...dateTimeOptions, timeZone }).format(new Date(instant));
}

/** "Sat, 12 Dec 2026, 19:30–22:30 CET", or both full dates when it spans days. */
export function formatDateTimeRange(start: string, end: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { ...dateTimeOptions, timeZone }).formatRange(
    new Date(start),
    new Date(end),
  );
}

/** "24 Nov 2026, 14:05 UTC": for times that belong to no event (when a booking or e-mail was made). */
export function formatInstantUtc(instant: string): string {
  return `${new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(instant))} UTC`;
}

/** "Central European Standard Time" for Europe/Berlin in winter. */
export function timeZoneLongName(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: 'long' }).formatToParts(
    new Date(instant),
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function localDay(instant: string, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** "15:42 CET": a time of day in the given zone (e.g. until when seats are held). */
export function formatTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(instant));
}
