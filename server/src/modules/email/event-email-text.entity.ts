import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import { EmailKind } from './email-message.entity';

/**
 * An event's own wording of one transactional e-mail (email-texts.ts): its subject and opening text,
 * used instead of the default. No row: the default. When it fails to render, the default is sent and
 * the failure is kept here for the admin area.
 */
@Entity({ name: 'event_email_text' })
export class EventEmailTextEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_event_email_text' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_event_email_text_event' })
  event?: EventEntity;

  @PrimaryColumn({
    type: 'enum',
    enum: EmailKind,
    enumName: 'email_kind',
    primaryKeyConstraintName: 'PK_event_email_text',
  })
  kind: EmailKind;

  /** With `{placeholders}` as written. */
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  /** Markdown with `{placeholders}` as written. */
  @Column({ type: 'text' })
  body: string;

  /** Why the text last failed to render (the default was sent instead); cleared when it is saved. */
  @Column({ type: 'text', nullable: true })
  lastFailure: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailureAt: Date | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  updatedByEmail: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
