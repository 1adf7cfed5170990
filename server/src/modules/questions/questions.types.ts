import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';
import { FileKind, QuestionScope, QuestionType } from './question.entity';

export { FileKind, QuestionScope, QuestionType };

registerEnumType(QuestionType, {
  name: 'QuestionType',
  description:
    'What kind of answer a question takes, and so which field of `QuestionAnswerInput` carries it.',
  valuesConfig: {
    TEXT: { description: 'One line of text (`textValue`, at most 200 characters).' },
    PARAGRAPH: { description: 'Several lines of text (`textValue`, at most 5000 characters).' },
    NUMBER: { description: 'A number (`numberValue`) within the question’s `minNumber`..`maxNumber`.' },
    YES_NO: { description: 'Yes or no (`booleanValue`).' },
    ONE_CHOICE: { description: 'Exactly one of the question’s choices (`choiceIds` with one id).' },
    MANY_CHOICES: { description: 'Any of the question’s choices (`choiceIds`, each at most once).' },
    DATE: { description: 'A calendar date (`dateValue`, YYYY-MM-DD).' },
    COUNTRY: { description: 'A country as its ISO 3166-1 alpha-2 code (`textValue`, e.g. "DE").' },
    PHONE: { description: 'A phone number in international form (`textValue`, e.g. "+44 20 7946 0958").' },
    EMAIL: { description: 'An e-mail address (`textValue`).' },
    FILE: {
      description:
        'A file of one of the question’s `fileKinds`, at most `maxFileBytes` (`fileId`: the id POST /uploads/questions/<questionId> answered).',
    },
  },
});

registerEnumType(FileKind, {
  name: 'FileKind',
  description: 'A kind of file a FILE question accepts, recognised by its content (not its name).',
  valuesConfig: {
    PDF: { description: 'A PDF document (application/pdf).' },
    JPEG: { description: 'A JPEG image (image/jpeg).' },
    PNG: { description: 'A PNG image (image/png).' },
  },
});

@ObjectType({
  description: 'A file uploaded as an answer to a FILE question (its bytes are not in the API).',
})
export class AnswerFile {
  @Field(() => ID, { description: 'The file’s id (what the upload answered and the answer sent).' })
  id: string;

  @Field({ description: 'The uploader’s file name, made safe (no path, no control characters).' })
  name: string;

  @Field({ description: 'The type its content shows it to be (e.g. application/pdf), never the one sent.' })
  contentType: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  sizeBytes: number;

  @Field({ description: 'SHA-256 of its bytes, hex.' })
  sha256: string;
}

registerEnumType(QuestionScope, {
  name: 'QuestionScope',
  description: 'Who answers a question.',
  valuesConfig: {
    BOOKING: { description: 'The buyer, once per booking (`CreateBookingInput.answers`).' },
    ATTENDEE: { description: 'Every attendee it is asked of (`AttendeeInput.answers`).' },
  },
});

@ObjectType({ description: 'A choice of a ONE_CHOICE or MANY_CHOICES question.' })
export class QuestionChoice {
  @Field(() => ID, { description: 'Stable identifier: renaming the choice keeps it, and the answers.' })
  id: string;

  @Field({ description: 'What the choice says.' })
  label: string;

  @Field({ description: 'True when no longer offered (kept for the answers that picked it).' })
  hidden: boolean;
}

@ObjectType({
  description:
    'When a question is asked: only when another question (a YES_NO or choice question of the same scope) is answered so.',
})
export class QuestionDependency {
  @Field(() => ID, { description: 'The question this one depends on.' })
  questionId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For a choice question: asked when this choice is picked.',
  })
  choiceId: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For a YES_NO question: asked when answered this.' })
  booleanValue: boolean | null;
}

@ObjectType({ description: 'A question an event asks at checkout, of the buyer or of each attendee.' })
export class Question {
  @Field(() => ID, { description: 'Stable identifier; answers name their question by it.' })
  id: string;

  @Field(() => ID, { description: 'The event that asks it.' })
  eventId: string;

  @Field({ description: 'The question, as the form shows it.' })
  label: string;

  @Field({ description: 'A hint shown under the question (plain text, may be empty).' })
  helpText: string;

