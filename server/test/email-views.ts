/** Sample view models for the e-mail tests: valid data that a test overrides only where it matters. */
import type {
  AttendeeTicketEmail,
  BookingConfirmationEmail,
  EmailEventView,
  NewBookingNoticeEmail,
  WaiverRequestEmail,
} from '../src/modules/email/email.views';
import { eventCalendarFile } from '../src/modules/events/event-calendar';
import { EventStatus, EventVisibility } from '../src/modules/events/event.entity';

/** Saturday 14 March 2026, 19:30-23:00 in Berlin (CET, UTC+1). */
export const berlinEvent: EmailEventView = {
  title: 'Spring Concert',
  startsAt: new Date('2026-03-14T18:30:00Z'),
  endsAt: new Date('2026-03-14T22:00:00Z'),
  timeZone: 'Europe/Berlin',
  venue: { name: 'Town Hall', address: 'Marktplatz 1\n10178 Berlin' },
  description: 'An evening of music.',
  url: 'https://tickets.example.org/events/spring-concert',
};

export function bookingConfirmation(
  overrides: Partial<BookingConfirmationEmail> = {},
): BookingConfirmationEmail {
  return {
    to: 'ada@example.org',
    replyTo: 'hello@organiser.example.org',
    buyerName: 'Ada Lovelace',
    bookingReference: 'B7K2-QX9F',
    event: berlinEvent,
    lines: [
      {
        description: 'Standard',
        quantity: 2,
        unitPrice: { amountMinor: 1250, currency: 'EUR' },
        total: { amountMinor: 2500, currency: 'EUR' },
      },
      {
        description: 'VIP',
        quantity: 1,
        unitPrice: { amountMinor: 4000, currency: 'EUR' },
        total: { amountMinor: 4000, currency: 'EUR' },
      },
    ],
    total: { amountMinor: 6500, currency: 'EUR' },
    tickets: [
      {
        code: 'TKT-AAAA-1111',
        shortCode: 'AAAAA11111',
        attendeeName: 'Ada Lovelace',
        ticketTypeName: 'Standard',
      },
      {
        code: 'TKT-BBBB-2222',
        shortCode: 'BBBBB22222',
        attendeeName: 'Charles Babbage',
        ticketTypeName: 'Standard',
      },
      {
        code: 'TKT-CCCC-3333',
        shortCode: 'CCCCC33333',
        attendeeName: 'Mary Somerville',
        ticketTypeName: 'VIP',
      },
    ],
    bookingUrl: 'https://tickets.example.org/bookings/3q2v7Xk9mZ4pL1sT8wYbNc',
    calendarFile: eventCalendarFile(
      {
        id: '5b0c3c4e-2f0a-4d55-9a0e-2b7f3c1d9e01',
        slug: 'spring-concert',
        status: EventStatus.PUBLISHED,
        visibility: EventVisibility.PUBLIC,
        description: berlinEvent.description ?? '',
        ...berlinEvent,
      },
      'https://tickets.example.org',
    ),
    ...overrides,
  };
}

export function waiverRequest(overrides: Partial<WaiverRequestEmail> = {}): WaiverRequestEmail {
  return {
    to: 'charles@example.org',
    replyTo: 'hello@organiser.example.org',
    attendeeName: 'Charles Babbage',
    event: berlinEvent,
    signingUrl: 'https://tickets.example.org/waivers/sign/Zx81QmT0vBn4Lk2Rp7Yc',
    ...overrides,
  };
}

export function newBookingNotice(overrides: Partial<NewBookingNoticeEmail> = {}): NewBookingNoticeEmail {
  const booking = bookingConfirmation();
  return {
    to: 'organiser@example.org',
    replyTo: booking.to,
    bookingReference: booking.bookingReference,
    buyerName: booking.buyerName,
    buyerEmail: booking.to,
    event: booking.event,
    lines: booking.lines,
    total: booking.total,
    ticketCount: booking.tickets.length,
    adminUrl: 'https://tickets.example.org/admin/bookings/B7K2-QX9F',
    ...overrides,
  };
}

/** Charles's own ticket of the booking above, sent to his own address. */
export function attendeeTicket(overrides: Partial<AttendeeTicketEmail> = {}): AttendeeTicketEmail {
  return {
    to: 'charles@example.org',
    replyTo: 'hello@organiser.example.org',
    attendeeName: 'Charles Babbage',
    bookingReference: 'B7K2-QX9F',
    event: berlinEvent,
    tickets: [bookingConfirmation().tickets[1]],
    waiverRequired: false,
    ...overrides,
  };
}
