import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Codes (vouchers) per event: discounts and access codes with limited uses, counted in the same step
 * that takes a booking's seats; a booking remembers its code, uses and each line's discount; ticket
 * types can be hidden (sold only with an access code).
 */
export class Vouchers1797100000000 implements MigrationInterface {
  name = 'Vouchers1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"voucher_discount_kind\" AS ENUM('NONE', 'PERCENTAGE', 'AMOUNT_OFF', 'SET_PRICE')",
    );
    // PostgreSQL 12+ allows ADD VALUE in a transaction as long as the value is not used in it.
    await queryRunner.query(`ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'VOUCHER_CODE'`);
    await queryRunner.query('CREATE TYPE "public"."voucher_use_unit" AS ENUM(\'TICKETS\', \'BOOKINGS\')');
    await queryRunner.query(
      'CREATE TABLE "voucher" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "code" character varying(64) NOT NULL, "discount_kind" "public"."voucher_discount_kind" NOT NULL, "discount_value" integer NOT NULL DEFAULT \'0\', "reveals_hidden" boolean NOT NULL DEFAULT false, "opens_private_event" boolean NOT NULL DEFAULT false, "ticket_type_ids" uuid array NOT NULL DEFAULT \'{}\', "valid_from" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE, "max_uses" integer, "use_unit" "public"."voucher_use_unit" NOT NULL DEFAULT \'BOOKINGS\', "used_count" integer NOT NULL DEFAULT \'0\', "max_per_booking" integer, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "voucher_validity_valid" CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until > valid_from), CONSTRAINT "voucher_limits_positive" CHECK ((max_uses IS NULL OR max_uses >= 0) AND (max_per_booking IS NULL OR max_per_booking >= 1)), CONSTRAINT "voucher_discount_value_valid" CHECK (discount_value >= 0 AND (discount_kind <> \'PERCENTAGE\' OR discount_value <= 100)), CONSTRAINT "voucher_used_within_max" CHECK (used_count >= 0 AND (max_uses IS NULL OR used_count <= max_uses)), CONSTRAINT "PK_677ae75f380e81c2f103a57ffaf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "voucher_event_code_key" ON "voucher"  ("event_id", "code") ',
    );
    await queryRunner.query('ALTER TABLE "booking" ADD "voucher_id" uuid');
    await queryRunner.query('ALTER TABLE "booking" ADD "voucher_code" character varying(64)');
    await queryRunner.query('ALTER TABLE "booking" ADD "voucher_uses" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'ALTER TABLE "booking_line" ADD "unit_discount_minor" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query('ALTER TABLE "ticket_type" ADD "is_hidden" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'CREATE INDEX "booking_voucher_idx" ON "booking"  ("voucher_id") WHERE voucher_id IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "booking_line" ADD CONSTRAINT "booking_line_discount_valid" CHECK (unit_discount_minor >= 0 AND unit_discount_minor <= unit_price_minor)',
    );
    await queryRunner.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "FK_390366ad10ad93067dc609a3778" FOREIGN KEY ("voucher_id") REFERENCES "voucher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "voucher" ADD CONSTRAINT "FK_51f4aa39b669b98137d3ecdec1b" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Hiding a ticket type changes the catalog: bookings read before it must be checked again.
    await queryRunner.query('DROP TRIGGER ticket_type_catalog_version_update ON "ticket_type"');
    await queryRunner.query(`
      CREATE TRIGGER ticket_type_catalog_version_update
      AFTER UPDATE OF id, event_id, name, description, price_minor, capacity, min_per_order, max_per_order,
                      sales_start_at, sales_end_at, sort_order, is_active, is_hidden, created_at
      ON "ticket_type"
      FOR EACH ROW EXECUTE FUNCTION ticket_type_catalog_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER ticket_type_catalog_version_update ON "ticket_type"');
    await queryRunner.query(`
      CREATE TRIGGER ticket_type_catalog_version_update
      AFTER UPDATE OF id, event_id, name, description, price_minor, capacity, min_per_order, max_per_order,
                      sales_start_at, sales_end_at, sort_order, is_active, created_at
      ON "ticket_type"
      FOR EACH ROW EXECUTE FUNCTION ticket_type_catalog_changed()`);
    await queryRunner.query('ALTER TABLE "voucher" DROP CONSTRAINT "FK_51f4aa39b669b98137d3ecdec1b"');
    await queryRunner.query('ALTER TABLE "booking" DROP CONSTRAINT "FK_390366ad10ad93067dc609a3778"');
    await queryRunner.query('ALTER TABLE "booking_line" DROP CONSTRAINT "booking_line_discount_valid"');
    await queryRunner.query('DROP INDEX "public"."booking_voucher_idx"');
    await queryRunner.query('ALTER TABLE "ticket_type" DROP COLUMN "is_hidden"');
    await queryRunner.query('ALTER TABLE "booking_line" DROP COLUMN "unit_discount_minor"');
    await queryRunner.query('ALTER TABLE "booking" DROP COLUMN "voucher_uses"');
    await queryRunner.query('ALTER TABLE "booking" DROP COLUMN "voucher_code"');
    await queryRunner.query('ALTER TABLE "booking" DROP COLUMN "voucher_id"');
    await queryRunner.query('DROP INDEX "public"."voucher_event_code_key"');
    await queryRunner.query('DROP TABLE "voucher"');
    await queryRunner.query('DROP TYPE "public"."voucher_use_unit"');
    await queryRunner.query('DROP TYPE "public"."voucher_discount_kind"');
    // Enum values cannot be dropped; the e-mail kind VOUCHER_CODE stays unused.
  }
}
