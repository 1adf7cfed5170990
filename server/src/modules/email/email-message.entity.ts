import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** What a message is about; one MJML template each. */
export enum EmailKind {
  BOOKING_CONFIRMATION = 'BOOKING_CONFIRMATION',
  WAIVER_REQUEST = 'WAIVER_REQUEST',
  WAIVER_REMINDER = 'WAIVER_REMINDER',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  REFUND_ISSUED = 'REFUND_ISSUED',
  LATE_PAYMENT_REFUNDED = 'LATE_PAYMENT_REFUNDED',
  NEW_BOOKING_NOTICE = 'NEW_BOOKING_NOTICE',
  ACCOUNT_INVITATION = 'ACCOUNT_INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
  ATTENDEE_TICKET = 'ATTENDEE_TICKET',
  /** A scheduled reminder of an event (modules/messages). */
  EVENT_REMINDER = 'EVENT_REMINDER',
  /** A message an organiser wrote to the people of an event (modules/messages). */
  EVENT_MESSAGE = 'EVENT_MESSAGE',
  WEBHOOK_ENDPOINT_DISABLED = 'WEBHOOK_ENDPOINT_DISABLED',
  VOUCHER_CODE = 'VOUCHER_CODE',
  /** An event (or one date of a series) was called off: to each buyer holding seats or tickets. */
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  /** Seats offered to someone on an event's waiting list (modules/waiting-list). */
  WAITING_LIST_OFFER = 'WAITING_LIST_OFFER',
  /** The event (or date) someone was on the waiting list of was cancelled (modules/waiting-list). */
  WAITING_LIST_EVENT_CANCELLED = 'WAITING_LIST_EVENT_CANCELLED',
}

export enum EmailStatus {
  /** Waiting for delivery (also while a worker holds the claim). */
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  /** Gave up: a permanent rejection, or every attempt failed. Admins can resend it. */
  FAILED = 'FAILED',
  /** Mail preview (no SMTP configured): delivered to nobody, kept for reading. */
  PREVIEW = 'PREVIEW',
  /**
   * Not sent: a recipient had already been sent EMAIL_MAX_PER_RECIPIENT_PER_HOUR messages within the
   * hour (`lastError` says so). Kept for admins, who can send it (resend).
   */
  HELD = 'HELD',
}

/** A file sent with a message; `cid` is set for inline images that the HTML references. */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  /** Content-ID without angle brackets, referenced from the HTML as `cid:<cid>`. */
  cid: string | null;
  contentBase64: string;
}

/**
 * The outbox: the durable record of every message, written in the transaction of the change that
 * causes it and delivered after commit. It holds the rendered message, so delivery never depends on
 * data that may have changed since.
 */
@Entity({ name: 'email_message' })
@Check('email_message_attempts_non_negative', `attempts >= 0`)
@Check('email_message_has_recipient', `cardinality(recipients) > 0`)
@Index('email_message_due_idx', ['nextAttemptAt'], { where: `status = 'QUEUED'` })
@Index('email_message_listing_idx', ['createdAt', 'id'])
/**
 * The id a cause key names (`booking-confirmation:<bookingId>`, `waiver-request:<ticketId>:resend-1`):
 * finds the messages about a booking. An expression index, created by its migration, which TypeORM
 * cannot describe: kept out of schema synchronisation.
 */
@Index('email_message_cause_subject_idx', { synchronize: false })
export class EmailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: EmailKind, enumName: 'email_kind' })
  kind: EmailKind;

  /** What caused the message, e.g. `booking-confirmation:<bookingId>`: one cause, one message. */
  @Index('email_message_cause_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  causeKey: string;

  @Column({ type: 'text', array: true })
  recipients: string[];

  /**
   * The recipients in lower case, which the per-recipient hourly cap counts by (GIN index); null for
   * messages written before the cap.
   */
  @Index('email_message_recipient_keys_idx', { synchronize: false })
  @Column({ type: 'text', array: true, nullable: true })
  recipientKeys: string[] | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  replyTo: string | null;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  attachments: StoredAttachment[];

  /** Unsubscribe URL (List-Unsubscribe header) of a message an organiser sent; else null. */
  @Column({ type: 'text', nullable: true })
  listUnsubscribeUrl: string | null;

  @Column({ type: 'enum', enum: EmailStatus, enumName: 'email_status', default: EmailStatus.QUEUED })
  status: EmailStatus;

  /** Delivery attempts started (a claim counts, so a worker that died mid-send is counted too). */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** Sent past the per-recipient hourly cap: an admin sent it (resend), or it goes to the organiser. */
  @Column({ type: 'boolean', default: false })
  recipientCapExempt: boolean;

  /** Earliest time the periodic sweep (deliverDue) picks the message up: backoff after a failure. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** A worker's claim on a QUEUED message while it sends; others skip it until then. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The SMTP server's answer to the accepted message, for tracing it in the server's logs. */
  @Column({ type: 'text', nullable: true })
  serverResponse: string | null;

  /** Milliseconds, like a JS Date, so list cursors built from it are exact. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