  @Field(() => QuestionType, { description: 'What kind of answer it takes.' })
  type: QuestionType;

  @Field(() => QuestionScope, { description: 'Asked once of the buyer, or of every attendee.' })
  scope: QuestionScope;

  @Field({ description: 'True when it must be answered whenever it is asked.' })
  required: boolean;

  @Field(() => Int, { description: 'Position in the event’s list of questions (ascending).' })
  sortOrder: number;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the smallest answer allowed; null: no bound.' })
  minNumber: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the largest answer allowed; null: no bound.' })
  maxNumber: number | null;

  @Field(() => [FileKind], { description: 'FILE: the kinds of file accepted (empty for other types).' })
  fileKinds: FileKind[];

  @Field(() => Int, {
    nullable: true,
    description:
      'FILE: the largest file accepted, in bytes (the server’s own limit, UPLOAD_MAX_BYTES, applies too).',
  })
  maxFileBytes: number | null;

  @Field(() => [ID], {
    description:
      'The ticket types it is asked for; empty: all. A BOOKING question is asked when the booking has any of them.',
  })
  ticketTypeIds: string[];

  @Field(() => [QuestionChoice], {
    description:
      'The choices of a choice question, in order (empty for other types). Shoppers see only those offered.',
  })
  choices: QuestionChoice[];

  @Field(() => QuestionDependency, {
    nullable: true,
    description: 'Asked only when another answer has a given value; null: always asked.',
  })
  dependsOn: QuestionDependency | null;

  @Field({ description: 'True when the check-in screen shows the answer (e.g. dietary needs).' })
  showAtDoor: boolean;

  @Field({
    description: 'True when no longer asked; its answers are kept. Shoppers never see hidden questions.',
  })
  hidden: boolean;
}

@ObjectType({ description: 'An answer to one question, of the buyer or of one attendee.' })
export class QuestionAnswer {
  @Field(() => ID, { description: 'The question answered.' })
  questionId: string;

  @Field({ description: 'The question’s label (as it reads now).' })
  label: string;

  @Field(() => QuestionType, { description: 'The question’s type: which of the values below is set.' })
  type: QuestionType;

  @Field({ description: 'True when the question is shown at the door (check-in).' })
  showAtDoor: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT, PARAGRAPH, COUNTRY (ISO code), PHONE and EMAIL answers.',
  })
  textValue: string | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER answers.' })
  numberValue: number | null;

  @Field(() => String, { nullable: true, description: 'DATE answers, YYYY-MM-DD.' })
  dateValue: string | null;

  @Field(() => Boolean, { nullable: true, description: 'YES_NO answers.' })
  booleanValue: boolean | null;

  @Field(() => [QuestionChoice], {
    description: 'The choices picked (choice questions), in the question’s order.',
  })
  choices: QuestionChoice[];

  @Field(() => AnswerFile, {
    nullable: true,
    description: 'FILE answers: the file (download links are the site’s).',
  })
  file: AnswerFile | null;

  @Field({
    description:
      'The answer in words, as pages, e-mails and exports show it (e.g. "Yes", "Germany", "M, L").',
  })
  display: string;
}

export enum QuestionErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  QUESTION_NOT_FOUND = 'QUESTION_NOT_FOUND',
  TICKET_TYPE_NOT_FOUND = 'TICKET_TYPE_NOT_FOUND',
  CHOICES_REQUIRED = 'CHOICES_REQUIRED',
  CHOICES_NOT_ALLOWED = 'CHOICES_NOT_ALLOWED',
  CHOICE_NOT_FOUND = 'CHOICE_NOT_FOUND',
  BOUNDS_NOT_ALLOWED = 'BOUNDS_NOT_ALLOWED',
  MIN_ABOVE_MAX = 'MIN_ABOVE_MAX',
  DEPENDENCY_INVALID = 'DEPENDENCY_INVALID',
  HAS_ANSWERS = 'HAS_ANSWERS',
  HAS_DEPENDENTS = 'HAS_DEPENDENTS',
  REORDER_MISMATCH = 'REORDER_MISMATCH',
  TOO_MANY_QUESTIONS = 'TOO_MANY_QUESTIONS',
  FILE_KINDS_REQUIRED = 'FILE_KINDS_REQUIRED',
  FILE_SETTINGS_NOT_ALLOWED = 'FILE_SETTINGS_NOT_ALLOWED',
}

