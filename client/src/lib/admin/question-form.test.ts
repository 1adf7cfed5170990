import { expect, test } from '@jest/globals';
import {
  dependencyOptions,
  dependencyValue,
  parseDependency,
  questionFields,
  questionInputName,
  readQuestionForm,
  type AdminQuestion,
} from './question-form';

const size: AdminQuestion = {
  id: 'q-size',
  label: 'T-shirt size',
  type: 'ONE_CHOICE',
  scope: 'ATTENDEE',
  choices: [
    { id: 'c-m', label: 'M', hidden: false },
    { id: 'c-xl', label: 'XL', hidden: true },
  ],
};
const camping: AdminQuestion = {
  id: 'q-camp',
  label: 'Camping?',
  type: 'YES_NO',
  scope: 'BOOKING',
  choices: [],
};
const fit: AdminQuestion = {
  id: 'q-fit',
  label: 'Fit',
  type: 'TEXT',
  scope: 'ATTENDEE',
  choices: [],
  dependsOn: { questionId: 'q-size', choiceId: 'c-m' },
};

function formData(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

test('a dependency round-trips through the select value, for choices and for yes or no', () => {
  for (const dependsOn of [
    { questionId: 'q-size', choiceId: 'c-m', booleanValue: null },
    { questionId: 'q-camp', choiceId: null, booleanValue: true },
    { questionId: 'q-camp', choiceId: null, booleanValue: false },
  ]) {
    expect(parseDependency(dependencyValue(dependsOn))).toEqual(dependsOn);
  }
  expect(dependencyValue(null)).toBe('');
  expect(parseDependency('')).toBeNull();
});

test('only yes/no and choice questions that depend on nothing are offered, with their offered choices', () => {
  const groups = dependencyOptions([size, camping, fit], null);
  expect(groups.map((group) => group.questionId)).toEqual(['q-size', 'q-camp']);
  expect(groups[0].options).toEqual([{ value: 'q-size:c-m', label: '“T-shirt size” is “M”' }]);
  expect(groups[1].options.map((option) => option.value)).toEqual(['q-camp:yes', 'q-camp:no']);
  // Editing an attendee question: only attendee questions, never itself.
  expect(dependencyOptions([size, camping, fit], size).map((group) => group.questionId)).toEqual([]);
  expect(dependencyOptions([size, camping, fit], fit).map((group) => group.questionId)).toEqual(['q-size']);
});

test('the posted form becomes the input: renamed and hidden choices by id, then new lines, bounds as numbers', () => {
  const values = readQuestionForm(
    formData([
      ['label', ' Size '],
      ['type', 'ONE_CHOICE'],
      ['scope', 'ATTENDEE'],
      ['required', 'on'],
      ['minNumber', ''],
      ['ticketTypeIds', 't-1'],
      ['choiceId', 'c-m'],
      ['choice.c-m', 'Medium'],
      ['choiceId', 'c-xl'],
      ['choice.c-xl', 'XL'],
      ['choiceHidden.c-xl', 'on'],
      ['newChoices', 'S\r\n\r\n L \n'],
      ['dependsOn', 'q-camp:no'],
    ]),
  );
  const read = questionFields(values);
  expect(read).toEqual({
    ok: true,
    fields: {
      label: 'Size',
      helpText: '',
      required: true,
      showAtDoor: false,
      minNumber: null,
      maxNumber: null,
      fileKinds: [],
      maxFileBytes: null,
      ticketTypeIds: ['t-1'],
      choices: [
        { id: 'c-m', label: 'Medium', hidden: false },
        { id: 'c-xl', label: 'XL', hidden: true },
        { id: null, label: 'S', hidden: false },
        { id: null, label: 'L', hidden: false },
      ],
      dependsOn: { questionId: 'q-camp', choiceId: null, booleanValue: false },
    },
  });
});

test('bounds that are not numbers are named; a question that is not a choice question sends no choices', () => {
  const bad = questionFields(
    readQuestionForm(
      formData([
        ['type', 'NUMBER'],
        ['minNumber', 'ten'],
        ['maxNumber', '2,5'],
      ]),
    ),
  );
  expect(bad).toEqual({ ok: false, errors: { minNumber: 'Enter a number, or leave it empty.' } });
  const good = questionFields(
    readQuestionForm(
      formData([
        ['type', 'NUMBER'],
        ['maxNumber', '2,5'],
        ['newChoices', 'stray'],
      ]),
    ),
  );
  expect(good.ok && good.fields).toMatchObject({ maxNumber: 2.5, choices: [] });
});

test('a file question sends its kinds and its size in bytes; other types send neither', () => {
  const file = questionFields(
    readQuestionForm(
      formData([
        ['type', 'FILE'],
        ['fileKinds', 'PDF'],
        ['fileKinds', 'PNG'],
        ['maxFileMegabytes', '2,5'],
      ]),
    ),
  );
  expect(file.ok && file.fields).toMatchObject({ fileKinds: ['PDF', 'PNG'], maxFileBytes: 2621440 });
  const text = questionFields(
    readQuestionForm(
      formData([
        ['type', 'TEXT'],
        ['fileKinds', 'PDF'],
        ['maxFileMegabytes', '2'],
      ]),
    ),
  );
  expect(text.ok && text.fields).toMatchObject({ fileKinds: [], maxFileBytes: null });
  expect(
    questionFields(
      readQuestionForm(
        formData([
          ['type', 'FILE'],
          ['maxFileMegabytes', '0'],
        ]),
      ),
    ),
  ).toEqual({
    ok: false,
    errors: { maxFileMegabytes: 'Enter a size in MB above 0.' },
  });
  expect(questionInputName('maxFileBytes')).toBe('maxFileMegabytes');
});

test('API field paths land at the form input that holds them', () => {
  expect(questionInputName('choices.2.label')).toBe('choices');
  expect(questionInputName('dependsOn.choiceId')).toBe('dependsOn');
  expect(questionInputName('ticketTypeIds.0')).toBe('ticketTypeIds');
  expect(questionInputName('maxNumber')).toBe('maxNumber');
});
