/**
 * Delivery you can see: for reminder rules and messages, which e-mails went out, when, and what
 * became of each in the outbox (sent, failed with the mail server's refusal, held by the hourly cap).
 */
import type { EntityManager } from 'typeorm';
import { EmailStatus } from '../email/email-message.entity';
import type { DeliveryCounts, MessageDelivery } from './messages.types';

type DeliveryTable = 'reminder_delivery' | 'event_message_recipient';

const OWNER_COLUMN: Record<DeliveryTable, string> = {
  reminder_delivery: 'rule_id',
  event_message_recipient: 'message_id',
};

function emptyCounts(): DeliveryCounts {
  return { total: 0, queued: 0, sent: 0, failed: 0, held: 0 };
}

/** Per owner (rule or message) id, its e-mails by delivery state. */
export async function deliveryCounts(
  manager: EntityManager,
  table: DeliveryTable,
  ownerIds: string[],
): Promise<Map<string, DeliveryCounts>> {
  const counts = new Map(ownerIds.map((id) => [id, emptyCounts()]));
  if (ownerIds.length === 0) return counts;
  const rows = (await manager.query(
    `SELECT d.${OWNER_COLUMN[table]} AS owner_id, m.status, count(*)::int AS count
       FROM ${table} d JOIN email_message m ON m.id = d.email_message_id
      WHERE d.${OWNER_COLUMN[table]} = ANY($1::uuid[])
      GROUP BY 1, 2`,
    [ownerIds],
  )) as { owner_id: string; status: EmailStatus; count: number }[];
  for (const row of rows) {
    const owner = counts.get(row.owner_id)!;
    owner.total += row.count;
    if (row.status === EmailStatus.QUEUED) owner.queued += row.count;
    else if (row.status === EmailStatus.FAILED) owner.failed += row.count;
    else if (row.status === EmailStatus.HELD) owner.held += row.count;
    else owner.sent += row.count;
  }
  return counts;
}

/** One owner's e-mails, per recipient, in the order they were written (at most `limit`). */
export async function deliveryList(
  manager: EntityManager,
  table: DeliveryTable,
  ownerId: string,
  limit = 500,
): Promise<MessageDelivery[]> {
  const rows = (await manager.query(
    `SELECT m.id, m.recipients[1] AS recipient, b.reference, m.status, d.created_at, m.sent_at, m.last_error
       FROM ${table} d
       JOIN email_message m ON m.id = d.email_message_id
       JOIN booking b ON b.id = d.booking_id
      WHERE d.${OWNER_COLUMN[table]} = $1
      ORDER BY d.created_at, d.id
      LIMIT $2`,
    [ownerId, limit],
  )) as {
    id: string;
    recipient: string;
    reference: string;
    status: EmailStatus;
    created_at: Date;
    sent_at: Date | null;
    last_error: string | null;
  }[];
  return rows.map((row) => ({
    emailMessageId: row.id,
    recipient: row.recipient,
    bookingReference: row.reference,
    status: row.status,
    queuedAt: row.created_at,
    sentAt: row.sent_at,
    error: row.status === EmailStatus.FAILED || row.status === EmailStatus.HELD ? row.last_error : null,
  }));
}
