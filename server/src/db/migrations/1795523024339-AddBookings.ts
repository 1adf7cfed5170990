import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bookings: the booking, its lines (quantities at the price of the day) and one ticket per seat. */
export class AddBookings1795523024339 implements MigrationInterface {
  name = 'AddBookings1795523024339';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "booking_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "ticket_type_id" uuid NOT NULL, "quantity" integer NOT NULL, "unit_price_minor" integer NOT NULL, CONSTRAINT "booking_line_price_non_negative" CHECK (unit_price_minor >= 0), CONSTRAINT "booking_line_quantity_positive" CHECK (quantity > 0), CONSTRAINT "PK_cee863b4a5ef18491f43eeabe38" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "booking_line_ticket_type_idx" ON "booking_line"  ("ticket_type_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "booking_line_booking_type_key" ON "booking_line"  ("booking_id", "ticket_type_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"booking_status\" AS ENUM('AWAITING_PAYMENT', 'PAYMENT_PENDING', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED')",
    );
    await queryRunner.query('CREATE TYPE "public"."payment_provider" AS ENUM(\'PAYPAL\')');
    await queryRunner.query(
      'CREATE TABLE "booking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(16) NOT NULL, "token" character varying(64) NOT NULL, "event_id" uuid NOT NULL, "buyer_name" character varying(200) NOT NULL, "buyer_email" character varying(254) NOT NULL, "status" "public"."booking_status" NOT NULL DEFAULT \'AWAITING_PAYMENT\', "total_minor" integer NOT NULL, "currency" character(3) NOT NULL, "hold_expires_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "payment_provider" "public"."payment_provider", "provider_order_id" character varying(64), "provider_capture_id" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "booking_provider_ids_have_provider" CHECK (provider_order_id IS NULL OR payment_provider IS NOT NULL), CONSTRAINT "booking_confirmed_has_time" CHECK (status <> \'CONFIRMED\' OR confirmed_at IS NOT NULL), CONSTRAINT "booking_hold_has_expiry" CHECK (status NOT IN (\'AWAITING_PAYMENT\', \'PAYMENT_PENDING\') OR hold_expires_at IS NOT NULL), CONSTRAINT "booking_currency_iso" CHECK (currency ~ \'^[A-Z]{3}$\'), CONSTRAINT "booking_total_non_negative" CHECK (total_minor >= 0), CONSTRAINT "PK_49171efc69702ed84c812f33540" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "booking_reference_key" ON "booking"  ("reference") ');
    await queryRunner.query('CREATE UNIQUE INDEX "booking_token_key" ON "booking"  ("token") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "booking_provider_order_key" ON "booking"  ("payment_provider", "provider_order_id") WHERE provider_order_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "booking_event_created_idx" ON "booking"  ("event_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "booking_hold_expiry_idx" ON "booking"  ("hold_expires_at") WHERE status = \'AWAITING_PAYMENT\'',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"ticket_status\" AS ENUM('PENDING', 'ISSUED', 'VOID')");
    await queryRunner.query(
      'CREATE TABLE "ticket" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "position" integer NOT NULL, "ticket_type_id" uuid NOT NULL, "attendee_name" character varying(200) NOT NULL, "attendee_email" character varying(254), "code" character varying(64), "status" "public"."ticket_status" NOT NULL DEFAULT \'PENDING\', "issued_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ticket_pending_has_no_code" CHECK (status <> \'PENDING\' OR code IS NULL), CONSTRAINT "ticket_issued_has_code" CHECK (status <> \'ISSUED\' OR (code IS NOT NULL AND issued_at IS NOT NULL)), CONSTRAINT "PK_d9a0835407701eb86f874474b7c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ticket_code_key" ON "ticket"  ("code") ');
    await queryRunner.query('CREATE INDEX "ticket_ticket_type_idx" ON "ticket"  ("ticket_type_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ticket_booking_position_key" ON "ticket"  ("booking_id", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "booking_line" ADD CONSTRAINT "FK_dc0ed8964cf4402de5ffd5f5e26" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "booking_line" ADD CONSTRAINT "FK_ed585f985906751ad8a0d21f65f" FOREIGN KEY ("ticket_type_id") REFERENCES "ticket_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "FK_020993a41994bae310ecd6c17a5" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ticket" ADD CONSTRAINT "FK_0a533de4c59f213152c2313075c" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ticket" ADD CONSTRAINT "FK_af51af23249ad05ee17dc48019a" FOREIGN KEY ("ticket_type_id") REFERENCES "ticket_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ticket" DROP CONSTRAINT "FK_af51af23249ad05ee17dc48019a"');
    await queryRunner.query('ALTER TABLE "ticket" DROP CONSTRAINT "FK_0a533de4c59f213152c2313075c"');
    await queryRunner.query('ALTER TABLE "booking" DROP CONSTRAINT "FK_020993a41994bae310ecd6c17a5"');
    await queryRunner.query('ALTER TABLE "booking_line" DROP CONSTRAINT "FK_ed585f985906751ad8a0d21f65f"');
    await queryRunner.query('ALTER TABLE "booking_line" DROP CONSTRAINT "FK_dc0ed8964cf4402de5ffd5f5e26"');
    await queryRunner.query('DROP INDEX "public"."ticket_booking_position_key"');
    await queryRunner.query('DROP INDEX "public"."ticket_ticket_type_idx"');
    await queryRunner.query('DROP INDEX "public"."ticket_code_key"');
    await queryRunner.query('DROP TABLE "ticket"');
    await queryRunner.query('DROP TYPE "public"."ticket_status"');
    await queryRunner.query('DROP INDEX "public"."booking_hold_expiry_idx"');
    await queryRunner.query('DROP INDEX "public"."booking_event_created_idx"');
    await queryRunner.query('DROP INDEX "public"."booking_provider_order_key"');
    await queryRunner.query('DROP INDEX "public"."booking_token_key"');
    await queryRunner.query('DROP INDEX "public"."booking_reference_key"');
    await queryRunner.query('DROP TABLE "booking"');
    await queryRunner.query('DROP TYPE "public"."payment_provider"');
    await queryRunner.query('DROP TYPE "public"."booking_status"');
    await queryRunner.query('DROP INDEX "public"."booking_line_booking_type_key"');
    await queryRunner.query('DROP INDEX "public"."booking_line_ticket_type_idx"');
    await queryRunner.query('DROP TABLE "booking_line"');
  }
}
