/**
 * Every problem with the checkout's details, found in one pass before anything is reserved: blank
 * names, e-mail addresses the API would refuse (its own rule, $lib/email-address), over-long values
 * and the terms. The buyer sees them all at once, not one per submit. The API checks again.
 */
import { isEmailAddress } from '../email-address';
import type { CheckoutValues } from './checkout-form';

/** The API's limit on names (BuyerInput.name, AttendeeInput.name). */
const MAX_NAME_LENGTH = 200;
const ENTER_EMAIL = 'Enter an e-mail address like name@example.com.';

export function checkoutProblems(values: CheckoutValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = (field: string, value: string, blank: string) => {
    if (!value) errors[field] = blank;
    else if (value.length > MAX_NAME_LENGTH) errors[field] = `Use at most ${MAX_NAME_LENGTH} characters.`;
  };
  name('buyer.name', values.buyer.name, 'Enter your full name.');
  if (!values.buyer.email) errors['buyer.email'] = 'Enter your e-mail address.';
  else if (!isEmailAddress(values.buyer.email)) errors['buyer.email'] = ENTER_EMAIL;
  values.attendees.forEach((attendee, index) => {
    if (attendee.sameAsBuyer) return;
    name(`attendees.${index}.name`, attendee.name, 'Enter the name of the person using this ticket.');
    if (attendee.email && !isEmailAddress(attendee.email)) errors[`attendees.${index}.email`] = ENTER_EMAIL;
  });
  if (!values.termsAccepted) errors.terms = 'Accept the terms to book.';
  return errors;
}
