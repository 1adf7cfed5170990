/**
 * The e-mail module: templates (email.templates.ts, mail-template.ts), view models (email.views.ts),
 * the SMTP/preview transport (email.transport.ts), the admin list and resend (email.admin.resolver.ts),
 * and this service, the outbox. `enqueue` writes a rendered message inside the caller's transaction, so a message
 * exists exactly when the change that caused it commits, and one cause (causeKey) gives one message.
 * `deliver` sends one message after commit, outside any transaction: it claims the row with a
 * conditional UPDATE, so concurrent or repeated calls send it once, and records the outcome. Retries
 * and backoff belong to the job queue that calls `deliver` (a failure is rethrown for it); `deliverDue`
 * is a sweep for messages whose job was lost or never scheduled.
 */
import { describeError, redactText, reduceError } from '../../common/safe-error';
import type { Config } from '../../config';
import { createMailTransport } from './email.transport';
import { Brackets, type DataSource, type Repository } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { invalidInput } from '../../common/domain-error';
import type { RequestContext } from '../../common/request-context';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import { EmailKind, EmailMessageEntity, EmailStatus } from './email-message.entity';
import type { RenderedEmail } from './email.templates';
import { isPermanentFailure, type MailTransport } from './email.transport';

/**
 * The queue of the job that sends one message (jobs/deliver-email.job.ts). `enqueue` and `resend`
 * send it in their transaction, so the job exists exactly when the message does.
 */
export const DELIVER_EMAIL_QUEUE = 'deliver-email';

/**
 * SENT / PREVIEW: this call delivered it. HELD: kept unsent, a recipient is over the hourly cap.
 * SKIPPED: nothing to do (already done, or another worker has it).
 */
export type DeliveryOutcome = 'SENT' | 'PREVIEW' | 'HELD' | 'SKIPPED';

export interface EmailServiceOptions {
  transport: MailTransport;
  /** Attempts before a message is kept as FAILED. */
  maxAttempts: number;
  /** Messages one address may be sent within an hour; the next ones are kept HELD. */
  maxPerRecipientPerHour: number;
  /** How long a claim protects a message being sent; longer than the transport's worst-case send. */
  claimMs?: number;
}

export interface EmailMessageQuery {
  first: number;
  after?: string | null;
  status?: EmailStatus | null;
  kind?: EmailKind | null;
  recipient?: string | null;
}

export interface EmailMessagePage {
  messages: EmailMessageEntity[];
  cursors: string[];
  hasNextPage: boolean;
}

const MAX_ERROR_LENGTH = 2000;

