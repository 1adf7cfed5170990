import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdminBookings1795531594063 implements MigrationInterface {
  name = 'AdminBookings1795531594063';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "booking_payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "provider" "public"."payment_provider" NOT NULL, "provider_order_id" character varying(64) NOT NULL, "provider_capture_id" character varying(64) NOT NULL, "status" character varying(32) NOT NULL, "amount_minor" integer NOT NULL, "currency" character(3) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "booking_payment_amount_non_negative" CHECK (amount_minor >= 0), CONSTRAINT "PK_722aaa0903df38c317fc4fe95e4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "booking_payment_booking_idx" ON "booking_payment"  ("booking_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "booking_payment_capture_key" ON "booking_payment"  ("provider", "provider_capture_id") ',
    );
    await queryRunner.query('ALTER TABLE "booking" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "booking" ADD "cancellation_reason" character varying(500)');
    await queryRunner.query(
      'ALTER TABLE "booking" ADD "confirmation_resend_count" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query('ALTER TABLE "booking_refund" ADD "requested_by_id" uuid');
    await queryRunner.query('ALTER TABLE "booking_refund" ADD "requested_by_email" character varying(254)');
    await queryRunner.query(
      'CREATE INDEX "booking_confirmed_idx" ON "booking"  ("confirmed_at") WHERE confirmed_at IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "booking_created_idx" ON "booking"  ("created_at", "id") ');
    await queryRunner.query(
      'ALTER TABLE "booking_payment" ADD CONSTRAINT "FK_4646355148dae70525fa9292304" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // The payment history starts with the captures bookings already record.
    await queryRunner.query(
      `INSERT INTO booking_payment (booking_id, provider, provider_order_id, provider_capture_id, status, amount_minor, currency, created_at, updated_at)
       SELECT id, payment_provider, provider_order_id, provider_capture_id,
              CASE status WHEN 'PAYMENT_PENDING' THEN 'PENDING' WHEN 'REFUNDED' THEN 'REFUNDED'
                          WHEN 'PARTIALLY_REFUNDED' THEN 'PARTIALLY_REFUNDED' ELSE 'COMPLETED' END,
              total_minor, currency, coalesce(confirmed_at, updated_at), updated_at
         FROM booking
        WHERE provider_capture_id IS NOT NULL AND provider_order_id IS NOT NULL AND payment_provider IS NOT NULL`,
    );
    // Not in the entities (TypeORM cannot describe an expression index): the id a cause key names.
    await queryRunner.query(
      `CREATE INDEX "email_message_cause_subject_idx" ON "email_message" (split_part(cause_key, ':', 2))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."email_message_cause_subject_idx"');
    await queryRunner.query('ALTER TABLE "booking_payment" DROP CONSTRAINT "FK_4646355148dae70525fa9292304"');
    await queryRunner.query('DROP INDEX "public"."booking_created_idx"');
    await queryRunner.query('DROP INDEX "public"."booking_confirmed_idx"');
    await queryRunner.query('ALTER TABLE "booking_refund" DROP COLUMN "requested_by_email"');
    await queryRunner.query('ALTER TABLE "booking_refund" DROP COLUMN "requested_by_id"');
    await queryRunner.query('ALTER TABLE "booking" DROP COLUMN "confirmation_resend_count"');
    await queryRunner.query('ALTER TABLE "booking" DROP COLUMN "cancellation_reason"');
    await queryRunner.query('ALTER TABLE "booking" DROP COLUMN "cancelled_at"');
    await queryRunner.query('DROP INDEX "public"."booking_payment_capture_key"');
    await queryRunner.query('DROP INDEX "public"."booking_payment_booking_idx"');
    await queryRunner.query('DROP TABLE "booking_payment"');
  }
}
