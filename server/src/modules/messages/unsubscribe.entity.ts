import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { EventEntity } from '../events/event.entity';

/**
 * An address that wants no more messages or reminders about an event (messages/unsubscribe.service.ts).
 * Transactional e-mails (confirmation, waiver, cancellation, refund) still go to it.
 */
@Entity({ name: 'event_unsubscribe' })
export class EventUnsubscribeEntity {
  @Column({ type: 'uuid', primary: true })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /** The address in lower case. */
  @Column({ type: 'varchar', length: 254, primary: true })
  addressKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The secret of one unsubscribe link, minted for each message or reminder as it is written: only its
 * SHA-256 is kept, so the database opens no one's link.
 */
@Entity({ name: 'unsubscribe_link' })
export class UnsubscribeLinkEntity {
  /** SHA-256 (hex) of the token. */
  @Column({ type: 'char', length: 64, primary: true })
  tokenHash: string;

  @Index('unsubscribe_link_event_idx')
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 254 })
  addressKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
