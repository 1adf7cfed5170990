/**
 * Sending one reminder rule or one message to its recipients, in short transactions of a few
 * recipients each. Per recipient, one transaction takes a lock on (owner, recipient), checks the
 * (owner, recipient) row is not there yet, writes the e-mail to the outbox and the row naming it; the
 * unique index on the pair backs the lock. So each recipient is sent once however many replicas or
 * runs work on the same owner at once, and a run that dies leaves nothing half done.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import type { EmailService } from '../email/email.service';
import type { RenderedEmail } from '../email/email.templates';
import { findRecipients, type Recipient, type RecipientQuery } from './message-recipients';

/** Recipients per transaction: short transactions, so a large send never holds locks for long. */
export const FANOUT_BATCH_SIZE = 25;

/** A recipient's share of a cause key: a digest (cause keys are logged; addresses are not). */
export function addressDigest(recipient: Recipient): string {
  return createHash('sha256').update(recipient.recipientKey, 'utf8').digest('hex');
}

export interface FanoutOwner {
  /** The table of (owner, recipient) rows: reminder_delivery (rule_id) or event_message_recipient. */
  table: 'reminder_delivery' | 'event_message_recipient';
  ownerId: string;
  /** Who to reach. */
  query: Omit<RecipientQuery, 'excludeSent' | 'limit'>;
  /** The outbox cause key of one recipient's e-mail (starting `<kind>:<bookingId>:`). */
  causeKey(recipient: Recipient): string;
  /** The recipient's e-mail, rendered in the transaction that writes it. */
  render(tx: Transaction, recipient: Recipient): Promise<RenderedEmail>;
  /** Writes the (owner, recipient) row naming the outbox message. */
  record(tx: Transaction, recipient: Recipient, emailMessageId: string): Promise<void>;
  /** Checked in every batch's transaction: false stops the send (e.g. the message was cancelled). */
  stillSending?(manager: EntityManager): Promise<boolean>;
}

/** Sends to every recipient not reached yet; returns how many this call reached. */
export async function fanOut(
  uow: UnitOfWork,
  email: EmailService,
  ctx: RequestContext,
  owner: FanoutOwner,
): Promise<number> {
  const ownerColumn = owner.table === 'reminder_delivery' ? 'rule_id' : 'message_id';
  let reached = 0;
  for (;;) {
    const batch = await uow.withTransaction(ctx, async (tx) => {
      if (owner.stillSending && !(await owner.stillSending(tx.manager))) return { found: 0, sent: 0 };
      const recipients = await findRecipients(tx.manager, {
        ...owner.query,
        excludeSent: { table: owner.table, ownerId: owner.ownerId },
        limit: FANOUT_BATCH_SIZE,
      });
      let sent = 0;
      for (const recipient of recipients) {
        await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
          `${owner.table}:${owner.ownerId}:${recipient.recipientKey}`,
        ]);
        const [{ done }] = (await tx.manager.query(
          `SELECT EXISTS (SELECT 1 FROM ${owner.table} WHERE ${ownerColumn} = $1 AND recipient_key = $2) AS done`,
          [owner.ownerId, recipient.recipientKey],
        )) as { done: boolean }[];
        if (done) continue;
        const message = await owner.render(tx, recipient);
        const emailId = await email.enqueue(tx, message, owner.causeKey(recipient));
        await owner.record(tx, recipient, emailId);
        sent++;
      }
      return { found: recipients.length, sent };
    });
    reached += batch.sent;
    if (batch.found < FANOUT_BATCH_SIZE) return reached;
  }
}
