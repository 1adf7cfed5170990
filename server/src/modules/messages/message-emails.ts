/**
 * The e-mails of reminders and organisers' messages, rendered for one recipient inside the transaction
 * that writes them to the outbox: a booking link is minted for a buyer (booking-links.ts), an
 * unsubscribe link for everyone, and the recipient's tickets are listed with their door codes.
 */
import { In, type EntityManager } from 'typeorm';
import { formatTicketShortCode } from '../bookings/booking-codes';
import { mintBookingLink } from '../bookings/booking-links';
import { siteLinks } from '../bookings/booking-notifications';
import { TicketEntity } from '../bookings/ticket.entity';
import { EmailKind } from '../email/email-message.entity';
import { formatDateTime } from '../email/email.format';
import { composeEmailText, type EmailText } from '../email/email-texts';
import { eventModel, render, type RenderedEmail } from '../email/email.templates';
import { emailEventView } from '../email/email.views';
import { TrustedHtml } from '../email/mail-template';
import type { EventEntity } from '../events/event.entity';
import type { Recipient } from './message-recipients';
import { messageHtml, messageSubject, messageText, type PlaceholderValues } from './message-markdown';
import { mintUnsubscribeLink, unsubscribeUrl } from './unsubscribe-links';

export interface MessageEmailSettings {
  publicUrl: string;
  /** Where replies go: the organiser's address, else the sender's. */
  replyTo: string;
}

/** What an organiser wrote. */
export interface MessageContent {
  subject: string;
  body: string;
}

/** The placeholders' values for one recipient (messages and reminders alike). */
export function placeholderValues(
  event: EventEntity,
  recipient: Recipient,
  bookingUrl: string | null,
): PlaceholderValues {
  return {
    name: recipient.name,
    'event.title': event.title,
    'event.startsAt': formatDateTime(event.startsAt, event.timeZone),
    'event.venue': event.venue.name,
    'booking.reference': recipient.bookingReference,
    'booking.url': bookingUrl ?? '',
  };
}

/**
 * Links the e-mail carries: the booking's (buyers only) and the unsubscribe link. `preview` makes
 * none (a preview must not mint links that work).
 */
async function recipientLinks(
  manager: EntityManager,
  settings: MessageEmailSettings,
  event: EventEntity,
  recipient: Recipient,
  preview: boolean,
): Promise<{ bookingUrl: string | null; unsubscribeUrl: string | null }> {
  if (preview) {
    return {
      bookingUrl: recipient.isBuyer ? `${settings.publicUrl}/bookings/preview` : null,
      unsubscribeUrl: unsubscribeUrl(settings.publicUrl, 'preview'),
    };
  }
  const links = siteLinks(settings.publicUrl);
  const bookingUrl = recipient.isBuyer
    ? links.booking(await mintBookingLink(manager, recipient.bookingId))
    : null;
  const token = await mintUnsubscribeLink(manager, event.id, recipient.address);
  return { bookingUrl, unsubscribeUrl: unsubscribeUrl(settings.publicUrl, token) };
}

function withUnsubscribe(email: RenderedEmail, url: string | null): RenderedEmail {
  return { ...email, listUnsubscribeUrl: url };
}

/**
 * A reminder of the event for one recipient, with their tickets' door codes, in the event's own
 * wording (`options.text`, email-texts.ts) or the default.
 */
export async function renderReminder(
  manager: EntityManager,
  settings: MessageEmailSettings,
  event: EventEntity,
  recipient: Recipient,
  options: { preview?: boolean; text?: EmailText | null } = {},
): Promise<RenderedEmail> {
  const tickets = await manager.find(TicketEntity, {
    where: { id: In(recipient.ticketIds) },
    relations: { ticketType: true },
    order: { position: 'ASC' },
  });
  const links = await recipientLinks(manager, settings, event, recipient, options.preview ?? false);
  const email = await render(
    EmailKind.EVENT_REMINDER,
    { to: recipient.address, replyTo: settings.replyTo },
    {
      ...composeEmailText(
        EmailKind.EVENT_REMINDER,
        options.text ?? null,
        placeholderValues(event, recipient, links.bookingUrl),
      ),
      name: recipient.name,
      event: eventModel(emailEventView(event)),
      hasTickets: tickets.length > 0,
      tickets: tickets.map((ticket) => ({
        attendeeName: ticket.attendeeName,
        ticketTypeName: ticket.ticketType!.name,
        shortCode: ticket.shortCode ? formatTicketShortCode(ticket.shortCode) : '(not issued)',
      })),
      bookingUrl: links.bookingUrl,
      unsubscribeUrl: links.unsubscribeUrl,
    },
  );
  return withUnsubscribe(email, links.unsubscribeUrl);
}

/** An organiser's message for one recipient: their Markdown as safe HTML, placeholders filled. */
export async function renderEventMessage(
  manager: EntityManager,
  settings: MessageEmailSettings,
  event: EventEntity,
  recipient: Recipient,
  content: MessageContent,
  options: { preview?: boolean } = {},
): Promise<RenderedEmail> {
  const links = await recipientLinks(manager, settings, event, recipient, options.preview ?? false);
  const values = placeholderValues(event, recipient, links.bookingUrl);
  const email = await render(
    EmailKind.EVENT_MESSAGE,
    { to: recipient.address, replyTo: settings.replyTo },
    {
      messageSubject: messageSubject(content.subject, values),
      messageHtml: new TrustedHtml(messageHtml(content.body, values)),
      messageText: messageText(content.body, values),
      event: eventModel(emailEventView(event)),
      bookingUrl: links.bookingUrl,
      unsubscribeUrl: links.unsubscribeUrl,
    },
  );
  return withUnsubscribe(email, links.unsubscribeUrl);
}
