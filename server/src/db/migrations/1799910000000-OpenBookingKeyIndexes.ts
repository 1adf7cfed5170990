import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The bookings check_open_booking_limits counts: holds awaiting payment and free bookings. */
const TAKES_SEATS_UNPAID = `status = 'AWAITING_PAYMENT' OR (status = 'CONFIRMED' AND total_minor = 0)`;

/**
 * The open-booking caps count a buyer's and an address's open bookings of an event in every booking's
 * statement. With indexes on (event_id, key), a table without statistics for the event (a new
 * database, or any event's first minutes on sale) was planned as a scan of every open booking of the
 * event filtered afterwards, so each booking of an on-sale cost more than the one before. An index on
 * one expression of both can only be used whole.
 */
export class OpenBookingKeyIndexes1799910000000 implements MigrationInterface {
  name = 'OpenBookingKeyIndexes1799910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "booking_open_by_email_key_idx" ON "booking" ((event_id::text || ' ' || buyer_email_key)) WHERE ${TAKES_SEATS_UNPAID}`,
    );
    await queryRunner.query(
      `CREATE INDEX "booking_open_by_address_key_idx" ON "booking" ((event_id::text || ' ' || client_address_key)) WHERE ${TAKES_SEATS_UNPAID}`,
    );
    await queryRunner.query(`DROP INDEX "public"."booking_unpaid_by_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."booking_unpaid_by_address_idx"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "booking_unpaid_by_address_idx" ON "booking" ("event_id", "client_address_key") WHERE ${TAKES_SEATS_UNPAID}`,
    );
    await queryRunner.query(
      `CREATE INDEX "booking_unpaid_by_email_idx" ON "booking" ("event_id", "buyer_email_key") WHERE ${TAKES_SEATS_UNPAID}`,
    );
    await queryRunner.query(`DROP INDEX "public"."booking_open_by_address_key_idx"`);
    await queryRunner.query(`DROP INDEX "public"."booking_open_by_email_key_idx"`);
  }
}
