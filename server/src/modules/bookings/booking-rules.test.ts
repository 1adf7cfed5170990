/** The booking rules as pure functions: a request, a catalog read and a time; no database. */
import { InvalidInputError } from '../../common/domain-error';
import { EventStatus, type EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import {
  allLinesFree,
  attendeeErrors,
  bookingEmailKey,
  checkRequestShape,
  lineErrors,
  priceBooking,
  type CreateBookingRequest,
} from './booking-rules';
import { BookingErrorCode } from './bookings.types';

const NOW = new Date('2030-06-01T09:00:00.000Z');
const event = { id: 'event-1', status: EventStatus.PUBLISHED, endsAt: new Date('2030-07-01') } as EventEntity;

function ticketType(id: string, fields: Partial<TicketTypeEntity> = {}): TicketTypeEntity {
  return {
    id,
    name: `Type ${id}`,
    priceMinor: 1000,
    capacity: 10,
    soldCount: 0,
    heldCount: 0,
    minPerOrder: 1,
    maxPerOrder: 5,
    salesStartAt: null,
    salesEndAt: null,
    sortOrder: 0,
    createdAt: new Date('2030-01-01'),
    ...fields,
  } as TicketTypeEntity;
}

const catalog = (...types: TicketTypeEntity[]) => new Map(types.map((type) => [type.id, type]));

function request(
  lines: [string, number][],
  fields: Partial<CreateBookingRequest> = {},
): CreateBookingRequest {
  return {
    eventId: event.id,
    lines: lines.map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity })),
    buyer: { name: ' Ada ', email: ' ada@example.com ' },
    attendees: lines.flatMap(([ticketTypeId, quantity]) =>
      Array.from({ length: quantity }, () => ({ ticketTypeId, sameAsBuyer: true })),
    ),
    ...fields,
  };
}

describe('checkRequestShape', () => {
  it('accepts an event id or a slug with distinct ticket types', () => {
    expect(() => checkRequestShape(request([['a', 1]]))).not.toThrow();
  });

  it('names every malformed field at once: no event (or both) and a ticket type twice', () => {
    const malformed = request(
      [
        ['a', 1],
        ['a', 2],
      ],
      { eventId: 'e', eventSlug: 's' },
    );
    expect(() => checkRequestShape(malformed)).toThrow(InvalidInputError);
    try {
      checkRequestShape(malformed);
    } catch (error) {
      expect((error as InvalidInputError).problems).toEqual([
        { field: 'eventId', message: 'give either eventId or eventSlug' },
        { field: 'lines.1.ticketTypeId', message: 'appears in an earlier line' },
      ]);
    }
  });
});

describe('lineErrors', () => {
  it('finds nothing wrong with a line on sale within its limits', () => {
    expect(lineErrors(request([['a', 2]]), catalog(ticketType('a')), event, NOW)).toEqual([]);
  });

  it('refuses an unknown ticket type, one not yet on sale, and one whose sales ended', () => {
    const types = catalog(
      ticketType('soon', { salesStartAt: new Date('2030-06-02') }),
      ticketType('over', { salesEndAt: NOW }),
    );
    const errors = lineErrors(
      request([
        ['x', 1],
        ['soon', 1],
        ['over', 1],
      ]),
      types,
      event,
      NOW,
    );
    expect(errors.map((error) => [error.code, error.field, error.ticketTypeId])).toEqual([
      [BookingErrorCode.TICKET_TYPE_NOT_FOUND, 'lines.0.ticketTypeId', 'x'],
      [BookingErrorCode.NOT_ON_SALE, 'lines.1.ticketTypeId', 'soon'],
      [BookingErrorCode.NOT_ON_SALE, 'lines.2.ticketTypeId', 'over'],
    ]);
  });

  it('refuses quantities outside the order limits or above the seats left', () => {
    const types = catalog(
      ticketType('min', { minPerOrder: 2 }),
      ticketType('max', { maxPerOrder: 3 }),
      ticketType('few', { capacity: 5, soldCount: 3 }),
      ticketType('none', { capacity: 5, soldCount: 4, heldCount: 1 }),
    );
    const errors = lineErrors(
      request([
        ['min', 1],
        ['max', 4],
        ['few', 3],
        ['none', 1],
      ]),
      types,
      event,
      NOW,
    );
    expect(errors.map((error) => [error.code, error.message])).toEqual([
      [BookingErrorCode.BELOW_MIN_PER_ORDER, '"Type min" is sold in orders of at least 2.'],
      [BookingErrorCode.ABOVE_MAX_PER_ORDER, 'One order may contain at most 3 "Type max" tickets.'],
      [BookingErrorCode.NOT_ENOUGH_SEATS, 'Only 2 "Type few" tickets are left.'],
      [BookingErrorCode.SOLD_OUT, '"Type none" is sold out.'],
    ]);
  });
});

