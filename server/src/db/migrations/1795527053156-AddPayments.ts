import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPayments1795527053156 implements MigrationInterface {
  name = 'AddPayments1795527053156';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "booking_refund" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "provider" "public"."payment_provider" NOT NULL, "provider_refund_id" character varying(64) NOT NULL, "provider_capture_id" character varying(64) NOT NULL, "amount_minor" integer NOT NULL, "currency" character(3) NOT NULL, "reason" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "booking_refund_amount_positive" CHECK (amount_minor > 0), CONSTRAINT "PK_c5734c69a80b34757a3330fbbaf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "booking_refund_booking_idx" ON "booking_refund"  ("booking_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "booking_refund_provider_key" ON "booking_refund"  ("provider", "provider_refund_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "paypal_webhook_event" ("event_id" character varying(64) NOT NULL, "event_type" character varying(100) NOT NULL, "resource_id" character varying(64) NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbb7ca7f5fdf964ebec208ac0fd" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "booking_refund" ADD CONSTRAINT "FK_ccc3169f02d678be1dcee735f89" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "booking_refund" DROP CONSTRAINT "FK_ccc3169f02d678be1dcee735f89"');
    await queryRunner.query('DROP TABLE "paypal_webhook_event"');
    await queryRunner.query('DROP INDEX "public"."booking_refund_provider_key"');
    await queryRunner.query('DROP INDEX "public"."booking_refund_booking_idx"');
    await queryRunner.query('DROP TABLE "booking_refund"');
  }
}
