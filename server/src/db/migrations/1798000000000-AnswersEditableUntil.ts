import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Until when buyers may change their answers to an event's checkout questions from the booking link
 * (modules/questions/answer-editing.service.ts); none set: until the event starts.
 */
export class AnswersEditableUntil1798000000000 implements MigrationInterface {
  name = 'AnswersEditableUntil1798000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event" ADD "answers_editable_until" TIMESTAMP(3) WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "answers_editable_until"');
  }
}
