/**
 * A booking's secret links. The token made with the booking is returned to the buyer once (and rides
 * in the PayPal return and cancel URLs the buyer's own request builds); the booking row keeps only its
 * SHA-256. An e-mail sent later, when no one has the token any more, gets a link of its own minted as
 * it is rendered (booking_link, hash only), like waiver links. Every link of a booking stays valid.
 *
 * Why mint rather than keep an encrypted copy: a copy needs a key that every replica holds and that
 * must be rotated, and whoever reads the database and the key opens every booking; a minted link needs
 * neither, and a link leaked from one e-mail can be told apart from the others.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../../common/secret-token';
import { EntityRows } from '../../db/entity-rows';
import { BookingEntity, BookingLinkEntity } from './booking.entity';

/** The secret in the shopper's links: 192 random bits, URL-safe (32 characters). */
export function newBookingToken(): string {
  return newSecretToken(24);
}

/** Makes a new link token for the booking (in the caller's transaction) and returns it. */
export async function mintBookingLink(manager: EntityManager, bookingId: string): Promise<string> {
  const token = newBookingToken();
  await manager.insert(BookingLinkEntity, { tokenHash: hashSecretToken(token), bookingId });
  return token;
}

/** Booking rows per data source, built once (db/entity-rows.ts). */
const bookingRowsOf = new WeakMap<DataSource, EntityRows<BookingEntity>>();

/**
 * The booking a token opens (made with it or minted for an e-mail), found by digest, or null. Every
 * booking page load takes it: hand-written SQL, read outside any transaction on `manager`'s database.
 */
export async function findBookingByToken(
  manager: EntityManager,
  token: string,
): Promise<BookingEntity | null> {
  let rows = bookingRowsOf.get(manager.connection);
  if (!rows) {
    rows = new EntityRows(manager.connection, BookingEntity, 'booking');
    bookingRowsOf.set(manager.connection, rows);
  }
  const [booking] = await rows.read(
    `SELECT ${rows.selectList} FROM booking booking WHERE booking.token_hash = $1
        OR booking.id = (SELECT link.booking_id FROM booking_link link WHERE link.token_hash = $1)`,
    [hashSecretToken(token)],
  );
  return booking ?? null;
}
