/**
 * Waiver reminders: attendees who have not signed are reminded at each configured offset before the
 * event starts (the waiver-reminders job runs sendReminders). The module's rules are at the top of
 * waiver-rules.ts.
 */
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import { VALID_TICKET_STATUSES } from '../bookings/booking-status';
import { EventEntity } from '../events/event.entity';
import type { TicketRow, WaiverLinks, WaiverSettings } from './waiver-links';
import { currentVersion } from './waiver-rules';

export class WaiverRemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly links: WaiverLinks,
    private readonly settings: Pick<WaiverSettings, 'reminderHours'>,
  ) {}

  /**
   * Sends due reminders: for each offset H, attendees of events starting within H hours who have not
   * signed, were asked before the H-hour point passed, and got no H reminder yet. One transaction per
   * reminder; the cause key `waiver-reminder:<signatureId>:<H>` keeps it to one per attendee and offset
   * even when runs overlap. Returns how many were enqueued.
   */
  async sendReminders(ctx: RequestContext): Promise<number> {
    const now = ctx.now;
    let sent = 0;
    for (const hours of this.settings.reminderHours) {
      const due = (await this.dataSource.query(
        `SELECT s.id AS signature_id, t.id AS ticket_id, t.attendee_name,
                COALESCE(t.attendee_email, b.buyer_email) AS recipient, s.event_id
           FROM waiver_signature s
           JOIN ticket t ON t.id = s.ticket_id
           JOIN booking b ON b.id = t.booking_id
           JOIN event e ON e.id = s.event_id
          WHERE s.signed_at IS NULL
            AND t.status = 'ISSUED' AND b.status = ANY($4::booking_status[])
            AND e.starts_at > $1 AND e.starts_at <= $1 + make_interval(hours => $2)
            AND s.requested_at < e.starts_at - make_interval(hours => $2)
            AND NOT EXISTS (SELECT 1 FROM email_message m WHERE m.cause_key = 'waiver-reminder:' || s.id || ':' || $3)
          ORDER BY e.starts_at, s.id
          LIMIT 500`,
        [now, hours, String(hours), VALID_TICKET_STATUSES],
      )) as (Pick<TicketRow, 'ticket_id' | 'attendee_name' | 'recipient' | 'event_id'> & {
        signature_id: string;
      })[];
      for (const row of due) {
        const enqueued = await this.uow.withTransaction(ctx, async (tx) => {
          const event = await tx.manager.findOneByOrFail(EventEntity, { id: row.event_id });
          if (!(await currentVersion(tx.manager, event.id))) return false;
          await this.links.send(
            tx,
            row.signature_id,
            event,
            row,
            'reminder',
            `waiver-reminder:${row.signature_id}:${hours}`,
          );
          return true;
        });
        if (enqueued) sent += 1;
      }
    }
    return sent;
  }
}
