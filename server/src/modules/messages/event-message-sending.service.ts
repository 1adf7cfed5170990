/**
 * Sends messages whose time has come (the event-messages job calls `sendDueMessages`; "send now"
 * nudges the job in the transaction that saves the message). A message goes SCHEDULED -> SENDING
 * (its recipient count fixed then) -> SENT once every recipient's e-mail is in the outbox; each
 * recipient is reached once (recipient-fanout.ts), and a cancelled message stops at its next batch.
 */
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { EmailService } from '../email/email.service';
import { EventEntity } from '../events/event.entity';
import { EventMessageEntity, EventMessageRecipientEntity, EventMessageStatus } from './event-message.entity';
import { renderEventMessage, type MessageEmailSettings } from './message-emails';
import { countRecipients, type RecipientQuery } from './message-recipients';
import { addressDigest, fanOut } from './recipient-fanout';

/** The queue of the job that sends due messages (jobs/event-messages.job.ts). */
export const SEND_EVENT_MESSAGES_QUEUE = 'send-event-messages';

/** Who a message reaches. */
export function messageRecipientQuery(message: EventMessageEntity): Omit<RecipientQuery, 'excludeSent'> {
  return {
    eventId: message.eventId,
    audience: message.audience,
    filter: message.filter,
    honourUnsubscribes: true,
  };
}

export class EventMessageSendingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly email: EmailService,
    private readonly settings: MessageEmailSettings,
  ) {}

  /** Sends every due message to those not reached yet; returns how many e-mails were queued. */
  async sendDueMessages(ctx: RequestContext): Promise<number> {
    const due = await this.dataSource
      .getRepository(EventMessageEntity)
      .createQueryBuilder('message')
      .where('message.status IN (:...statuses)', {
        statuses: [EventMessageStatus.SCHEDULED, EventMessageStatus.SENDING],
      })
      .andWhere('message.sendAt <= :now', { now: ctx.now })
      .orderBy('message.sendAt', 'ASC')
      .getMany();
    let sent = 0;
    for (const message of due) sent += await this.send(ctx, message);
    return sent;
  }

  private async send(ctx: RequestContext, message: EventMessageEntity): Promise<number> {
    const messages = this.dataSource.getRepository(EventMessageEntity);
    if (message.status === EventMessageStatus.SCHEDULED) {
      // Fix the count when sending begins; one replica wins, the others go on sending with it.
      const recipientCount = await countRecipients(this.dataSource.manager, messageRecipientQuery(message));
      await messages
        .createQueryBuilder()
        .update()
        .set({ status: EventMessageStatus.SENDING, recipientCount })
        .where('id = :id AND status = :scheduled', {
          id: message.id,
          scheduled: EventMessageStatus.SCHEDULED,
        })
        .execute();
    }
    const event = await this.dataSource.getRepository(EventEntity).findOneByOrFail({ id: message.eventId });
    const sent = await fanOut(this.uow, this.email, ctx, {
      table: 'event_message_recipient',
      ownerId: message.id,
      query: messageRecipientQuery(message),
      causeKey: (recipient) =>
        `event-message:${recipient.bookingId}:${message.id}:${addressDigest(recipient)}`,
      render: (tx, recipient) => renderEventMessage(tx.manager, this.settings, event, recipient, message),
      record: async (tx, recipient, emailMessageId) => {
        await tx.manager.insert(EventMessageRecipientEntity, {
          messageId: message.id,
          recipientKey: recipient.recipientKey,
          bookingId: recipient.bookingId,
          address: recipient.address,
          emailMessageId,
        });
      },
      stillSending: async (manager) =>
        (
          await manager.findOne(EventMessageEntity, {
            where: { id: message.id },
            lock: { mode: 'pessimistic_read' },
          })
        )?.status === EventMessageStatus.SENDING,
    });
    await messages
      .createQueryBuilder()
      .update()
      .set({ status: EventMessageStatus.SENT, queuedAt: () => 'now()' })
      .where('id = :id AND status = :sending', { id: message.id, sending: EventMessageStatus.SENDING })
      .execute();
    return sent;
  }
}