/** How recipients are compared by the hourly cap (and stored in recipient_keys). */
export function recipientKey(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * For each recipient key of a message ($1, in lock order), how many messages it has been sent within
 * the last hour, or is being sent right now (claimed), other than this one ($2).
 */
const RECENT_PER_RECIPIENT_SQL = `
  SELECT k.key, count(m.id)::int AS recent
  FROM unnest($1::text[]) AS k(key)
  LEFT JOIN email_message m
    ON m.recipient_keys @> ARRAY[k.key] AND m.id <> $2
   AND ((m.status IN ('SENT', 'PREVIEW') AND m.sent_at > now() - interval '1 hour')
        OR (m.status = 'QUEUED' AND m.claimed_until > now()))
  GROUP BY k.key`;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/** Wait before the sweep retries: 30 s, 1 min, 2 min ... at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

export class EmailService {
  private readonly messages: Repository<EmailMessageEntity>;
  private readonly claimMs: number;

  constructor(
    dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly options: EmailServiceOptions,
  ) {
    this.messages = dataSource.getRepository(EmailMessageEntity);
    this.claimMs = options.claimMs ?? 5 * 60_000;
  }

  /** SMTP, or PREVIEW when no SMTP server is configured. */
  get mode(): MailTransport['mode'] {
    return this.options.transport.mode;
  }

  /**
   * Adds a message to the outbox in the caller's transaction and schedules its delivery there.
   * A second message for the same causeKey is not added: the first one's id is returned.
   */
  async enqueue(tx: Transaction, message: RenderedEmail, causeKey: string): Promise<string> {
    if (!causeKey || causeKey.length > 200) throw new Error('causeKey must have 1 to 200 characters');
    if (message.to.length === 0) throw new Error('a message needs at least one recipient');
    const inserted = await tx.manager
      .createQueryBuilder()
      .insert()
      .into(EmailMessageEntity)
      .values({
        kind: message.kind,
        causeKey,
        recipients: message.to,
        recipientKeys: message.to.map(recipientKey),
        // The organiser's own notices are not what the cap protects anyone from.
        recipientCapExempt: message.kind === EmailKind.NEW_BOOKING_NOTICE,
        replyTo: message.replyTo,
        subject: message.subject,
        html: message.html,
        text: message.text,
        attachments: message.attachments,
        listUnsubscribeUrl: message.listUnsubscribeUrl ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = (inserted.raw as { id: string }[])[0];
    if (!row) {
      // The cause already has its message (committed, or just committed by a concurrent transaction).
      const existing = await tx.manager.findOneOrFail(EmailMessageEntity, {
        where: { causeKey },
        select: { id: true },
      });
      return existing.id;
    }
    await tx.enqueue(DELIVER_EMAIL_QUEUE, { emailId: row.id });
    return row.id;
  }

  /**
   * Sends one message, at most once however often and concurrently it is called. Throws when the
   * send failed (after recording it), so the job queue retries; the last failure keeps it FAILED.
   * A message to an address that has been sent EMAIL_MAX_PER_RECIPIENT_PER_HOUR messages within the
   * hour is kept HELD instead (claimOrHold), unless it is exempt.
   */
  async deliver(ctx: RequestContext, emailId: string): Promise<DeliveryOutcome> {
    const claim = await this.claimOrHold(ctx, emailId);
    if (claim !== 'CLAIMED') return claim;
    const message = await this.messages.findOneByOrFail({ id: emailId });

    let response: string | null;
    try {
      ({ response } = await this.options.transport.send({
        id: message.id,
        to: message.recipients,
        replyTo: message.replyTo,
        subject: message.subject,
        html: message.html,
        text: message.text,
        attachments: message.attachments,
        listUnsubscribeUrl: message.listUnsubscribeUrl,
      }));
    } catch (error) {
      const giveUp = isPermanentFailure(error) || message.attempts >= this.options.maxAttempts;
      await this.messages.update(
        { id: emailId },
        {
          status: giveUp ? EmailStatus.FAILED : EmailStatus.QUEUED,
          lastError: describeError(error, MAX_ERROR_LENGTH),
          claimedUntil: null,
          nextAttemptAt: () => `now() + make_interval(secs => ${backoffMs(message.attempts) / 1000})`,
        },
      );
      // The job queue logs it and stores it with the job: no client internals or credentials.
      throw reduceError(error);
    }

    const status = this.mode === 'PREVIEW' ? EmailStatus.PREVIEW : EmailStatus.SENT;
    await this.messages.update(
      { id: emailId },
      { status, claimedUntil: null, sentAt: () => 'now()', serverResponse: response },
    );
    return status;
  }

  /**
   * Claims a waiting message for sending, or keeps it HELD when one of its recipients is at the
   * hourly cap. One short transaction that first locks each recipient (advisory locks, in key order,
   * taken by nothing else), so two workers sending to one address count each other's claims and
   * cannot pass the cap together. Nothing else is locked, so no network call waits on it.
   */
  private claimOrHold(ctx: RequestContext, emailId: string): Promise<'CLAIMED' | 'HELD' | 'SKIPPED'> {
    const cap = this.options.maxPerRecipientPerHour;
    return this.uow.withTransaction(ctx, async (tx) => {
      const waiting = await tx.manager
        .createQueryBuilder(EmailMessageEntity, 'message')
        .where('message.id = :id', { id: emailId })
        .andWhere('message.status = :queued', { queued: EmailStatus.QUEUED })
        .andWhere('(message.claimedUntil IS NULL OR message.claimedUntil < now())')
        .getOne();
      if (!waiting) return 'SKIPPED';
      if (!waiting.recipientCapExempt) {
        const keys = [...new Set(waiting.recipients.map(recipientKey))].sort();
        for (const key of keys) {
          await tx.manager.query(
            `SELECT pg_advisory_xact_lock(hashtextextended('email-recipient:' || $1, 0))`,
            [key],
          );
        }
        const counts = (await tx.manager.query(RECENT_PER_RECIPIENT_SQL, [keys, emailId])) as {
          recent: number;
        }[];
        if (counts.some((count) => count.recent >= cap)) {
          const held = await tx.manager
            .createQueryBuilder()
            .update(EmailMessageEntity)
            .set({
              status: EmailStatus.HELD,
              lastError: `Not sent: a recipient has been sent ${cap} messages within the last hour (EMAIL_MAX_PER_RECIPIENT_PER_HOUR). An admin can send it.`,
            })
            .where('id = :id', { id: emailId })
            .andWhere('status = :queued', { queued: EmailStatus.QUEUED })
            .execute();
          return (held.affected ?? 0) > 0 ? 'HELD' : 'SKIPPED';
        }
      }
      const claimed = await tx.manager
        .createQueryBuilder()
        .update(EmailMessageEntity)
        .set({
          attempts: () => 'attempts + 1',
          claimedUntil: () => `now() + make_interval(secs => ${this.claimMs / 1000})`,
        })
        .where('id = :id', { id: emailId })
        .andWhere('status = :queued', { queued: EmailStatus.QUEUED })
        .andWhere('(claimed_until IS NULL OR claimed_until < now())')
        .execute();
      return (claimed.affected ?? 0) > 0 ? 'CLAIMED' : 'SKIPPED';
    });
  }

  /**
   * Keeps a message that is still waiting as FAILED, for the job queue to call once it gives up
   * (its retry limit may come before EMAIL_MAX_ATTEMPTS). False when it was not waiting.
   */
  async markFailed(_ctx: RequestContext, emailId: string, reason?: string): Promise<boolean> {
    const result = await this.messages
      .createQueryBuilder()
      .update(EmailMessageEntity)
      .set({
        status: EmailStatus.FAILED,
        claimedUntil: null,
        ...(reason ? { lastError: redactText(reason).slice(0, MAX_ERROR_LENGTH) } : {}),
      })
      .where('id = :id', { id: emailId })
      .andWhere('status = :queued', { queued: EmailStatus.QUEUED })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Queues a FAILED or HELD message again, or a SENT or PREVIEW one once more (an admin's "resend"),
   * with fresh attempts, and schedules its delivery; an admin's resend is not held by the
   * per-recipient cap. Null when the message does not exist or is already
   * waiting to be sent (so a double click resends once).
   */
  async resend(ctx: RequestContext, emailId: string): Promise<EmailMessageEntity | null> {
    return this.uow.withTransaction(ctx, async (tx) => {
      const result = await tx.manager
        .createQueryBuilder()
        .update(EmailMessageEntity)
        .set({
          status: EmailStatus.QUEUED,
          attempts: 0,
          claimedUntil: null,
          nextAttemptAt: () => 'now()',
          recipientCapExempt: true,
        })
        .where('id = :id', { id: emailId })
        .andWhere('status IN (:...statuses)', {
          statuses: [EmailStatus.FAILED, EmailStatus.HELD, EmailStatus.SENT, EmailStatus.PREVIEW],
        })
        .execute();
      if ((result.affected ?? 0) === 0) return null;
      await tx.enqueue(DELIVER_EMAIL_QUEUE, { emailId });
      return tx.manager.findOneByOrFail(EmailMessageEntity, { id: emailId });
    });
  }

  /**
   * Delivers up to `limit` waiting messages whose backoff has passed, oldest first: a safety net for
   * messages whose job was lost. Failures are recorded, not thrown.
   */
  async deliverDue(ctx: RequestContext, limit = 20): Promise<{ delivered: number; failed: number }> {
    const due = await this.messages
      .createQueryBuilder('message')
      .select('message.id', 'id')
      .where('message.status = :queued', { queued: EmailStatus.QUEUED })
      .andWhere('message.nextAttemptAt <= now()')
      .andWhere('(message.claimedUntil IS NULL OR message.claimedUntil < now())')
      .orderBy('message.nextAttemptAt', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    let delivered = 0;
    let failed = 0;
    for (const { id } of due) {
      try {
        const outcome = await this.deliver(ctx, id);
        if (outcome === 'SENT' || outcome === 'PREVIEW') delivered++;
      } catch {
        failed++;
      }
    }
    return { delivered, failed };
  }

  findById(_ctx: RequestContext, id: string): Promise<EmailMessageEntity | null> {
    return this.messages.findOneBy({ id });
  }

  /**
   * The messages whose cause key names one of `subjectIds` (`<cause>:<subjectId>[:...]`, e.g. a
   * booking, ticket or capture id), oldest first; found through the cause-subject index.
   */
  findBySubjects(subjectIds: string[]): Promise<EmailMessageEntity[]> {
    if (subjectIds.length === 0) return Promise.resolve([]);
    return this.messages
      .createQueryBuilder('message')
      .where(`split_part(message.causeKey, ':', 2) = ANY(:subjectIds)`, { subjectIds })
      .orderBy('message.createdAt', 'ASC')
      .addOrderBy('message.id', 'ASC')
      .getMany();
  }

  /** Newest first, keyset-paginated on (createdAt, id); createdAt is stored to the millisecond. */
  async list(_ctx: RequestContext, query: EmailMessageQuery): Promise<EmailMessagePage> {
    const builder = this.messages.createQueryBuilder('message');
    if (query.status) builder.andWhere('message.status = :status', { status: query.status });
    if (query.kind) builder.andWhere('message.kind = :kind', { kind: query.kind });
    const recipient = query.recipient?.trim();
    if (recipient) {
      builder.andWhere(
        new Brackets((match) =>
          match.where(
            'EXISTS (SELECT 1 FROM unnest(message.recipients) AS r WHERE lower(r) = lower(:recipient))',
            {
              recipient,
            },
          ),
        ),
      );
    }
    if (query.after) {
      const [createdAt, id] = decodeCursor(query.after, ['string', 'string']) as [string, string];
      const afterCreated = new Date(createdAt);
      if (Number.isNaN(afterCreated.getTime()))
        throw invalidInput('after', 'is not a cursor this list returned');
      builder.andWhere('(message.createdAt, message.id) < (:afterCreated, :afterId)', {
        afterCreated,
        afterId: id,
      });
    }
    const rows = await builder
      .orderBy('message.createdAt', 'DESC')
      .addOrderBy('message.id', 'DESC')
      .limit(query.first + 1)
      .getMany();
    const messages = rows.slice(0, query.first);
    return {
      messages,
      cursors: messages.map((message) => encodeCursor([message.createdAt.toISOString(), message.id])),
      hasNextPage: rows.length > query.first,
    };
  }
}

/** The e-mail service as configured: SMTP when SMTP_URL is set, else preview. */
export function createEmailService(
  dataSource: DataSource,
  uow: UnitOfWork,
  email: Config['email'],
): EmailService {
  return new EmailService(dataSource, uow, {
    transport: createMailTransport(email),
    maxAttempts: email.maxAttempts,
    maxPerRecipientPerHour: email.maxPerRecipientPerHour,
  });
}
