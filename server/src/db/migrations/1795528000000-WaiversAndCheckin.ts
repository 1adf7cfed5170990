import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WaiversAndCheckin1795528000000 implements MigrationInterface {
  name = 'WaiversAndCheckin1795528000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."waiver_signature_method" AS ENUM(\'ONLINE\', \'PAPER\')');
    await queryRunner.query(
      'CREATE TABLE "waiver_signature" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "event_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resend_count" integer NOT NULL DEFAULT \'0\', "signed_at" TIMESTAMP WITH TIME ZONE, "version_id" uuid, "signer_name" character varying(200), "method" "public"."waiver_signature_method", "client_address" character varying(100), "user_agent" character varying(500), "recorded_by_id" uuid, "recorded_by_email" character varying(254), CONSTRAINT "waiver_signature_signed_complete" CHECK (signed_at IS NULL OR (version_id IS NOT NULL AND signer_name IS NOT NULL AND method IS NOT NULL)), CONSTRAINT "PK_427db4c619c6d2b6ce7f09b820b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "waiver_signature_ticket_key" ON "waiver_signature"  ("ticket_id") ',
    );
    await queryRunner.query('CREATE INDEX "waiver_signature_event_idx" ON "waiver_signature"  ("event_id") ');
    await queryRunner.query(
      'CREATE TABLE "waiver_link" ("token_hash" character(64) NOT NULL, "signature_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9fd218a3b9d7b6f38889d5d7ea3" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query('CREATE INDEX "waiver_link_signature_idx" ON "waiver_link"  ("signature_id") ');
    await queryRunner.query(
      'CREATE TABLE "waiver_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid, "created_by_email" character varying(254), CONSTRAINT "PK_2d5c4ee6959a2f02575a64475c4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "waiver_version_event_version_key" ON "waiver_version"  ("event_id", "version") ',
    );
    await queryRunner.query('ALTER TABLE "ticket" ADD "checked_in_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "ticket" ADD "checked_in_by_id" uuid');
    await queryRunner.query('ALTER TABLE "ticket" ADD "checked_in_by_email" character varying(254)');
    await queryRunner.query(
      'ALTER TABLE "waiver_signature" ADD CONSTRAINT "FK_17e7e99a382acc1d8f51393687b" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "waiver_signature" ADD CONSTRAINT "FK_de65302c1bae5172971f447784f" FOREIGN KEY ("version_id") REFERENCES "waiver_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "waiver_link" ADD CONSTRAINT "FK_e354be6d0eab3f8170b4eac259e" FOREIGN KEY ("signature_id") REFERENCES "waiver_signature"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "waiver_version" ADD CONSTRAINT "FK_f6676db34eed7e55bff6f39d305" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "waiver_version" DROP CONSTRAINT "FK_f6676db34eed7e55bff6f39d305"');
    await queryRunner.query('ALTER TABLE "waiver_link" DROP CONSTRAINT "FK_e354be6d0eab3f8170b4eac259e"');
    await queryRunner.query(
      'ALTER TABLE "waiver_signature" DROP CONSTRAINT "FK_de65302c1bae5172971f447784f"',
    );
    await queryRunner.query(
      'ALTER TABLE "waiver_signature" DROP CONSTRAINT "FK_17e7e99a382acc1d8f51393687b"',
    );
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "checked_in_by_email"');
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "checked_in_by_id"');
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "checked_in_at"');
    await queryRunner.query('DROP INDEX "public"."waiver_version_event_version_key"');
    await queryRunner.query('DROP TABLE "waiver_version"');
    await queryRunner.query('DROP INDEX "public"."waiver_link_signature_idx"');
    await queryRunner.query('DROP TABLE "waiver_link"');
    await queryRunner.query('DROP INDEX "public"."waiver_signature_event_idx"');
    await queryRunner.query('DROP INDEX "public"."waiver_signature_ticket_key"');
    await queryRunner.query('DROP TABLE "waiver_signature"');
    await queryRunner.query('DROP TYPE "public"."waiver_signature_method"');
  }
}
