/**
 * The organiser's form for codes (admin/events/<id>/vouchers): what was typed, read back into the
 * settings the API takes (VoucherSettingsInput) with a message per field for what cannot be read.
 * The API checks the rest (one ticket type for a code that reserves seats, codes taken ...).
 */
import { decimalToMinor } from './money';
import { zonedLocalToInstant } from './zoned-time';

export const DISCOUNT_KINDS = ['PERCENTAGE', 'AMOUNT_OFF', 'SET_PRICE', 'NONE'] as const;
export type DiscountKind = (typeof DISCOUNT_KINDS)[number];
export type CodesHow = 'code' | 'generate' | 'email';

/** The form as typed, shown again with its errors. */
export interface VoucherFormValues {
  how: CodesHow;
  code: string;
  prefix: string;
  count: string;
  recipients: string;
  message: string;
  discountKind: DiscountKind;
  discountValue: string;
  maxUses: string;
  useUnit: 'BOOKINGS' | 'TICKETS';
  maxPerBooking: string;
  validFrom: string;
  validUntil: string;
  ticketTypeIds: string[];
  revealsHidden: boolean;
  opensPrivateEvent: boolean;
  reservesSeats: boolean;
}

export interface VoucherSettings {
  discountKind: DiscountKind;
  discountValue: number;
  maxUses: number | null;
  useUnit: 'BOOKINGS' | 'TICKETS';
  maxPerBooking: number | null;
  validFrom: string | null;
  validUntil: string | null;
  ticketTypeIds: string[];
  revealsHidden: boolean;
  opensPrivateEvent: boolean;
  reservesSeats: boolean;
}

/** The most addresses one e-mailing takes (the API's limit per call). */
export const MAX_RECIPIENTS = 1000;

/** Addresses typed one per line, or separated by commas, semicolons or spaces; each once. */
export function recipientList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

const LOOKS_LIKE_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function readVoucherForm(
  form: FormData,
  event: { currency: string; currencyDecimals: number; timeZone: string },
): { values: VoucherFormValues; errors: Record<string, string>; settings: VoucherSettings | null } {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const how = text('how');
  const kind = text('discountKind');
  const values: VoucherFormValues = {
    how: how === 'generate' || how === 'email' ? how : 'code',
    code: text('code'),
    prefix: text('prefix'),
    count: text('count'),
    recipients: String(form.get('recipients') ?? ''),
    message: String(form.get('message') ?? ''),
    discountKind: (DISCOUNT_KINDS as readonly string[]).includes(kind)
      ? (kind as DiscountKind)
      : 'PERCENTAGE',
    discountValue: text('discountValue'),
    maxUses: text('maxUses'),
    useUnit: text('useUnit') === 'TICKETS' ? 'TICKETS' : 'BOOKINGS',
    maxPerBooking: text('maxPerBooking'),
    validFrom: text('validFrom'),
    validUntil: text('validUntil'),
    ticketTypeIds: form.getAll('ticketTypeIds').map(String).filter(Boolean),
    revealsHidden: form.get('revealsHidden') === 'on',
    opensPrivateEvent: form.get('opensPrivateEvent') === 'on',
    reservesSeats: form.get('reservesSeats') === 'on',
  };
  const errors: Record<string, string> = {};
  const whole = (name: 'count' | 'maxUses' | 'maxPerBooking') => {
    if (!values[name]) return null;
    if (!/^\d+$/.test(values[name])) errors[name] = 'Enter a whole number.';
    return Number(values[name]);
  };
  const instant = (name: 'validFrom' | 'validUntil') => {
    if (!values[name]) return null;
    const at = zonedLocalToInstant(values[name], event.timeZone);
    if (!at) errors[name] = 'Enter a date and time, or leave empty.';
    return at;
  };
  let discountValue = 0;
  if (values.discountKind === 'PERCENTAGE') {
    if (!/^\d+$/.test(values.discountValue)) errors.discountValue = 'Enter a percentage such as 20.';
    else discountValue = Number(values.discountValue);
  } else if (values.discountKind !== 'NONE') {
    const parsed = decimalToMinor(values.discountValue, event.currency, event.currencyDecimals);
    if (parsed.ok) discountValue = parsed.amountMinor;
    else errors.discountValue = parsed.message;
  }
  whole('count');
  if (values.how === 'email') {
    const recipients = recipientList(values.recipients);
    const wrong = recipients.filter((address) => !LOOKS_LIKE_ADDRESS.test(address));
    if (recipients.length === 0) errors.recipients = 'Enter at least one e-mail address.';
    else if (wrong.length > 0) errors.recipients = `Not e-mail addresses: ${wrong.slice(0, 5).join(', ')}.`;
    else if (recipients.length > MAX_RECIPIENTS)
      errors.recipients = `At most ${MAX_RECIPIENTS} addresses at once.`;
  }
  const settings: VoucherSettings = {
    discountKind: values.discountKind,
    discountValue,
    maxUses: whole('maxUses'),
    useUnit: values.useUnit,
    maxPerBooking: whole('maxPerBooking'),
    validFrom: instant('validFrom'),
    validUntil: instant('validUntil'),
    ticketTypeIds: values.ticketTypeIds,
    revealsHidden: values.revealsHidden,
    opensPrivateEvent: values.opensPrivateEvent,
    reservesSeats: values.reservesSeats,
  };
  return { values, errors, settings: Object.keys(errors).length > 0 ? null : settings };
}

/**
 * An API field path as the form's input name: `settings.ticketTypeIds.0` -> `ticketTypeIds`,
 * `generate.count` -> `count`, `recipients.3` -> `recipients`.
 */
export function voucherFormField(field: string): string {
  return field.replace(/^(settings|generate)\./, '').replace(/\.\d+$/, '');
}
