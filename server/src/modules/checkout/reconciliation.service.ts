/**
 * Reconciliation (the per-minute reconcile-payments job): settles PayPal orders whose buyer never came
 * back, or whose outcome we never learnt, through the same settlement as every other road
 * (payment-settlement.service.ts).
 */
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { Logger } from '../../logger';
import {
  isAwaitingPayment,
  isPaymentPending,
  SEAT_HOLDING_STATUSES,
  SEATS_RELEASED_STATUSES,
} from '../bookings/booking-status';
import type { BookingViews } from '../bookings/booking-views.service';
import type { PayPalGateway } from '../payments/paypal.gateway';
import type { PaymentSettlementService } from './payment-settlement.service';

const MINUTE = 60_000;
/** Bookings the reconciliation looks at per run. */
const RECONCILE_BATCH = 100;
/** How long after its last change an expired or cancelled booking is still asked about. */
const RECONCILE_LOST_HOLDS_FOR_MS = 3 * 60 * MINUTE;

export class ReconciliationService {
  private readonly logger: Logger;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly views: BookingViews,
    private readonly gateway: PayPalGateway,
    private readonly settlement: PaymentSettlementService,
    logger: Logger,
  ) {
    this.logger = logger.child({ component: 'checkout' });
  }

  /**
   * Settles orders whose buyer never came back, or whose outcome we never learnt: bookings with a
   * PayPal order that wait for payment (unchanged for a minute), or lost their hold recently, or hold
   * a capture no refund was recorded for. Asks PayPal for each order and settles it: APPROVED ones
   * of bookings still waiting are captured (same request id as the buyer's capture), captured ones
   * confirmed or refunded, pending ones left. Idempotent; safe beside other replicas (the per-minute
   * job runs once across them, and every step is idempotent anyway). Returns how many it settled.
   * The statuses come from booking-status.ts (holding seats; seats given back).
   */
  async reconcile(ctx: RequestContext): Promise<number> {
    const now = ctx.now;
    const candidates = await this.uow.manager.query<{ id: string }[]>(
      `SELECT b.id FROM booking b
       WHERE b.provider_order_id IS NOT NULL
         AND b.updated_at < $1
         AND (
           b.status = ANY($4::booking_status[])
           OR (b.status = ANY($5::booking_status[]) AND b.updated_at > $2)
           OR (b.status = ANY($5::booking_status[]) AND b.provider_capture_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM booking_refund r
                               WHERE r.booking_id = b.id AND r.provider_capture_id = b.provider_capture_id))
         )
       ORDER BY b.updated_at
       LIMIT $3`,
      [
        new Date(now.getTime() - MINUTE),
        new Date(now.getTime() - RECONCILE_LOST_HOLDS_FOR_MS),
        RECONCILE_BATCH,
        SEAT_HOLDING_STATUSES,
        SEATS_RELEASED_STATUSES,
      ],
    );
    let settled = 0;
    for (const { id } of candidates) {
      const booking = await this.views.findEntityById(ctx, id);
      if (!booking?.providerOrderId) continue;
      try {
        const order = await this.gateway.getOrder(booking.providerOrderId);
        if (!order) continue; // unknown to PayPal: expiry handles the hold
        const settlement = await this.settlement.settleOrder(ctx, {
          booking,
          order,
          captureApproved: isAwaitingPayment(booking.status),
        });
        // RETURN_TO_PAYPAL: only the buyer can go on (their hold runs out otherwise).
        const unchanged =
          settlement === 'NOTHING' ||
          settlement === 'RETURN_TO_PAYPAL' ||
          (settlement === 'PENDING' && isPaymentPending(booking.status));
        if (!unchanged) {
          settled++;
          this.logger.info(
            { bookingId: id, orderId: order.orderId, settlement },
            'reconciled a PayPal order',
          );
        }
      } catch (error) {
        // One order's trouble does not stop the others; the next run tries again.
        this.logger.warn({ err: error, bookingId: id }, 'could not reconcile a PayPal order');
      }
    }
    return settled;
  }
}
