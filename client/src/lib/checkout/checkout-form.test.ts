import { describe, expect, it } from '@jest/globals';
import {
  asSentence,
  attendeeTicketTypes,
  blankCheckoutValues,
  bookingRequest,
  checkoutFieldLabel,
  checkoutInputNames,
  choiceProblems,
  errorPlacement,
  parseChosenLines,
  readCheckoutForm,
} from './checkout-form';

const STANDARD = '5b0c3c2e-0000-4000-8000-000000000001';
const TABLE = '5b0c3c2e-0000-4000-8000-000000000002';

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe('parseChosenLines', () => {
  it('keeps the chosen quantities in order and skips zeros and other parameters', () => {
    const params = new URLSearchParams(
      `event=jazz&quantity.${TABLE}=2&quantity.${STANDARD}=0&key=k&quantity.${STANDARD}x=1`,
    );
    expect(parseChosenLines(params)).toEqual({
      lines: [
        { ticketTypeId: TABLE, quantity: 2 },
        { ticketTypeId: `${STANDARD}x`, quantity: 1 },
      ],
      problems: [],
    });
  });

  it('gives no lines when nothing was chosen', () => {
    expect(parseChosenLines(new URLSearchParams(`event=jazz&quantity.${STANDARD}=0`)).lines).toEqual([]);
  });

  it('says what is wrong with quantities that are not whole numbers, repeated or nameless', () => {
    const problems = (query: string) => parseChosenLines(new URLSearchParams(query)).problems;
    expect(problems(`quantity.${STANDARD}=1.5`)).toEqual([
      '“1.5” is not a number of tickets: choose a whole number from 0.',
    ]);
    expect(problems(`quantity.${STANDARD}=-1`)).toHaveLength(1);
    expect(problems(`quantity.${STANDARD}=two`)).toHaveLength(1);
    expect(problems(`quantity.${STANDARD}=1&quantity.${STANDARD}=2`)).toEqual([
      'The link names the same ticket type twice.',
    ]);
    expect(problems(`quantity.=1`)).toEqual(['The link names a quantity without a ticket type.']);
  });
});

describe('choiceProblems', () => {
  const types = [
    { id: STANDARD, name: 'Standard', availability: 'ON_SALE', minPerOrder: 1, maxPurchasable: 30 },
    { id: TABLE, name: 'Table', availability: 'ON_SALE', minPerOrder: 2, maxPurchasable: 30 },
    { id: 'gone', name: 'Early bird', availability: 'SOLD_OUT', minPerOrder: 1, maxPurchasable: 0 },
  ];

  it('accepts a choice within every limit', () => {
    expect(choiceProblems([{ ticketTypeId: TABLE, quantity: 2 }], types)).toEqual([]);
  });

  it('names each problem: unknown type, not on sale, over the per-order maximum, under the minimum', () => {
    expect(
      choiceProblems(
        [
          { ticketTypeId: 'unknown', quantity: 1 },
          { ticketTypeId: 'gone', quantity: 1 },
          { ticketTypeId: STANDARD, quantity: 31 },
          { ticketTypeId: TABLE, quantity: 1 },
        ],
        types,
      ),
    ).toEqual([
      'One of the chosen ticket types is not sold for this event (any more).',
      '“Early bird” is sold out.',
      'At most 30 tickets of “Standard” can be bought in one order; 31 were chosen.',
      '“Table” is sold at least 2 per order; 1 was chosen.',
    ]);
  });

  it('refuses more tickets than one booking may hold', () => {
    expect(
      choiceProblems(
        [
          { ticketTypeId: STANDARD, quantity: 30 },
          { ticketTypeId: TABLE, quantity: 21 },
        ],
        types,
      ),
    ).toEqual(['One booking holds at most 50 tickets; 51 were chosen. Please make two bookings.']);
  });
});

describe('attendees', () => {
  it('gives one attendee slot per ticket, in the order of the lines', () => {
    expect(
      attendeeTicketTypes([
        { ticketTypeId: TABLE, quantity: 2 },
        { ticketTypeId: STANDARD, quantity: 1 },
      ]),
    ).toEqual([TABLE, TABLE, STANDARD]);
  });

  it('starts with the first ticket as the buyer’s own', () => {
    expect(blankCheckoutValues(2).attendees.map((attendee) => attendee.sameAsBuyer)).toEqual([true, false]);
  });
});

