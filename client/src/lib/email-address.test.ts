import { expect, test } from '@jest/globals';
import { isEmailAddress } from './email-address';

// The same cases as the API's test (server/src/modules/bookings/email-rule.test.ts): the two agree.
test.each([
  ['kim@example.com', true],
  ['kim.lee+tickets@mail.example.co.uk', true],
  ['kim@example', false],
  ['kim@@example.com', false],
  ['kim example@example.com', false],
  ['@example.com', false],
  ['kim@', false],
  [`${'k'.repeat(250)}@example.com`, false],
])('%s is an e-mail address: %s', (address, valid) => {
  expect(isEmailAddress(address)).toBe(valid);
});
