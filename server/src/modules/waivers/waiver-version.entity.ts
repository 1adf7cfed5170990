import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import type { QuestionEntity } from '../questions/question.entity';

/**
 * One version of an event's waiver text. Editing the text adds a version (1, 2, ...); the newest
 * version is the event's current waiver unless it was disabled (disabledAt set).
 */
@Entity({ name: 'waiver_version' })
@Index('waiver_version_event_version_key', ['eventId', 'version'], { unique: true })
export class WaiverVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  text: string;

  /** Set when an admin stopped requiring the waiver while this was the current version. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  createdByEmail: string | null;
}

/**
 * A question of the event that must be answered before this version can be signed (e.g. date of
 * birth, emergency contact): an attendee's question for the signer's own ticket, or the booking's.
 */
@Entity({ name: 'waiver_version_question' })
export class WaiverVersionQuestionEntity {
  @PrimaryColumn({ type: 'uuid' })
  versionId: string;

  @PrimaryColumn({ type: 'uuid' })
  questionId: string;

  @ManyToOne('WaiverVersionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: WaiverVersionEntity;

  // Only questions without answers can be deleted; such a question was never answered for a waiver.
  @ManyToOne('QuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}
