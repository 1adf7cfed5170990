import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API tokens (modules/api-tokens), and the token an audited change was made through. */
export class ApiTokens1797400000000 implements MigrationInterface {
  name = 'ApiTokens1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "token_hash" character(64) NOT NULL, "hint" character varying(8) NOT NULL, "scopes" text array NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"  ("token_hash") ');
    await queryRunner.query('CREATE INDEX "api_token_created_by_idx" ON "api_token"  ("created_by_id") ');
    await queryRunner.query('ALTER TABLE "audit_log_entry" ADD "api_token_id" uuid');
    await queryRunner.query('ALTER TABLE "audit_log_entry" ADD "api_token_name" character varying(100)');
    await queryRunner.query(
      'ALTER TABLE "api_token" ADD CONSTRAINT "FK_22ec6c40d28d930b5367df245aa" FOREIGN KEY ("created_by_id") REFERENCES "admin_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "api_token" DROP CONSTRAINT "FK_22ec6c40d28d930b5367df245aa"');
    await queryRunner.query('ALTER TABLE "audit_log_entry" DROP COLUMN "api_token_name"');
    await queryRunner.query('ALTER TABLE "audit_log_entry" DROP COLUMN "api_token_id"');
    await queryRunner.query('DROP INDEX "public"."api_token_created_by_idx"');
    await queryRunner.query('DROP INDEX "public"."api_token_token_hash_key"');
    await queryRunner.query('DROP TABLE "api_token"');
  }
}
