/**
 * Confirmed bookings for browser tests, made the way a shopper makes them: createBooking over the
 * API, and for a paid ticket type the PayPal simulator's approval and the capture. A free ticket
 * type is confirmed at once. Each attendee gets a name and an address of their own.
 */
import type { EventEntity } from '../../server/src/modules/events/event.entity';
import type { TicketTypeEntity } from '../../server/src/modules/tickets/ticket-type.entity';
import { bookViaApi, type BookingData } from '../../server/test/bookings';
import { approveAtPayPal, capturePayment, started } from '../../server/test/checkout';
import { bookingInput } from '../../server/test/factories';
import type { TestServer } from '../../server/test/test-server';

export async function buyTickets(
  api: TestServer,
  event: Pick<EventEntity, 'id'>,
  ticketType: Pick<TicketTypeEntity, 'id'>,
  attendeeNames: string[],
): Promise<BookingData> {
  const input = bookingInput(event, [[ticketType, attendeeNames.length]], {
    attendees: attendeeNames.map((name, index) => ({
      ticketTypeId: ticketType.id,
      name,
      email: `attendee-${index}-${Math.random().toString(36).slice(2, 10)}@example.org`,
      sameAsBuyer: false,
    })),
  });
  const created = (await bookViaApi(api, input)).data?.createBooking;
  if (!created?.booking || !created.token) throw new Error(`booking failed: ${JSON.stringify(created)}`);
  if (created.booking.status === 'CONFIRMED') return created.booking;

  const { approvalUrl, orderId } = await started(api, created.token);
  await approveAtPayPal(approvalUrl);
  const captured = (await capturePayment(api, created.token, orderId)).data?.capturePayment;
  if (captured?.booking?.status !== 'CONFIRMED')
    throw new Error(`capture failed: ${JSON.stringify(captured)}`);
  return captured.booking;
}
