/**
 * The checkout's details form as plain data: the ticket choice the event page sends (in the query
 * string, `quantity.<ticketTypeId>=<n>`), what the buyer typed, and the createBooking input made of
 * both. Input names are the API's field paths (`buyer.email`, `attendees.0.name`), so an error the
 * API reports for a path lands at the input of the same name.
 */

export interface ChosenLine {
  ticketTypeId: string;
  quantity: number;
}

const QUANTITY_PREFIX = 'quantity.';
/** The API's limit on attendees per booking; larger choices are refused before they reach it. */
export const MAX_TICKETS_PER_BOOKING = 50;

/** A chosen line as written in the URL, before it is checked against the event's ticket types. */
export interface TicketChoice {
  lines: ChosenLine[];
  /** What is wrong with the URL's choice itself, in words for the buyer; empty when nothing is. */
  problems: string[];
}

/**
 * The lines chosen: each `quantity.<id>` with a whole number above 0, in the order given. A quantity
 * that is not a whole number, a ticket type given twice or a nameless one is a problem, said plainly
 * (an edited or stale link), not a silent drop.
 */
export function parseChosenLines(params: URLSearchParams): TicketChoice {
  const lines: ChosenLine[] = [];
  const problems: string[] = [];
  for (const [name, value] of params) {
    if (!name.startsWith(QUANTITY_PREFIX)) continue;
    const ticketTypeId = name.slice(QUANTITY_PREFIX.length);
    if (!ticketTypeId) {
      problems.push('The link names a quantity without a ticket type.');
      continue;
    }
    if (!/^\d{1,3}$/.test(value.trim())) {
      problems.push(`“${value}” is not a number of tickets: choose a whole number from 0.`);
      continue;
    }
    const quantity = Number(value.trim());
    if (quantity === 0) continue;
    if (lines.some((line) => line.ticketTypeId === ticketTypeId)) {
      problems.push('The link names the same ticket type twice.');
      continue;
    }
    lines.push({ ticketTypeId, quantity });
  }
  return { lines, problems };
}

/** What the event page and the checkout know of a ticket type to judge a choice. */
export interface ChoosableTicketType {
  id: string;
  name: string;
  availability: string;
  minPerOrder: number;
  maxPurchasable: number;
}

const NOT_BUYABLE: Record<string, string> = {
  SOLD_OUT: 'is sold out',
  NOT_YET_ON_SALE: 'is not on sale yet',
  SALES_ENDED: 'is no longer on sale',
};

function ticketsText(count: number): string {
  return count === 1 ? '1 ticket' : `${count} tickets`;
}

/**
 * Every reason the chosen lines cannot be booked as they are, one sentence each: an unknown ticket
 * type, one not on sale, fewer than its minimum or more than can be bought in one order, or more
 * tickets than one booking holds. The same rules the event page applies before it sends the choice;
 * the server checks them again when it books (its answer is the truth).
 */
export function choiceProblems(
  lines: readonly ChosenLine[],
  ticketTypes: readonly ChoosableTicketType[],
): string[] {
  const problems: string[] = [];
  const byId = new Map(ticketTypes.map((ticketType) => [ticketType.id, ticketType]));
  let total = 0;
  for (const line of lines) {
    total += line.quantity;
    const ticketType = byId.get(line.ticketTypeId);
    if (!ticketType) {
      problems.push('One of the chosen ticket types is not sold for this event (any more).');
    } else if (ticketType.maxPurchasable === 0) {
      problems.push(
        `“${ticketType.name}” ${NOT_BUYABLE[ticketType.availability] ?? 'cannot be bought right now'}.`,
      );
    } else if (line.quantity > ticketType.maxPurchasable) {
      problems.push(
        `At most ${ticketsText(ticketType.maxPurchasable)} of “${ticketType.name}” can be bought in one order; ${line.quantity} were chosen.`,
      );
    } else if (line.quantity < ticketType.minPerOrder) {
      problems.push(
        `“${ticketType.name}” is sold at least ${ticketType.minPerOrder} per order; ${line.quantity} ${line.quantity === 1 ? 'was' : 'were'} chosen.`,
      );
    }
  }
  if (total > MAX_TICKETS_PER_BOOKING) {
    problems.push(
      `One booking holds at most ${MAX_TICKETS_PER_BOOKING} tickets; ${total} were chosen. Please make two bookings.`,
    );
  }
  return problems;
}

