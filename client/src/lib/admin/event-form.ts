/**
 * The event editor's forms: what the inputs hold (times as local date-times in the event's zone,
 * prices as decimals in its currency) and how a posted form becomes API input, with errors per input.
 */
import { decimalToMinor, minorToDecimal } from './money';
import { instantToZonedLocal, isTimeZone, zonedLocalToInstant } from './zoned-time';

export type FieldErrors = Record<string, string>;

export interface EventFormValues {
  title: string;
  slug: string;
  description: string;
  venueName: string;
  venueAddress: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  currency: string;
  imageUrl: string;
  imageAlt: string;
  /** E-mail each attendee with an address of their own their own ticket on confirmation. */
  sendAttendeeTickets: boolean;
  visibility: 'PUBLIC' | 'PRIVATE';
}

export interface EventLike {
  title: string;
  slug: string;
  description: string;
  venue: { name: string; address: string };
  timeZone: string;
  startsAt: string;
  endsAt: string;
  currency: string;
  imageUrl?: string | null;
  imageAlt?: string | null;
  /** Left out: on (the API's default). */
  sendAttendeeTickets?: boolean | null;
  visibility: 'PUBLIC' | 'PRIVATE';
}

export function eventFormValues(event: EventLike): EventFormValues {
  return {
    title: event.title,
    slug: event.slug,
    description: event.description,
    venueName: event.venue.name,
    venueAddress: event.venue.address,
    timeZone: event.timeZone,
    startsAt: instantToZonedLocal(event.startsAt, event.timeZone),
    endsAt: instantToZonedLocal(event.endsAt, event.timeZone),
    currency: event.currency,
    imageUrl: event.imageUrl ?? '',
    imageAlt: event.imageAlt ?? '',
    sendAttendeeTickets: event.sendAttendeeTickets ?? true,
    visibility: event.visibility,
  };
}

export const EMPTY_EVENT_FORM: EventFormValues = {
  title: '',
  slug: '',
  description: '',
  venueName: '',
  venueAddress: '',
  timeZone: 'Europe/Berlin',
  startsAt: '',
  endsAt: '',
  currency: 'EUR',
  imageUrl: '',
  imageAlt: '',
  sendAttendeeTickets: true,
  visibility: 'PUBLIC',
};

function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}

/** API field paths -> the names of this form's inputs. */
export function eventInputName(field: string): string {
  return (
    ({ 'venue.name': 'venueName', 'venue.address': 'venueAddress' } as Record<string, string>)[field] ?? field
  );
}

export interface ParsedEventForm {
  values: EventFormValues;
  errors: FieldErrors;
  input: {
    title: string;
    slug: string;
    description: string;
    venue: { name: string; address: string };
    timeZone: string;
    startsAt: string;
    endsAt: string;
    currency: string;
    imageUrl: string | null;
    imageAlt: string | null;
    sendAttendeeTickets: boolean;
  } | null;
}

export function parseEventForm(form: FormData): ParsedEventForm {
  const values: EventFormValues = {
    title: text(form, 'title'),
    slug: text(form, 'slug').toLowerCase(),
    description: String(form.get('description') ?? ''),
    venueName: text(form, 'venueName'),
    venueAddress: text(form, 'venueAddress'),
    timeZone: text(form, 'timeZone'),
    startsAt: text(form, 'startsAt'),
    endsAt: text(form, 'endsAt'),
    currency: text(form, 'currency').toUpperCase(),
    imageUrl: text(form, 'imageUrl'),
    imageAlt: text(form, 'imageAlt'),
    // An unticked checkbox is not posted at all.
    sendAttendeeTickets: form.has('sendAttendeeTickets'),
    visibility: text(form, 'visibility') === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC',
  };
  const errors: FieldErrors = {};
  if (!values.title) errors.title = 'Enter a title.';
  if (!values.slug) errors.slug = 'Enter the address part, e.g. summer-gala-2026.';
  if (!values.venueName) errors.venueName = 'Enter the venue.';
  const zoneOk = isTimeZone(values.timeZone);
  if (!zoneOk) errors.timeZone = 'Enter an IANA time zone such as Europe/Berlin.';
  // The picker offers PayPal's currencies; the API refuses any other, naming this field.
  if (!/^[A-Z]{3}$/.test(values.currency)) errors.currency = 'Choose a currency.';
  if (values.imageUrl && !/^https:\/\/\S+$/.test(values.imageUrl)) {
    errors.imageUrl = 'Enter an https:// address of the picture, or leave it empty.';
  }
  const startsAt = zoneOk ? zonedLocalToInstant(values.startsAt, values.timeZone) : null;
  const endsAt = zoneOk ? zonedLocalToInstant(values.endsAt, values.timeZone) : null;
  if (zoneOk && !startsAt) errors.startsAt = 'Enter the start date and time.';
  if (zoneOk && !endsAt) errors.endsAt = 'Enter the end date and time.';
  if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = 'The event must end after it starts.';
  if (Object.keys(errors).length || !startsAt || !endsAt) return { values, errors, input: null };
  return {
    values,
    errors,
    input: {
      title: values.title,
      slug: values.slug,
      description: values.description,
      venue: { name: values.venueName, address: values.venueAddress },
      timeZone: values.timeZone,
      startsAt,
      endsAt,
      currency: values.currency,
      imageUrl: values.imageUrl || null,
      imageAlt: values.imageAlt || null,
      sendAttendeeTickets: values.sendAttendeeTickets,
    },
  };
}

