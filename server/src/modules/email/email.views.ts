/**
 * What each e-mail template needs, as plain data. Other modules (bookings, waivers, payments) map
 * their entities onto these; the templates know nothing of those entities. Money is integer minor
 * units plus currency; times are instants, shown in `event.timeZone`; URLs are absolute http(s).
 */
import type { MoneyView } from './email.format';

export type { MoneyView };

export interface EmailEventView {
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA time zone the event's times are shown in, e.g. Europe/Berlin. */
  timeZone: string;
  venue: { name: string; address: string };
  /** Plain text; goes into the calendar entry. */
  description?: string;
  /** The event's page, for the calendar entry. */
  url?: string | null;
}

/** The part of an event every message shows: title, times in its zone, venue. */
export function emailEventView(event: {
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: { name: string; address: string };
}): EmailEventView {
  return {
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    venue: { name: event.venue.name, address: event.venue.address },
  };
}

/**
 * What happened to a booking's money (bookings/booking-account.ts reckons it): the booking e-mails
 * say what was paid and refunded, when, and what the organiser still holds.
 */
export interface EmailAccountView {
  currency: string;
  payments: { amountMinor: number; at: Date }[];
  refunds: { amountMinor: number; at: Date }[];
  pendingMinor: number;
  paidMinor: number;
  retainedMinor: number;
}

/** Common to every message. */
export interface EmailEnvelope {
  /** Recipient address. */
  to: string;
  /** Where replies go: the event's (or organiser's) contact address. */
  replyTo: string;
}

export interface BookingLineView {
  /** e.g. the ticket type's name. */
  description: string;
  quantity: number;
  unitPrice: MoneyView;
  /** What the booking's code took off each ticket (absent or zero: no discount on this line). */
  unitDiscount?: MoneyView;
  /** The code that gave the discount. */
  voucherCode?: string | null;
  /** quantity x (unitPrice - unitDiscount), as the booking computed it. */
  total: MoneyView;
}

export interface TicketView {
  /** What the QR code holds and the door scans. */
  code: string;
  /** What door staff type when the QR code will not scan (unformatted; see booking-codes.ts). */
  shortCode: string;
  attendeeName: string;
  ticketTypeName: string;
}

export interface BookingConfirmationEmail extends EmailEnvelope {
  /** Paid, refunded and still held, with dates; omitted: the message gives no account. */
  account?: EmailAccountView | null;
  buyerName: string;
  /** Short reference the buyer can quote, e.g. "B7K2-QX9F". */
  bookingReference: string;
  event: EmailEventView;
  lines: BookingLineView[];
  total: MoneyView;
  /** One QR code each. */
  tickets: TicketView[];
  /** The booking's page (with its secret token); its tickets' PDF is at `<bookingUrl>/tickets.pdf`. */
  bookingUrl: string;
  /** The event's iCalendar file, the same as the site's (events/event-calendar.ts). */
  calendarFile: string;
  /** The answers to the event's checkout questions, the buyer's first; none: no section. */
  answers?: EmailAnswerView[];
}

/** One answer as a confirmation lists it: whose ("You", "Ticket 2: Ada"), the question and the answer. */
export interface EmailAnswerView {
  who: string;
  label: string;
  display: string;
}

/**
 * One attendee's own ticket(s), to their own address: never the buyer's booking link (it opens the
 * whole booking) nor anyone else's tickets.
 */
export interface AttendeeTicketEmail extends EmailEnvelope {
  attendeeName: string;
  /** Quoted at the door or to the organiser; not a link. */
  bookingReference: string;
  event: EmailEventView;
  /** This attendee's tickets only. */
  tickets: TicketView[];
  /** The event asks a waiver of each attendee: its request comes in an e-mail of its own. */
  waiverRequired: boolean;
}

export interface WaiverRequestEmail extends EmailEnvelope {
  attendeeName: string;
  event: EmailEventView;
  /** The attendee's personal signing link (with its secret token). */
  signingUrl: string;
}

export type WaiverReminderEmail = WaiverRequestEmail;

export interface EventCancelledEmail extends EmailEnvelope {
  buyerName: string;
  bookingReference: string;
  event: EmailEventView;
  /** The organiser's words to the buyers; omitted: none. */
  message?: string | null;
  /** The booking is being cancelled and refunded in full (a "refund issued" e-mail follows). */
  refundFollows: boolean;
  bookingUrl?: string | null;
}

export interface BookingCancelledEmail extends EmailEnvelope {
  /** Paid, refunded and still held, with dates; omitted: the message gives no account. */
  account?: EmailAccountView | null;
  buyerName: string;
  bookingReference: string;
  event: EmailEventView;
  /** Why, in words for the buyer; omitted: no reason given. */
  reason?: string | null;
  /** The amount being refunded, if any. */
  refund?: MoneyView | null;
  bookingUrl?: string | null;
}

export interface RefundIssuedEmail extends EmailEnvelope {
  /** Paid, refunded and still held, with dates; omitted: the message gives no account. */
  account?: EmailAccountView | null;
  buyerName: string;
  bookingReference: string;
  event: EmailEventView;
  amount: MoneyView;
  /** True when the whole booking was refunded, false for a partial refund. */
  isFullRefund: boolean;
  reason?: string | null;
  bookingUrl?: string | null;
}

export interface LatePaymentRefundedEmail extends EmailEnvelope {
  buyerName: string;
  event: EmailEventView;
  /** The payment that came too late, refunded in full. */
  amount: MoneyView;
  /** Where to try again, if tickets are still on sale. */
  eventUrl?: string | null;
}

export interface NewBookingNoticeEmail extends EmailEnvelope {
  bookingReference: string;
  buyerName: string;
  buyerEmail: string;
  event: EmailEventView;
  lines: BookingLineView[];
  total: MoneyView;
  ticketCount: number;
  /** The booking in the admin area. */
  adminUrl?: string | null;
}

export interface AccountInvitationEmail extends EmailEnvelope {
  /** Who sent the invitation (their e-mail), or null when the system did. */
  invitedBy: string | null;
  role: string;
  /** What the role may do, in words. */
  roleDescription: string;
  /** The single-use link to set a password. */
  setPasswordUrl: string;
  expiresAt: Date;
}

export interface WebhookEndpointDisabledEmail extends EmailEnvelope {
  endpointUrl: string;
  /** Why, in words: the last failure. */
  reason: string;
  /** The admin page of webhooks, to look at the log and enable it again. */
  webhooksUrl: string;
}

export interface VoucherCodeEmail extends EmailEnvelope {
  event: EmailEventView;
  code: string;
  /** What the code does, in words (e.g. "20% off"), or null. */
  offer: string | null;
  /** The organiser's own words, or empty. */
  message: string;
  /** The event page with the code applied (`?voucher=`). */
  eventUrl: string;
  validUntil: Date | null;
}

export interface WaitingListOfferEmail extends EmailEnvelope {
  event: EmailEventView;
  /** The person's name as they gave it. */
  name: string;
  ticketTypeName: string;
  quantity: number;
  /** The checkout with the held seats (`/checkout/offer/<token>`). */
  offerUrl: string;
  expiresAt: Date;
}

export interface WaitingListEventCancelledEmail extends EmailEnvelope {
  event: EmailEventView;
  /** The person's name as they gave it. */
  name: string;
  ticketTypeName: string;
  /** The organiser's words (the same as the buyers get); omitted: none. */
  message?: string | null;
}

export interface PasswordResetEmail extends EmailEnvelope {
  /** The single-use link to set a new password. */
  resetUrl: string;
  expiresAt: Date;
}
