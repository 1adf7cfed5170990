import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthAddAdminAccounts1795523140666 implements MigrationInterface {
  name = 'AuthAddAdminAccounts1795523140666';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."admin_role" AS ENUM(\'ADMIN\', \'STAFF\')');
    await queryRunner.query(
      'CREATE TABLE "admin_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "role" "public"."admin_role" NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "admin_account_email_normalized" CHECK (email = lower(btrim(email))), CONSTRAINT "PK_549a26f8a691cec95c57a036b48" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "admin_account_email_key" ON "admin_account"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "audit_log_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "account_id" uuid, "account_email" character varying(254), "action" character varying(64) NOT NULL, "object_type" character varying(64) NOT NULL, "object_id" character varying(64) NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_905deda75b16075725a02ef38a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "audit_log_entry_at_idx" ON "audit_log_entry"  ("at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "audit_log_entry_account_idx" ON "audit_log_entry"  ("account_id", "at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_log_entry_object_idx" ON "audit_log_entry"  ("object_type", "object_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "admin_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_031b46c28b79cc8e17984c9f1a2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "admin_session_token_hash_key" ON "admin_session"  ("token_hash") ',
    );
    await queryRunner.query('CREATE INDEX "admin_session_account_idx" ON "admin_session"  ("account_id") ');
    await queryRunner.query(
      'CREATE TABLE "login_failure_counter" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT \'0\', "expire" bigint, CONSTRAINT "PK_fea5ff4920421bdc2b52bc98015" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'ALTER TABLE "admin_session" ADD CONSTRAINT "FK_c6a89e6fb1ba15b796be7e86fd7" FOREIGN KEY ("account_id") REFERENCES "admin_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "admin_session" DROP CONSTRAINT "FK_c6a89e6fb1ba15b796be7e86fd7"');
    await queryRunner.query('DROP TABLE "login_failure_counter"');
    await queryRunner.query('DROP INDEX "public"."admin_session_account_idx"');
    await queryRunner.query('DROP INDEX "public"."admin_session_token_hash_key"');
    await queryRunner.query('DROP TABLE "admin_session"');
    await queryRunner.query('DROP INDEX "public"."audit_log_entry_object_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_log_entry_account_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_log_entry_at_idx"');
    await queryRunner.query('DROP TABLE "audit_log_entry"');
    await queryRunner.query('DROP INDEX "public"."admin_account_email_key"');
    await queryRunner.query('DROP TABLE "admin_account"');
    await queryRunner.query('DROP TYPE "public"."admin_role"');
  }
}
