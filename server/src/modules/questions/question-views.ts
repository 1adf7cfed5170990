/**
 * Reading questions and answers: an event's questions as the API shows them (with choices, ticket
 * types and dependency) and answers with their question, in words. Reads only; changes are in
 * question-admin.service.ts and question-answers.service.ts.
 */
import { In, type EntityManager } from 'typeorm';
import { QuestionAnswerChoiceEntity, QuestionAnswerEntity } from './question-answer.entity';
import {
  QuestionChoiceEntity,
  QuestionEntity,
  QuestionTicketTypeEntity,
  QuestionType,
} from './question.entity';
import type { Question, QuestionAnswer, QuestionChoice } from './questions.types';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The questions of the events, in their order, with choices and ticket types (hidden ones too). */
export async function readQuestions(
  manager: EntityManager,
  eventIds: readonly string[],
): Promise<Map<string, Question[]>> {
  const byEvent = new Map<string, Question[]>(eventIds.map((id) => [id, []]));
  if (eventIds.length === 0) return byEvent;
  const questions = await manager.find(QuestionEntity, {
    where: { eventId: In([...eventIds]) },
    order: { sortOrder: 'ASC', createdAt: 'ASC' },
  });
  const ids = questions.map((question) => question.id);
  const [choices, links] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          manager.find(QuestionChoiceEntity, { where: { questionId: In(ids) }, order: { sortOrder: 'ASC' } }),
          manager.find(QuestionTicketTypeEntity, { where: { questionId: In(ids) } }),
        ]);
  for (const question of questions) {
    byEvent.get(question.eventId)!.push(
      toQuestion(
        question,
        choices.filter((choice) => choice.questionId === question.id),
        links.filter((link) => link.questionId === question.id).map((link) => link.ticketTypeId),
      ),
    );
  }
  return byEvent;
}

export async function readEventQuestions(manager: EntityManager, eventId: string): Promise<Question[]> {
  return (await readQuestions(manager, [eventId])).get(eventId)!;
}

export function toQuestion(
  question: QuestionEntity,
  choices: readonly QuestionChoiceEntity[],
  ticketTypeIds: readonly string[],
): Question {
  return {
    id: question.id,
    eventId: question.eventId,
    label: question.label,
    helpText: question.helpText,
    type: question.type,
    scope: question.scope,
    required: question.required,
    sortOrder: question.sortOrder,
    minNumber: question.minNumber,
    maxNumber: question.maxNumber,
    fileKinds: question.fileKinds,
    maxFileBytes: question.maxFileBytes,
    ticketTypeIds: [...ticketTypeIds].sort(),
    choices: choices.map(toChoice),
    dependsOn: question.dependsOnQuestionId
      ? {
          questionId: question.dependsOnQuestionId,
          choiceId: question.dependsOnChoiceId,
          booleanValue: question.dependsOnBoolean,
        }
      : null,
    showAtDoor: question.showAtDoor,
    hidden: question.hidden,
  };
}

const toChoice = (choice: QuestionChoiceEntity): QuestionChoice => ({
  id: choice.id,
  label: choice.label,
  hidden: choice.hidden,
});

/** What shoppers are asked: the questions not hidden, each with only the choices offered. */
export function shopperQuestions(questions: readonly Question[]): Question[] {
  return questions
    .filter((question) => !question.hidden)
    .map((question) => ({ ...question, choices: question.choices.filter((choice) => !choice.hidden) }));
}

/** A stored answer with what it answers. */
export interface StoredAnswer extends QuestionAnswer {
  bookingId: string;
  /** Null: the buyer's answer. */
  ticketId: string | null;
  /** The question's position in its event's list, for ordering. */
  sortOrder: number;
}

/** The answers of the bookings (buyers' and attendees'), each with its question, in question order. */
export async function readAnswers(
  manager: EntityManager,
  where: { bookingIds?: readonly string[]; ticketIds?: readonly string[]; eventId?: string },
): Promise<StoredAnswer[]> {
  const query = manager
    .createQueryBuilder(QuestionAnswerEntity, 'answer')
    .innerJoinAndSelect('answer.question', 'question')
    .leftJoinAndSelect('answer.file', 'file')
    .orderBy('question.sortOrder', 'ASC')
    .addOrderBy('question.createdAt', 'ASC');
  if (where.bookingIds)
    query.andWhere('answer.bookingId IN (:...bookingIds)', { bookingIds: where.bookingIds });
  if (where.ticketIds) query.andWhere('answer.ticketId IN (:...ticketIds)', { ticketIds: where.ticketIds });
  if (where.eventId) query.andWhere('question.eventId = :eventId', { eventId: where.eventId });
  if (where.bookingIds?.length === 0 || where.ticketIds?.length === 0) return [];
  const answers = await query.getMany();
  if (answers.length === 0) return [];
  const picked = await manager
    .createQueryBuilder(QuestionAnswerChoiceEntity, 'picked')
    .innerJoinAndSelect('picked.choice', 'choice')
    .where('picked.answerId IN (:...ids)', { ids: answers.map((answer) => answer.id) })
    .orderBy('choice.sortOrder', 'ASC')
    .getMany();
  return answers.map((answer) =>
    toAnswer(
      answer,
      picked.filter((row) => row.answerId === answer.id).map((row) => row.choice!),
    ),
  );
}

function toAnswer(answer: QuestionAnswerEntity, choices: QuestionChoiceEntity[]): StoredAnswer {
  const question = answer.question!;
  const view = {
    questionId: question.id,
    label: question.label,
    type: question.type,
    showAtDoor: question.showAtDoor,
    textValue: answer.textValue,
    numberValue: answer.numberValue,
    dateValue: answer.dateValue,
    booleanValue: answer.booleanValue,
    choices: choices.map(toChoice),
    file: answer.file
      ? {
          id: answer.file.id,
          name: answer.file.originalName,
          contentType: answer.file.contentType,
          sizeBytes: answer.file.sizeBytes,
          sha256: answer.file.sha256,
        }
      : null,
  };
  return {
    ...view,
    display: displayAnswer(view),
    bookingId: answer.bookingId,
    ticketId: answer.ticketId,
    sortOrder: question.sortOrder,
  };
}

/** An answer in words: "Yes", "Germany", "M, L", "1990-04-01". */
export function displayAnswer(
  answer: Omit<QuestionAnswer, 'display' | 'label' | 'questionId' | 'showAtDoor'>,
): string {
  switch (answer.type) {
    case QuestionType.YES_NO:
      return answer.booleanValue ? 'Yes' : 'No';
    case QuestionType.NUMBER:
      return answer.numberValue === null ? '' : String(answer.numberValue);
    case QuestionType.DATE:
      return answer.dateValue ?? '';
    case QuestionType.COUNTRY:
      return answer.textValue ? (countryNames.of(answer.textValue) ?? answer.textValue) : '';
    case QuestionType.ONE_CHOICE:
    case QuestionType.MANY_CHOICES:
      return answer.choices.map((choice) => choice.label).join(', ');
    case QuestionType.FILE:
      return answer.file?.name ?? '';
    default:
      return answer.textValue ?? '';
  }
}
