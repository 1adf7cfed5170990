import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendees with an address of their own get their own ticket by e-mail (on by default, per event),
 * in a message of a new kind.
 */
export class SendAttendeeTickets1795570000000 implements MigrationInterface {
  name = 'SendAttendeeTickets1795570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event" ADD "send_attendee_tickets" boolean NOT NULL DEFAULT true');
    // PostgreSQL 12+ allows ADD VALUE in a transaction as long as the value is not used in it.
    await queryRunner.query(`ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'ATTENDEE_TICKET'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "send_attendee_tickets"');
    // Enum values cannot be dropped; the e-mail kind stays unused.
  }
}
