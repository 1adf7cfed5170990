import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The e-mail outbox: one row per message, unique per cause. */
export class AddEmailMessages1795523749936 implements MigrationInterface {
  name = 'AddEmailMessages1795523749936';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"email_kind\" AS ENUM('BOOKING_CONFIRMATION', 'WAIVER_REQUEST', 'WAIVER_REMINDER', 'BOOKING_CANCELLED', 'REFUND_ISSUED', 'LATE_PAYMENT_REFUNDED', 'NEW_BOOKING_NOTICE')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"email_status\" AS ENUM('QUEUED', 'SENT', 'FAILED', 'PREVIEW')",
    );
    await queryRunner.query(
      'CREATE TABLE "email_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."email_kind" NOT NULL, "cause_key" character varying(200) NOT NULL, "recipients" text array NOT NULL, "reply_to" character varying(320), "subject" text NOT NULL, "html" text NOT NULL, "text" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT \'[]\', "status" "public"."email_status" NOT NULL DEFAULT \'QUEUED\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "server_response" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "email_message_has_recipient" CHECK (cardinality(recipients) > 0), CONSTRAINT "email_message_attempts_non_negative" CHECK (attempts >= 0), CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "email_message_cause_key" ON "email_message"  ("cause_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "email_message_listing_idx" ON "email_message"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "email_message_due_idx" ON "email_message"  ("next_attempt_at") WHERE status = \'QUEUED\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."email_message_due_idx"');
    await queryRunner.query('DROP INDEX "public"."email_message_listing_idx"');
    await queryRunner.query('DROP INDEX "public"."email_message_cause_key"');
    await queryRunner.query('DROP TABLE "email_message"');
    await queryRunner.query('DROP TYPE "public"."email_status"');
    await queryRunner.query('DROP TYPE "public"."email_kind"');
  }
}