export interface TicketTypeFormValues {
  name: string;
  description: string;
  price: string;
  capacity: string;
  minPerOrder: string;
  maxPerOrder: string;
  salesStartAt: string;
  salesEndAt: string;
}

export interface TicketTypeLike {
  name: string;
  description: string;
  price: { amountMinor: number; currency: string; decimals: number };
  capacity: number;
  minPerOrder: number;
  maxPerOrder: number;
  salesStartAt?: string | null;
  salesEndAt?: string | null;
}

export function ticketTypeFormValues(type: TicketTypeLike, timeZone: string): TicketTypeFormValues {
  return {
    name: type.name,
    description: type.description,
    price: minorToDecimal(type.price.amountMinor, type.price.decimals),
    capacity: String(type.capacity),
    minPerOrder: String(type.minPerOrder),
    maxPerOrder: String(type.maxPerOrder),
    salesStartAt: type.salesStartAt ? instantToZonedLocal(type.salesStartAt, timeZone) : '',
    salesEndAt: type.salesEndAt ? instantToZonedLocal(type.salesEndAt, timeZone) : '',
  };
}

export const EMPTY_TICKET_TYPE_FORM: TicketTypeFormValues = {
  name: '',
  description: '',
  price: '',
  capacity: '',
  minPerOrder: '1',
  maxPerOrder: '10',
  salesStartAt: '',
  salesEndAt: '',
};

export function ticketTypeInputName(field: string): string {
  return field === 'priceMinor' ? 'price' : field;
}

function wholeNumber(value: string, name: string, errors: FieldErrors, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > 1_000_000) {
    errors[name] = `Enter a whole number from ${min}.`;
    return 0;
  }
  return Number(value);
}

/** `decimals` of the event currency come from the API (AdminEvent.currencyDecimals). */
export function parseTicketTypeForm(form: FormData, currency: string, decimals: number, timeZone: string) {
  const values: TicketTypeFormValues = {
    name: text(form, 'name'),
    description: String(form.get('description') ?? ''),
    price: text(form, 'price'),
    capacity: text(form, 'capacity'),
    minPerOrder: text(form, 'minPerOrder'),
    maxPerOrder: text(form, 'maxPerOrder'),
    salesStartAt: text(form, 'salesStartAt'),
    salesEndAt: text(form, 'salesEndAt'),
  };
  const errors: FieldErrors = {};
  if (!values.name) errors.name = 'Enter a name.';
  const price = decimalToMinor(values.price, currency, decimals);
  if (!price.ok) errors.price = price.message;
  const capacity = wholeNumber(values.capacity, 'capacity', errors, 0);
  const minPerOrder = wholeNumber(values.minPerOrder, 'minPerOrder', errors, 1);
  const maxPerOrder = wholeNumber(values.maxPerOrder, 'maxPerOrder', errors, 1);
  const salesStartAt = values.salesStartAt ? zonedLocalToInstant(values.salesStartAt, timeZone) : null;
  const salesEndAt = values.salesEndAt ? zonedLocalToInstant(values.salesEndAt, timeZone) : null;
  if (values.salesStartAt && !salesStartAt) errors.salesStartAt = 'Enter a date and time, or leave empty.';
  if (values.salesEndAt && !salesEndAt) errors.salesEndAt = 'Enter a date and time, or leave empty.';
  if (Object.keys(errors).length || !price.ok) return { values, errors, input: null };
  return {
    values,
    errors,
    input: {
      name: values.name,
      description: values.description,
      priceMinor: price.amountMinor,
      capacity,
      minPerOrder,
      maxPerOrder,
      salesStartAt,
      salesEndAt,
    },
  };
}
