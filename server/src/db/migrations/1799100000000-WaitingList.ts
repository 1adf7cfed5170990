import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The waiting list (modules/waiting-list): entries in line per ticket type, whose offers hold seats in
 * the same counters as bookings (db/functions/make_waiting_list_offers.sql), the per-event settings,
 * and the offer e-mail's kind.
 */
export class WaitingList1799100000000 implements MigrationInterface {
  name = 'WaitingList1799100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"waiting_list_status\" AS ENUM('WAITING', 'OFFERED', 'ACCEPTED', 'EXPIRED', 'REMOVED')",
    );
    await queryRunner.query(
      'CREATE TABLE "waiting_list_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "ticket_type_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "email_key" character varying(320) NOT NULL, "quantity" integer NOT NULL, "position" double precision NOT NULL, "status" "public"."waiting_list_status" NOT NULL DEFAULT \'WAITING\', "offer_token_hash" character varying(64), "offered_at" TIMESTAMP WITH TIME ZONE, "offer_expires_at" TIMESTAMP WITH TIME ZONE, "booking_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "waiting_list_entry_offer_valid" CHECK (status <> \'OFFERED\' OR (offer_expires_at IS NOT NULL AND offer_token_hash IS NOT NULL)), CONSTRAINT "waiting_list_entry_quantity_valid" CHECK (quantity >= 1), CONSTRAINT "PK_4ab90290a0377e208fd367619b5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "waiting_list_entry_offer_due_idx" ON "waiting_list_entry"  ("offer_expires_at") WHERE status = \'OFFERED\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "waiting_list_entry_offer_token_key" ON "waiting_list_entry"  ("offer_token_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "waiting_list_entry_email_key" ON "waiting_list_entry"  ("ticket_type_id", "email_key") WHERE status IN (\'WAITING\', \'OFFERED\')',
    );
    await queryRunner.query(
      'CREATE INDEX "waiting_list_entry_event_idx" ON "waiting_list_entry"  ("event_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "waiting_list_entry_line_idx" ON "waiting_list_entry"  ("ticket_type_id", "status", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "waiting_list_settings" ("event_id" uuid NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "auto_offer" boolean NOT NULL DEFAULT true, "offer_hours" integer NOT NULL DEFAULT \'24\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "waiting_list_settings_offer_hours_valid" CHECK (offer_hours BETWEEN 1 AND 168), CONSTRAINT "PK_31a052cc55b170226b84aa88817" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query(`ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'WAITING_LIST_OFFER'`);
    await queryRunner.query(
      'ALTER TABLE "waiting_list_entry" ADD CONSTRAINT "FK_87b913e44eb9da7f18707893c8a" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "waiting_list_entry" ADD CONSTRAINT "FK_f6be29c2c5623e336f7cee2d71f" FOREIGN KEY ("ticket_type_id") REFERENCES "ticket_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "waiting_list_settings" ADD CONSTRAINT "FK_31a052cc55b170226b84aa88817" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "waiting_list_settings" DROP CONSTRAINT "FK_31a052cc55b170226b84aa88817"',
    );
    await queryRunner.query(
      'ALTER TABLE "waiting_list_entry" DROP CONSTRAINT "FK_f6be29c2c5623e336f7cee2d71f"',
    );
    await queryRunner.query(
      'ALTER TABLE "waiting_list_entry" DROP CONSTRAINT "FK_87b913e44eb9da7f18707893c8a"',
    );
    // Enum values cannot be dropped; the e-mail kind WAITING_LIST_OFFER stays unused.
    await queryRunner.query('DROP TABLE "waiting_list_settings"');
    await queryRunner.query('DROP INDEX "public"."waiting_list_entry_line_idx"');
    await queryRunner.query('DROP INDEX "public"."waiting_list_entry_event_idx"');
    await queryRunner.query('DROP INDEX "public"."waiting_list_entry_email_key"');
    await queryRunner.query('DROP INDEX "public"."waiting_list_entry_offer_token_key"');
    await queryRunner.query('DROP INDEX "public"."waiting_list_entry_offer_due_idx"');
    await queryRunner.query('DROP TABLE "waiting_list_entry"');
    await queryRunner.query('DROP TYPE "public"."waiting_list_status"');
  }
}
