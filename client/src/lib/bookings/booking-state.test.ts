import { expect, test } from '@jest/globals';
import { bookingState, type BookingAccountSummary } from './booking-state';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR', decimals: 2 });
const account = (paid: number, refunded: number, pending = 0): BookingAccountSummary => ({
  paid: eur(paid),
  pending: eur(pending),
  refunded: eur(refunded),
  retained: eur(Math.max(0, paid - refunded)),
});

test('a paid booking the organiser cancelled and refunded says so, never "nothing was charged"', () => {
  const state = bookingState({ status: 'CANCELLED', account: account(4000, 4000) });
  expect(state.text).toContain('after you paid');
  expect(state.text).toContain('Your payment of €40.00 was refunded in full');
  expect(state.text).toContain('the organiser holds none of your money');
  expect(state.text).not.toContain('Nothing was charged');
});

test('a cancelled booking that was paid and not refunded says what the organiser holds', () => {
  const state = bookingState({ status: 'CANCELLED', account: account(4000, 0) });
  expect(state.text).toContain('Nothing has been refunded so far, and the organiser still holds €40.00.');
});

test('a hold called off before payment says nothing was charged', () => {
  expect(bookingState({ status: 'CANCELLED', account: account(0, 0) }).text).toContain('Nothing was charged');
});

test('a partial refund says how much of what was paid came back, and what is held', () => {
  const state = bookingState({ status: 'PARTIALLY_REFUNDED', account: account(4000, 1500) });
  expect(state.text).toContain(
    '€15.00 of your €40.00 payment was refunded, and the organiser still holds €25.00.',
  );
});

test('a confirmed booking says what was paid', () => {
  expect(bookingState({ status: 'CONFIRMED', account: account(4000, 0) }).text).toContain('You paid €40.00.');
});