describe('attendeeErrors', () => {
  it('wants one attendee per ticket, of a booked ticket type', () => {
    const asked = request([['a', 2]], { attendees: [{ ticketTypeId: 'a' }, { ticketTypeId: 'b' }] });
    const errors = attendeeErrors(asked, catalog(ticketType('a')));
    expect(errors.map((error) => [error.field, error.message])).toEqual([
      ['attendees.1.ticketTypeId', 'This attendee holds a ticket type that is not booked.'],
      ['lines.0.quantity', '2 "Type a" tickets need 2 attendees, not 1.'],
    ]);
  });
});

describe('attendee e-mails', () => {
  it('may not repeat within one booking, whatever their case or +tag; attendees "same as buyer" may share', () => {
    const asked = request([['a', 5]], {
      attendees: [
        { ticketTypeId: 'a', name: 'One', email: 'victim@example.org' },
        { ticketTypeId: 'a', name: 'Two', email: 'Victim@Example.org' },
        { ticketTypeId: 'a', sameAsBuyer: true },
        { ticketTypeId: 'a', sameAsBuyer: true },
        { ticketTypeId: 'a', name: 'Three', email: 'victim+3@example.org' },
      ],
    });
    const errors = attendeeErrors(asked, catalog(ticketType('a')));
    expect(errors.map((error) => [error.code, error.field])).toEqual([
      [BookingErrorCode.DUPLICATE_ATTENDEE_EMAIL, 'attendees.1.email'],
      [BookingErrorCode.DUPLICATE_ATTENDEE_EMAIL, 'attendees.4.email'],
    ]);
    const distinct = request([['a', 3]], {
      attendees: [
        { ticketTypeId: 'a', name: 'One', email: 'one@example.org' },
        { ticketTypeId: 'a', name: 'Two', email: 'two@example.org' },
        { ticketTypeId: 'a', name: 'Three', email: null },
      ],
    });
    expect(attendeeErrors(distinct, catalog(ticketType('a')))).toEqual([]);
  });
});

describe('bookingEmailKey', () => {
  it('compares addresses without case, spaces or +tag', () => {
    expect(bookingEmailKey(' Ana.B+tickets@Example.ORG ')).toBe('ana.b@example.org');
    expect(bookingEmailKey('a+b+c@x.org')).toBe('a@x.org');
    expect(bookingEmailKey('plain@x.org')).toBe('plain@x.org');
  });
});

describe('priceBooking', () => {
  it('prices from the catalog, orders lines as the catalog does and trims names', () => {
    const types = catalog(
      ticketType('late', { sortOrder: 2, priceMinor: 500 }),
      ticketType('first', { sortOrder: 1, priceMinor: 1250 }),
    );
    const asked = request(
      [
        ['late', 1],
        ['first', 2],
      ],
      {
        attendees: [
          { ticketTypeId: 'late', name: ' Bob ', email: '  ' },
          { ticketTypeId: 'first', sameAsBuyer: true },
          { ticketTypeId: 'first', name: 'Cy', email: ' cy@example.com' },
        ],
      },
    );
    const priced = priceBooking(asked, types);
    expect(priced).toMatchObject({
      totalMinor: 3000,
      free: false,
      buyerName: 'Ada',
      buyerEmail: 'ada@example.com',
    });
    expect(priced.lines.map((line) => [line.ticketTypeId, line.quantity, line.unitPriceMinor])).toEqual([
      ['first', 2, 1250],
      ['late', 1, 500],
    ]);
    expect(priced.tickets.map((ticket) => [ticket.attendeeName, ticket.attendeeEmail])).toEqual([
      ['Bob', null],
      ['Ada', 'ada@example.com'],
      ['Cy', 'cy@example.com'],
    ]);
  });

  it('knows a free booking, and refuses a total beyond the integer column', () => {
    const free = catalog(ticketType('free', { priceMinor: 0 }));
    expect(priceBooking(request([['free', 2]]), free).free).toBe(true);
    expect(allLinesFree(request([['free', 2]]), free)).toBe(true);
    const dear = catalog(ticketType('dear', { priceMinor: 1_500_000_000 }));
    expect(() => priceBooking(request([['dear', 2]]), dear)).toThrow('lines: the total is too large');
  });
});
