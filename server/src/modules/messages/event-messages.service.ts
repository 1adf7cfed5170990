/**
 * The admin side of messages to an event's people: preview (real data, the recipient count), send now
 * or at a time, cancel, list with progress, each change audited. Sending is
 * event-message-sending.service.ts.
 */
import type { EntityManager } from 'typeorm';
import { requireActor, type RequestContext } from '../../common/request-context';
import { UUID } from '../../common/uuid';
import type { UnitOfWork } from '../../db/unit-of-work';
import { fieldChanges, type AuditService } from '../audit/audit.service';
import { inlineImagesAsDataUrls } from '../email/email.preview';
import { EventEntity } from '../events/event.entity';
import {
  CheckInFilter,
  EventMessageEntity,
  EventMessageStatus,
  WaiverFilter,
  type RecipientFilter,
} from './event-message.entity';
import { SEND_EVENT_MESSAGES_QUEUE } from './event-message-sending.service';
import { deliveryCounts, deliveryList } from './message-deliveries';
import { renderEventMessage, type MessageEmailSettings } from './message-emails';
import { unknownPlaceholders } from './message-markdown';
import { countRecipients, DEFAULT_MESSAGE_STATUSES, findRecipients } from './message-recipients';
import type { EventMessageInput, RecipientFilterInput, SendEventMessageInput } from './messages.inputs';
import {
  MessageErrorCode,
  type EventMessage,
  type EventMessagePayload,
  type EventMessagePreview,
  type MessageDelivery,
  type MessageError,
} from './messages.types';
import { messageError, unknownTicketTypes } from './reminder-rules.service';

const AUDITED_FIELDS: (keyof EventMessageEntity & string)[] = [
  'subject',
  'body',
  'audience',
  'filter',
  'sendAt',
  'status',
];

const messageNotFound = () =>
  messageError(MessageErrorCode.MESSAGE_NOT_FOUND, 'No message has this id.', 'id');

function recipientFilter(input: RecipientFilterInput | null | undefined): RecipientFilter {
  return {
    ticketTypeIds: [...new Set(input?.ticketTypeIds ?? [])],
    bookingStatuses: input?.bookingStatuses?.length
      ? [...new Set(input.bookingStatuses)]
      : DEFAULT_MESSAGE_STATUSES,
    checkIn: input?.checkIn ?? CheckInFilter.ANY,
    waiver: input?.waiver ?? WaiverFilter.ANY,
  };
}

