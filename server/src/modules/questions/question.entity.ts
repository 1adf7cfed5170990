import {
  Check,
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
  type Relation,
} from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';

/** What kind of answer a question takes (and so which typed column of question_answer holds it). */
export enum QuestionType {
  TEXT = 'TEXT',
  PARAGRAPH = 'PARAGRAPH',
  NUMBER = 'NUMBER',
  YES_NO = 'YES_NO',
  ONE_CHOICE = 'ONE_CHOICE',
  MANY_CHOICES = 'MANY_CHOICES',
  DATE = 'DATE',
  COUNTRY = 'COUNTRY',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  FILE = 'FILE',
}

/** The kinds of file a FILE question accepts, told apart by their first bytes (question-files.ts). */
export enum FileKind {
  PDF = 'PDF',
  JPEG = 'JPEG',
  PNG = 'PNG',
}

/** Who answers: the buyer once per booking, or every attendee (ticket). */
export enum QuestionScope {
  BOOKING = 'BOOKING',
  ATTENDEE = 'ATTENDEE',
}

/**
 * A question an event asks at checkout. Hidden questions are no longer asked but keep their answers
 * (a question with answers is never deleted). A dependent question is asked only when the question it
 * depends on (a yes/no or choice question of the same scope, itself independent) has the given answer.
 */
@Entity({ name: 'question' })
@Check('question_number_bounds_valid', 'min_number IS NULL OR max_number IS NULL OR min_number <= max_number')
@Check(
  'question_dependency_valid',
  'depends_on_question_id IS NOT NULL OR (depends_on_choice_id IS NULL AND depends_on_boolean IS NULL)',
)
@Index('question_event_sort_idx', ['eventId', 'sortOrder'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  helpText: string;

  @Column({ type: 'enum', enum: QuestionType, enumName: 'question_type' })
  type: QuestionType;

  @Column({ type: 'enum', enum: QuestionScope, enumName: 'question_scope' })
  scope: QuestionScope;

  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Column({ type: 'integer' })
  sortOrder: number;

  /** NUMBER questions: the smallest and largest answer allowed (null: no bound). */
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer() })
  minNumber: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer() })
  maxNumber: number | null;

  /** FILE questions: the kinds of file accepted (empty for other types). */
  @Column({ type: 'enum', enum: FileKind, enumName: 'question_file_kind', array: true, default: '{}' })
  fileKinds: FileKind[];

  /** FILE questions: the largest file accepted, in bytes (never above the server's UPLOAD_MAX_BYTES). */
  @Column({ type: 'integer', nullable: true })
  maxFileBytes: number | null;

  /** Shown on the check-in screen (dietary needs, wristband colour); the only answers STAFF see. */
  @Column({ type: 'boolean', default: false })
  showAtDoor: boolean;

  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @Column({ type: 'uuid', nullable: true })
  dependsOnQuestionId: string | null;

  @ManyToOne('QuestionEntity', { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'depends_on_question_id' })
  dependsOnQuestion?: Relation<QuestionEntity>;

  /** A choice question it depends on: asked when this choice is picked. */
  @Column({ type: 'uuid', nullable: true })
  dependsOnChoiceId: string | null;

  @ManyToOne('QuestionChoiceEntity', { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'depends_on_choice_id' })
  dependsOnChoice?: Relation<QuestionChoiceEntity>;

  /** A yes/no question it depends on: asked when answered this. */
  @Column({ type: 'boolean', nullable: true })
  dependsOnBoolean: boolean | null;

  @OneToMany('QuestionChoiceEntity', (choice: QuestionChoiceEntity) => choice.question)
  choices?: QuestionChoiceEntity[];

  @OneToMany('QuestionTicketTypeEntity', (link: QuestionTicketTypeEntity) => link.question)
  ticketTypeLinks?: QuestionTicketTypeEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A choice of a ONE_CHOICE or MANY_CHOICES question; its id stays when it is renamed. */
@Entity({ name: 'question_choice' })
@Index('question_choice_question_idx', ['questionId'])
export class QuestionChoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne('QuestionEntity', (question: QuestionEntity) => question.choices, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: Relation<QuestionEntity>;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'integer' })
  sortOrder: number;

  /** No longer offered; kept because answers picked it. */
  @Column({ type: 'boolean', default: false })
  hidden: boolean;
}

/** The ticket types a question is asked for; none at all means every ticket type. */
@Entity({ name: 'question_ticket_type' })
export class QuestionTicketTypeEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId: string;

  @PrimaryColumn({ type: 'uuid' })
  ticketTypeId: string;

  @ManyToOne('QuestionEntity', (question: QuestionEntity) => question.ticketTypeLinks, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'question_id' })
  question?: Relation<QuestionEntity>;

  @ManyToOne('TicketTypeEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_type_id' })
  ticketType?: TicketTypeEntity;
}

/** numeric columns come back from pg as strings: numbers in, numbers out. */
export function numericTransformer() {
  return {
    to: (value: number | null | undefined) => value,
    from: (value: string | null) => (value === null ? null : Number(value)),
  };
}
