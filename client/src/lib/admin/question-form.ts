/**
 * The admin form for one checkout question, as plain data: what was typed (to show it again with its
 * errors), the createQuestion / updateQuestion input it makes, and the dependency picker's options.
 * A dependency is one select whose value is `<questionId>:yes`, `<questionId>:no` or
 * `<questionId>:<choiceId>`, so the form needs no JavaScript. The API checks every rule; this only
 * turns text into numbers and lists.
 */
/** Messages by input name. */
type FieldErrors = Record<string, string>;

export const QUESTION_TYPES = [
  { value: 'TEXT', label: 'One line of text' },
  { value: 'PARAGRAPH', label: 'Paragraph' },
  { value: 'NUMBER', label: 'Number' },
  { value: 'YES_NO', label: 'Yes or no' },
  { value: 'ONE_CHOICE', label: 'One choice' },
  { value: 'MANY_CHOICES', label: 'Several choices' },
  { value: 'DATE', label: 'Date' },
  { value: 'COUNTRY', label: 'Country' },
  { value: 'PHONE', label: 'Phone number' },
  { value: 'EMAIL', label: 'E-mail address' },
  { value: 'FILE', label: 'File upload' },
] as const;

/** The kinds of file a FILE question may accept (the API's FileKind). */
export const FILE_KINDS = ['PDF', 'JPEG', 'PNG'] as const;

const MEGABYTE = 1024 * 1024;

export type QuestionTypeValue = (typeof QUESTION_TYPES)[number]['value'];

export const CHOICE_TYPES: readonly string[] = ['ONE_CHOICE', 'MANY_CHOICES'];

export function questionTypeLabel(type: string): string {
  return QUESTION_TYPES.find((candidate) => candidate.value === type)?.label ?? type;
}

/** A question as the admin page reads it (the parts the form and the list need). */
export interface AdminQuestion {
  id: string;
  label: string;
  type: string;
  scope: string;
  choices: readonly { id: string; label: string; hidden: boolean }[];
  dependsOn?: { questionId: string; choiceId?: string | null; booleanValue?: boolean | null } | null;
}

export interface QuestionFormValues {
  label: string;
  helpText: string;
  type: string;
  scope: string;
  required: boolean;
  showAtDoor: boolean;
  minNumber: string;
  maxNumber: string;
  /** FILE questions: the kinds accepted, and the largest size in MB as typed. */
  fileKinds: string[];
  maxFileMegabytes: string;
  ticketTypeIds: string[];
  /** Existing choices (edit form), in the order shown: renamed or hidden by id. */
  choices: { id: string; label: string; hidden: boolean }[];
  /** New choices, one a line. */
  newChoices: string;
  /** The dependency select's value; '' for always asked. */
  dependsOn: string;
}

export type Dependency = { questionId: string; choiceId: string | null; booleanValue: boolean | null };

/** The select value for a dependency ('' for none). */
export function dependencyValue(dependsOn: AdminQuestion['dependsOn']): string {
  if (!dependsOn) return '';
  if (dependsOn.choiceId) return `${dependsOn.questionId}:${dependsOn.choiceId}`;
  return `${dependsOn.questionId}:${dependsOn.booleanValue ? 'yes' : 'no'}`;
}

export function parseDependency(value: string): Dependency | null {
  const [questionId, answer] = value.split(':');
  if (!questionId || !answer) return null;
  if (answer === 'yes' || answer === 'no')
    return { questionId, choiceId: null, booleanValue: answer === 'yes' };
  return { questionId, choiceId: answer, booleanValue: null };
}

/**
 * What a question may depend on: the other yes/no and choice questions that depend on nothing
 * themselves, each answer an option, grouped by question. `scope` narrows to one scope (editing).
 */
export function dependencyOptions(
  questions: readonly AdminQuestion[],
  self: { id: string; scope: string } | null,
): { questionId: string; label: string; options: { value: string; label: string }[] }[] {
  return questions
    .filter(
      (question) =>
        question.id !== self?.id &&
        !question.dependsOn &&
        (question.type === 'YES_NO' || CHOICE_TYPES.includes(question.type)) &&
        (!self || question.scope === self.scope),
    )
    .map((question) => ({
      questionId: question.id,
      label: `${question.label} (${question.scope === 'BOOKING' ? 'buyer' : 'each attendee'})`,
      options:
        question.type === 'YES_NO'
          ? [
              { value: `${question.id}:yes`, label: `“${question.label}” is Yes` },
              { value: `${question.id}:no`, label: `“${question.label}” is No` },
            ]
          : question.choices
              .filter((choice) => !choice.hidden)
              .map((choice) => ({
                value: `${question.id}:${choice.id}`,
                label: `“${question.label}” is “${choice.label}”`,
              })),
    }));
}

