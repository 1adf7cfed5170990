import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cancelling an event closes its waiting list: entries get a status that says why, and the people on
 * it a new kind of e-mail.
 */
export class WaitingListEventCancelled1799800000000 implements MigrationInterface {
  name = 'WaitingListEventCancelled1799800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL 12+ allows ADD VALUE in a transaction as long as the value is not used in it.
    await queryRunner.query(
      `ALTER TYPE "public"."waiting_list_status" ADD VALUE IF NOT EXISTS 'EVENT_CANCELLED'`,
    );
    await queryRunner.query(
      `ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'WAITING_LIST_EVENT_CANCELLED'`,
    );
  }

  async down(): Promise<void> {
    // Enum values cannot be dropped; both stay unused.
  }
}
