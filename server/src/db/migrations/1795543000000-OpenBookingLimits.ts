import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Limits on what anonymous callers can repeat (issue #16): a hold's absolute deadline, the per-address
 * rate limit's counters, the keys the open-booking caps count bookings by (buyer e-mail, client
 * address; existing bookings get their e-mail key, their address is unknown), and the outbox's
 * per-recipient hourly cap (lower-case recipients, GIN-indexed, backfilled for the last hours the cap
 * looks at; HELD messages; exemptions).
 */
export class OpenBookingLimits1795543000000 implements MigrationInterface {
  name = 'OpenBookingLimits1795543000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_counter" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_5bfa3ad3fe33321b1d17eae4746" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "booking" ADD "buyer_email_key" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "booking" ADD "client_address_key" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "booking" ADD "hold_deadline" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "booking" SET "buyer_email_key" = regexp_replace(lower(btrim(buyer_email)), '\\+[^@]*@', '@')`,
    );
    await queryRunner.query(`ALTER TABLE "email_message" ADD "recipient_keys" text array`);
    await queryRunner.query(
      `ALTER TABLE "email_message" ADD "recipient_cap_exempt" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `UPDATE "email_message" SET "recipient_cap_exempt" = true WHERE kind = 'NEW_BOOKING_NOTICE'`,
    );
    await queryRunner.query(
      `UPDATE "email_message" SET "recipient_keys" = (SELECT array_agg(lower(r)) FROM unnest(recipients) AS r)
       WHERE created_at > now() - interval '2 hours'`,
    );
    await queryRunner.query(
      `CREATE INDEX "email_message_recipient_keys_idx" ON "email_message" USING gin ("recipient_keys")`,
    );
    await queryRunner.query(`ALTER TYPE "public"."email_status" ADD VALUE 'HELD'`);
    await queryRunner.query(
      `CREATE INDEX "booking_unpaid_by_address_idx" ON "booking"  ("event_id", "client_address_key") WHERE status = 'AWAITING_PAYMENT' OR (status = 'CONFIRMED' AND total_minor = 0)`,
    );
    await queryRunner.query(
      `CREATE INDEX "booking_unpaid_by_email_idx" ON "booking"  ("event_id", "buyer_email_key") WHERE status = 'AWAITING_PAYMENT' OR (status = 'CONFIRMED' AND total_minor = 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."booking_unpaid_by_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."booking_unpaid_by_address_idx"`);
    await queryRunner.query(`UPDATE "email_message" SET "status" = 'FAILED' WHERE "status" = 'HELD'`);
    await queryRunner.query(
      `CREATE TYPE "public"."email_status_old" AS ENUM('QUEUED', 'SENT', 'FAILED', 'PREVIEW')`,
    );
    await queryRunner.query(`DROP INDEX "public"."email_message_due_idx"`);
    await queryRunner.query(`ALTER TABLE "email_message" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "email_message" ALTER COLUMN "status" TYPE "public"."email_status_old" USING "status"::"text"::"public"."email_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."email_status"`);
    await queryRunner.query(`ALTER TYPE "public"."email_status_old" RENAME TO "email_status"`);
    await queryRunner.query(`ALTER TABLE "email_message" ALTER COLUMN "status" SET DEFAULT 'QUEUED'`);
    await queryRunner.query(
      `CREATE INDEX "email_message_due_idx" ON "email_message"  ("next_attempt_at") WHERE status = 'QUEUED'`,
    );
    await queryRunner.query(`DROP INDEX "public"."email_message_recipient_keys_idx"`);
    await queryRunner.query(`ALTER TABLE "email_message" DROP COLUMN "recipient_cap_exempt"`);
    await queryRunner.query(`ALTER TABLE "email_message" DROP COLUMN "recipient_keys"`);
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "hold_deadline"`);
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "client_address_key"`);
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "buyer_email_key"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counter"`);
  }
}
