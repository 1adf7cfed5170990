import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The questions a waiver version requires answered before it can be signed
 * (modules/waivers/waiver-signing.service.ts).
 */
export class WaiverQuestions1798600000000 implements MigrationInterface {
  name = 'WaiverQuestions1798600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "waiver_version_question" ("version_id" uuid NOT NULL, "question_id" uuid NOT NULL, CONSTRAINT "PK_e0828c46b651800e020dfb24dda" PRIMARY KEY ("version_id", "question_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "waiver_version_question" ADD CONSTRAINT "FK_8926f7ce9ef3ff9a314525ad0b1" FOREIGN KEY ("version_id") REFERENCES "waiver_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "waiver_version_question" ADD CONSTRAINT "FK_f0dd4e4a464873840677963e6d8" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "waiver_version_question" DROP CONSTRAINT "FK_f0dd4e4a464873840677963e6d8"',
    );
    await queryRunner.query(
      'ALTER TABLE "waiver_version_question" DROP CONSTRAINT "FK_8926f7ce9ef3ff9a314525ad0b1"',
    );
    await queryRunner.query('DROP TABLE "waiver_version_question"');
  }
}
