/**
 * Delivering the webhook outbox (webhook-outbox.ts), outside any transaction. A delivery is claimed by
 * one conditional statement, so it is attempted by one worker at a time however many replicas run
 * the jobs, and only when no earlier delivery with its ordering key (its booking, its event) is still
 * pending for the endpoint: a receiver gets a booking's events in order. A failed attempt waits out
 * RETRY_DELAYS_SECONDS (exponential, about 3.1 days in all) before the next; after the last one the
 * delivery is FAILED and the endpoint disabled, and every ADMIN is e-mailed. Each attempt is logged.
 */
import { IsNull, type DataSource } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import { deleteInBatches } from '../../db/delete-in-batches';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import { AdminAccountEntity, AdminRole } from '../accounts/admin-account.entity';
import type { EmailService } from '../email/email.service';
import { renderWebhookEndpointDisabled } from '../email/email.templates';
import { WebhookDeliveryAttemptEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import type { WebhookResponse, WebhookSender } from './webhook-sender';
import { webhookHeaders } from './webhook-signature';

/** Waits after the 1st, 2nd ... failed attempt: 10 s, 1 min, 5 min, 30 min, 1 h, 2 h, 4 h, 8 h, then 12 h. */
export const RETRY_DELAYS_SECONDS = [
  10, 60, 300, 1800, 3600, 7200, 14_400, 28_800, 43_200, 43_200, 43_200, 43_200, 43_200,
];

export type AttemptOutcome = 'DELIVERED' | 'RETRY' | 'FAILED' | 'SKIPPED';

export interface WebhookDeliverySettings {
  /** The site's base URL: the disabled-endpoint e-mail links to its webhooks page. */
  siteUrl: string;
  replyTo: string;
  /** Longest a claim protects an attempt: longer than the sender's timeout. */
  claimSeconds: number;
  /** Days a settled event (no delivery pending) and its log are kept. */
  logRetentionDays: number;
}

interface ClaimedDelivery {
  id: string;
  message_id: string;
  endpoint_id: string;
  schedule_attempts: number;
}

/**
 * Claims one due delivery ($3: a given one, or any), taking one attempt of it. Not when its endpoint
 * is disabled, or an earlier delivery of its ordering key to the same endpoint is still pending.
 */
const CLAIM_SQL = `
  UPDATE webhook_delivery d
     SET claimed_until = $1::timestamptz + make_interval(secs => $2),
         attempts = d.attempts + 1, schedule_attempts = d.schedule_attempts + 1
   WHERE d.id = (
     SELECT c.id FROM webhook_delivery c JOIN webhook_endpoint e ON e.id = c.endpoint_id
      WHERE c.status = 'PENDING' AND c.next_attempt_at <= $1
        AND (c.claimed_until IS NULL OR c.claimed_until <= $1)
        AND e.disabled_at IS NULL
        AND ($3::uuid IS NULL OR c.id = $3::uuid)
        AND NOT EXISTS (
          SELECT 1 FROM webhook_delivery earlier
           WHERE earlier.endpoint_id = c.endpoint_id AND earlier.ordering_key = c.ordering_key
             AND earlier.status = 'PENDING' AND earlier.sequence < c.sequence)
      ORDER BY c.next_attempt_at, c.sequence
      LIMIT 1
      FOR UPDATE OF c SKIP LOCKED)
  RETURNING d.id, d.message_id, d.endpoint_id, d.schedule_attempts`;

export class WebhookDeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly sender: WebhookSender,
    private readonly email: EmailService,
    private readonly settings: WebhookDeliverySettings,
  ) {}

  /** Attempts one delivery if it is due and next in its order (the deliver-webhook job). */
  async deliver(ctx: RequestContext, deliveryId: string): Promise<AttemptOutcome> {
    const claimed = await this.claim(ctx, deliveryId);
    return claimed ? this.attempt(ctx, claimed) : 'SKIPPED';
  }

  /** Attempts due deliveries, oldest first, until none is left or `limit` were attempted (the sweep). */
  async deliverDue(ctx: RequestContext, limit = 100): Promise<Record<AttemptOutcome, number>> {
    const counts: Record<AttemptOutcome, number> = { DELIVERED: 0, RETRY: 0, FAILED: 0, SKIPPED: 0 };
    for (let attempted = 0; attempted < limit; attempted++) {
      const claimed = await this.claim(ctx, null);
      if (!claimed) break;
      counts[await this.attempt(ctx, claimed)]++;
    }
    return counts;
  }

  private async claim(ctx: RequestContext, deliveryId: string | null): Promise<ClaimedDelivery | null> {
    const [rows] = (await this.dataSource.query(CLAIM_SQL, [
      ctx.now,
      this.settings.claimSeconds,
      deliveryId,
    ])) as [ClaimedDelivery[], number];
    return rows[0] ?? null;
  }

  private async attempt(ctx: RequestContext, claimed: ClaimedDelivery): Promise<AttemptOutcome> {
    const [row] = (await this.dataSource.query(
      `SELECT m.body, e.url, e.secret FROM webhook_message m, webhook_endpoint e
        WHERE m.id = $1 AND e.id = $2`,
      [claimed.message_id, claimed.endpoint_id],
    )) as { body: string; url: string; secret: string }[];
    const headers = webhookHeaders(row.secret, claimed.message_id, ctx.now, row.body);
    const response = await this.sender.send({ url: row.url, headers, body: row.body });
    return this.uow.withTransaction(ctx, (tx) =>
      this.recordAttempt(tx, claimed, row.url, Number(headers['webhook-timestamp']), response),
    );
  }

  private async recordAttempt(
    tx: Transaction,
    claimed: ClaimedDelivery,
    url: string,
    signedTimestamp: number,
    response: WebhookResponse,
  ): Promise<AttemptOutcome> {
    const { manager, ctx } = tx;
    await manager.insert(WebhookDeliveryAttemptEntity, {
      deliveryId: claimed.id,
      attemptedAt: ctx.now,
      signedTimestamp: String(signedTimestamp),
      responseStatus: response.status,
      durationMs: response.durationMs,
      responseBody: response.body,
      error: response.error,
    });
    if (response.ok) {
      await manager.query(
        `UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = $2, claimed_until = NULL WHERE id = $1`,
        [claimed.id, ctx.now],
      );
      await manager.update(WebhookEndpointEntity, { id: claimed.endpoint_id }, { lastSuccessAt: ctx.now });
      return 'DELIVERED';
    }
    const failure = response.error ?? `answered ${response.status}`;
    // 410 Gone: the receiver says the endpoint is no more; its deliveries wait for an admin.
    if (response.status === 410) await this.disableEndpoint(tx, claimed.endpoint_id, url, failure);
    const delay = RETRY_DELAYS_SECONDS[claimed.schedule_attempts - 1];
    if (delay === undefined) {
      await manager.query(
        `UPDATE webhook_delivery SET status = 'FAILED', claimed_until = NULL WHERE id = $1`,
        [claimed.id],
      );
      await this.disableEndpoint(tx, claimed.endpoint_id, url, failure);
      return 'FAILED';
    }
    await manager.query(
      `UPDATE webhook_delivery SET next_attempt_at = $2::timestamptz + make_interval(secs => $3),
              claimed_until = NULL WHERE id = $1`,
      [claimed.id, ctx.now, delay],
    );
    return 'RETRY';
  }

  /** Disables an endpoint that is enabled, and e-mails every active ADMIN about it, once. */
  private async disableEndpoint(tx: Transaction, endpointId: string, url: string, failure: string) {
    const reason = `Disabled after failed deliveries; the last: ${failure}`.slice(0, 500);
    const disabled = await tx.manager.update(
      WebhookEndpointEntity,
      { id: endpointId, disabledAt: IsNull() },
      { disabledAt: tx.ctx.now, disabledReason: reason },
    );
    if (disabled.affected !== 1) return;
    tx.ctx.logger.warn({ endpointId }, 'webhook endpoint disabled after failed deliveries');
    const admins = await tx.manager.find(AdminAccountEntity, {
      where: { role: AdminRole.ADMIN, disabledAt: IsNull() },
      select: { id: true, email: true },
    });
    for (const admin of admins) {
      const message = await renderWebhookEndpointDisabled({
        to: admin.email,
        replyTo: this.settings.replyTo,
        endpointUrl: url,
        reason: failure,
        webhooksUrl: `${this.settings.siteUrl}/admin/webhooks`,
      });
      await this.email.enqueue(
        tx,
        message,
        `webhook-disabled:${endpointId}:${tx.ctx.now.toISOString()}:${admin.id}`,
      );
    }
  }

  /**
   * Puts a delivery (delivered, failed, or waiting for a retry) back at the start of its retry
   * schedule, due now, with the same webhook-id; not one being attempted right now.
   */
  async resend(tx: Transaction, deliveryId: string): Promise<boolean> {
    const [, affected] = (await tx.manager.query(
      `UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = $2, schedule_attempts = 0,
              claimed_until = NULL
        WHERE id = $1 AND (claimed_until IS NULL OR claimed_until <= $2)`,
      [deliveryId, tx.ctx.now],
    )) as [unknown, number];
    return affected === 1;
  }

  /**
   * Deletes the events older than WEBHOOK_LOG_RETENTION_DAYS none of whose deliveries is pending, with
   * their deliveries and attempts (the daily retention job); returns how many events.
   */
  deleteOldMessages(ctx: RequestContext): Promise<number> {
    return deleteInBatches(this.dataSource, {
      table: 'webhook_message',
      key: 'id',
      where: `created_at <= $1 AND NOT EXISTS (
        SELECT 1 FROM webhook_delivery d WHERE d.message_id = webhook_message.id AND d.status = 'PENDING')`,
      parameters: [new Date(ctx.now.getTime() - this.settings.logRetentionDays * 24 * 3_600_000)],
    });
  }
}
