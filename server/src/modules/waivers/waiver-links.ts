/**
 * Signature rows and signing links: the row that stands for an attendee's waiver, and the link (a
 * fresh token, only its hash stored) e-mailed to ask or remind them. Used by waiver-signing and
 * waiver-reminders; the module's rules are at the top of waiver-rules.ts.
 */
import type { EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../../common/secret-token';
import type { Transaction } from '../../db/unit-of-work';
import { EmailKind } from '../email/email-message.entity';
import type { EmailService } from '../email/email.service';
import { renderInEventWording } from '../email/event-email-texts';
import { renderWaiverReminder, renderWaiverRequest } from '../email/email.templates';
import { emailEventView } from '../email/email.views';
import type { EventEntity } from '../events/event.entity';
import { WaiverLinkEntity } from './waiver-signature.entity';

export interface WaiverSettings {
  /** Base URL of the site; signing links are `<siteUrl>/waivers/<token>`. */
  siteUrl: string;
  /** Reply-To of waiver e-mails. */
  replyTo: string;
  /** Reminder offsets in hours before the event's start. */
  reminderHours: readonly number[];
}

/** A ticket as the waiver services read it (raw SQL row). */
export interface TicketRow {
  ticket_id: string;
  attendee_name: string;
  recipient: string;
  event_id: string;
  ticket_status: string;
  booking_status: string;
}

export class WaiverLinks {
  constructor(
    private readonly email: EmailService,
    private readonly settings: WaiverSettings,
  ) {}

  /** Inserts the ticket's signature row; null when it already had one. */
  async insertSignature(manager: EntityManager, ticketId: string, eventId: string): Promise<string | null> {
    const inserted = (await manager.query(
      `INSERT INTO waiver_signature (ticket_id, event_id) VALUES ($1, $2)
       ON CONFLICT (ticket_id) DO NOTHING RETURNING id`,
      [ticketId, eventId],
    )) as { id: string }[];
    return inserted[0]?.id ?? null;
  }

  /** A new signing link for the signature: its token (only the hash is stored). */
  async newLink(manager: EntityManager, signatureId: string): Promise<string> {
    const token = newSecretToken(32);
    await manager.insert(WaiverLinkEntity, { tokenHash: hashSecretToken(token), signatureId });
    return token;
  }

  /** Makes a new link for the signature and enqueues the e-mail that carries it. */
  async send(
    tx: Transaction,
    signatureId: string,
    event: EventEntity,
    ticket: Pick<TicketRow, 'attendee_name' | 'recipient'>,
    kind: 'request' | 'reminder',
    causeKey: string,
  ): Promise<void> {
    const token = await this.newLink(tx.manager, signatureId);
    const view = {
      to: ticket.recipient,
      replyTo: this.settings.replyTo,
      attendeeName: ticket.attendee_name,
      event: emailEventView(event),
      signingUrl: `${this.settings.siteUrl}/waivers/${token}`,
    };
    const rendered =
      kind === 'request'
        ? await renderInEventWording(tx, event.id, EmailKind.WAIVER_REQUEST, (text) =>
            renderWaiverRequest(view, text),
          )
        : await renderInEventWording(tx, event.id, EmailKind.WAIVER_REMINDER, (text) =>
            renderWaiverReminder(view, text),
          );
    await this.email.enqueue(tx, rendered, causeKey);
  }
}
