/**
 * Closing the waiting lists of cancelled events, as a step of the cancel transaction: every entry
 * still on a list becomes EVENT_CANCELLED, an offer's held seats go back to the counters (and are
 * offered to nobody: the event is cancelled), and, when the organiser notifies buyers, each person
 * gets one e-mail (outbox) in the event's wording. Lock order as the offers': entries, then ticket
 * types, then pools.
 */
import type { Transaction } from '../../db/unit-of-work';
import { EmailKind } from '../email/email-message.entity';
import type { EmailService } from '../email/email.service';
import { renderWaitingListEventCancelled } from '../email/email.templates';
import { emailEventView } from '../email/email.views';
import { renderInEventWording } from '../email/event-email-texts';
import { EventEntity } from '../events/event.entity';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import type { WaitingListOfferSettings, WaitingListOffers } from './waiting-list-offers';
import { CLOSED_BY_EVENT_CANCEL, holdsOfferSeats, WaitingListStatus } from './waiting-list-status';

/** Locks the open entries (id order), closes them, and returns each with the status it had. */
const CLOSE_SQL = `
  WITH open AS (
    SELECT id, status FROM waiting_list_entry
    WHERE event_id = ANY($1::uuid[]) AND status = ANY($2::waiting_list_status[])
    ORDER BY id FOR UPDATE
  )
  UPDATE waiting_list_entry w SET status = $3, updated_at = now()
  FROM open WHERE w.id = open.id
  RETURNING w.id, open.status AS "was", w.event_id AS "eventId", w.ticket_type_id AS "ticketTypeId",
            w.quantity, w.name, w.email`;

interface ClosedEntry {
  id: string;
  was: WaitingListStatus;
  eventId: string;
  ticketTypeId: string;
  quantity: number;
  name: string;
  email: string;
}

export interface WaitingListClosingOptions {
  notify: boolean;
  /** The organiser's words, as the buyers' "event cancelled" e-mail shows them. */
  message?: string | null;
}

export class WaitingListClosing {
  constructor(
    private readonly offers: Pick<WaitingListOffers, 'returnSeats'>,
    private readonly email: EmailService,
    private readonly settings: Pick<WaitingListOfferSettings, 'replyTo'>,
  ) {}

  /** Closes the lists of these (cancelled) events; returns how many people were told. */
  async closeForCancelledEvents(
    tx: Transaction,
    eventIds: readonly string[],
    options: WaitingListClosingOptions,
  ): Promise<{ closed: number; notified: number }> {
    if (eventIds.length === 0) return { closed: 0, notified: 0 };
    const result = await tx.manager.queryRunner!.query(
      CLOSE_SQL,
      [[...eventIds], CLOSED_BY_EVENT_CANCEL, WaitingListStatus.EVENT_CANCELLED],
      true,
    );
    const closed = (result.records as ClosedEntry[]).sort((a, b) => a.id.localeCompare(b.id));
    const offered = closed.filter((entry) => holdsOfferSeats(entry.was));
    if (offered.length > 0) await this.offers.returnSeats(tx, offered);
    if (!options.notify) return { closed: closed.length, notified: 0 };
    for (const entry of closed) {
      const event = await tx.manager.findOneByOrFail(EventEntity, { id: entry.eventId });
      const ticketType = await tx.manager.findOneByOrFail(TicketTypeEntity, { id: entry.ticketTypeId });
      const view = {
        to: entry.email,
        replyTo: this.settings.replyTo,
        event: emailEventView(event),
        name: entry.name,
        ticketTypeName: ticketType.name,
        message: options.message ?? null,
      };
      const rendered = await renderInEventWording(
        tx,
        event.id,
        EmailKind.WAITING_LIST_EVENT_CANCELLED,
        (text) => renderWaitingListEventCancelled(view, text),
      );
      // Once per entry: it leaves the list for good.
      await this.email.enqueue(tx, rendered, `waiting-list-event-cancelled:${entry.id}`);
    }
    return { closed: closed.length, notified: closed.length };
  }
}
