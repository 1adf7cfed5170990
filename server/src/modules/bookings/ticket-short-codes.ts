/** Gives tickets their short codes (see newTicketShortCode), where a ticket is issued. */
import type { EntityManager } from 'typeorm';
import { newTicketShortCode } from './booking-codes';

/** Sets a short code on each of these tickets that has none (in the caller's transaction). */
export async function assignTicketShortCodes(manager: EntityManager, ticketIds: string[]): Promise<void> {
  if (ticketIds.length === 0) return;
  await manager.query(
    `UPDATE ticket t SET short_code = v.short_code
       FROM unnest($1::uuid[], $2::text[]) AS v(id, short_code)
      WHERE t.id = v.id AND t.short_code IS NULL`,
    [ticketIds, ticketIds.map(() => newTicketShortCode())],
  );
}
