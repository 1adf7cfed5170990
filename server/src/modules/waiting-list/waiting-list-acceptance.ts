/**
 * Booking with a waiting-list offer (createBooking's `waitingListOfferToken`): the offer's seats are
 * held in the counters (make_waiting_list_offers.sql), so the checks see them added back for its
 * holder, and in the booking's one transaction the offer is claimed (locked, ACCEPTED), its seats
 * given back and at once taken by the booking, whose ticket type rows the transaction then holds: no
 * one else can buy them in between.
 */
import type { EntityManager } from 'typeorm';
import { hashSecretToken } from '../../common/secret-token';
import type { Transaction } from '../../db/unit-of-work';
import { releaseSeats } from '../tickets/seat-inventory';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { WaitingListEntryEntity } from './waiting-list-entry.entity';
import { WaitingListStatus } from './waiting-list-status';

/** An open offer as a booking uses it. */
export type OpenOffer = Pick<WaitingListEntryEntity, 'id' | 'eventId' | 'ticketTypeId' | 'quantity'>;

/** The offer a token opens while it can be booked (OFFERED, before its expiry), else null. A first look. */
export async function findOpenOffer(
  manager: EntityManager,
  token: string,
  now: Date,
): Promise<OpenOffer | null> {
  const entry = await manager.findOneBy(WaitingListEntryEntity, { offerTokenHash: hashSecretToken(token) });
  if (!entry || entry.status !== WaitingListStatus.OFFERED || !entry.offerExpiresAt) return null;
  return entry.offerExpiresAt > now ? entry : null;
}

/** What the booking may take: the lines must be the offer's ticket type, at most its quantity. */
export function offerFits(
  offer: OpenOffer,
  lines: readonly { ticketTypeId: string; quantity: number }[],
): boolean {
  return (
    lines.length === 1 && lines[0].ticketTypeId === offer.ticketTypeId && lines[0].quantity <= offer.quantity
  );
}

/** The ticket types as the offer's holder may book them: the offer's held seats count as free. */
export function withOfferedSeats<T extends Pick<TicketTypeEntity, 'id' | 'heldCount' | 'poolRemaining'>>(
  ticketTypes: readonly T[],
  offer: OpenOffer | null,
): T[] {
  if (!offer) return [...ticketTypes];
  return ticketTypes.map((ticketType) =>
    ticketType.id === offer.ticketTypeId
      ? {
          ...ticketType,
          heldCount: Math.max(0, ticketType.heldCount - offer.quantity),
          ...(ticketType.poolRemaining != null && {
            poolRemaining: ticketType.poolRemaining + offer.quantity,
          }),
        }
      : ticketType,
  );
}

/**
 * In the booking's transaction, first: the offer becomes ACCEPTED (its row locked; false when it was
 * accepted, expired or removed meanwhile) and its seats go back to the counters, for the booking to
 * take next in the same transaction (entry, then ticket types, then pools: the offers' lock order).
 */
export async function claimOffer(tx: Transaction, offer: OpenOffer): Promise<boolean> {
  const claimed = await tx.manager.queryRunner!.query(
    `UPDATE waiting_list_entry SET status = 'ACCEPTED', updated_at = now()
     WHERE id = $1 AND status = 'OFFERED' AND offer_expires_at > $2
     RETURNING id`,
    [offer.id, tx.ctx.now],
    true,
  );
  if (claimed.records.length === 0) return false;
  await releaseSeats(tx, [offer], 'held', `waiting list offer ${offer.id}`);
  return true;
}

/** Links the accepted offer to the booking made with it. */
export async function linkOfferBooking(tx: Transaction, offerId: string, bookingId: string): Promise<void> {
  await tx.manager.update(WaitingListEntryEntity, offerId, { bookingId });
}

/** Thrown inside the booking's transaction when the offer was gone by then: rolls it back. */
export class OfferGoneError extends Error {
  constructor() {
    super('the waiting-list offer is no longer open');
  }
}
