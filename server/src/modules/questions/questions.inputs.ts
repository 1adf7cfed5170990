import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { FileKind, QuestionScope, QuestionType } from './question.entity';

/** Most questions an event may ask, and choices a question may offer. */
export const MAX_QUESTIONS_PER_EVENT = 100;
export const MAX_CHOICES = 100;
/** Longest text answer: one line, and a paragraph. */
export const MAX_LINE_ANSWER = 200;
export const MAX_PARAGRAPH_ANSWER = 5000;
/** The size limit a FILE question may set (the server's UPLOAD_MAX_BYTES caps it further). */
export const MAX_FILE_BYTES_SETTING = 100 * 1024 * 1024;

const NOT_BLANK = /\S/;

@InputType({ description: 'A choice of a choice question: a new one (no id) or an existing one (its id).' })
export class QuestionChoiceInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An existing choice to keep (renamed, reordered); none for a new one.',
  })
  @IsOptional()
  id?: string | null;

  @Field({ description: 'What the choice says (1 to 200 characters).' })
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  label: string;

  @Field({ defaultValue: false, description: 'True: no longer offered, answers kept.' })
  hidden: boolean = false;
}

@InputType({ description: 'Ask a question only when another answer has a given value.' })
export class QuestionDependencyInput {
  @Field(() => ID, {
    description: 'The question depended on: YES_NO or a choice question of the same scope.',
  })
  questionId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For a choice question: asked when this choice is picked.',
  })
  @IsOptional()
  choiceId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For a YES_NO question: asked when answered this.' })
  @IsOptional()
  booleanValue?: boolean | null;
}

@InputType({ description: 'A new question for an event; it goes to the end of the event’s list.' })
export class CreateQuestionInput {
  @Field(() => ID, { description: 'The event that asks it.' })
  eventId: string;

  @Field({ description: 'The question, as the form shows it (1 to 200 characters).' })
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  label: string;

  @Field({ defaultValue: '', description: 'A hint shown under the question (at most 1000 characters).' })
  @MaxLength(1000)
  helpText: string = '';

  @Field(() => QuestionType, { description: 'What kind of answer it takes; cannot be changed later.' })
  type: QuestionType;

  @Field(() => QuestionScope, {
    description: 'Asked of the buyer once, or of every attendee; cannot be changed later.',
  })
  scope: QuestionScope;

  @Field({ defaultValue: false, description: 'True: must be answered whenever it is asked.' })
  required: boolean = false;

  @Field({ defaultValue: false, description: 'True: the check-in screen shows the answer.' })
  showAtDoor: boolean = false;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the smallest answer allowed.' })
  @IsOptional()
  minNumber?: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the largest answer allowed.' })
  @IsOptional()
  maxNumber?: number | null;

  @Field(() => [FileKind], {
    defaultValue: [],
    description: 'FILE: the kinds of file accepted (at least one).',
  })
  @ArrayMaxSize(3)
  fileKinds: FileKind[];

  @Field(() => Int, {
    nullable: true,
    description: 'FILE: the largest file accepted, in bytes (the server’s UPLOAD_MAX_BYTES caps it).',
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_FILE_BYTES_SETTING)
  maxFileBytes?: number | null;

  @Field(() => [ID], { defaultValue: [], description: 'The ticket types it is asked for; empty: all.' })
  @ArrayMaxSize(200)
  ticketTypeIds: string[];

  @Field(() => [QuestionChoiceInput], {
    defaultValue: [],
    description: `The choices of a choice question, in order (at most ${MAX_CHOICES}); none for other types.`,
  })
  @ArrayMaxSize(MAX_CHOICES)
  @ValidateNested({ each: true })
  choices: QuestionChoiceInput[];

  @Field(() => QuestionDependencyInput, {
    nullable: true,
    description: 'Ask it only when another answer is so.',
  })
  @IsOptional()
  @ValidateNested()
  dependsOn?: QuestionDependencyInput | null;
}

@InputType({
  description:
    'Changes to a question; fields left out stay as they are. For bounds and dependsOn an explicit null removes them.',
})
export class UpdateQuestionInput {
  @Field(() => ID, { description: 'The question to change.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New label.' })
  @IsOptional()
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  label?: string | null;

  @Field(() => String, { nullable: true, description: 'New hint.' })
  @IsOptional()
  @MaxLength(1000)
  helpText?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it must be answered.' })
  @IsOptional()
  required?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the check-in screen shows the answer.' })
  @IsOptional()
  showAtDoor?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: no longer asked (its answers are kept); false: asked again.',
  })
  @IsOptional()
  hidden?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: new smallest answer; null: no bound.' })
  @IsOptional()
  minNumber?: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: new largest answer; null: no bound.' })
  @IsOptional()
  maxNumber?: number | null;

  @Field(() => [FileKind], { nullable: true, description: 'FILE: the kinds of file accepted.' })
  @IsOptional()
  @ArrayMaxSize(3)
  fileKinds?: FileKind[] | null;

  @Field(() => Int, { nullable: true, description: 'FILE: the largest file accepted, in bytes.' })
  @IsOptional()
  @Min(1)
  @Max(MAX_FILE_BYTES_SETTING)
  maxFileBytes?: number | null;

  @Field(() => [ID], { nullable: true, description: 'The ticket types it is asked for; empty: all.' })
  @IsOptional()
  @ArrayMaxSize(200)
  ticketTypeIds?: string[] | null;

  @Field(() => [QuestionChoiceInput], {
    nullable: true,
    description:
      'The full new list of choices, in order: existing ones by id (renamed, hidden or shown), new ones without. A choice left out is deleted, or hidden when answers picked it.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CHOICES)
  @ValidateNested({ each: true })
  choices?: QuestionChoiceInput[] | null;

  @Field(() => QuestionDependencyInput, {
    nullable: true,
    description: 'New dependency; null: always asked.',
  })
  @IsOptional()
  @ValidateNested()
  dependsOn?: QuestionDependencyInput | null;
}

@InputType({ description: 'A new order for an event’s questions.' })
export class ReorderQuestionsInput {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field(() => [ID], { description: 'Every question id of the event, exactly once, in the new order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUESTIONS_PER_EVENT)
  questionIds: string[];
}

@InputType({
  description:
    'An answer to one question. Set the field of the question’s type (see `QuestionType`); an empty answer (no value, blank text, no choices) counts as unanswered.',
})
export class QuestionAnswerInput {
  @Field(() => ID, { description: 'The question answered (from `Event.questions`).' })
  questionId: string;

  @Field(() => String, { nullable: true, description: 'TEXT, PARAGRAPH, COUNTRY, PHONE and EMAIL answers.' })
  @IsOptional()
  @MaxLength(MAX_PARAGRAPH_ANSWER)
  textValue?: string | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER answers.' })
  @IsOptional()
  numberValue?: number | null;

  @Field(() => String, { nullable: true, description: 'DATE answers, YYYY-MM-DD.' })
  @IsOptional()
  @MaxLength(10)
  dateValue?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'YES_NO answers.' })
  @IsOptional()
  booleanValue?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'ONE_CHOICE (one id) and MANY_CHOICES answers.' })
  @IsOptional()
  @ArrayMaxSize(MAX_CHOICES)
  choiceIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'FILE answers: the id POST /uploads/questions/<questionId> answered for the file (each upload answers once).',
  })
  @IsOptional()
  @MaxLength(36)
  fileId?: string | null;
}
