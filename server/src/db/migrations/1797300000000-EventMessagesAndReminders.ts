import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminder rules per event and who each reached, messages to an event's people and who each reached,
 * unsubscribes from an event's messages (with their hashed link tokens), and the outbox's
 * List-Unsubscribe URL (modules/messages).
 */
export class EventMessagesAndReminders1797300000000 implements MigrationInterface {
  name = 'EventMessagesAndReminders1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."message_audience" AS ENUM(\'BUYERS\', \'ATTENDEES\')');
    await queryRunner.query(
      'CREATE TABLE "reminder_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "offset_days" integer NOT NULL, "offset_minutes" integer NOT NULL, "audience" "public"."message_audience" NOT NULL, "ticket_type_ids" uuid array NOT NULL DEFAULT \'{}\', "enabled" boolean NOT NULL DEFAULT true, "active_from" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reminder_rule_offset_positive" CHECK (offset_days > 0 OR offset_minutes > 0), CONSTRAINT "reminder_rule_offset_non_negative" CHECK (offset_days >= 0 AND offset_minutes >= 0), CONSTRAINT "PK_1516615f8a6ae9b90a58398dfbe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "reminder_rule_event_idx" ON "reminder_rule"  ("event_id") ');
    await queryRunner.query(
      'CREATE TABLE "reminder_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rule_id" uuid NOT NULL, "recipient_key" text NOT NULL, "booking_id" uuid NOT NULL, "email_message_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01366ee1299045ace6fb0c169ee" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "reminder_delivery_booking_idx" ON "reminder_delivery"  ("booking_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "reminder_delivery_rule_recipient_key" ON "reminder_delivery"  ("rule_id", "recipient_key") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"event_message_status\" AS ENUM('SCHEDULED', 'SENDING', 'SENT', 'CANCELLED')",
    );
    await queryRunner.query(
      'CREATE TABLE "event_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "subject" character varying(200) NOT NULL, "body" text NOT NULL, "audience" "public"."message_audience" NOT NULL, "filter" jsonb NOT NULL, "status" "public"."event_message_status" NOT NULL DEFAULT \'SCHEDULED\', "send_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "recipient_count" integer, "queued_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_by_email" character varying(254), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_440d4288846d5c59e9de481b03c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "event_message_due_idx" ON "event_message"  ("send_at") WHERE status IN (\'SCHEDULED\', \'SENDING\')',
    );
    await queryRunner.query(
      'CREATE INDEX "event_message_event_idx" ON "event_message"  ("event_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "event_message_recipient" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "recipient_key" text NOT NULL, "booking_id" uuid NOT NULL, "address" character varying(254) NOT NULL, "email_message_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_657c59fd672ed416e78097eea12" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "event_message_recipient_booking_idx" ON "event_message_recipient"  ("booking_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "event_message_recipient_key" ON "event_message_recipient"  ("message_id", "recipient_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "event_unsubscribe" ("event_id" uuid NOT NULL, "address_key" character varying(254) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cda08f3439f0a4557ddef8a1245" PRIMARY KEY ("event_id", "address_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "unsubscribe_link" ("token_hash" character(64) NOT NULL, "event_id" uuid NOT NULL, "address_key" character varying(254) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_795dd62c22879bf9b2af2b52429" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query('CREATE INDEX "unsubscribe_link_event_idx" ON "unsubscribe_link"  ("event_id") ');
    await queryRunner.query('ALTER TABLE "email_message" ADD "list_unsubscribe_url" text');
    await queryRunner.query('ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS \'EVENT_REMINDER\'');
    await queryRunner.query('ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS \'EVENT_MESSAGE\'');
    await queryRunner.query(
      'ALTER TABLE "reminder_rule" ADD CONSTRAINT "FK_2bfab9fd00f09b7562998c6a129" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reminder_delivery" ADD CONSTRAINT "FK_d5600fed3adcc6d2d3a8d4c1c83" FOREIGN KEY ("rule_id") REFERENCES "reminder_rule"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_message" ADD CONSTRAINT "FK_3d01e6895b6985215c1f2f048e6" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_message_recipient" ADD CONSTRAINT "FK_f20debae7dd2a0df69481185596" FOREIGN KEY ("message_id") REFERENCES "event_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_unsubscribe" ADD CONSTRAINT "FK_6a5124263cdeb82722e0ff40a51" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unsubscribe_link" ADD CONSTRAINT "FK_bd8ef1fc3663bc0dc05db9b0eff" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "unsubscribe_link" DROP CONSTRAINT "FK_bd8ef1fc3663bc0dc05db9b0eff"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_unsubscribe" DROP CONSTRAINT "FK_6a5124263cdeb82722e0ff40a51"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_message_recipient" DROP CONSTRAINT "FK_f20debae7dd2a0df69481185596"',
    );
    await queryRunner.query('ALTER TABLE "event_message" DROP CONSTRAINT "FK_3d01e6895b6985215c1f2f048e6"');
    await queryRunner.query(
      'ALTER TABLE "reminder_delivery" DROP CONSTRAINT "FK_d5600fed3adcc6d2d3a8d4c1c83"',
    );
    await queryRunner.query('ALTER TABLE "reminder_rule" DROP CONSTRAINT "FK_2bfab9fd00f09b7562998c6a129"');
    // Enum values cannot be dropped; the e-mail kinds EVENT_REMINDER and EVENT_MESSAGE stay unused.
    await queryRunner.query('ALTER TABLE "email_message" DROP COLUMN "list_unsubscribe_url"');
    await queryRunner.query('DROP INDEX "public"."unsubscribe_link_event_idx"');
    await queryRunner.query('DROP TABLE "unsubscribe_link"');
    await queryRunner.query('DROP TABLE "event_unsubscribe"');
    await queryRunner.query('DROP INDEX "public"."event_message_recipient_key"');
    await queryRunner.query('DROP INDEX "public"."event_message_recipient_booking_idx"');
    await queryRunner.query('DROP TABLE "event_message_recipient"');
    await queryRunner.query('DROP INDEX "public"."event_message_event_idx"');
    await queryRunner.query('DROP INDEX "public"."event_message_due_idx"');
    await queryRunner.query('DROP TABLE "event_message"');
    await queryRunner.query('DROP TYPE "public"."event_message_status"');
    await queryRunner.query('DROP INDEX "public"."reminder_delivery_rule_recipient_key"');
    await queryRunner.query('DROP INDEX "public"."reminder_delivery_booking_idx"');
    await queryRunner.query('DROP TABLE "reminder_delivery"');
    await queryRunner.query('DROP INDEX "public"."reminder_rule_event_idx"');
    await queryRunner.query('DROP TABLE "reminder_rule"');
    await queryRunner.query('DROP TYPE "public"."message_audience"');
  }
}
