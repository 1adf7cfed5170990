/**
 * The demo's sales as real bookings: every seat a demo ticket type shows as sold belongs to a
 * confirmed booking with a buyer, named attendees and issued tickets (codes, short codes), paid
 * through the PayPal simulator, so the admin area's bookings, attendees and check-in agree with the
 * counts a visitor sees. Written in the seeding transaction, into an empty database.
 */
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashSecretToken } from '../common/secret-token';
import { newBookingReference, newTicketCode, newTicketShortCode } from '../modules/bookings/booking-codes';
import { newBookingToken } from '../modules/bookings/booking-links';
import type { EventEntity } from '../modules/events/event.entity';
import type { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';

const PEOPLE = [
  'Ada Byron',
  'Alan Hodges',
  'Grace Murray',
  'Katherine Coleman',
  'Edsger Wijk',
  'Barbara Liskov',
  'Donald Knuth',
  'Frances Allen',
  'Tim Berners',
  'Radia Perlman',
  'Ken Thompson',
  'Margaret Hamilton',
];

/** Booking sizes, in turn: most people buy one to four tickets. */
const SIZES = [2, 1, 4, 3, 2, 1, 2];

/** Confirmed, paid bookings for `sold` seats of the ticket type; returns how many seats were written. */
export async function seedDemoSales(
  manager: EntityManager,
  event: Pick<EventEntity, 'id' | 'currency' | 'startsAt'>,
  ticketType: Pick<TicketTypeEntity, 'id' | 'priceMinor'>,
  sold: number,
  confirmedAt: Date,
): Promise<number> {
  let written = 0;
  for (let index = 0; written < sold; index++) {
    const quantity = Math.min(SIZES[index % SIZES.length], sold - written);
    const buyer = PEOPLE[index % PEOPLE.length];
    const buyerEmail = `${buyer.toLowerCase().replace(/\s+/g, '.')}+${index}@example.org`;
    const total = ticketType.priceMinor * quantity;
    // The simulator's kind of ids, marked as the demo's (the simulator itself never saw them).
    const paymentId = randomBytes(6).toString('hex').toUpperCase();
    const [{ id: bookingId }] = (await manager.query(
      `INSERT INTO booking (reference, token_hash, event_id, buyer_name, buyer_email, status, total_minor, currency,
                            confirmed_at, payment_provider, provider_order_id, provider_capture_id)
       VALUES ($1, $2, $3, $4, $5, 'CONFIRMED', $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        newBookingReference(),
        // Nobody is sent a link to a demo booking: only a hash of a token no one keeps.
        hashSecretToken(newBookingToken()),
        event.id,
        buyer,
        buyerEmail,
        total,
        event.currency,
        confirmedAt,
        total > 0 ? 'PAYPAL' : null,
        total > 0 ? `DEMO-ORDER-${paymentId}` : null,
        total > 0 ? `DEMO-CAPTURE-${paymentId}` : null,
      ],
    )) as { id: string }[];
    await manager.query(
      `INSERT INTO booking_line (booking_id, ticket_type_id, quantity, unit_price_minor) VALUES ($1, $2, $3, $4)`,
      [bookingId, ticketType.id, quantity, ticketType.priceMinor],
    );
    if (total > 0) {
      await manager.query(
        `INSERT INTO booking_payment (booking_id, provider, provider_order_id, provider_capture_id, status,
                                      amount_minor, currency)
         VALUES ($1, 'PAYPAL', $2, $3, 'COMPLETED', $4, $5)`,
        [bookingId, `DEMO-ORDER-${paymentId}`, `DEMO-CAPTURE-${paymentId}`, total, event.currency],
      );
    }
    const names = Array.from({ length: quantity }, (_, seat) =>
      seat === 0
        ? buyer
        : `${PEOPLE[(index + seat * 5) % PEOPLE.length].split(' ')[0]} ${buyer.split(' ')[1]}`,
    );
    await manager.query(
      `INSERT INTO ticket (booking_id, position, ticket_type_id, attendee_name, code, short_code, status, issued_at)
       SELECT $1, t.position - 1, $2, t.name, t.code, t.short_code, 'ISSUED', $3
         FROM unnest($4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS t(name, code, short_code, position)`,
      [
        bookingId,
        ticketType.id,
        confirmedAt,
        names,
        names.map(() => newTicketCode()),
        names.map(() => newTicketShortCode()),
      ],
    );
    written += quantity;
  }
  return written;
}
