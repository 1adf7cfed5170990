/**
 * The wording organisers may change per event: for each transactional e-mail about an event, its
 * subject and its opening text (Markdown with `{placeholders}`). What the e-mail carries besides (the
 * event's details, the order, the tickets and their QR codes, the buttons, the attachments) stays as
 * it is, so no wording can lose a ticket or a link. The defaults below are what every event sends
 * until an organiser saves a text of their own (modules/email/email-text-overrides.service.ts).
 */
import { EmailKind } from './email-message.entity';
import { TrustedHtml } from './mail-template';
import { markdownHtml, markdownText, subjectLine, unknownPlaceholderNames } from './markdown-text';

/** A subject and an opening text, as written (placeholders unfilled). */
export interface EmailText {
  subject: string;
  body: string;
}

interface EditableEmail {
  /** What the admin area calls it. */
  title: string;
  /** Who gets it, and when. */
  sentWhen: string;
  defaultText: EmailText;
  /** Placeholder name -> what it stands for. */
  placeholders: Record<string, string>;
  /** Placeholders whose values are URLs: shown as links in the HTML part. */
  links?: string[];
}

const EVENT_PLACEHOLDERS = {
  'event.title': "The event's title",
  'event.startsAt': "The event's start, in its own time zone",
  'event.venue': "The venue's name",
};

/** The e-mails an organiser can reword, in the order the admin area lists them. */
export const EDITABLE_EMAILS = {
  [EmailKind.BOOKING_CONFIRMATION]: {
    title: 'Booking confirmation',
    sentWhen: 'To the buyer when a booking is confirmed (also when an admin resends it).',
    defaultText: {
      subject: 'Your tickets for {event.title}',
      body: 'Hello {buyer.name},\n\nthank you for your booking {booking.reference}.',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      'buyer.name': "The buyer's name",
      'booking.reference': 'The booking reference, e.g. K7Q-9ZD4',
      'booking.total': 'What the booking cost, e.g. €65.00',
      'booking.ticketCount': 'How many tickets, e.g. "2 tickets"',
      'booking.url': "The link to the buyer's booking (personal: opens the booking and its tickets)",
    },
    links: ['booking.url'],
  },
  [EmailKind.ATTENDEE_TICKET]: {
    title: 'Attendee’s own ticket',
    sentWhen: 'To each attendee with an address of their own, when the event sends attendees their tickets.',
    defaultText: {
      subject: 'Your ticket for {event.title}',
      body: 'Hello {attendee.name},\n\nyou have a ticket for {event.title} (booking {booking.reference}).',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      'attendee.name': "The attendee's name",
      'booking.reference': 'The booking reference',
    },
  },
  [EmailKind.WAIVER_REQUEST]: {
    title: 'Waiver request',
    sentWhen: 'To each attendee when the event asks for a signed waiver.',
    defaultText: {
      subject: 'Please sign the waiver for {event.title}',
      body: 'Hello {attendee.name},\n\neveryone attending {event.title} needs to sign a waiver before they can be checked in. Please read and sign yours online:',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      'attendee.name': "The attendee's name",
      'waiver.url': "The attendee's own signing link",
    },
    links: ['waiver.url'],
  },
  [EmailKind.WAIVER_REMINDER]: {
    title: 'Waiver reminder',
    sentWhen: 'To attendees who have not signed the waiver yet, before the event.',
    defaultText: {
      subject: 'Reminder: sign the waiver for {event.title}',
      body: 'Hello {attendee.name},\n\n{event.title} starts on {event.startsAt}, and your waiver is not signed yet. Without a signed waiver you cannot be checked in, so please sign it now:',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      'attendee.name': "The attendee's name",
      'waiver.url': "The attendee's own signing link",
    },
    links: ['waiver.url'],
  },
  [EmailKind.BOOKING_CANCELLED]: {
    title: 'Booking cancelled',
    sentWhen: 'To the buyer when a booking is cancelled.',
    defaultText: {
      subject: 'Booking {booking.reference} for {event.title} is cancelled',
      body: 'Hello {buyer.name},\n\nyour booking {booking.reference} for {event.title} has been cancelled, and its tickets are no longer valid.',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      'buyer.name': "The buyer's name",
      'booking.reference': 'The booking reference',
      'booking.url': "The link to the buyer's booking (empty when the e-mail has none)",
    },
    links: ['booking.url'],
  },
  [EmailKind.EVENT_CANCELLED]: {
    title: 'Event cancelled',
    sentWhen:
      'To each buyer with seats or tickets when an admin cancels the event (or one date of a series) with “notify buyers”.',
    defaultText: {
      subject: '{event.title} on {event.startsAt} is cancelled',
      body: 'Hello {buyer.name},\n\nwe are sorry: {event.title} on {event.startsAt} has been cancelled. Your booking is {booking.reference}.',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      'buyer.name': "The buyer's name",
      'booking.reference': 'The booking reference',
      'booking.url': "The link to the buyer's booking (empty when the e-mail has none)",
    },
    links: ['booking.url'],
  },
  [EmailKind.WAITING_LIST_EVENT_CANCELLED]: {
    title: 'Event cancelled (to the waiting list)',
    sentWhen:
      'To each person still on the waiting list (waiting, or holding an offer) when an admin cancels the event (or one date of a series) with “notify buyers”.',
    defaultText: {
      subject: '{event.title}, {event.startsAt} is cancelled',
      body: 'Hello {name},\n\nwe are sorry: {event.title}, {event.startsAt} has been cancelled. You were on its waiting list for {ticketType.name}; nothing was charged, and there is nothing you need to do.',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      name: 'The name the person gave when joining the waiting list',
      'ticketType.name': 'The ticket type they were waiting for',
    },
  },
  [EmailKind.REFUND_ISSUED]: {
    title: 'Refund issued',
    sentWhen: 'To the buyer when an admin refunds all or part of a booking.',
    defaultText: {
      subject: 'Refund of {refund.amount} for booking {booking.reference}',
      body: 'Hello {buyer.name},\n\nwe have refunded {refund.amount} of your booking {booking.reference} for {event.title}.',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      'buyer.name': "The buyer's name",
      'booking.reference': 'The booking reference',
      'refund.amount': 'The amount refunded, e.g. €20.00',
      'booking.url': "The link to the buyer's booking (empty when the e-mail has none)",
    },
    links: ['booking.url'],
  },
  [EmailKind.LATE_PAYMENT_REFUNDED]: {
    title: 'Late payment refunded',
    sentWhen:
      'To a buyer whose payment arrived after their reservation had expired and was refunded in full.',
    defaultText: {
      subject: 'Your payment for {event.title} was refunded',
      body: 'Hello {buyer.name},\n\nyour payment of {payment.amount} for {event.title} arrived after your reservation had expired, so we could not issue the tickets. We have refunded the full amount to the payment method you used; it may take a few days to show on your statement.\n\nWe are sorry for the trouble.',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      'buyer.name': "The buyer's name",
      'payment.amount': 'The amount paid and refunded',
    },
  },
  [EmailKind.NEW_BOOKING_NOTICE]: {
    title: 'New booking notice (to the organiser)',
    sentWhen: 'To the organiser’s address (ORGANISER_EMAIL) for each confirmed booking.',
    defaultText: {
      subject: 'New booking {booking.reference} for {event.title}: {booking.ticketCount}, {booking.total}',
      body: '{buyer.name} ({buyer.email}) booked {booking.ticketCount} for {event.title}. Booking reference: {booking.reference}.',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      'buyer.name': "The buyer's name",
      'buyer.email': "The buyer's e-mail address",
      'booking.reference': 'The booking reference',
      'booking.total': 'What the booking cost',
      'booking.ticketCount': 'How many tickets, e.g. "2 tickets"',
    },
  },
  [EmailKind.EVENT_REMINDER]: {
    title: 'Event reminder',
    sentWhen: 'By the event’s reminder rules, to buyers or attendees (they can unsubscribe).',
    defaultText: {
      subject: 'Reminder: {event.title}, {event.startsAt}',
      body: 'Hello {name},\n\nthis is a reminder that {event.title} starts on {event.startsAt}. Please have your tickets ready at the entrance: the QR code on your phone or printed, or the code below.',
    },
    placeholders: {
      ...EVENT_PLACEHOLDERS,
      name: "The recipient's name (the buyer's, or the attendee's)",
      'booking.reference': 'The booking reference',
      'booking.url':
        'The link to the booking, for buyers (empty for attendees: a link to it keeps only its words)',
    },
    links: ['booking.url'],
  },
} satisfies Partial<Record<EmailKind, EditableEmail>>;

