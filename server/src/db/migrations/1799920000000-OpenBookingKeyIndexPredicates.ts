import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The bookings check_open_booking_limits counts: holds awaiting payment and free bookings. */
const TAKES_SEATS_UNPAID = `(status = 'AWAITING_PAYMENT' OR (status = 'CONFIRMED' AND total_minor = 0))`;

/** Each key the caps count by: the new index's name part and its column. */
const KEYS = [
  ['email', 'buyer_email_key'],
  ['address', 'client_address_key'],
] as const;

/**
 * OpenBookingKeyIndexes gave the caps' count one expression index per key, but both had the same
 * predicate (open bookings), so each could also serve the other key's lookup as a scan of every open
 * booking of every event, filtered afterwards. A plan made on a table without statistics (a pooled
 * connection's cached plan from an on-sale's first bookings) costs every index alike and took that
 * scan: 4.4 ms per booking at 2 700 open bookings, more with each one. Each index now also requires
 * its own key, which only its own lookup implies, so no plan can read the other one whole.
 *
 * Not CONCURRENTLY: that waits for every open transaction, the other replicas' waits for the
 * migration lock included (see migrate.ts), so bookings wait for the two builds instead.
 */
export class OpenBookingKeyIndexPredicates1799920000000 implements MigrationInterface {
  name = 'OpenBookingKeyIndexPredicates1799920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [key, column] of KEYS) {
      await queryRunner.query(
        `CREATE INDEX "booking_open_${key}_idx" ON "booking" ((event_id::text || ' ' || ${column}))
         WHERE ${TAKES_SEATS_UNPAID} AND ${column} IS NOT NULL`,
      );
      await queryRunner.query(`DROP INDEX "public"."booking_open_by_${key}_key_idx"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [key, column] of KEYS) {
      await queryRunner.query(
        `CREATE INDEX "booking_open_by_${key}_key_idx" ON "booking" ((event_id::text || ' ' || ${column}))
         WHERE ${TAKES_SEATS_UNPAID}`,
      );
      await queryRunner.query(`DROP INDEX "public"."booking_open_${key}_idx"`);
    }
  }
}
