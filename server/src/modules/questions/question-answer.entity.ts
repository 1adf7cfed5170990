import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { BookingEntity } from '../bookings/booking.entity';
import type { TicketEntity } from '../bookings/ticket.entity';
import type { QuestionFileEntity } from './question-file.entity';
import { numericTransformer, type QuestionChoiceEntity, type QuestionEntity } from './question.entity';

/**
 * One answer to one question: of the buyer (ticketId null, once per booking) or of an attendee (one
 * per ticket). The value sits in the column of the question's type (text for TEXT, PARAGRAPH,
 * COUNTRY, PHONE and EMAIL); the choices picked are rows of question_answer_choice.
 */
@Entity({ name: 'question_answer' })
@Index('question_answer_buyer_uniq', ['bookingId', 'questionId'], {
  unique: true,
  where: 'ticket_id IS NULL',
})
@Index('question_answer_attendee_uniq', ['ticketId', 'questionId'], {
  unique: true,
  where: 'ticket_id IS NOT NULL',
})
@Index('question_answer_question_idx', ['questionId'])
export class QuestionAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne('BookingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @Column({ type: 'uuid', nullable: true })
  ticketId: string | null;

  @ManyToOne('TicketEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: TicketEntity;

  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne('QuestionEntity', { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;

  @Column({ type: 'text', nullable: true })
  textValue: string | null;

  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer() })
  numberValue: number | null;

  /** A calendar date, YYYY-MM-DD (no time, no zone). */
  @Column({ type: 'date', nullable: true })
  dateValue: string | null;

  @Column({ type: 'boolean', nullable: true })
  booleanValue: boolean | null;

  /** FILE answers: the uploaded file (its bytes are on disk, see question-files.service.ts). */
  @Index('question_answer_file_uniq', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  fileId: string | null;

  @ManyToOne('QuestionFileEntity', { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'file_id' })
  file?: QuestionFileEntity;

  @OneToMany('QuestionAnswerChoiceEntity', (picked: QuestionAnswerChoiceEntity) => picked.answer)
  choices?: QuestionAnswerChoiceEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A choice an answer picked. */
@Entity({ name: 'question_answer_choice' })
@Index('question_answer_choice_choice_idx', ['choiceId'])
export class QuestionAnswerChoiceEntity {
  @PrimaryColumn({ type: 'uuid' })
  answerId: string;

  @PrimaryColumn({ type: 'uuid' })
  choiceId: string;

  @ManyToOne('QuestionAnswerEntity', (answer: QuestionAnswerEntity) => answer.choices, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'answer_id' })
  answer?: QuestionAnswerEntity;

  @ManyToOne('QuestionChoiceEntity', { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'choice_id' })
  choice?: QuestionChoiceEntity;
}
