import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters (createBooking, startPayment, uploads, sign-in throttling) are short-lived
 * counts, not records: an unlogged table writes no WAL, so counting a request no longer waits for a
 * disk flush of its own (one per booking in an on-sale). After a crash PostgreSQL empties it, which
 * only restarts the current windows.
 */
export class UnloggedRateLimitCounters1799900000000 implements MigrationInterface {
  name = 'UnloggedRateLimitCounters1799900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_counter" SET UNLOGGED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_counter" SET LOGGED`);
  }
}
