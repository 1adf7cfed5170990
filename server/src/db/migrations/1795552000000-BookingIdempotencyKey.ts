import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * createBooking's idempotency key: a checkout form submitted twice (Back, then submit again) finds
 * the booking the first submission made, by the unique hash of its key, instead of holding seats twice.
 */
export class BookingIdempotencyKey1795552000000 implements MigrationInterface {
  name = 'BookingIdempotencyKey1795552000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "booking" ADD "idempotency_key_hash" character(64), ADD "request_fingerprint" character(64)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "booking_idempotency_key" ON "booking" ("idempotency_key_hash")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."booking_idempotency_key"');
    await queryRunner.query(
      'ALTER TABLE "booking" DROP COLUMN "request_fingerprint", DROP COLUMN "idempotency_key_hash"',
    );
  }
}
