/**
 * Sends due reminders (the event-messages job calls `sendDueReminders`). A rule is due once its send
 * time (reminder-rule.entity.ts: days on the event's calendar, then hours and minutes) has come, while
 * the event has not started and is not cancelled. A send time before the rule came into force
 * (`active_from`) has passed already: the rule sends nothing. Recipients are the people of bookings
 * confirmed by the send time with valid tickets of the rule's ticket types, less those who
 * unsubscribed from the event; each gets the rule's reminder once (recipient-fanout.ts).
 */
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import { EmailKind } from '../email/email-message.entity';
import type { EmailService } from '../email/email.service';
import { renderInEventWording } from '../email/event-email-texts';
import { EventEntity } from '../events/event.entity';
import { renderReminder, type MessageEmailSettings } from './message-emails';
import { reminderFilter } from './message-recipients';
import { addressDigest, fanOut } from './recipient-fanout';
import { ReminderDeliveryEntity, type MessageAudience } from './reminder-rule.entity';

/** The instant a rule of event `e` and rule `r` sends at, as SQL (days in the event's own zone). */
export const REMINDER_SENDS_AT_SQL = `(((e.starts_at AT TIME ZONE e.time_zone) - make_interval(days => r.offset_days)) AT TIME ZONE e.time_zone) - make_interval(mins => r.offset_minutes)`;

interface DueRule {
  id: string;
  event_id: string;
  audience: MessageAudience;
  ticket_type_ids: string[];
  sends_at: Date;
}

export class ReminderSendingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly email: EmailService,
    private readonly settings: MessageEmailSettings,
  ) {}

  /** Sends every due rule's reminders to those not reached yet; returns how many were queued. */
  async sendDueReminders(ctx: RequestContext): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT r.id, r.event_id, r.audience, r.ticket_type_ids, s.sends_at
         FROM reminder_rule r
         JOIN event e ON e.id = r.event_id
         CROSS JOIN LATERAL (SELECT ${REMINDER_SENDS_AT_SQL} AS sends_at) s
        WHERE r.enabled AND e.status <> 'CANCELLED'
          AND s.sends_at <= $1 AND s.sends_at >= r.active_from AND e.starts_at > $1
        ORDER BY s.sends_at, r.id`,
      [ctx.now],
    )) as DueRule[];
    let sent = 0;
    for (const rule of due) sent += await this.sendRule(ctx, rule);
    return sent;
  }

  private async sendRule(ctx: RequestContext, rule: DueRule): Promise<number> {
    const event = await this.dataSource.getRepository(EventEntity).findOneByOrFail({ id: rule.event_id });
    return fanOut(this.uow, this.email, ctx, {
      table: 'reminder_delivery',
      ownerId: rule.id,
      query: {
        eventId: rule.event_id,
        audience: rule.audience,
        filter: reminderFilter(rule.ticket_type_ids),
        honourUnsubscribes: true,
        confirmedBy: rule.sends_at,
      },
      causeKey: (recipient) => `event-reminder:${recipient.bookingId}:${rule.id}:${addressDigest(recipient)}`,
      render: (tx, recipient) =>
        renderInEventWording(tx, event.id, EmailKind.EVENT_REMINDER, (text) =>
          renderReminder(tx.manager, this.settings, event, recipient, { text }),
        ),
      record: async (tx, recipient, emailMessageId) => {
        await tx.manager.insert(ReminderDeliveryEntity, {
          ruleId: rule.id,
          recipientKey: recipient.recipientKey,
          bookingId: recipient.bookingId,
          emailMessageId,
        });
      },
    });
  }
}