describe('readCheckoutForm and bookingRequest', () => {
  const lines = [
    { ticketTypeId: STANDARD, quantity: 1 },
    { ticketTypeId: TABLE, quantity: 2 },
  ];

  it('reads what was typed, trimmed, with unchecked boxes as false', () => {
    const values = readCheckoutForm(
      form({
        'buyer.name': '  Ada Lovelace ',
        'buyer.email': 'ada@example.org',
        'attendees.0.sameAsBuyer': 'on',
        'attendees.1.name': 'Grace Hopper',
        'attendees.1.email': ' grace@example.org',
        'attendees.2.name': 'Alan Turing',
        terms: 'on',
      }),
      3,
    );
    expect(values).toEqual({
      buyer: { name: 'Ada Lovelace', email: 'ada@example.org' },
      attendees: [
        { name: '', email: '', sameAsBuyer: true },
        { name: 'Grace Hopper', email: 'grace@example.org', sameAsBuyer: false },
        { name: 'Alan Turing', email: '', sameAsBuyer: false },
      ],
      termsAccepted: true,
    });
  });

  it('sends only ticket type and quantity of a line, whatever else the form shows of it', () => {
    const shown = [
      { ticketTypeId: STANDARD, quantity: 1, name: 'Standard', unitPrice: { amountMinor: 2500 } },
    ];
    expect(bookingRequest({ slug: 'jazz', accessKey: 'k' }, shown, blankCheckoutValues(1)).lines).toEqual([
      { ticketTypeId: STANDARD, quantity: 1 },
    ]);
  });

  it('builds the createBooking input: the buyer’s own ticket carries no name, an empty e-mail is null', () => {
    const values = readCheckoutForm(
      form({
        'buyer.name': 'Ada Lovelace',
        'buyer.email': 'ada@example.org',
        'attendees.0.sameAsBuyer': 'on',
        'attendees.0.name': 'ignored',
        'attendees.1.name': 'Grace Hopper',
        'attendees.1.email': 'grace@example.org',
        'attendees.2.name': '',
      }),
      3,
    );
    expect(bookingRequest({ slug: 'jazz', accessKey: null }, lines, values)).toEqual({
      eventSlug: 'jazz',
      accessKey: null,
      lines,
      buyer: { name: 'Ada Lovelace', email: 'ada@example.org' },
      attendees: [
        { ticketTypeId: STANDARD, sameAsBuyer: true, name: null, email: null },
        { ticketTypeId: TABLE, sameAsBuyer: false, name: 'Grace Hopper', email: 'grace@example.org' },
        { ticketTypeId: TABLE, sameAsBuyer: false, name: '', email: null },
      ],
    });
  });
});

describe('checkoutInputNames', () => {
  it('lists the inputs in the order of the form', () => {
    expect([...checkoutInputNames(1)]).toEqual([
      'buyer.name',
      'buyer.email',
      'attendees.0.name',
      'attendees.0.email',
      'terms',
    ]);
  });
});

describe('errorPlacement', () => {
  const inputs = checkoutInputNames(2);

  it('puts an error at the input its field path names', () => {
    expect(errorPlacement('attendees.1.email', inputs)).toBe('attendees.1.email');
    expect(errorPlacement('buyer.name', inputs)).toBe('buyer.name');
  });

  it('puts problems with a ticket line at the ticket summary', () => {
    expect(errorPlacement('lines.0.quantity', inputs)).toBe('lines');
    expect(errorPlacement('lines', inputs)).toBe('lines');
  });

  it('puts anything else at the top of the form', () => {
    expect(errorPlacement('eventSlug', inputs)).toBe('form');
    expect(errorPlacement('attendees.7.email', inputs)).toBe('form');
    expect(errorPlacement('', inputs)).toBe('form');
  });
});

describe('checkoutFieldLabel', () => {
  it('names each input as the error summary lists it, counting tickets from 1', () => {
    expect(checkoutFieldLabel('buyer.email')).toBe('Your e-mail address');
    expect(checkoutFieldLabel('terms')).toBe('Terms of sale');
    expect(checkoutFieldLabel('attendees.0.name')).toBe('Ticket 1: attendee’s full name');
    expect(checkoutFieldLabel('attendees.11.email')).toBe('Ticket 12: attendee’s e-mail address');
  });
});

describe('asSentence', () => {
  it('turns a validator fragment into a sentence and leaves sentences alone', () => {
    expect(asSentence('must be an e-mail address')).toBe('Must be an e-mail address.');
    expect(asSentence('Not enough "Standard" tickets are left.')).toBe(
      'Not enough "Standard" tickets are left.',
    );
  });
});