export class EventMessagesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly settings: MessageEmailSettings,
  ) {}

  /** The event and every problem with the draft (all in one pass), or the event-not-found error. */
  private async check(
    manager: EntityManager,
    input: EventMessageInput,
  ): Promise<{ event: EventEntity | null; errors: MessageError[] }> {
    const placeholders = [
      ...unknownPlaceholders(input.subject).map((name) => ({ name, field: 'subject' })),
      ...unknownPlaceholders(input.body).map((name) => ({ name, field: 'body' })),
    ].map(({ name, field }) =>
      messageError(
        MessageErrorCode.UNKNOWN_PLACEHOLDER,
        `{${name}} is not a placeholder a message can use.`,
        field,
      ),
    );
    const event = UUID.test(input.eventId)
      ? await manager.findOneBy(EventEntity, { id: input.eventId })
      : null;
    if (!event) {
      return {
        event: null,
        errors: [
          messageError(MessageErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId'),
          ...placeholders,
        ],
      };
    }
    const ticketTypes = await unknownTicketTypes(
      manager,
      event.id,
      input.filter?.ticketTypeIds ?? [],
      'filter.ticketTypeIds',
    );
    return { event, errors: [...placeholders, ...ticketTypes] };
  }

  /** The message as its first recipient would get it now, and how many it would reach. ADMIN. */
  async preview(_ctx: RequestContext, input: EventMessageInput): Promise<EventMessagePreview> {
    const manager = this.uow.manager;
    const { event, errors } = await this.check(manager, input);
    const none = { recipientCount: 0, sampleRecipient: null, subject: null, html: null, text: null };
    if (!event || errors.length > 0) return { ...none, errors };
    const query = {
      eventId: event.id,
      audience: input.audience,
      filter: recipientFilter(input.filter),
      honourUnsubscribes: true,
    };
    const recipientCount = await countRecipients(manager, query);
    const [first] = await findRecipients(manager, { ...query, limit: 1 });
    if (!first) return { ...none, errors: [] };
    const email = await renderEventMessage(manager, this.settings, event, first, input, { preview: true });
    return {
      recipientCount,
      sampleRecipient: first.address,
      subject: email.subject,
      // Inline images as data: URLs: the admin shows the HTML in a sandboxed frame.
      html: inlineImagesAsDataUrls(email.html, email.attachments),
      text: email.text,
      errors: [],
    };
  }

  /** Saves a message to send now (or at `sendAt`); it goes out through the outbox. ADMIN. */
  async send(ctx: RequestContext, input: SendEventMessageInput): Promise<EventMessagePayload> {
    const actor = requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const { event, errors } = await this.check(tx.manager, input);
      const sendAt = input.sendAt && input.sendAt > ctx.now ? input.sendAt : ctx.now;
      if (event && sendAt >= event.endsAt) {
        errors.push(
          messageError(
            MessageErrorCode.SEND_AT_AFTER_END,
            'The event is over by then.',
            input.sendAt ? 'sendAt' : null,
          ),
        );
      }
      if (!event || errors.length > 0) return { message: null, errors };
      const filter = recipientFilter(input.filter);
      const count = await countRecipients(tx.manager, {
        eventId: event.id,
        audience: input.audience,
        filter,
        honourUnsubscribes: true,
      });
      if (count === 0 && sendAt <= ctx.now) {
        return {
          message: null,
          errors: [messageError(MessageErrorCode.NO_RECIPIENTS, 'Nobody matches this filter.', 'filter')],
        };
      }
      const message = await tx.manager.save(
        tx.manager.create(EventMessageEntity, {
          eventId: event.id,
          subject: input.subject,
          body: input.body,
          audience: input.audience,
          filter,
          status: EventMessageStatus.SCHEDULED,
          sendAt,
          createdById: actor.accountId,
          createdByEmail: actor.email,
        }),
      );
      await this.audit.record(tx, {
        action: 'eventMessage.send',
        objectType: 'EventMessage',
        objectId: message.id,
        changes: fieldChanges(null, message, AUDITED_FIELDS),
      });
      if (sendAt <= ctx.now) await tx.enqueue(SEND_EVENT_MESSAGES_QUEUE, {});
      return { message: (await this.views(tx.manager, [message]))[0], errors: [] };
    });
  }

  /** Calls a message off; while it is going out, the rest is not sent. ADMIN. */
  async cancel(ctx: RequestContext, id: string): Promise<EventMessagePayload> {
    requireActor(ctx);
    if (!UUID.test(id)) return { message: null, errors: [messageNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const message = await tx.manager.findOne(EventMessageEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!message) return { message: null, errors: [messageNotFound()] };
      if (message.status !== EventMessageStatus.SCHEDULED && message.status !== EventMessageStatus.SENDING) {
        return {
          message: null,
          errors: [
            messageError(MessageErrorCode.NOT_CANCELLABLE, 'This message has already gone out.', 'id'),
          ],
        };
      }
      const before = { ...message };
      message.status = EventMessageStatus.CANCELLED;
      await tx.manager.save(message);
      await this.audit.record(tx, {
        action: 'eventMessage.cancel',
        objectType: 'EventMessage',
        objectId: id,
        changes: fieldChanges(before, message, ['status']),
      });
      return { message: (await this.views(tx.manager, [message]))[0], errors: [] };
    });
  }

  /** The event's messages, newest first, with their progress. ADMIN. */
  async list(_ctx: RequestContext, eventId: string): Promise<EventMessage[]> {
    if (!UUID.test(eventId)) return [];
    const messages = await this.uow.manager.find(EventMessageEntity, {
      where: { eventId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return this.views(this.uow.manager, messages);
  }

  /** One message with its progress, or null. ADMIN. */
  async byId(_ctx: RequestContext, id: string): Promise<EventMessage | null> {
    if (!UUID.test(id)) return null;
    const message = await this.uow.manager.findOneBy(EventMessageEntity, { id });
    return message ? (await this.views(this.uow.manager, [message]))[0] : null;
  }

  /** Each recipient's e-mail and how its delivery went. ADMIN. */
  async deliveries(_ctx: RequestContext, messageId: string): Promise<MessageDelivery[]> {
    if (!UUID.test(messageId)) return [];
    return deliveryList(this.uow.manager, 'event_message_recipient', messageId);
  }

  private async views(manager: EntityManager, messages: EventMessageEntity[]): Promise<EventMessage[]> {
    const counts = await deliveryCounts(
      manager,
      'event_message_recipient',
      messages.map((message) => message.id),
    );
    return messages.map((message) => ({
      id: message.id,
      eventId: message.eventId,
      subject: message.subject,
      body: message.body,
      audience: message.audience,
      filter: message.filter,
      status: message.status,
      sendAt: message.sendAt,
      recipientCount: message.recipientCount,
      createdByEmail: message.createdByEmail,
      createdAt: message.createdAt,
      deliveries: counts.get(message.id)!,
    }));
  }
}
