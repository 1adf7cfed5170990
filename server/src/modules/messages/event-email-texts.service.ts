/**
 * The admin side of an event's own wording of its e-mails (email/email-texts.ts says which e-mails
 * and placeholders): list each with its default, save a text (placeholders checked, all problems at
 * once), reset to the default, preview a draft with a booking's data or sample data. Changes are
 * audited. Sending uses the texts through email/event-email-texts.ts, which falls back to the default.
 */
import type { EntityManager } from 'typeorm';
import { requireActor, type RequestContext } from '../../common/request-context';
import { domainProblem } from '../../common/domain-error';
import { money } from '../../common/money';
import { UUID } from '../../common/uuid';
import type { UnitOfWork } from '../../db/unit-of-work';
import { fieldChanges, type AuditService } from '../audit/audit.service';
import { siteLinks } from '../bookings/booking-notifications';
import { BookingLineEntity } from '../bookings/booking-line.entity';
import { lineTotalMinor } from '../bookings/booking-rules';
import { BookingEntity } from '../bookings/booking.entity';
import { TicketEntity } from '../bookings/ticket.entity';
import { EmailKind } from '../email/email-message.entity';
import {
  EDITABLE_EMAIL_KINDS,
  editableEmail,
  isEditableEmailKind,
  unknownEmailTextPlaceholders,
  type EditableEmailKind,
  type EmailText,
} from '../email/email-texts';
import { inlineImagesAsDataUrls } from '../email/email.preview';
import {
  renderAttendeeTicket,
  renderBookingCancelled,
  renderEventCancelled,
  renderWaitingListEventCancelled,
  renderBookingConfirmation,
  renderLatePaymentRefunded,
  renderNewBookingNotice,
  renderRefundIssued,
  renderWaiverReminder,
  renderWaiverRequest,
  type RenderedEmail,
} from '../email/email.templates';
import { emailEventView, type BookingLineView, type TicketView } from '../email/email.views';
import { EventEmailTextEntity } from '../email/event-email-text.entity';
import { EventEntity } from '../events/event.entity';
import { renderReminder, type MessageEmailSettings } from './message-emails';
import type { PreviewEventEmailTextInput, SaveEventEmailTextInput } from './event-email-texts.inputs';
import {
  EmailTextErrorCode,
  type EmailTextError,
  type EmailTextPreview,
  type EventEmailText,
  type EventEmailTextPayload,
} from './event-email-texts.types';

const AUDITED_FIELDS: (keyof EventEmailTextEntity & string)[] = ['subject', 'body'];

const textError = (code: EmailTextErrorCode, message: string, field: string | null = null) =>
  domainProblem(code, message, field) as EmailTextError;

