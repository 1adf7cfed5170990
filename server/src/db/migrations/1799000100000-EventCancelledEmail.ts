import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Buyers are told when an event (or one date of a series) is cancelled: a new kind of e-mail. */
export class EventCancelledEmail1799000100000 implements MigrationInterface {
  name = 'EventCancelledEmail1799000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL 12+ allows ADD VALUE in a transaction as long as the value is not used in it.
    await queryRunner.query(`ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'EVENT_CANCELLED'`);
  }

  async down(): Promise<void> {
    // Enum values cannot be dropped; the e-mail kind stays unused.
  }
}
