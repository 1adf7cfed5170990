/**
 * The admin side of an event's questions: create, change (incl. hide and choices), reorder, delete,
 * each audited in the unit of work that makes it. A question or choice with answers is never deleted:
 * it is hidden, so every answer keeps its question and choices.
 */
import { In, type EntityManager } from 'typeorm';
import { requireActor, type RequestContext } from '../../common/request-context';
import { UUID } from '../../common/uuid';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import { fieldChanges, type AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { QuestionAnswerChoiceEntity, QuestionAnswerEntity } from './question-answer.entity';
import { questionDraftErrors, questionError, type QuestionDraft } from './question-rules';
import { readEventQuestions } from './question-views';
import {
  QuestionChoiceEntity,
  QuestionEntity,
  QuestionTicketTypeEntity,
  type FileKind,
} from './question.entity';
import type {
  CreateQuestionInput,
  QuestionChoiceInput,
  ReorderQuestionsInput,
  UpdateQuestionInput,
} from './questions.inputs';
import { MAX_QUESTIONS_PER_EVENT } from './questions.inputs';
import {
  QuestionErrorCode,
  type DeleteQuestionPayload,
  type Question,
  type QuestionPayload,
  type ReorderQuestionsPayload,
} from './questions.types';

const eventNotFound = () =>
  questionError(QuestionErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId');
const questionNotFound = () =>
  questionError(QuestionErrorCode.QUESTION_NOT_FOUND, 'No question has this id.', 'id');

/** What the audit log keeps of a question: its definition, with choices as their labels. */
type AuditedQuestion = Omit<Question, 'id' | 'eventId' | 'sortOrder' | 'choices'> & { choices: string[] };
const AUDITED_FIELDS: (keyof AuditedQuestion)[] = [
  'label',
  'helpText',
  'type',
  'scope',
  'required',
  'minNumber',
  'maxNumber',
  'fileKinds',
  'maxFileBytes',
  'ticketTypeIds',
  'choices',
  'dependsOn',
  'showAtDoor',
  'hidden',
];

function audited(question: Question | null): Partial<AuditedQuestion> {
  if (!question) return {};
  return {
    ...question,
    choices: question.choices.map((choice) => (choice.hidden ? `${choice.label} (hidden)` : choice.label)),
  };
}

const changesOf = (before: Question | null, after: Question | null) =>
  fieldChanges(before && audited(before), audited(after), AUDITED_FIELDS);

export class QuestionAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CreateQuestionInput): Promise<QuestionPayload> {
    requireActor(ctx);
    if (!UUID.test(input.eventId)) return { question: null, errors: [eventNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      // The event's row lock orders concurrent changes to its list of questions.
      const event = await manager.findOne(EventEntity, {
        where: { id: input.eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) return { question: null, errors: [eventNotFound()] };
      const others = await readEventQuestions(manager, event.id);
      const draft: QuestionDraft = {
        id: null,
        type: input.type,
        scope: input.scope,
        minNumber: input.minNumber ?? null,
        maxNumber: input.maxNumber ?? null,
        fileKinds: [...new Set(input.fileKinds)],
        maxFileBytes: input.maxFileBytes ?? null,
        ticketTypeIds: input.ticketTypeIds,
        choices: input.choices.map((choice) => ({ ...choice, id: null })),
        dependsOn: input.dependsOn ?? null,
      };
      const errors = [
        ...input.choices.flatMap((choice, index) =>
          choice.id
            ? [
                questionError(
                  QuestionErrorCode.CHOICE_NOT_FOUND,
                  'A new question has no choices yet.',
                  `choices.${index}.id`,
                ),
              ]
            : [],
        ),
        ...questionDraftErrors(draft, others, await this.ticketTypeIds(manager, event.id)),
      ];
      if (others.length >= MAX_QUESTIONS_PER_EVENT) {
        errors.push(
          questionError(
            QuestionErrorCode.TOO_MANY_QUESTIONS,
            `An event asks at most ${MAX_QUESTIONS_PER_EVENT} questions.`,
            'eventId',
          ),
        );
      }
      if (errors.length > 0) return { question: null, errors };
      const created = await manager.save(
        manager.create(QuestionEntity, {
          eventId: event.id,
          label: input.label.trim(),
          helpText: input.helpText.trim(),
          type: input.type,
          scope: input.scope,
          required: input.required,
          showAtDoor: input.showAtDoor,
          hidden: false,
          minNumber: draft.minNumber,
          maxNumber: draft.maxNumber,
          fileKinds: [...draft.fileKinds] as FileKind[],
          maxFileBytes: draft.maxFileBytes,
          sortOrder: others.length === 0 ? 0 : Math.max(...others.map((question) => question.sortOrder)) + 1,
          dependsOnQuestionId: input.dependsOn?.questionId ?? null,
          dependsOnChoiceId: input.dependsOn?.choiceId ?? null,
          dependsOnBoolean: input.dependsOn?.booleanValue ?? null,
        }),
      );
      await this.saveTicketTypes(manager, created.id, input.ticketTypeIds);
      await this.saveChoices(manager, created.id, input.choices, []);
      const question = await this.read(manager, created);
      await this.record(tx, 'question.create', created.id, null, question);
      return { question, errors: [] };
    });
  }

  async update(ctx: RequestContext, input: UpdateQuestionInput): Promise<QuestionPayload> {
    requireActor(ctx);
    if (!UUID.test(input.id)) return { question: null, errors: [questionNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const entity = await this.lockQuestion(manager, input.id);
      if (!entity) return { question: null, errors: [questionNotFound()] };
      const all = await readEventQuestions(manager, entity.eventId);
      const before = all.find((question) => question.id === entity.id)!;
      const others = all.filter((question) => question.id !== entity.id);
      const choices = input.choices ?? before.choices;
      const dependsOn = input.dependsOn === undefined ? before.dependsOn : input.dependsOn;
      const draft: QuestionDraft = {
        id: entity.id,
        type: entity.type,
        scope: entity.scope,
        minNumber: input.minNumber === undefined ? entity.minNumber : input.minNumber,
        maxNumber: input.maxNumber === undefined ? entity.maxNumber : input.maxNumber,
        fileKinds: input.fileKinds ? [...new Set(input.fileKinds)] : entity.fileKinds,
        maxFileBytes: input.maxFileBytes === undefined ? entity.maxFileBytes : input.maxFileBytes,
        ticketTypeIds: input.ticketTypeIds ?? before.ticketTypeIds,
        choices,
        dependsOn,
      };
      const errors = questionDraftErrors(draft, all, await this.ticketTypeIds(manager, entity.eventId));
      // Choices kept are named by id; a choice left out goes (hidden if answered, refused if depended on).
      const existing = new Set(before.choices.map((choice) => choice.id));
      choices.forEach((choice, index) => {
        if (choice.id && !existing.has(choice.id)) {
          errors.push(
            questionError(
              QuestionErrorCode.CHOICE_NOT_FOUND,
              'The question has no such choice.',
              `choices.${index}.id`,
            ),
          );
        }
      });
      const kept = new Set(choices.map((choice) => choice.id));
      const dropped = before.choices.filter((choice) => !kept.has(choice.id)).map((choice) => choice.id);
      // A dropped choice with answers is hidden and stays; one without is deleted: nothing may depend on it.
      const deleted = await this.unansweredChoices(manager, dropped);
      if (
        others.some(
          (question) => question.dependsOn?.choiceId && deleted.includes(question.dependsOn.choiceId),
        )
      ) {
        errors.push(
          questionError(
            QuestionErrorCode.HAS_DEPENDENTS,
            'Another question depends on a choice left out: change that question first.',
            'choices',
          ),
        );
      }
      if (errors.length > 0) return { question: null, errors };

      if (input.label != null) entity.label = input.label.trim();
      if (input.helpText != null) entity.helpText = input.helpText.trim();
      if (input.required != null) entity.required = input.required;
      if (input.showAtDoor != null) entity.showAtDoor = input.showAtDoor;
      if (input.hidden != null) entity.hidden = input.hidden;
      entity.minNumber = draft.minNumber;
      entity.maxNumber = draft.maxNumber;
      entity.fileKinds = [...draft.fileKinds] as FileKind[];
      entity.maxFileBytes = draft.maxFileBytes;
      entity.dependsOnQuestionId = dependsOn?.questionId ?? null;
      entity.dependsOnChoiceId = dependsOn?.choiceId ?? null;
      entity.dependsOnBoolean = dependsOn?.booleanValue ?? null;
      await manager.save(entity);
      if (input.ticketTypeIds) {
        await manager.delete(QuestionTicketTypeEntity, { questionId: entity.id });
        await this.saveTicketTypes(manager, entity.id, input.ticketTypeIds);
      }
      if (input.choices) await this.saveChoices(manager, entity.id, input.choices, dropped);
      const question = await this.read(manager, entity);
      await this.record(tx, 'question.update', entity.id, before, question);
      return { question, errors: [] };
    });
  }

  /** Deletes a question nobody answered and nothing depends on; otherwise HAS_ANSWERS / HAS_DEPENDENTS. */
  async delete(ctx: RequestContext, id: string): Promise<DeleteQuestionPayload> {
    requireActor(ctx);
    if (!UUID.test(id)) return { deletedId: null, errors: [questionNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const entity = await this.lockQuestion(manager, id);
      if (!entity) return { deletedId: null, errors: [questionNotFound()] };
      if (await manager.existsBy(QuestionAnswerEntity, { questionId: id })) {
        return {
          deletedId: null,
          errors: [questionError(QuestionErrorCode.HAS_ANSWERS, 'It has answers: hide it instead.', 'id')],
        };
      }
      if (await manager.existsBy(QuestionEntity, { dependsOnQuestionId: id })) {
        return {
          deletedId: null,
          errors: [
            questionError(
              QuestionErrorCode.HAS_DEPENDENTS,
              'Other questions depend on it: change them first.',
              'id',
            ),
          ],
        };
      }
      const before = await this.read(manager, entity);
      await manager.delete(QuestionEntity, { id });
      await this.record(tx, 'question.delete', id, before, null);
      return { deletedId: id, errors: [] };
    });
  }

  async reorder(ctx: RequestContext, input: ReorderQuestionsInput): Promise<ReorderQuestionsPayload> {
    requireActor(ctx);
    if (!UUID.test(input.eventId)) return { questions: [], errors: [eventNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const event = await manager.findOne(EventEntity, {
        where: { id: input.eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) return { questions: [], errors: [eventNotFound()] };
      const existing = await readEventQuestions(manager, event.id);
      const ids = new Set(existing.map((question) => question.id));
      const given = new Set(input.questionIds);
      if (
        given.size !== input.questionIds.length ||
        given.size !== ids.size ||
        ![...given].every((id) => ids.has(id))
      ) {
        return {
          questions: [],
          errors: [
            questionError(
              QuestionErrorCode.REORDER_MISMATCH,
              'List every question of the event exactly once.',
              'questionIds',
            ),
          ],
        };
      }
      for (const [index, id] of input.questionIds.entries()) {
        await manager.update(QuestionEntity, { id }, { sortOrder: index });
      }
      await this.audit.record(tx, {
        action: 'question.reorder',
        objectType: 'Event',
        objectId: event.id,
        changes: {
          questionOrder: { before: existing.map((question) => question.id), after: input.questionIds },
        },
      });
      return { questions: await readEventQuestions(manager, event.id), errors: [] };
    });
  }

  private lockQuestion(manager: EntityManager, id: string): Promise<QuestionEntity | null> {
    return manager.findOne(QuestionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async ticketTypeIds(manager: EntityManager, eventId: string): Promise<Set<string>> {
    const ticketTypes = await manager.find(TicketTypeEntity, { where: { eventId }, select: { id: true } });
    return new Set(ticketTypes.map((ticketType) => ticketType.id));
  }

  private async saveTicketTypes(
    manager: EntityManager,
    questionId: string,
    ticketTypeIds: readonly string[],
  ) {
    const unique = [...new Set(ticketTypeIds)];
    if (unique.length === 0) return;
    await manager.insert(
      QuestionTicketTypeEntity,
      unique.map((ticketTypeId) => ({ questionId, ticketTypeId })),
    );
  }

  /** The choices in the order given (kept ones by id); `dropped` ones are deleted, or hidden if answered. */
  private async saveChoices(
    manager: EntityManager,
    questionId: string,
    choices: readonly QuestionChoiceInput[],
    dropped: readonly string[],
  ) {
    for (const [index, choice] of choices.entries()) {
      const fields = { label: choice.label.trim(), hidden: choice.hidden, sortOrder: index };
      if (choice.id) await manager.update(QuestionChoiceEntity, { id: choice.id, questionId }, fields);
      else await manager.insert(QuestionChoiceEntity, { ...fields, questionId });
    }
    const deleted = await this.unansweredChoices(manager, dropped);
    for (const [index, id] of dropped.entries()) {
      if (deleted.includes(id)) await manager.delete(QuestionChoiceEntity, { id });
      else
        await manager.update(
          QuestionChoiceEntity,
          { id },
          { hidden: true, sortOrder: choices.length + index },
        );
    }
  }

  /** Of the choices, those no answer picked. */
  private async unansweredChoices(manager: EntityManager, choiceIds: readonly string[]): Promise<string[]> {
    if (choiceIds.length === 0) return [];
    const picked = await manager.find(QuestionAnswerChoiceEntity, {
      where: { choiceId: In([...choiceIds]) },
      select: { choiceId: true },
    });
    const answered = new Set(picked.map((row) => row.choiceId));
    return choiceIds.filter((id) => !answered.has(id));
  }

  private async read(manager: EntityManager, entity: QuestionEntity): Promise<Question> {
    const questions = await readEventQuestions(manager, entity.eventId);
    return questions.find((question) => question.id === entity.id)!;
  }

  private record(
    tx: Transaction,
    action: string,
    id: string,
    before: Question | null,
    after: Question | null,
  ) {
    return this.audit.record(tx, {
      action,
      objectType: 'Question',
      objectId: id,
      changes: changesOf(before, after),
    });
  }
}