const eventNotFound = () => textError(EmailTextErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId');

/** What a preview fills a text in with: a booking's data, or made-up data. */
interface PreviewData {
  bookingReference: string | null;
  reference: string;
  buyerName: string;
  buyerEmail: string;
  totalMinor: number;
  currency: string;
  lines: BookingLineView[];
  tickets: TicketView[];
}

function view(kind: EditableEmailKind, row: EventEmailTextEntity | null): EventEmailText {
  const email = editableEmail(kind);
  return {
    kind,
    title: email.title,
    sentWhen: email.sentWhen,
    subject: row?.subject ?? email.defaultText.subject,
    body: row?.body ?? email.defaultText.body,
    customised: row !== null,
    defaultSubject: email.defaultText.subject,
    defaultBody: email.defaultText.body,
    placeholders: Object.entries(email.placeholders).map(([name, description]) => ({ name, description })),
    lastFailure: row?.lastFailure ?? null,
    lastFailureAt: row?.lastFailureAt ?? null,
    updatedAt: row?.updatedAt ?? null,
    updatedByEmail: row?.updatedByEmail ?? null,
  };
}

export class EventEmailTextsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly settings: MessageEmailSettings,
  ) {}

  /** Every e-mail of the event an organiser can reword, with the text it sends. ADMIN. Null: no event. */
  async list(_ctx: RequestContext, eventId: string): Promise<EventEmailText[] | null> {
    const manager = this.uow.manager;
    if (!UUID.test(eventId) || !(await manager.existsBy(EventEntity, { id: eventId }))) return null;
    const rows = await manager.findBy(EventEmailTextEntity, { eventId });
    return EDITABLE_EMAIL_KINDS.map((kind) => view(kind, rows.find((row) => row.kind === kind) ?? null));
  }

  /** Every problem with a draft at once, and the event when it exists. */
  private async check(
    manager: EntityManager,
    input: SaveEventEmailTextInput,
  ): Promise<{ event: EventEntity | null; kind: EditableEmailKind | null; errors: EmailTextError[] }> {
    const event = UUID.test(input.eventId)
      ? await manager.findOneBy(EventEntity, { id: input.eventId })
      : null;
    const errors: EmailTextError[] = event ? [] : [eventNotFound()];
    if (!isEditableEmailKind(input.kind)) {
      errors.push(
        textError(EmailTextErrorCode.NOT_EDITABLE, 'This e-mail has no text to change per event.', 'kind'),
      );
      return { event, kind: null, errors };
    }
    for (const { field, name } of unknownEmailTextPlaceholders(input.kind, input)) {
      errors.push(
        textError(
          EmailTextErrorCode.UNKNOWN_PLACEHOLDER,
          `{${name}} is not a placeholder of this e-mail.`,
          field,
        ),
      );
    }
    return { event, kind: input.kind, errors };
  }

  /** Saves the event's own text of one e-mail (its failure, if any, is forgotten). ADMIN. */
  async save(ctx: RequestContext, input: SaveEventEmailTextInput): Promise<EventEmailTextPayload> {
    const actor = requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const { event, kind, errors } = await this.check(tx.manager, input);
      if (!event || !kind || errors.length > 0) return { emailText: null, errors };
      const before = await tx.manager.findOneBy(EventEmailTextEntity, { eventId: event.id, kind });
      await tx.manager.upsert(
        EventEmailTextEntity,
        {
          eventId: event.id,
          kind,
          subject: input.subject.trim(),
          body: input.body,
          lastFailure: null,
          lastFailureAt: null,
          updatedByEmail: actor.email,
        },
        ['eventId', 'kind'],
      );
      const after = await tx.manager.findOneByOrFail(EventEmailTextEntity, { eventId: event.id, kind });
      await this.audit.record(tx, {
        action: 'eventEmailText.save',
        objectType: 'Event',
        objectId: event.id,
        changes: { kind: { before: null, after: kind }, ...fieldChanges(before, after, AUDITED_FIELDS) },
      });
      return { emailText: view(kind, after), errors: [] };
    });
  }

  /** Goes back to the default text of one e-mail. ADMIN. */
  async reset(ctx: RequestContext, eventId: string, kind: EmailKind): Promise<EventEmailTextPayload> {
    requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      if (!UUID.test(eventId) || !(await tx.manager.existsBy(EventEntity, { id: eventId }))) {
        return { emailText: null, errors: [eventNotFound()] };
      }
      if (!isEditableEmailKind(kind)) {
        return {
          emailText: null,
          errors: [textError(EmailTextErrorCode.NOT_EDITABLE, 'This e-mail has no text to change.', 'kind')],
        };
      }
      const before = await tx.manager.findOneBy(EventEmailTextEntity, { eventId, kind });
      if (before) {
        await tx.manager.delete(EventEmailTextEntity, { eventId, kind });
        await this.audit.record(tx, {
          action: 'eventEmailText.reset',
          objectType: 'Event',
          objectId: eventId,
          changes: { kind: { before: kind, after: null }, ...fieldChanges(before, {}, AUDITED_FIELDS) },
        });
      }
      return { emailText: view(kind, null), errors: [] };
    });
  }

  /** A draft as the e-mail would look, filled in with a booking's data or sample data. ADMIN. */
  async preview(_ctx: RequestContext, input: PreviewEventEmailTextInput): Promise<EmailTextPreview> {
    const manager = this.uow.manager;
    const refused = (errors: EmailTextError[]): EmailTextPreview => ({
      subject: null,
      html: null,
      text: null,
      bookingReference: null,
      errors,
    });
    const { event, kind, errors } = await this.check(manager, input);
    if (!event || !kind || errors.length > 0) return refused(errors);
    const reference = input.bookingReference?.trim().toUpperCase();
    const data = reference ? await this.bookingData(manager, event, reference) : this.sampleData(event);
    if (!data) {
      return refused([
        textError(
          EmailTextErrorCode.BOOKING_NOT_FOUND,
          'This event has no booking with this reference.',
          'bookingReference',
        ),
      ]);
    }
    const email = await this.renderPreview(manager, event, kind, input, data);
    return {
      subject: email.subject,
      html: inlineImagesAsDataUrls(email.html, email.attachments),
      text: email.text,
      bookingReference: data.bookingReference,
      errors: [],
    };
  }

  private async bookingData(
    manager: EntityManager,
    event: EventEntity,
    reference: string,
  ): Promise<PreviewData | null> {
    const booking = await manager.findOneBy(BookingEntity, { eventId: event.id, reference });
    if (!booking) return null;
    const lines = await manager.find(BookingLineEntity, {
      where: { bookingId: booking.id },
      relations: { ticketType: true },
    });
    const tickets = await manager.find(TicketEntity, {
      where: { bookingId: booking.id },
      relations: { ticketType: true },
      order: { position: 'ASC' },
    });
    return {
      bookingReference: booking.reference,
      reference: booking.reference,
      buyerName: booking.buyerName,
      buyerEmail: booking.buyerEmail,
      totalMinor: booking.totalMinor,
      currency: booking.currency,
      lines: lines.map((line) => ({
        description: line.ticketType?.name ?? '',
        quantity: line.quantity,
        unitPrice: money(line.unitPriceMinor, booking.currency),
        unitDiscount: money(line.unitDiscountMinor, booking.currency),
        voucherCode: booking.voucherCode,
        total: money(lineTotalMinor(line), booking.currency),
      })),
      // The preview never shows (or encodes in a QR image) a ticket's real code.
      tickets: tickets.map((ticket, index) => ({
        code: `PREVIEW-${index + 1}`,
        shortCode: ticket.shortCode ?? 'PREVIEW0001',
        attendeeName: ticket.attendeeName,
        ticketTypeName: ticket.ticketType?.name ?? '',
      })),
    };
  }

  private sampleData(event: EventEntity): PreviewData {
    const price = money(2500, event.currency);
    return {
      currency: event.currency,
      lines: [{ description: 'Ticket', quantity: 1, unitPrice: price, total: price }],
      bookingReference: null,
      reference: 'ABC-1234',
      buyerName: 'Alex Sample',
      buyerEmail: 'alex@example.org',
      totalMinor: 2500,
      tickets: [
        { code: 'PREVIEW-1', shortCode: 'SAMPL00001', attendeeName: 'Alex Sample', ticketTypeName: 'Ticket' },
      ],
    };
  }

  private async renderPreview(
    manager: EntityManager,
    event: EventEntity,
    kind: EditableEmailKind,
    text: EmailText,
    data: PreviewData,
  ): Promise<RenderedEmail> {
    const { publicUrl, replyTo } = this.settings;
    const envelope = { to: data.buyerEmail, replyTo };
    const eventView = emailEventView(event);
    const total = money(data.totalMinor, data.currency);
    const bookingUrl = `${publicUrl}/bookings/preview`;
    const draft = { subject: text.subject, body: text.body };
    const attendeeName = data.tickets[0]?.attendeeName ?? data.buyerName;
    switch (kind) {
      case EmailKind.BOOKING_CONFIRMATION:
        return renderBookingConfirmation(
          {
            ...envelope,
            buyerName: data.buyerName,
            bookingReference: data.reference,
            event: eventView,
            lines: data.lines,
            total,
            tickets: data.tickets,
            bookingUrl,
            calendarFile: '',
          },
          draft,
        );
      case EmailKind.ATTENDEE_TICKET:
        return renderAttendeeTicket(
          {
            ...envelope,
            attendeeName,
            bookingReference: data.reference,
            event: eventView,
            tickets: data.tickets.slice(0, 1),
            waiverRequired: false,
          },
          draft,
        );
      case EmailKind.WAIVER_REQUEST:
      case EmailKind.WAIVER_REMINDER: {
        const waiver = {
          ...envelope,
          attendeeName,
          event: eventView,
          signingUrl: `${publicUrl}/waivers/preview`,
        };
        return kind === EmailKind.WAIVER_REQUEST
          ? renderWaiverRequest(waiver, draft)
          : renderWaiverReminder(waiver, draft);
      }
      case EmailKind.EVENT_CANCELLED:
        return renderEventCancelled(
          {
            ...envelope,
            buyerName: data.buyerName,
            bookingReference: data.reference,
            event: eventView,
            message: 'We are sorry for the trouble.',
            refundFollows: false,
            bookingUrl,
          },
          draft,
        );
      case EmailKind.WAITING_LIST_EVENT_CANCELLED:
        return renderWaitingListEventCancelled(
          {
            ...envelope,
            event: eventView,
            name: data.buyerName,
            ticketTypeName: data.tickets[0]?.ticketTypeName ?? 'Ticket',
            message: 'We are sorry for the trouble.',
          },
          draft,
        );
      case EmailKind.BOOKING_CANCELLED:
        return renderBookingCancelled(
          {
            ...envelope,
            buyerName: data.buyerName,
            bookingReference: data.reference,
            event: eventView,
            bookingUrl,
          },
          draft,
        );
      case EmailKind.REFUND_ISSUED:
        return renderRefundIssued(
          {
            ...envelope,
            buyerName: data.buyerName,
            bookingReference: data.reference,
            event: eventView,
            amount: total,
            isFullRefund: true,
            bookingUrl,
          },
          draft,
        );
      case EmailKind.LATE_PAYMENT_REFUNDED:
        return renderLatePaymentRefunded(
          {
            ...envelope,
            buyerName: data.buyerName,
            event: eventView,
            amount: total,
            eventUrl: siteLinks(publicUrl).event(event),
          },
          draft,
        );
      case EmailKind.NEW_BOOKING_NOTICE:
        return renderNewBookingNotice(
          {
            ...envelope,
            bookingReference: data.reference,
            buyerName: data.buyerName,
            buyerEmail: data.buyerEmail,
            event: eventView,
            lines: data.lines,
            total,
            ticketCount: data.tickets.length,
            adminUrl: `${publicUrl}/admin/bookings/${encodeURIComponent(data.reference)}`,
          },
          draft,
        );
      case EmailKind.EVENT_REMINDER:
        return renderReminder(
          manager,
          this.settings,
          event,
          {
            recipientKey: data.buyerEmail,
            bookingId: '',
            bookingReference: data.reference,
            address: data.buyerEmail,
            name: data.buyerName,
            isBuyer: true,
            ticketIds: [],
          },
          { preview: true, text: draft },
        );
    }
  }
}
