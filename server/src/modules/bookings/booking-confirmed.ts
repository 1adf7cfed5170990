/**
 * "A booking was confirmed": everything a confirmation causes, called by name inside the confirming
 * transaction (a paid booking's capture in the lifecycle, a free booking's reservation). There are no
 * registered hooks: to add a consequence of a confirmation, add a line here. Throwing rolls the
 * confirmation back, so what it causes commits with it or not at all.
 */
import type { Transaction } from '../../db/unit-of-work';
import type { WaiverSigningService } from '../waivers/waiver-signing.service';
import { WebhookEventType } from '../webhooks/webhook-event-types';
import { bookingWebhookEvent } from '../webhooks/webhook-payloads';
import type { BookingNotifications } from './booking-notifications';

/** What a confirmation sets in motion (given once, where the services are made). */
export interface BookingConfirmedEffects {
  notifications: Pick<BookingNotifications, 'bookingConfirmed'>;
  waivers: Pick<WaiverSigningService, 'requestSignatures'>;
}

/** In the confirming transaction, after the tickets are issued. */
export async function bookingConfirmed(
  effects: BookingConfirmedEffects,
  tx: Transaction,
  bookingId: string,
): Promise<void> {
  // The confirmation (QR codes, .ics) to the buyer and the organiser's notice, in the outbox.
  await effects.notifications.bookingConfirmed(tx, bookingId);
  // Attendees who must sign a waiver are asked now.
  await effects.waivers.requestSignatures(tx, bookingId);
  // Integrations hear of it (the webhook outbox).
  await bookingWebhookEvent(tx, WebhookEventType.BOOKING_CONFIRMED, bookingId);
}
