/**
 * The rules an event's question must keep, as pure functions of the question and the event's other
 * questions and ticket types: choices only (and always) for choice questions, bounds only for NUMBER
 * questions, ticket types of the event, and a one-level dependency on a YES_NO or choice question of
 * the same scope. Each problem names its field; all are found in one pass.
 */
import { domainProblem } from '../../common/domain-error';
import { QuestionType } from './question.entity';
import { QuestionErrorCode, type Question, type QuestionError } from './questions.types';

export const CHOICE_TYPES: readonly QuestionType[] = [QuestionType.ONE_CHOICE, QuestionType.MANY_CHOICES];

export const questionError = (
  code: QuestionErrorCode,
  message: string,
  field: string | null = null,
): QuestionError => domainProblem(code, message, field);

/** A question's definition as it would be after a change (the dependency's parent by id). */
export interface QuestionDraft {
  id: string | null;
  type: QuestionType;
  scope: Question['scope'];
  minNumber: number | null;
  maxNumber: number | null;
  fileKinds: readonly string[];
  maxFileBytes: number | null;
  ticketTypeIds: readonly string[];
  choices: readonly { id?: string | null; label: string; hidden: boolean }[];
  dependsOn: { questionId: string; choiceId?: string | null; booleanValue?: boolean | null } | null;
}

/** Every rule the draft breaks, against the event's other questions and its ticket type ids. */
export function questionDraftErrors(
  draft: QuestionDraft,
  others: readonly Question[],
  eventTicketTypeIds: ReadonlySet<string>,
): QuestionError[] {
  const errors: QuestionError[] = [];
  const isChoice = CHOICE_TYPES.includes(draft.type);
  if (isChoice && !draft.choices.some((choice) => !choice.hidden)) {
    errors.push(questionError(QuestionErrorCode.CHOICES_REQUIRED, 'Offer at least one choice.', 'choices'));
  }
  if (!isChoice && draft.choices.length > 0) {
    errors.push(
      questionError(QuestionErrorCode.CHOICES_NOT_ALLOWED, 'Only choice questions have choices.', 'choices'),
    );
  }
  if (draft.type !== QuestionType.NUMBER && (draft.minNumber !== null || draft.maxNumber !== null)) {
    errors.push(
      questionError(
        QuestionErrorCode.BOUNDS_NOT_ALLOWED,
        'Only number questions have bounds.',
        draft.minNumber !== null ? 'minNumber' : 'maxNumber',
      ),
    );
  }
  if (draft.minNumber !== null && draft.maxNumber !== null && draft.minNumber > draft.maxNumber) {
    errors.push(
      questionError(
        QuestionErrorCode.MIN_ABOVE_MAX,
        'The smallest answer allowed must not be above the largest.',
        'maxNumber',
      ),
    );
  }
  if (draft.type === QuestionType.FILE && (draft.fileKinds.length === 0 || draft.maxFileBytes === null)) {
    errors.push(
      questionError(
        QuestionErrorCode.FILE_KINDS_REQUIRED,
        'Say which kinds of file are accepted, and how large they may be.',
        draft.fileKinds.length === 0 ? 'fileKinds' : 'maxFileBytes',
      ),
    );
  }
  if (draft.type !== QuestionType.FILE && (draft.fileKinds.length > 0 || draft.maxFileBytes !== null)) {
    errors.push(
      questionError(
        QuestionErrorCode.FILE_SETTINGS_NOT_ALLOWED,
        'Only file questions accept files.',
        draft.fileKinds.length > 0 ? 'fileKinds' : 'maxFileBytes',
      ),
    );
  }
  draft.ticketTypeIds.forEach((id, index) => {
    if (!eventTicketTypeIds.has(id)) {
      errors.push(
        questionError(
          QuestionErrorCode.TICKET_TYPE_NOT_FOUND,
          'This event has no such ticket type.',
          `ticketTypeIds.${index}`,
        ),
      );
    }
  });
  const dependencyProblem = draft.dependsOn ? dependencyError(draft, draft.dependsOn, others) : null;
  if (dependencyProblem) errors.push(dependencyProblem);
  return errors;
}

function dependencyError(
  draft: QuestionDraft,
  dependsOn: NonNullable<QuestionDraft['dependsOn']>,
  others: readonly Question[],
): QuestionError | null {
  const invalid = (message: string, field = 'dependsOn.questionId') =>
    questionError(QuestionErrorCode.DEPENDENCY_INVALID, message, field);
  const parent = others.find((question) => question.id === dependsOn.questionId);
  if (!parent || parent.id === draft.id) return invalid('Depend on another question of this event.');
  if (parent.scope !== draft.scope) return invalid('Depend on a question asked of the same people.');
  if (parent.dependsOn) return invalid('That question depends on another itself: one level only.');
  if (draft.id && others.some((question) => question.dependsOn?.questionId === draft.id)) {
    return invalid('Other questions depend on this one: one level only.');
  }
  if (parent.type === QuestionType.YES_NO) {
    if (dependsOn.booleanValue == null || dependsOn.choiceId) {
      return invalid('Say which answer (yes or no) asks this question.', 'dependsOn.booleanValue');
    }
    return null;
  }
  if (CHOICE_TYPES.includes(parent.type)) {
    if (!dependsOn.choiceId || !parent.choices.some((choice) => choice.id === dependsOn.choiceId)) {
      return invalid('Say which of its choices asks this question.', 'dependsOn.choiceId');
    }
    if (dependsOn.booleanValue != null)
      return invalid('A choice question has no yes or no.', 'dependsOn.booleanValue');
    return null;
  }
  return invalid('Depend on a yes/no or choice question.');
}
