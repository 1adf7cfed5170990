/**
 * PayPal's webhook events, once verified (paypal-webhooks.routes.ts verifies them): deduplicated by
 * event id, and applied by asking PayPal for the order's current state and settling it like every
 * other road (payment-settlement.service.ts). Also forgets old event ids (the retention job).
 */
import type { RequestContext } from '../../common/request-context';
import { deleteInBatches } from '../../db/delete-in-batches';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { BookingViews } from '../bookings/booking-views.service';
import type { PayPalGateway } from '../payments/paypal.gateway';
import type { PayPalWebhookEvent } from '../payments/paypal-webhook-event';
import { PayPalWebhookEventEntity } from '../payments/paypal-webhook-event.entity';
import type { PaymentSettlementService } from './payment-settlement.service';

export type WebhookOutcome = 'APPLIED' | 'DUPLICATE' | 'IGNORED';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PayPalWebhooksOptions {
  /** Days a processed webhook event id is kept for deduplication (deleteOldWebhookEvents). */
  webhookEventRetentionDays: number;
}

export class PayPalWebhooksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly views: BookingViews,
    private readonly gateway: PayPalGateway,
    private readonly settlement: PaymentSettlementService,
    private readonly options: PayPalWebhooksOptions,
  ) {}

  /**
   * Applies a verified PayPal event: repeats (same event id) are acknowledged without effect; the
   * event only says which order or capture changed, and PayPal is asked for its current state, which
   * is applied like everything else. Out-of-order events therefore all apply the latest state, and
   * each state change happens once (the booking transitions and refund records are idempotent).
   * The event id is recorded after applying it: a delivery that fails half-way is retried by PayPal,
   * and a concurrent duplicate re-applies the same state with no effect.
   * Throws PaymentProviderUnavailableError when PayPal cannot be asked (answer 503: PayPal retries).
   */
  async handleWebhookEvent(ctx: RequestContext, event: PayPalWebhookEvent): Promise<WebhookOutcome> {
    const events = this.uow.manager.getRepository(PayPalWebhookEventEntity);
    if (await events.existsBy({ eventId: event.eventId })) return 'DUPLICATE';

    const outcome = await this.applyWebhookEvent(ctx, event);
    await events
      .createQueryBuilder()
      .insert()
      .values({ eventId: event.eventId, eventType: event.eventType, resourceId: event.resourceId })
      .orIgnore()
      .execute();
    return outcome;
  }

  /**
   * Forgets the ids of webhook events processed more than the retention period before `ctx.now`:
   * PayPal retries a delivery "up to 25 times over 3 days"
   * (https://developer.paypal.com/api/rest/webhooks/rest/), so an older id is never delivered again
   * by PayPal's retries; the longer default also covers events resent by hand from PayPal's dashboard.
   * Even then, a forgotten event re-applies PayPal's current state, which changes nothing.
   * Returns how many it deleted.
   */
  deleteOldWebhookEvents(ctx: RequestContext, input: { batchSize?: number } = {}): Promise<number> {
    const cutoff = new Date(ctx.now.getTime() - this.options.webhookEventRetentionDays * DAY_MS);
    return deleteInBatches(this.uow.manager, {
      table: 'paypal_webhook_event',
      key: 'event_id',
      where: 'processed_at < $1',
      parameters: [cutoff],
      batchSize: input.batchSize,
    });
  }

  private async applyWebhookEvent(ctx: RequestContext, event: PayPalWebhookEvent): Promise<WebhookOutcome> {
    let orderId = event.orderId;
    if (!orderId && event.captureId) orderId = (await this.gateway.getCapture(event.captureId))?.orderId;
    if (!orderId) {
      ctx.logger.info({ eventType: event.eventType, eventId: event.eventId }, 'webhook about no known order');
      return 'IGNORED';
    }
    const booking = await this.views.findEntityByProviderOrder(ctx, orderId);
    if (!booking) return 'IGNORED';
    const order = await this.gateway.getOrder(orderId);
    if (!order) return 'IGNORED';
    // An approval is the buyer's to capture when they come back; reconciliation captures it otherwise.
    await this.settlement.settleOrder(ctx, { booking, order, captureApproved: false });
    return 'APPLIED';
  }
}
