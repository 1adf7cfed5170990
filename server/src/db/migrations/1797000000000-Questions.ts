import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checkout questions: an event's questions (asked of the buyer once or of every attendee, for all or
 * some ticket types, with choices and a one-level dependency) and the answers as typed rows, one per
 * booking (buyer) or ticket (attendee) and question, the choices picked in a table of their own.
 */
export class Questions1797000000000 implements MigrationInterface {
  name = 'Questions1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"question_type\" AS ENUM('TEXT', 'PARAGRAPH', 'NUMBER', 'YES_NO', 'ONE_CHOICE', 'MANY_CHOICES', 'DATE', 'COUNTRY', 'PHONE', 'EMAIL')",
    );
    await queryRunner.query('CREATE TYPE "public"."question_scope" AS ENUM(\'BOOKING\', \'ATTENDEE\')');
    await queryRunner.query(
      'CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "label" character varying(200) NOT NULL, "help_text" character varying(1000) NOT NULL DEFAULT \'\', "type" "public"."question_type" NOT NULL, "scope" "public"."question_scope" NOT NULL, "required" boolean NOT NULL DEFAULT false, "sort_order" integer NOT NULL, "min_number" numeric, "max_number" numeric, "show_at_door" boolean NOT NULL DEFAULT false, "hidden" boolean NOT NULL DEFAULT false, "depends_on_question_id" uuid, "depends_on_choice_id" uuid, "depends_on_boolean" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "question_dependency_valid" CHECK (depends_on_question_id IS NOT NULL OR (depends_on_choice_id IS NULL AND depends_on_boolean IS NULL)), CONSTRAINT "question_number_bounds_valid" CHECK (min_number IS NULL OR max_number IS NULL OR min_number <= max_number), CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "question_event_sort_idx" ON "question"  ("event_id", "sort_order") ',
    );
    await queryRunner.query(
      'CREATE TABLE "question_choice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "label" character varying(200) NOT NULL, "sort_order" integer NOT NULL, "hidden" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_e068eae752b4911ff1f9e508b24" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "question_choice_question_idx" ON "question_choice"  ("question_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "question_ticket_type" ("question_id" uuid NOT NULL, "ticket_type_id" uuid NOT NULL, CONSTRAINT "PK_218e02b81646fb2a1bec0933395" PRIMARY KEY ("question_id", "ticket_type_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "question_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "ticket_id" uuid, "question_id" uuid NOT NULL, "text_value" text, "number_value" numeric, "date_value" date, "boolean_value" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1e064f8949efd78ad3c66059ba" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "question_answer_question_idx" ON "question_answer"  ("question_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "question_answer_attendee_uniq" ON "question_answer"  ("ticket_id", "question_id") WHERE ticket_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "question_answer_buyer_uniq" ON "question_answer"  ("booking_id", "question_id") WHERE ticket_id IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "question_answer_choice" ("answer_id" uuid NOT NULL, "choice_id" uuid NOT NULL, CONSTRAINT "PK_c4c0ab7dbbd0a75c30eac2d8dfe" PRIMARY KEY ("answer_id", "choice_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "question_answer_choice_choice_idx" ON "question_answer_choice"  ("choice_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "FK_7635cdefa63fb186ad4ddbc0afe" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "FK_fcff0d12687068a69201bf167d0" FOREIGN KEY ("depends_on_question_id") REFERENCES "question"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "FK_547561967ae69b1afb367742f43" FOREIGN KEY ("depends_on_choice_id") REFERENCES "question_choice"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_choice" ADD CONSTRAINT "FK_aaaadcbf38272383b49f335b98a" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_ticket_type" ADD CONSTRAINT "FK_446dbb604569b1f5710e81f26e9" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_ticket_type" ADD CONSTRAINT "FK_709e91afcd18c187879554259c6" FOREIGN KEY ("ticket_type_id") REFERENCES "ticket_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_answer" ADD CONSTRAINT "FK_07763b46f9cf89c2f3114346cfb" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_answer" ADD CONSTRAINT "FK_1b9fd72875aa2465f943782d1cb" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_answer" ADD CONSTRAINT "FK_378c4919890f42e6b94c9d37049" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_answer_choice" ADD CONSTRAINT "FK_d74c193ad01e732e515a259865f" FOREIGN KEY ("answer_id") REFERENCES "question_answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_answer_choice" ADD CONSTRAINT "FK_f9e77e91bef38d14cd6d5b7fb67" FOREIGN KEY ("choice_id") REFERENCES "question_choice"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The function (db/functions/store_booking_answers.sql) writes into the tables dropped below.
    await queryRunner.query('DROP FUNCTION IF EXISTS store_booking_answers(uuid, uuid[], jsonb)');
    await queryRunner.query(
      'ALTER TABLE "question_answer_choice" DROP CONSTRAINT "FK_f9e77e91bef38d14cd6d5b7fb67"',
    );
    await queryRunner.query(
      'ALTER TABLE "question_answer_choice" DROP CONSTRAINT "FK_d74c193ad01e732e515a259865f"',
    );
    await queryRunner.query('ALTER TABLE "question_answer" DROP CONSTRAINT "FK_378c4919890f42e6b94c9d37049"');
    await queryRunner.query('ALTER TABLE "question_answer" DROP CONSTRAINT "FK_1b9fd72875aa2465f943782d1cb"');
    await queryRunner.query('ALTER TABLE "question_answer" DROP CONSTRAINT "FK_07763b46f9cf89c2f3114346cfb"');
    await queryRunner.query(
      'ALTER TABLE "question_ticket_type" DROP CONSTRAINT "FK_709e91afcd18c187879554259c6"',
    );
    await queryRunner.query(
      'ALTER TABLE "question_ticket_type" DROP CONSTRAINT "FK_446dbb604569b1f5710e81f26e9"',
    );
    await queryRunner.query('ALTER TABLE "question_choice" DROP CONSTRAINT "FK_aaaadcbf38272383b49f335b98a"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "FK_547561967ae69b1afb367742f43"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "FK_fcff0d12687068a69201bf167d0"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "FK_7635cdefa63fb186ad4ddbc0afe"');
    await queryRunner.query('DROP INDEX "public"."question_answer_choice_choice_idx"');
    await queryRunner.query('DROP TABLE "question_answer_choice"');
    await queryRunner.query('DROP INDEX "public"."question_answer_buyer_uniq"');
    await queryRunner.query('DROP INDEX "public"."question_answer_attendee_uniq"');
    await queryRunner.query('DROP INDEX "public"."question_answer_question_idx"');
    await queryRunner.query('DROP TABLE "question_answer"');
    await queryRunner.query('DROP TABLE "question_ticket_type"');
    await queryRunner.query('DROP INDEX "public"."question_choice_question_idx"');
    await queryRunner.query('DROP TABLE "question_choice"');
    await queryRunner.query('DROP INDEX "public"."question_event_sort_idx"');
    await queryRunner.query('DROP TABLE "question"');
    await queryRunner.query('DROP TYPE "public"."question_scope"');
    await queryRunner.query('DROP TYPE "public"."question_type"');
  }
}
