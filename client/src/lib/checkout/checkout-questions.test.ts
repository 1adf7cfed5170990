import { describe, expect, it } from '@jest/globals';
import {
  answerFieldLabel,
  answerInputNames,
  answersOf,
  answerValuesOf,
  dependencyHint,
  isShown,
  readAnswerValues,
  type CheckoutQuestion,
} from './checkout-questions';

const CAMPER = 'type-camper';
const VISITOR = 'type-visitor';
const question = (fields: Partial<CheckoutQuestion> & { id: string }): CheckoutQuestion => ({
  label: fields.id,
  helpText: '',
  type: 'TEXT',
  scope: 'ATTENDEE',
  required: false,
  ticketTypeIds: [],
  choices: [],
  ...fields,
});
const size = question({
  id: 'size',
  label: 'T-shirt size',
  type: 'ONE_CHOICE',
  ticketTypeIds: [CAMPER],
  choices: [
    { id: 'm', label: 'M' },
    { id: 'l', label: 'L' },
  ],
});
const fit = question({ id: 'fit', label: 'Which fit?', dependsOn: { questionId: 'size', choiceId: 'l' } });
const age = question({ id: 'age', type: 'NUMBER', scope: 'BOOKING' });
const extras = question({ id: 'extras', type: 'MANY_CHOICES', choices: [{ id: 'a', label: 'A' }] });
const questions = [size, fit, age, extras];

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('checkout questions', () => {
  it('names the inputs as the API names its errors, asking each attendee only their ticket type’s questions', () => {
    expect(answerInputNames(questions, [CAMPER, VISITOR])).toEqual([
      'answers.age',
      'attendees.0.answers.size',
      'attendees.0.answers.fit',
      'attendees.0.answers.extras',
      'attendees.1.answers.fit',
      'attendees.1.answers.extras',
    ]);
  });

  it('turns what was typed into typed answers, and says when a number is none', () => {
    const values = readAnswerValues(
      form([
        ['answers.age', ' 4,5 '],
        ['attendees.0.answers.size', 'l'],
        ['attendees.0.answers.extras', 'a'],
        ['attendees.1.answers.fit', ''],
      ]),
      questions,
      [CAMPER, VISITOR],
    );
    expect(answersOf(questions, [CAMPER, VISITOR], values)).toEqual({
      buyer: [{ questionId: 'age', numberValue: 4.5 }],
      attendees: [
        [
          { questionId: 'size', choiceIds: ['l'] },
          { questionId: 'extras', choiceIds: ['a'] },
        ],
        [],
      ],
      problems: {},
    });
    expect(answersOf(questions, [CAMPER], { 'answers.age': 'lots' }).problems).toEqual({
      'answers.age': 'Enter a number.',
    });
  });

  it('shows a follow-up only when its answer is picked, and says so in words without JavaScript', () => {
    expect(isShown(fit, 0, { 'attendees.0.answers.size': 'm' })).toBe(false);
    expect(isShown(fit, 0, { 'attendees.0.answers.size': 'l' })).toBe(true);
    expect(isShown(fit, 1, { 'attendees.0.answers.size': 'l' })).toBe(false);
    expect(dependencyHint(fit, questions)).toBe('Only if “T-shirt size” is “L”.');
    expect(answerFieldLabel('attendees.1.answers.size', questions)).toBe('Ticket 2: T-shirt size');
    expect(answerFieldLabel('answers.age', questions)).toBe('age');
  });

  it('writes stored answers back into the form as typed, so submitting them again sends the same answers', () => {
    const yes = question({ id: 'yes', type: 'YES_NO', scope: 'BOOKING' });
    const all = [...questions, yes];
    const slots = [CAMPER, VISITOR];
    const stored = {
      buyer: [
        { questionId: 'age', numberValue: 4.5, choices: [] },
        { questionId: 'yes', booleanValue: false, choices: [] },
      ],
      0: [
        { questionId: 'size', choices: [{ id: 'l' }] },
        { questionId: 'fit', textValue: 'Slim', choices: [] },
        { questionId: 'extras', choices: [{ id: 'a' }] },
      ],
      // An answer to a question this attendee is not asked (size is for campers) is left out.
      1: [{ questionId: 'size', choices: [{ id: 'm' }] }],
    };
    const values = answerValuesOf(all, slots, (attendee) =>
      attendee === null ? stored.buyer : stored[attendee as 0 | 1],
    );
    expect(values).toEqual({
      'answers.age': '4.5',
      'answers.yes': 'no',
      'attendees.0.answers.size': 'l',
      'attendees.0.answers.fit': 'Slim',
      'attendees.0.answers.extras': ['a'],
    });
    expect(answersOf(all, slots, values)).toEqual({
      buyer: [
        { questionId: 'age', numberValue: 4.5 },
        { questionId: 'yes', booleanValue: false },
      ],
      attendees: [
        [
          { questionId: 'size', choiceIds: ['l'] },
          { questionId: 'fit', textValue: 'Slim' },
          { questionId: 'extras', choiceIds: ['a'] },
        ],
        [],
      ],
      problems: {},
    });
  });

  it('sends a file answer as the id of its upload, kept from a stored answer or from a file chosen before', () => {
    const passport = question({ id: 'passport', type: 'FILE', scope: 'BOOKING', fileKinds: ['PDF'] });
    const slots = [VISITOR];
    const stored = answerValuesOf([passport], slots, (attendee) =>
      attendee === null ? [{ questionId: 'passport', choices: [], file: { id: 'upload-1' } }] : [],
    );
    expect(stored).toEqual({ 'answers.passport': 'upload-1' });
    // The form posts the file input (a File, uploaded by the server first) and the hidden earlier id.
    const data = form([['answers.passport', 'upload-2']]);
    data.append('answers.passport', new Blob(['%PDF-']), 'a.pdf');
    const values = readAnswerValues(data, [passport], slots);
    expect(answersOf([passport], slots, values).buyer).toEqual([
      { questionId: 'passport', fileId: 'upload-2' },
    ]);
  });
});
