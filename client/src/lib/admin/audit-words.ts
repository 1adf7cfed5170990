/**
 * The audit log in words: "Changed the price of Standing · Harbour Lights from ¥3,000 to ¥3,500", not
 * `ticketType.update priceMinor: 3000 → 3500`. Actions and fields the site does not know yet are still
 * written in words, from their names.
 */
import { formatInstantUtc, formatMoney } from '../format';

/** Every action the API records, in words (past tense: the log says what happened). */
const ACTION_WORDS: Record<string, string> = {
  'session.login': 'Signed in',
  'session.logout': 'Signed out',
  'account.create': 'Created the account',
  'account.changeRole': 'Changed the role of the account',
  'account.disable': 'Disabled the account',
  'account.enable': 'Enabled the account',
  'account.changePassword': 'Changed their password',
  'account.setPassword': 'Set a new password (command line)',
  'account.resendInvitation': 'Sent the invitation again',
  'account.acceptInvitation': 'Chose their password from the invitation',
  'account.resetPassword': 'Set a new password from a "forgot password" link',
  'event.create': 'Created the event',
  'event.duplicate': 'Duplicated the event',
  'event.update': 'Changed the event',
  'event.publish': 'Published the event',
  'event.unpublish': 'Unpublished the event',
  'event.cancel': 'Cancelled the event',
  'event.setVisibility': 'Changed who can see the event',
  'event.rotateAccessKey': 'Made a new private link for the event',
  'ticketType.create': 'Added the ticket type',
  'ticketType.update': 'Changed the ticket type',
  'ticketType.deactivate': 'Took the ticket type off sale',
  'ticketType.reactivate': 'Put the ticket type back on sale',
  'ticketType.delete': 'Deleted the ticket type',
  'ticketType.reorder': 'Reordered the ticket types',
  'booking.cancel': 'Cancelled the booking',
  'booking.refund': 'Refunded the booking',
  'booking.resendConfirmation': 'Sent the confirmation again',
  'booking.updateDetails': 'Changed the buyer or attendee details of the booking',
  'booking.updateAnswers': 'Changed answers of the booking',
  'booking.buyerUpdateAnswers': 'The buyer changed answers of the booking',
  'event.setAnswersEditableUntil': 'Changed until when buyers may change their answers',
  'ticket.checkIn': 'Checked the ticket in',
  'ticket.undoCheckIn': 'Undid the check-in of the ticket',
  'waiver.set': 'Changed the waiver text',
  'waiver.disable': 'Stopped asking for waivers',
  'waiver.paper': 'Recorded a waiver signed on paper',
  'waiver.resend': 'Sent the waiver request again',
};

/** Field names whose words do not follow from their names. */
const FIELD_WORDS: Record<string, string> = {
  accessKey: 'private link',
  capacity: 'capacity',
  minPerOrder: 'minimum per order',
  maxPerOrder: 'maximum per order',
  startsAt: 'start',
  endsAt: 'end',
  salesStartAt: 'sales start',
  salesEndAt: 'sales end',
  disabledAt: 'disabled since',
  isActive: 'on sale',
};

/** "ticketType" -> "ticket type"; "checkIn" -> "check in". */
export function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** "event.publish" -> "Published the event"; an action added later: "Ticket type: merge". */
export function actionWords(action: string): string {
  const known = ACTION_WORDS[action];
  if (known) return known;
  const [object, verb] = action.split('.', 2);
  const phrase = verb ? `${words(object)}: ${words(verb)}` : words(object);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** "priceMinor" -> "price"; "salesEndAt" -> "sales end". */
export function fieldWords(field: string): string {
  return FIELD_WORDS[field] ?? words(field.replace(/Minor$/, ''));
}

export interface EntryMoney {
  currency: string | null;
  currencyDecimals: number | null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value before or after a change, as a person reads it. */
export function valueWords(field: string, value: unknown, money: EntryMoney): string {
  if (value === null || value === undefined) return '—';
  if (value === '[secret]') return '(hidden)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (
    typeof value === 'number' &&
    field.endsWith('Minor') &&
    money.currency &&
    money.currencyDecimals !== null
  ) {
    return formatMoney({ amountMinor: value, currency: money.currency, decimals: money.currencyDecimals });
  }
  if (typeof value === 'number') return new Intl.NumberFormat('en-GB').format(value);
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatInstantUtc(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
