import { expect, test } from '@jest/globals';
import { blankCheckoutValues } from './checkout-form';
import { checkoutProblems } from './checkout-validation';

test('reports every problem at once: a missing name does not hide a bad e-mail', () => {
  const values = blankCheckoutValues(2);
  values.buyer.email = 'kim@example';
  values.attendees[1] = { name: '', email: 'guest@', sameAsBuyer: false };

  expect(checkoutProblems(values)).toEqual({
    'buyer.name': 'Enter your full name.',
    'buyer.email': 'Enter an e-mail address like name@example.com.',
    'attendees.1.name': 'Enter the name of the person using this ticket.',
    'attendees.1.email': 'Enter an e-mail address like name@example.com.',
    terms: 'Accept the terms to book.',
  });
});

test('accepts a complete form, ignoring the fields of tickets that are the buyer’s own', () => {
  const values = blankCheckoutValues(2);
  values.buyer = { name: 'Kim Lee', email: 'kim@example.com' };
  values.attendees[0] = { name: '', email: 'not checked', sameAsBuyer: true };
  values.attendees[1] = { name: 'Sam Lee', email: '', sameAsBuyer: false };
  values.termsAccepted = true;

  expect(checkoutProblems(values)).toEqual({});
});
