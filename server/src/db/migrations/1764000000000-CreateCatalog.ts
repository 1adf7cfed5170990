import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Events and their ticket types: the public catalog. */
export class CreateCatalog1764000000000 implements MigrationInterface {
  name = 'CreateCatalog1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."event_status" AS ENUM('DRAFT', 'PUBLISHED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TYPE "public"."event_visibility" AS ENUM('PUBLIC', 'PRIVATE')`);
    await queryRunner.query(
      `CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" character varying(64) NOT NULL, "currency" character(3) NOT NULL, "status" "public"."event_status" NOT NULL DEFAULT 'DRAFT', "visibility" "public"."event_visibility" NOT NULL DEFAULT 'PUBLIC', "access_key" character varying(64), "image_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "venue_name" character varying(200) NOT NULL, "venue_address" text NOT NULL DEFAULT '', CONSTRAINT "event_currency_iso" CHECK (currency ~ '^[A-Z]{3}$'), CONSTRAINT "event_private_has_key" CHECK (visibility = 'PUBLIC' OR access_key IS NOT NULL), CONSTRAINT "event_ends_after_start" CHECK (ends_at > starts_at), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "event_slug_key" ON "event" ("slug")`);
    await queryRunner.query(
      `CREATE INDEX "event_public_listing_idx" ON "event" ("starts_at", "id") WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'`,
    );
    await queryRunner.query(
      `CREATE TABLE "ticket_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT '', "price_minor" integer NOT NULL, "capacity" integer NOT NULL, "sold_count" integer NOT NULL DEFAULT '0', "held_count" integer NOT NULL DEFAULT '0', "min_per_order" integer NOT NULL DEFAULT '1', "max_per_order" integer NOT NULL DEFAULT '10', "sales_start_at" TIMESTAMP WITH TIME ZONE, "sales_end_at" TIMESTAMP WITH TIME ZONE, "sort_order" integer NOT NULL DEFAULT '0', "is_active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ticket_type_sales_window_valid" CHECK (sales_start_at IS NULL OR sales_end_at IS NULL OR sales_end_at > sales_start_at), CONSTRAINT "ticket_type_order_limits_valid" CHECK (min_per_order >= 1 AND max_per_order >= min_per_order), CONSTRAINT "ticket_type_counters_valid" CHECK (sold_count >= 0 AND held_count >= 0 AND sold_count + held_count <= capacity), CONSTRAINT "ticket_type_price_non_negative" CHECK (price_minor >= 0), CONSTRAINT "PK_757d4830df239a662399edf9f24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_type_event_sort_idx" ON "ticket_type" ("event_id", "sort_order")`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_type" ADD CONSTRAINT "FK_0af363f9f7cc449c18178dfe0a2" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ticket_type"`);
    await queryRunner.query(`DROP TABLE "event"`);
    await queryRunner.query(`DROP TYPE "public"."event_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."event_status"`);
  }
}
