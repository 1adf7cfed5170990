import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * FILE questions: the kinds of file and the size a question accepts, the uploaded files' rows
 * (question_file; the bytes are on disk under UPLOADS_DIR) and the answer's reference to its file,
 * which no other answer may share.
 */
export class QuestionFiles1798500000000 implements MigrationInterface {
  name = 'QuestionFiles1798500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "question_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "storage_name" character varying(64) NOT NULL, "original_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_12c62faac1cd86d5271f526a3e3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "question_file_created_idx" ON "question_file"  ("created_at") ');
    await queryRunner.query("CREATE TYPE \"public\".\"question_file_kind\" AS ENUM('PDF', 'JPEG', 'PNG')");
    await queryRunner.query(
      'ALTER TABLE "question" ADD "file_kinds" "public"."question_file_kind" array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query('ALTER TABLE "question" ADD "max_file_bytes" integer');
    await queryRunner.query('ALTER TABLE "question_answer" ADD "file_id" uuid');
    await queryRunner.query('ALTER TYPE "public"."question_type" ADD VALUE \'FILE\'');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "question_answer_file_uniq" ON "question_answer"  ("file_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "question_answer" ADD CONSTRAINT "FK_ae6e4c1c959839f39e934bb7121" FOREIGN KEY ("file_id") REFERENCES "question_file"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_file" ADD CONSTRAINT "FK_4dad3f0000c73c0b732105c3bf8" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "question_file" DROP CONSTRAINT "FK_4dad3f0000c73c0b732105c3bf8"');
    await queryRunner.query('ALTER TABLE "question_answer" DROP CONSTRAINT "FK_ae6e4c1c959839f39e934bb7121"');
    await queryRunner.query('DROP INDEX "public"."question_answer_file_uniq"');
    // The older enum has no FILE: those questions and their answers go with it.
    await queryRunner.query(
      "DELETE FROM question_answer WHERE question_id IN (SELECT id FROM question WHERE type = 'FILE')",
    );
    await queryRunner.query("DELETE FROM question WHERE type = 'FILE'");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"question_type_old\" AS ENUM('TEXT', 'PARAGRAPH', 'NUMBER', 'YES_NO', 'ONE_CHOICE', 'MANY_CHOICES', 'DATE', 'COUNTRY', 'PHONE', 'EMAIL')",
    );
    await queryRunner.query(
      'ALTER TABLE "question" ALTER COLUMN "type" TYPE "public"."question_type_old" USING "type"::"text"::"public"."question_type_old"',
    );
    await queryRunner.query('DROP TYPE "public"."question_type"');
    await queryRunner.query('ALTER TYPE "public"."question_type_old" RENAME TO "question_type"');
    await queryRunner.query('ALTER TABLE "question_answer" DROP COLUMN "file_id"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "max_file_bytes"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "file_kinds"');
    await queryRunner.query('DROP TYPE "public"."question_file_kind"');
    await queryRunner.query('DROP INDEX "public"."question_file_created_idx"');
    await queryRunner.query('DROP TABLE "question_file"');
  }
}
