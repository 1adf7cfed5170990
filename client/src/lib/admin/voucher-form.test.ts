import { describe, expect, it } from '@jest/globals';
import { readVoucherForm, recipientList, voucherFormField } from './voucher-form';

const event = { currency: 'EUR', currencyDecimals: 2, timeZone: 'Europe/Berlin' };

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const each of Array.isArray(value) ? value : [value]) data.append(name, each);
  }
  return data;
}

describe('the codes form', () => {
  it('reads the settings, chosen ticket types and validity in the event time zone', () => {
    const { settings, errors } = readVoucherForm(
      form({
        how: 'generate',
        count: '2',
        discountKind: 'AMOUNT_OFF',
        discountValue: '2.50',
        maxUses: '3',
        useUnit: 'TICKETS',
        validUntil: '2030-06-01T18:00',
        ticketTypeIds: ['a', 'b'],
        reservesSeats: 'on',
      }),
      event,
    );
    expect(errors).toEqual({});
    expect(settings).toMatchObject({
      discountKind: 'AMOUNT_OFF',
      discountValue: 250,
      maxUses: 3,
      useUnit: 'TICKETS',
      validFrom: null,
      validUntil: '2030-06-01T16:00:00.000Z',
      ticketTypeIds: ['a', 'b'],
      reservesSeats: true,
      revealsHidden: false,
    });
  });

  it('names every field it cannot read, and addresses that are not e-mail addresses', () => {
    const { settings, errors } = readVoucherForm(
      form({
        how: 'email',
        recipients: 'ana@example.org, nobody\nben@example.org',
        discountKind: 'PERCENTAGE',
        discountValue: 'lots',
        maxUses: '-1',
        validFrom: 'soon',
      }),
      event,
    );
    expect(settings).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['discountValue', 'maxUses', 'recipients', 'validFrom']);
    expect(errors.recipients).toBe('Not e-mail addresses: nobody.');
  });

  it('takes addresses one per line or separated by commas, each once', () => {
    expect(recipientList(' a@x.org\nb@x.org, a@x.org;c@x.org ')).toEqual(['a@x.org', 'b@x.org', 'c@x.org']);
  });

  it('shows the API field paths at the inputs', () => {
    expect(voucherFormField('settings.ticketTypeIds.1')).toBe('ticketTypeIds');
    expect(voucherFormField('generate.count')).toBe('count');
    expect(voucherFormField('recipients.3')).toBe('recipients');
  });
});
