import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Crockford base 32, as in modules/bookings/booking-codes.ts (a migration keeps its own copy). */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Door staff type a ticket's short code when its QR code will not scan: every ticket already issued
 * gets one here (new ones get theirs when issued). A check-in remembers the scanner's attempt id, so a
 * retried scan whose answer was lost is recognised.
 */
export class TicketShortCodes1795550000000 implements MigrationInterface {
  name = 'TicketShortCodes1795550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ticket" ADD "short_code" character varying(10)');
    await queryRunner.query('ALTER TABLE "ticket" ADD "check_in_attempt_id" uuid');
    const issued = (await queryRunner.query('SELECT id FROM ticket WHERE code IS NOT NULL')) as {
      id: string;
    }[];
    const codes = new Set<string>();
    while (codes.size < issued.length) {
      codes.add(Array.from(randomBytes(10), (byte) => CROCKFORD[byte & 31]).join(''));
    }
    await queryRunner.query(
      `UPDATE ticket t SET short_code = v.short_code
         FROM unnest($1::uuid[], $2::text[]) AS v(id, short_code) WHERE t.id = v.id`,
      [issued.map((row) => row.id), [...codes]],
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ticket_short_code_key" ON "ticket" ("short_code") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ticket_short_code_key"');
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "check_in_attempt_id"');
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "short_code"');
  }
}
