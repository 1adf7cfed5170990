import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An event's own wording of its transactional e-mails (modules/email/email-texts.ts). */
export class EventEmailTexts1798200000000 implements MigrationInterface {
  name = 'EventEmailTexts1798200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "event_email_text" ("event_id" uuid NOT NULL, "kind" "public"."email_kind" NOT NULL, "subject" character varying(200) NOT NULL, "body" text NOT NULL, "last_failure" text, "last_failure_at" TIMESTAMP WITH TIME ZONE, "updated_by_email" character varying(254), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_event_email_text" PRIMARY KEY ("event_id", "kind"))',
    );
    await queryRunner.query(
      'ALTER TABLE "event_email_text" ADD CONSTRAINT "FK_event_email_text_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "event_email_text"');
  }
}
