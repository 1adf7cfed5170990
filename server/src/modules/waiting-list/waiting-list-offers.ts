/**
 * Offers of seats to the people on a waiting list, each made in the transaction that frees the seats
 * (a released or expired hold, a cancellation, a raised capacity, an expired offer), so no regular
 * buyer can take a returned seat between its release and its offer. The seats of an offer are held in
 * the same counters as a booking's hold (db/functions/make_waiting_list_offers.sql); its e-mail, with
 * the link `<PUBLIC_URL>/checkout/offer/<token>`, is an outbox row of the same transaction.
 */
import { hashSecretToken, newSecretToken } from '../../common/secret-token';
import type { Transaction } from '../../db/unit-of-work';
import type { EmailService } from '../email/email.service';
import { renderWaitingListOffer } from '../email/email.templates';
import { emailEventView } from '../email/email.views';
import { EventEntity } from '../events/event.entity';
import { releaseSeats, type SeatLine } from '../tickets/seat-inventory';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { waitingListOfferedWebhookEvent } from '../webhooks/webhook-payloads';
import { WaitingListEntryEntity } from './waiting-list-entry.entity';

export interface WaitingListOfferSettings {
  publicUrl: string;
  replyTo: string;
}

/** Events among `$1` with someone waiting: the cheap check before any offer is tried. */
const EVENTS_WITH_WAITING_SQL = `
  SELECT DISTINCT event_id FROM waiting_list_entry
  WHERE event_id = ANY($1::uuid[]) AND status = 'WAITING'
  ORDER BY event_id`;
const MAKE_OFFERS_SQL = 'SELECT entry_id FROM make_waiting_list_offers($1, $2, $3)';
const SET_TOKEN_HASHES_SQL = `
  UPDATE waiting_list_entry w SET offer_token_hash = v.hash
  FROM unnest($1::uuid[], $2::text[]) AS v(id, hash)
  WHERE w.id = v.id`;
/**
 * Offers past their expiry, claimed with SKIP LOCKED (one sweep per offer across replicas; an offer
 * being accepted right now is locked and left alone), become EXPIRED.
 */
const EXPIRE_OFFERS_SQL = `
  UPDATE waiting_list_entry w SET status = 'EXPIRED', updated_at = now()
  WHERE w.id IN (
    SELECT id FROM waiting_list_entry
    WHERE status = 'OFFERED' AND offer_expires_at <= $1
    ORDER BY offer_expires_at
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  ) AND w.status = 'OFFERED'
  RETURNING w.event_id, w.ticket_type_id, w.quantity`;

/** The secret of an offer's link: 192 random bits, URL-safe. */
export function newOfferToken(): string {
  return newSecretToken(24);
}

/** What a step that frees seats calls, in its transaction, after the counters changed. */
export type FreedSeats = Pick<WaitingListOffers, 'offerFreedSeats'>;

export class WaitingListOffers {
  constructor(
    private readonly email: EmailService,
    private readonly settings: WaitingListOfferSettings,
  ) {}

  /**
   * Seats of these events came free in this transaction (after their counters changed): offers them
   * to the next people in line. Costs one indexed read when nobody waits.
   */
  async offerFreedSeats(tx: Transaction, eventIds: readonly string[]): Promise<number> {
    if (eventIds.length === 0) return 0;
    const rows = (await tx.manager.query(EVENTS_WITH_WAITING_SQL, [[...new Set(eventIds)]])) as {
      event_id: string;
    }[];
    let offered = 0;
    for (const { event_id: eventId } of rows) offered += await this.makeOffers(tx, eventId, null);
    return offered;
  }

  /**
   * Offers whatever is free to everyone waiting, in every event: the sweep's catch-all for seats freed
   * where no offer was made at once (a code's reserved seats given back, a ticket type another
   * transaction held while seats came free).
   */
  async offerEverywhere(tx: Transaction): Promise<number> {
    const rows = (await tx.manager.query(
      `SELECT DISTINCT event_id FROM waiting_list_entry WHERE status = 'WAITING' ORDER BY event_id`,
    )) as { event_id: string }[];
    return this.offerFreedSeats(
      tx,
      rows.map((row) => row.event_id),
    );
  }

  /** An organiser's offer to one WAITING entry (even with automatic offers off): false without seats. */
  async offerEntry(tx: Transaction, eventId: string, entryId: string): Promise<boolean> {
    return (await this.makeOffers(tx, eventId, entryId)) === 1;
  }

  /**
   * One batch of the offer sweep: offers past their expiry become EXPIRED, their seats go back, and
   * the next people in line get them, all in this transaction. Returns how many expired.
   */
  async expireDueOffers(tx: Transaction, limit: number): Promise<number> {
    const result = await tx.manager.queryRunner!.query(EXPIRE_OFFERS_SQL, [tx.ctx.now, limit], true);
    const expired = result.records as { event_id: string; ticket_type_id: string; quantity: number }[];
    if (expired.length === 0) return 0;
    await this.returnSeats(
      tx,
      expired.map((row) => ({ ticketTypeId: row.ticket_type_id, quantity: row.quantity })),
    );
    await this.offerFreedSeats(
      tx,
      expired.map((row) => row.event_id),
    );
    return expired.length;
  }

  /** Gives the seats offers held back (ticket types in id order, then pools), summed per ticket type. */
  async returnSeats(tx: Transaction, lines: readonly SeatLine[]): Promise<void> {
    const summed = new Map<string, number>();
    for (const line of lines)
      summed.set(line.ticketTypeId, (summed.get(line.ticketTypeId) ?? 0) + line.quantity);
    await releaseSeats(
      tx,
      [...summed].map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity })),
      'held',
      'waiting list offers',
    );
  }

  private async makeOffers(tx: Transaction, eventId: string, onlyEntry: string | null): Promise<number> {
    const rows = (await tx.manager.query(MAKE_OFFERS_SQL, [eventId, tx.ctx.now, onlyEntry])) as {
      entry_id: string;
    }[];
    if (rows.length === 0) return 0;
    const ids = rows.map((row) => row.entry_id);
    const tokens = ids.map(() => newOfferToken());
    await tx.manager.query(SET_TOKEN_HASHES_SQL, [ids, tokens.map(hashSecretToken)]);
    const event = await tx.manager.findOneByOrFail(EventEntity, { id: eventId });
    for (const [index, id] of ids.entries()) {
      const entry = await tx.manager.findOneByOrFail(WaitingListEntryEntity, { id });
      const ticketType = await tx.manager.findOneByOrFail(TicketTypeEntity, { id: entry.ticketTypeId });
      const message = await renderWaitingListOffer({
        to: entry.email,
        replyTo: this.settings.replyTo,
        event: emailEventView(event),
        name: entry.name,
        ticketTypeName: ticketType.name,
        quantity: entry.quantity,
        offerUrl: `${this.settings.publicUrl}/checkout/offer/${encodeURIComponent(tokens[index])}`,
        expiresAt: entry.offerExpiresAt!,
      });
      // One e-mail per offer: the entry is offered once (it leaves WAITING for good).
      await this.email.enqueue(tx, message, `waiting-list-offer:${entry.id}`);
      await waitingListOfferedWebhookEvent(tx, entry.id);
    }
    return ids.length;
  }
}