/** The form of an existing question, as saved. */
export function questionFormValues(
  question: AdminQuestion & {
    helpText: string;
    required: boolean;
    showAtDoor: boolean;
    minNumber?: number | null;
    maxNumber?: number | null;
    fileKinds?: readonly string[];
    maxFileBytes?: number | null;
    ticketTypeIds: readonly string[];
  },
): QuestionFormValues {
  return {
    label: question.label,
    helpText: question.helpText,
    type: question.type,
    scope: question.scope,
    required: question.required,
    showAtDoor: question.showAtDoor,
    minNumber: question.minNumber == null ? '' : String(question.minNumber),
    maxNumber: question.maxNumber == null ? '' : String(question.maxNumber),
    fileKinds: [...(question.fileKinds ?? [])],
    maxFileMegabytes: question.maxFileBytes == null ? '' : String(question.maxFileBytes / MEGABYTE),
    ticketTypeIds: [...question.ticketTypeIds],
    choices: question.choices.map((choice) => ({ ...choice })),
    newChoices: '',
    dependsOn: dependencyValue(question.dependsOn),
  };
}

/** The posted form as typed. Existing choices come as `choiceId` (in order), `choice.<id>`, `choiceHidden.<id>`. */
export function readQuestionForm(form: FormData): QuestionFormValues {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return {
    label: text('label'),
    helpText: text('helpText'),
    type: text('type'),
    scope: text('scope') === 'ATTENDEE' ? 'ATTENDEE' : 'BOOKING',
    required: form.get('required') === 'on',
    showAtDoor: form.get('showAtDoor') === 'on',
    minNumber: text('minNumber'),
    maxNumber: text('maxNumber'),
    fileKinds: form.getAll('fileKinds').map(String),
    maxFileMegabytes: text('maxFileMegabytes'),
    ticketTypeIds: form.getAll('ticketTypeIds').map(String),
    choices: form.getAll('choiceId').map((value) => {
      const id = String(value);
      return { id, label: text(`choice.${id}`), hidden: form.get(`choiceHidden.${id}`) === 'on' };
    }),
    newChoices: String(form.get('newChoices') ?? ''),
    dependsOn: text('dependsOn'),
  };
}

/** The fields both inputs share, or the errors of what could not be read. */
export function questionFields(values: QuestionFormValues):
  | {
      ok: true;
      fields: {
        label: string;
        helpText: string;
        required: boolean;
        showAtDoor: boolean;
        minNumber: number | null;
        maxNumber: number | null;
        fileKinds: string[];
        maxFileBytes: number | null;
        ticketTypeIds: string[];
        choices: { id: string | null; label: string; hidden: boolean }[];
        dependsOn: Dependency | null;
      };
    }
  | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = (name: 'minNumber' | 'maxNumber' | 'maxFileMegabytes') => {
    if (!values[name]) return null;
    const parsed = Number(values[name].replace(',', '.'));
    if (!Number.isFinite(parsed)) errors[name] = 'Enter a number, or leave it empty.';
    return parsed;
  };
  const minNumber = number('minNumber');
  const maxNumber = number('maxNumber');
  const isFile = values.type === 'FILE';
  const megabytes = isFile ? number('maxFileMegabytes') : null;
  if (megabytes !== null && !(megabytes > 0)) errors.maxFileMegabytes = 'Enter a size in MB above 0.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const added = values.newChoices
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((label) => ({ id: null, label, hidden: false }));
  return {
    ok: true,
    fields: {
      label: values.label,
      helpText: values.helpText,
      required: values.required,
      showAtDoor: values.showAtDoor,
      minNumber,
      maxNumber,
      // Like choices: what a question of another type posts here (the form without JS shows it all) is dropped.
      fileKinds: isFile ? values.fileKinds : [],
      maxFileBytes: megabytes === null ? null : Math.round(megabytes * MEGABYTE),
      ticketTypeIds: values.ticketTypeIds,
      choices: CHOICE_TYPES.includes(values.type) ? [...values.choices, ...added] : [],
      dependsOn: parseDependency(values.dependsOn),
    },
  };
}

/** API field paths (`choices.2.label`, `dependsOn.choiceId`, `ticketTypeIds.0`) as the form's inputs. */
export function questionInputName(field: string): string {
  const [head] = field.split('.');
  if (field === 'maxFileBytes') return 'maxFileMegabytes';
  return ['choices', 'dependsOn', 'ticketTypeIds', 'fileKinds'].includes(head) ? head : field;
}