registerEnumType(QuestionErrorCode, {
  name: 'QuestionErrorCode',
  description: 'Why a change to an event’s questions was refused.',
  valuesConfig: {
    EVENT_NOT_FOUND: { description: 'No event has this id.' },
    QUESTION_NOT_FOUND: { description: 'No question has this id.' },
    TICKET_TYPE_NOT_FOUND: { description: 'A ticket type named is not one of the event’s.' },
    CHOICES_REQUIRED: { description: 'A choice question needs at least one choice offered.' },
    CHOICES_NOT_ALLOWED: { description: 'Only ONE_CHOICE and MANY_CHOICES questions have choices.' },
    CHOICE_NOT_FOUND: { description: 'A choice id named is not one of the question’s choices.' },
    BOUNDS_NOT_ALLOWED: { description: 'Only NUMBER questions have bounds.' },
    MIN_ABOVE_MAX: { description: 'The smallest answer allowed would be above the largest.' },
    DEPENDENCY_INVALID: {
      description:
        'The question depended on must be another question of the event, of the same scope, YES_NO (with `booleanValue`) or a choice question (with one of its `choiceId`s), and not itself dependent; a question others depend on cannot depend on one.',
    },
    HAS_ANSWERS: { description: 'The question or choice has answers: hide it instead of deleting it.' },
    HAS_DEPENDENTS: { description: 'Other questions depend on this question or choice: change them first.' },
    REORDER_MISMATCH: { description: 'The list must name every question of the event exactly once.' },
    TOO_MANY_QUESTIONS: { description: 'The event asks as many questions as allowed (100).' },
    FILE_KINDS_REQUIRED: { description: 'A FILE question needs at least one kind of file and a size limit.' },
    FILE_SETTINGS_NOT_ALLOWED: { description: 'Only FILE questions have kinds of file and a size limit.' },
  },
});

@ObjectType({ implements: UserError, description: 'A problem found with a change to a question.' })
export class QuestionError extends UserError {
  @Field(() => QuestionErrorCode, { description: 'What went wrong, for programs.' })
  code: QuestionErrorCode;
}

@ObjectType({ description: 'Result of creating or changing a question.' })
export class QuestionPayload {
  @Field(() => Question, { nullable: true, description: 'The question after the change; null when refused.' })
  question: Question | null;

  @Field(() => [QuestionError], { description: 'Why the change was refused; empty on success.' })
  errors: QuestionError[];
}

@ObjectType({ description: 'Result of deleting a question.' })
export class DeleteQuestionPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted question; null when refused.' })
  deletedId: string | null;

  @Field(() => [QuestionError], { description: 'Why deleting was refused; empty on success.' })
  errors: QuestionError[];
}

@ObjectType({ description: 'Result of reordering an event’s questions.' })
export class ReorderQuestionsPayload {
  @Field(() => [Question], { description: 'The event’s questions in their new order; empty when refused.' })
  questions: Question[];

  @Field(() => [QuestionError], { description: 'Why reordering was refused; empty on success.' })
  errors: QuestionError[];
}

@ObjectType({ description: 'How often one choice (or yes, or no) was answered.' })
export class AnswerCount {
  @Field({ description: 'The choice’s label, or "Yes" / "No".' })
  label: string;

  @Field(() => ID, { nullable: true, description: 'The choice; null for yes/no counts.' })
  choiceId: string | null;

  @Field(() => Int, { description: 'Answers that picked it (of bookings not cancelled or expired).' })
  count: number;
}

@ObjectType({ description: 'The answers to one question over an event’s live bookings.' })
export class QuestionAnswerSummary {
  @Field(() => Question, { description: 'The question.' })
  question: Question;

  @Field(() => Int, { description: 'How many answers it has (of bookings not cancelled or expired).' })
  answered: number;

  @Field(() => [AnswerCount], {
    description: 'For choice questions each choice, for YES_NO questions yes and no; empty for other types.',
  })
  counts: AnswerCount[];
}