export interface AttendeeValues {
  name: string;
  email: string;
  sameAsBuyer: boolean;
}

export interface CheckoutValues {
  buyer: { name: string; email: string };
  attendees: AttendeeValues[];
  termsAccepted: boolean;
}

/** One attendee slot per ticket, in the order of the lines (the order createBooking expects). */
export function attendeeTicketTypes(lines: readonly ChosenLine[]): string[] {
  return lines.flatMap((line) => Array.from({ length: line.quantity }, () => line.ticketTypeId));
}

/** An empty form: the first ticket is the buyer's own, the others are for someone else. */
export function blankCheckoutValues(attendeeCount: number): CheckoutValues {
  return {
    buyer: { name: '', email: '' },
    attendees: Array.from({ length: attendeeCount }, (_, index) => ({
      name: '',
      email: '',
      sameAsBuyer: index === 0,
    })),
    termsAccepted: false,
  };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** What the buyer typed, for `attendeeCount` attendees (missing inputs read as empty). */
export function readCheckoutForm(form: FormData, attendeeCount: number): CheckoutValues {
  return {
    buyer: { name: text(form, 'buyer.name'), email: text(form, 'buyer.email') },
    attendees: Array.from({ length: attendeeCount }, (_, index) => ({
      name: text(form, `attendees.${index}.name`),
      email: text(form, `attendees.${index}.email`),
      sameAsBuyer: form.get(`attendees.${index}.sameAsBuyer`) === 'on',
    })),
    termsAccepted: form.get('terms') === 'on',
  };
}

export interface BookingRequest {
  eventSlug: string;
  accessKey: string | null;
  lines: ChosenLine[];
  buyer: { name: string; email: string };
  attendees: { ticketTypeId: string; sameAsBuyer: boolean; name: string | null; email: string | null }[];
}

/** The createBooking input: the lines, the buyer, and one attendee per ticket in slot order. */
export function bookingRequest(
  event: { slug: string; accessKey: string | null },
  lines: ChosenLine[],
  values: CheckoutValues,
): BookingRequest {
  const ticketTypes = attendeeTicketTypes(lines);
  return {
    eventSlug: event.slug,
    accessKey: event.accessKey,
    // Only what the API takes: the form's lines also carry names and prices for display.
    lines: lines.map(({ ticketTypeId, quantity }) => ({ ticketTypeId, quantity })),
    buyer: values.buyer,
    attendees: ticketTypes.map((ticketTypeId, index) => {
      const attendee = values.attendees[index];
      return attendee.sameAsBuyer
        ? { ticketTypeId, sameAsBuyer: true, name: null, email: null }
        : { ticketTypeId, sameAsBuyer: false, name: attendee.name, email: attendee.email || null };
    }),
  };
}

/**
 * Where an API error shows: its field path (`attendees.0.email`, `buyer.name`) when the form has
 * that input, the ticket summary for problems with a line (`lines.1.quantity`), else the form's top.
 */
export function errorPlacement(field: string, inputNames: ReadonlySet<string>): string {
  if (inputNames.has(field)) return field;
  if (field === 'lines' || field.startsWith('lines.')) return 'lines';
  return 'form';
}

/** The names of the form's inputs that errors can point at, in the order of the form. */
export function checkoutInputNames(attendeeCount: number): Set<string> {
  const names = new Set(['buyer.name', 'buyer.email']);
  for (let index = 0; index < attendeeCount; index++) {
    names.add(`attendees.${index}.name`);
    names.add(`attendees.${index}.email`);
  }
  names.add('terms');
  return names;
}

/** How the error summary names an input of the form, e.g. "Ticket 2: attendee’s e-mail address". */
export function checkoutFieldLabel(field: string): string {
  const buyer: Record<string, string> = {
    'buyer.name': 'Your full name',
    'buyer.email': 'Your e-mail address',
    terms: 'Terms of sale',
  };
  if (buyer[field]) return buyer[field];
  const attendee = /^attendees\.(\d+)\.(name|email)$/.exec(field);
  if (attendee) {
    return `Ticket ${Number(attendee[1]) + 1}: attendee’s ${attendee[2] === 'name' ? 'full name' : 'e-mail address'}`;
  }
  return 'Your booking';
}

/** "must be an e-mail address" -> "Must be an e-mail address.": validator fragments as sentences. */
export function asSentence(message: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
