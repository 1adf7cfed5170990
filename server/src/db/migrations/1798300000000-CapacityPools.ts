import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capacity pools (modules/tickets/capacity-pool.entity.ts): seats shared by several ticket types of an
 * event, or its total capacity (all_ticket_types, one per event), and which ticket types are in each.
 * Seats are taken from them by take_pool_seats, called from take_booking_seats (db/functions).
 */
export class CapacityPools1798300000000 implements MigrationInterface {
  name = 'CapacityPools1798300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "capacity_pool" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "capacity" integer NOT NULL, "used_count" integer NOT NULL DEFAULT \'0\', "all_ticket_types" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "capacity_pool_counters_valid" CHECK (used_count >= 0 AND used_count <= capacity), CONSTRAINT "PK_dfd5cf879d5866b25c0958a8815" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "capacity_pool_event_total_key" ON "capacity_pool"  ("event_id") WHERE all_ticket_types',
    );
    await queryRunner.query('CREATE INDEX "capacity_pool_event_idx" ON "capacity_pool"  ("event_id") ');
    await queryRunner.query(
      'CREATE TABLE "capacity_pool_ticket_type" ("pool_id" uuid NOT NULL, "ticket_type_id" uuid NOT NULL, CONSTRAINT "PK_1839bab1ca0a87d9b2811bbe361" PRIMARY KEY ("pool_id", "ticket_type_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "capacity_pool_ticket_type_ticket_type_idx" ON "capacity_pool_ticket_type"  ("ticket_type_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "capacity_pool" ADD CONSTRAINT "FK_906d98d9faae2e277dedd32fbdd" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "capacity_pool_ticket_type" ADD CONSTRAINT "FK_ee502238d60417b2982755b7a41" FOREIGN KEY ("pool_id") REFERENCES "capacity_pool"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "capacity_pool_ticket_type" ADD CONSTRAINT "FK_108f8b8157f8c44f60ce35fa63f" FOREIGN KEY ("ticket_type_id") REFERENCES "ticket_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "capacity_pool_ticket_type" DROP CONSTRAINT "FK_108f8b8157f8c44f60ce35fa63f"',
    );
    await queryRunner.query(
      'ALTER TABLE "capacity_pool_ticket_type" DROP CONSTRAINT "FK_ee502238d60417b2982755b7a41"',
    );
    await queryRunner.query('ALTER TABLE "capacity_pool" DROP CONSTRAINT "FK_906d98d9faae2e277dedd32fbdd"');
    await queryRunner.query('DROP INDEX "public"."capacity_pool_ticket_type_ticket_type_idx"');
    await queryRunner.query('DROP TABLE "capacity_pool_ticket_type"');
    await queryRunner.query('DROP INDEX "public"."capacity_pool_event_idx"');
    await queryRunner.query('DROP INDEX "public"."capacity_pool_event_total_key"');
    await queryRunner.query('DROP TABLE "capacity_pool"');
  }
}
