import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event start and end times in milliseconds, the precision of JavaScript dates and of the events
 * list's cursors: a start with microseconds (written by SQL, e.g. now()) made its event appear again
 * on the next page. ALTER ... TYPE keeps the rows (rounded to the millisecond).
 */
export class EventTimesInMilliseconds1795527000000 implements MigrationInterface {
  name = 'EventTimesInMilliseconds1795527000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" ALTER COLUMN "starts_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "event" ALTER COLUMN "ends_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" ALTER COLUMN "starts_at" TYPE TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "event" ALTER COLUMN "ends_at" TYPE TIMESTAMP WITH TIME ZONE`);
  }
}
