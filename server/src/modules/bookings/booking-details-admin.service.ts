/**
 * An ADMIN corrects who a booking is for: the buyer's name and e-mail, attendees' names and e-mails
 * (validated as at checkout, every problem in one pass), audited field by field, optionally sending
 * the confirmation with the tickets again to the (new) buyer address through the outbox, all in one
 * unit of work.
 */
import { domainProblem, InvalidInputError, type FieldProblem } from '../../common/domain-error';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import { fieldChanges, type AuditService } from '../audit/audit.service';
import type { FieldChange } from '../audit/audit-log-entry.entity';
import type { UpdateBookingDetailsInput } from './booking-admin.inputs';
import { AdminBookingErrorCode, type AdminBookingPayload } from './booking-admin.types';
import type { AdminBookingViews } from './booking-admin-views.service';
import { resendConfirmationStep } from './booking-admin.service';
import { lockBooking } from './booking-lifecycle.service';
import type { BookingNotifications } from './booking-notifications';
import { describeStatus, hasValidTickets } from './booking-status';
import { BookingEntity } from './booking.entity';
import { TicketEntity } from './ticket.entity';

export class BookingDetailsAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly views: AdminBookingViews,
    private readonly notifications: BookingNotifications,
    private readonly audit: AuditService,
  ) {}

  async update(ctx: RequestContext, input: UpdateBookingDetailsInput): Promise<AdminBookingPayload> {
    requireActor(ctx);
    const outcome = await this.uow.withTransaction(ctx, async (tx) => {
      const booking = await lockBooking(tx, input.bookingId);
      if (!booking) return 'NOT_FOUND' as const;
      if (input.resendConfirmation && !hasValidTickets(booking.status)) return booking.status;
      const tickets = await tx.manager.findBy(TicketEntity, { bookingId: booking.id });
      const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      (input.attendees ?? []).forEach((attendee, index) => {
        if (!byId.has(attendee.ticketId))
          problems.push({ field: `attendees.${index}.ticketId`, message: 'is not a ticket of this booking' });
        else if (seen.has(attendee.ticketId))
          problems.push({ field: `attendees.${index}.ticketId`, message: 'is given twice' });
        seen.add(attendee.ticketId);
      });
      if (problems.length > 0) throw new InvalidInputError(problems);

      const changes: Record<string, FieldChange> = {};
      if (input.buyer) {
        const after = { buyerName: input.buyer.name.trim(), buyerEmail: input.buyer.email.trim() };
        Object.assign(changes, fieldChanges(booking, after, ['buyerName', 'buyerEmail']));
        await tx.manager.update(BookingEntity, booking.id, after);
      }
      for (const attendee of input.attendees ?? []) {
        const ticket = byId.get(attendee.ticketId)!;
        const after = { attendeeName: attendee.name.trim(), attendeeEmail: attendee.email?.trim() || null };
        const changed = fieldChanges(ticket, after, ['attendeeName', 'attendeeEmail']);
        for (const [key, change] of Object.entries(changed))
          changes[`ticket ${ticket.position + 1} ${key}`] = change;
        if (Object.keys(changed).length > 0) await tx.manager.update(TicketEntity, ticket.id, after);
      }
      if (Object.keys(changes).length > 0)
        await this.audit.record(tx, {
          action: 'booking.updateDetails',
          objectType: 'booking',
          objectId: booking.id,
          changes,
        });
      if (input.resendConfirmation) {
        const fresh = await tx.manager.findOneByOrFail(BookingEntity, { id: booking.id });
        await resendConfirmationStep(tx, fresh, this.notifications, this.audit);
      }
      return 'UPDATED' as const;
    });
    if (outcome === 'NOT_FOUND')
      return {
        booking: null,
        errors: [
          domainProblem(AdminBookingErrorCode.BOOKING_NOT_FOUND, 'No booking has this id.', 'bookingId'),
        ],
      };
    if (outcome !== 'UPDATED')
      return {
        booking: await this.views.get(ctx, input.bookingId),
        errors: [
          domainProblem(
            AdminBookingErrorCode.NOT_CONFIRMED,
            `This booking is ${describeStatus(outcome)}: its tickets are not valid, so there is no confirmation to send. Save the details without sending it.`,
            'resendConfirmation',
          ),
        ],
      };
    return { booking: await this.views.get(ctx, input.bookingId), errors: [] };
  }
}
