/**
 * What cancelling an event (or one date of a series) does to its bookings, as steps of the cancel
 * transaction: each buyer with seats or tickets gets the "event cancelled" e-mail (outbox), and each
 * booking that must end gets a job that cancels it through the admin's cancel path
 * (booking-admin.service.ts: PayPal outside any transaction, idempotent per booking). Holds are
 * always ended; paid bookings only with `refundPaidBookings` (with a full refund); otherwise they
 * stay valid and the organiser refunds those who ask.
 */
import { In } from 'typeorm';
import { requireActor, type Actor } from '../../common/request-context';
import type { Transaction } from '../../db/unit-of-work';
import { BookingEntity } from '../bookings/booking.entity';
import type { BookingNotifications } from '../bookings/booking-notifications';
import { holdsSeats, isPaid, PAID_STATUSES, SEAT_HOLDING_STATUSES } from '../bookings/booking-status';

/** The queue of "cancel this booking of a cancelled event" jobs (jobs/cancel-event-booking.job.ts). */
export const CANCEL_EVENT_BOOKING_QUEUE = 'cancel-event-booking';

export interface CancelEventBookingJob {
  bookingId: string;
  reason: string;
  refund: boolean;
  /** The admin who cancelled the event: the booking's cancellation and refund are audited as theirs. */
  actor: Pick<Actor, 'accountId' | 'email' | 'role'>;
}

export interface EventCancellationOptions {
  notifyBuyers: boolean;
  message?: string | null;
  refundPaidBookings: boolean;
}

/** The reason bookings of a cancelled event are cancelled with (shown to the buyer). */
export const EVENT_CANCELLED_REASON = 'The event was cancelled.';

export async function cancelEventBookings(
  tx: Transaction,
  notifications: Pick<BookingNotifications, 'eventCancelled'>,
  eventIds: string[],
  options: EventCancellationOptions,
): Promise<{ notified: number; cancelJobs: number }> {
  if (eventIds.length === 0) return { notified: 0, cancelJobs: 0 };
  const bookings = await tx.manager.find(BookingEntity, {
    where: { eventId: In(eventIds), status: In([...SEAT_HOLDING_STATUSES, ...PAID_STATUSES]) },
    order: { createdAt: 'ASC' },
  });
  const actor = requireActor(tx.ctx);
  let notified = 0;
  let cancelJobs = 0;
  for (const booking of bookings) {
    const held = holdsSeats(booking.status);
    const refund = options.refundPaidBookings && isPaid(booking.status) && booking.totalMinor > 0;
    if (options.notifyBuyers) {
      await notifications.eventCancelled(tx, booking, {
        message: options.message ?? null,
        refundFollows: refund,
      });
      notified++;
    }
    if (held || refund) {
      const job: CancelEventBookingJob = {
        bookingId: booking.id,
        reason: options.message?.trim() || EVENT_CANCELLED_REASON,
        refund,
        actor: { accountId: actor.accountId, email: actor.email, role: actor.role },
      };
      // Idempotent per booking: a booking already cancelled is left alone, a refund is asked once.
      await tx.enqueue(CANCEL_EVENT_BOOKING_QUEUE, job);
      cancelJobs++;
    }
  }
  return { notified, cancelJobs };
}
