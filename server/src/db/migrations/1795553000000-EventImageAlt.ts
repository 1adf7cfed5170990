import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An event's picture gets alt text: what it shows, for people who cannot see it. */
export class EventImageAlt1795553000000 implements MigrationInterface {
  name = 'EventImageAlt1795553000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event" ADD "image_alt" character varying(300)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "image_alt"');
  }
}
