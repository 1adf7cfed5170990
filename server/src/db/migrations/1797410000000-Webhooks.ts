import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outgoing webhooks (modules/webhooks): endpoints, the outbox of events (webhook_message), one delivery
 * per event and endpoint with its retry state, the log of attempts; and the e-mail that tells the ADMINs
 * an endpoint was disabled. Going down deletes those e-mails, which the old enum cannot hold.
 */
export class Webhooks1797410000000 implements MigrationInterface {
  name = 'Webhooks1797410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "webhook_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" BIGSERIAL NOT NULL, "type" character varying(64) NOT NULL, "ordering_key" character varying(64) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_07903a2e1c41801efd06f7110b8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "ordering_key" character varying(64) NOT NULL, "sequence" bigint NOT NULL, "type" character varying(64) NOT NULL, "status" character varying(16) NOT NULL, "attempts" integer NOT NULL DEFAULT \'0\', "schedule_attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "claimed_until" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_delivery_endpoint_idx" ON "webhook_delivery"  ("endpoint_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_delivery_order_idx" ON "webhook_delivery"  ("endpoint_id", "ordering_key", "sequence") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_delivery_due_idx" ON "webhook_delivery"  ("next_attempt_at") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "webhook_delivery_message_endpoint_key" ON "webhook_delivery"  ("message_id", "endpoint_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_delivery_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "signed_timestamp" bigint NOT NULL, "response_status" integer, "duration_ms" integer NOT NULL, "response_body" character varying(1000), "error" character varying(500), CONSTRAINT "PK_e6efad829bd07e78a18fd0ad5d5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_delivery_attempt_delivery_idx" ON "webhook_delivery_attempt"  ("delivery_id", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" character varying(2000) NOT NULL, "description" character varying(200) NOT NULL DEFAULT \'\', "event_types" text array NOT NULL, "secret" character varying(100) NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP WITH TIME ZONE, "disabled_reason" character varying(500), "last_success_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('ALTER TYPE "public"."email_kind" ADD VALUE \'WEBHOOK_ENDPOINT_DISABLED\'');
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_a9e38e6f50dfd328baca6679b36" FOREIGN KEY ("message_id") REFERENCES "webhook_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_f53f5aec02217a54927b13e39d9" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery_attempt" ADD CONSTRAINT "FK_d6b1ad59ea81fa8680d8e7cab82" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery_attempt" DROP CONSTRAINT "FK_d6b1ad59ea81fa8680d8e7cab82"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_f53f5aec02217a54927b13e39d9"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_a9e38e6f50dfd328baca6679b36"',
    );
    await queryRunner.query('DELETE FROM "email_message" WHERE "kind" = \'WEBHOOK_ENDPOINT_DISABLED\'');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"email_kind_old\" AS ENUM('BOOKING_CONFIRMATION', 'WAIVER_REQUEST', 'WAIVER_REMINDER', 'BOOKING_CANCELLED', 'REFUND_ISSUED', 'LATE_PAYMENT_REFUNDED', 'NEW_BOOKING_NOTICE', 'ACCOUNT_INVITATION', 'PASSWORD_RESET', 'ATTENDEE_TICKET')",
    );
    await queryRunner.query(
      'ALTER TABLE "email_message" ALTER COLUMN "kind" TYPE "public"."email_kind_old" USING "kind"::"text"::"public"."email_kind_old"',
    );
    await queryRunner.query('DROP TYPE "public"."email_kind"');
    await queryRunner.query('ALTER TYPE "public"."email_kind_old" RENAME TO "email_kind"');
    await queryRunner.query('DROP TABLE "webhook_endpoint"');
    await queryRunner.query('DROP INDEX "public"."webhook_delivery_attempt_delivery_idx"');
    await queryRunner.query('DROP TABLE "webhook_delivery_attempt"');
    await queryRunner.query('DROP INDEX "public"."webhook_delivery_message_endpoint_key"');
    await queryRunner.query('DROP INDEX "public"."webhook_delivery_due_idx"');
    await queryRunner.query('DROP INDEX "public"."webhook_delivery_order_idx"');
    await queryRunner.query('DROP INDEX "public"."webhook_delivery_endpoint_idx"');
    await queryRunner.query('DROP TABLE "webhook_delivery"');
    await queryRunner.query('DROP TABLE "webhook_message"');
  }
}
