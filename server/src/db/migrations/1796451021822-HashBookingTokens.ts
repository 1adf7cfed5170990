import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booking tokens are kept only as their SHA-256 (hex, as common/secret-token.ts computes it), so
 * every link already sent keeps opening its booking; booking_link holds the links minted for later
 * e-mails. PostgreSQL's sha256() needs no extension. Going down cannot give the tokens back: each
 * booking's token becomes its hash, so links sent before cannot open it any more.
 *
 * An exception to "the previous version keeps working on the new schema" (deploy.sh): keeping the
 * token column for the previous version would keep the raw tokens it reads. Between this migration and
 * the new containers the previous version fails loudly on booking reads and writes (500s the buyer
 * retries; PayPal's webhook retries and the reconciliation job settle payments later, through the new
 * version) rather than, say, sending e-mails with links that open nothing.
 */
export class HashBookingTokens1796451021822 implements MigrationInterface {
  name = 'HashBookingTokens1796451021822';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "booking" ADD "token_hash" character(64)');
    await queryRunner.query(
      `UPDATE "booking" SET "token_hash" = encode(sha256(convert_to("token", 'UTF8')), 'hex')`,
    );
    await queryRunner.query('ALTER TABLE "booking" ALTER COLUMN "token_hash" SET NOT NULL');
    await queryRunner.query('DROP INDEX "public"."booking_token_key"');
    await queryRunner.query('ALTER TABLE "booking" DROP COLUMN "token"');
    await queryRunner.query('CREATE UNIQUE INDEX "booking_token_hash_key" ON "booking" ("token_hash")');
    await queryRunner.query(
      'CREATE TABLE "booking_link" ("token_hash" character(64) NOT NULL, "booking_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_857d6481b7953a02fb2dd586b4a" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query('CREATE INDEX "booking_link_booking_idx" ON "booking_link" ("booking_id")');
    await queryRunner.query(
      'ALTER TABLE "booking_link" ADD CONSTRAINT "FK_53e084b26c311a129228ef072d8" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "booking_link"');
    await queryRunner.query('DROP INDEX "public"."booking_token_hash_key"');
    await queryRunner.query('ALTER TABLE "booking" ADD "token" character varying(64)');
    await queryRunner.query('UPDATE "booking" SET "token" = "token_hash"');
    await queryRunner.query('ALTER TABLE "booking" ALTER COLUMN "token" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "booking" DROP COLUMN "token_hash"');
    await queryRunner.query('CREATE UNIQUE INDEX "booking_token_key" ON "booking" ("token")');
  }
}
