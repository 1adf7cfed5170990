import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily retention job deletes processed PayPal webhook events by age, a batch at a time: the index
 * lets each batch find the oldest rows without scanning the table.
 */
export class WebhookEventProcessedAtIndex1795542000000 implements MigrationInterface {
  name = 'WebhookEventProcessedAtIndex1795542000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "paypal_webhook_event_processed_at_idx" ON "paypal_webhook_event" ("processed_at")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."paypal_webhook_event_processed_at_idx"');
  }
}
