import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations and "forgot password": single-use links (their tokens stored hashed) with which a person
 * sets their own password. An invited account has no password until then (password_hash NULL), and
 * the two e-mails that carry the links are new kinds.
 */
export class PasswordLinks1795560000000 implements MigrationInterface {
  name = 'PasswordLinks1795560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "admin_account" ALTER COLUMN "password_hash" DROP NOT NULL');
    await queryRunner.query(
      `CREATE TYPE "public"."password_link_purpose" AS ENUM('INVITATION', 'PASSWORD_RESET')`,
    );
    await queryRunner.query(
      `CREATE TABLE "password_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "account_id" uuid NOT NULL, "purpose" "public"."password_link_purpose" NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_password_link" PRIMARY KEY ("id"), CONSTRAINT "FK_e71324595c7b49e3e6840bb9d3b" FOREIGN KEY ("account_id") REFERENCES "admin_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "password_link_token_hash_key" ON "password_link" ("token_hash")',
    );
    await queryRunner.query('CREATE INDEX "password_link_account_idx" ON "password_link" ("account_id")');
    // ADD VALUE cannot run inside a transaction block on PostgreSQL < 12; 12+ allows it unused.
    await queryRunner.query(`ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'ACCOUNT_INVITATION'`);
    await queryRunner.query(`ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'PASSWORD_RESET'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "password_link"');
    await queryRunner.query('DROP TYPE "public"."password_link_purpose"');
    await queryRunner.query(`DELETE FROM "admin_account" WHERE "password_hash" IS NULL`);
    await queryRunner.query('ALTER TABLE "admin_account" ALTER COLUMN "password_hash" SET NOT NULL');
    // Enum values cannot be dropped; the two e-mail kinds stay unused.
  }
}
