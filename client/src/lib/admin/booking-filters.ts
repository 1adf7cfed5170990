/**
 * The bookings table's filters as they travel in the address (a GET form, so they work without
 * JavaScript and can be bookmarked): parsed once here for the table and for its CSV download, so
 * both always apply the same filters. Days are calendar days in UTC, as the form says.
 */
import { BOOKING_STATUS_LABELS } from './booking-status';

export interface BookingFilterValues {
  /** Words: reference, buyer name or e-mail. */
  q: string;
  /** An event id, or '' for every event. */
  event: string;
  /** Booking statuses; empty for any. */
  status: string[];
  /** Created on or after this day (YYYY-MM-DD), or ''. */
  from: string;
  /** Created on or before this day (YYYY-MM-DD), or ''. */
  to: string;
}

/** What the API's AdminBookingFilterInput receives. */
export interface BookingFilterInput {
  search: string | null;
  eventId: string | null;
  statuses: string[] | null;
  createdFrom: string | null;
  createdTo: string | null;
}

export interface ParsedBookingFilters {
  values: BookingFilterValues;
  /** Problems by input name (`from`, `to`); the filter leaves those inputs out. */
  errors: Record<string, string>;
  filter: BookingFilterInput;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "2026-11-24" when it names a real day, else null. */
function realDay(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : null;
}

export function parseBookingFilters(params: URLSearchParams): ParsedBookingFilters {
  const values: BookingFilterValues = {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    event: (params.get('event') ?? '').trim(),
    status: params.getAll('status').filter((status) => status in BOOKING_STATUS_LABELS),
    from: (params.get('from') ?? '').trim(),
    to: (params.get('to') ?? '').trim(),
  };
  const errors: Record<string, string> = {};
  const from = values.from ? realDay(values.from) : null;
  const to = values.to ? realDay(values.to) : null;
  if (values.from && !from) errors.from = 'Enter a date as YYYY-MM-DD.';
  if (values.to && !to) errors.to = 'Enter a date as YYYY-MM-DD.';
  if (from && to && to < from) errors.to = 'The last day is before the first day.';
  const rangeOk = !errors.to;
  return {
    values,
    errors,
    filter: {
      search: values.q || null,
      // Not an id (an edited link): every event rather than an error from the API.
      eventId: UUID.test(values.event) ? values.event : null,
      statuses: values.status.length ? values.status : null,
      createdFrom: from && rangeOk ? `${from}T00:00:00.000Z` : null,
      // The whole last day counts.
      createdTo: to && rangeOk ? `${to}T23:59:59.999Z` : null,
    },
  };
}

/** The filters as a query string ("?q=…&status=…"), '' when none is set; for links that keep them. */
export function bookingFilterQuery(values: BookingFilterValues): string {
  const params = new URLSearchParams();
  if (values.q) params.set('q', values.q);
  if (values.event) params.set('event', values.event);
  for (const status of values.status) params.append('status', status);
  if (values.from) params.set('from', values.from);
  if (values.to) params.set('to', values.to);
  const query = params.toString();
  return query ? `?${query}` : '';
}