export type EditableEmailKind = keyof typeof EDITABLE_EMAILS;

export const EDITABLE_EMAIL_KINDS = Object.keys(EDITABLE_EMAILS) as EditableEmailKind[];

export function isEditableEmailKind(kind: string): kind is EditableEmailKind {
  return Object.hasOwn(EDITABLE_EMAILS, kind);
}

/** Every placeholder value an e-mail of `kind` fills in. */
export type EmailTextValues<K extends EditableEmailKind> = Record<
  keyof (typeof EDITABLE_EMAILS)[K]['placeholders'],
  string
>;

export function editableEmail(kind: EditableEmailKind): EditableEmail {
  return EDITABLE_EMAILS[kind];
}

/** Per field (`subject`, `body`), the placeholders `kind` does not know. */
export function unknownEmailTextPlaceholders(
  kind: EditableEmailKind,
  text: EmailText,
): { field: 'subject' | 'body'; name: string }[] {
  const known = Object.keys(editableEmail(kind).placeholders);
  return (['subject', 'body'] as const).flatMap((field) =>
    unknownPlaceholderNames(text[field], known).map((name) => ({ field, name })),
  );
}

/** What the templates show of a text: its subject, opening as safe HTML and as plain text. */
export interface ComposedText {
  introSubject: string;
  introHtml: TrustedHtml;
  introText: string;
  [key: string]: string | TrustedHtml;
}

/**
 * Fills a text of `kind` in (the default when `text` is null). Throws on a placeholder the kind does
 * not know, or a subject left empty: the caller falls back to the default (email-text-overrides).
 */
export function composeEmailText<K extends EditableEmailKind>(
  kind: K,
  text: EmailText | null,
  values: EmailTextValues<K>,
): ComposedText {
  const { defaultText, links } = editableEmail(kind);
  const chosen = text ?? defaultText;
  const unknown = unknownEmailTextPlaceholders(kind, chosen);
  if (unknown.length > 0) {
    throw new Error(
      `${kind} text: ${unknown.map(({ field, name }) => `{${name}} in the ${field}`).join(', ')} is not a placeholder of this e-mail`,
    );
  }
  const filled = values as Record<string, string>;
  const introSubject = subjectLine(chosen.subject, filled);
  if (!introSubject) throw new Error(`${kind} text: the subject is empty once filled in`);
  return {
    introSubject,
    introHtml: new TrustedHtml(markdownHtml(chosen.body, filled, new Set(links ?? []))),
    introText: markdownText(chosen.body, filled).trim(),
  };
}
