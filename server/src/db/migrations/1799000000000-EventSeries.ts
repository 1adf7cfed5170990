import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event series: an event marked `is_series` is a template that is never booked itself; its dates are
 * complete events of their own whose `series_id` names it (so bookings, check-in, exports and reports
 * work per date unchanged). Events before this migration are single events: not a series, no series.
 */
export class EventSeries1799000000000 implements MigrationInterface {
  name = 'EventSeries1799000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "event" ADD "is_series" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "event" ADD "series_id" uuid');
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "FK_event_series" FOREIGN KEY ("series_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "event_series_shape" CHECK (NOT (is_series AND series_id IS NOT NULL))`,
    );
    await queryRunner.query('CREATE INDEX "event_series_dates_idx" ON "event" ("series_id", "starts_at")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."event_series_dates_idx"');
    await queryRunner.query('ALTER TABLE "event" DROP CONSTRAINT "event_series_shape"');
    await queryRunner.query('ALTER TABLE "event" DROP CONSTRAINT "FK_event_series"');
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "series_id"');
    await queryRunner.query('ALTER TABLE "event" DROP COLUMN "is_series"');
  }
}
