import { describe, expect, test } from '@jest/globals';
import { bookingFilterQuery, parseBookingFilters } from './booking-filters';

const EVENT_ID = '0b6f3c1e-8a4e-4c57-9d1e-2f1d7a9e4b10';

describe('parseBookingFilters', () => {
  test('no parameters: no filter at all', () => {
    expect(parseBookingFilters(new URLSearchParams())).toEqual({
      values: { q: '', event: '', status: [], from: '', to: '' },
      errors: {},
      filter: { search: null, eventId: null, statuses: null, createdFrom: null, createdTo: null },
    });
  });

  test('every filter set: whole UTC days from the first to the end of the last', () => {
    const parsed = parseBookingFilters(
      new URLSearchParams(
        `q=+K7Q-9ZD4+&event=${EVENT_ID}&status=CONFIRMED&status=PARTIALLY_REFUNDED&from=2026-11-01&to=2026-11-24`,
      ),
    );
    expect(parsed.errors).toEqual({});
    expect(parsed.filter).toEqual({
      search: 'K7Q-9ZD4',
      eventId: EVENT_ID,
      statuses: ['CONFIRMED', 'PARTIALLY_REFUNDED'],
      createdFrom: '2026-11-01T00:00:00.000Z',
      createdTo: '2026-11-24T23:59:59.999Z',
    });
  });

  test('a bad day is an error at its input and is left out of the filter', () => {
    const parsed = parseBookingFilters(new URLSearchParams('from=2026-02-30&to=tomorrow'));
    expect(parsed.errors).toEqual({ from: 'Enter a date as YYYY-MM-DD.', to: 'Enter a date as YYYY-MM-DD.' });
    expect(parsed.filter.createdFrom).toBeNull();
    expect(parsed.filter.createdTo).toBeNull();
  });

  test('a range that ends before it starts is refused at the last day', () => {
    const parsed = parseBookingFilters(new URLSearchParams('from=2026-11-24&to=2026-11-01'));
    expect(parsed.errors).toEqual({ to: 'The last day is before the first day.' });
    expect(parsed.filter.createdFrom).toBeNull();
    expect(parsed.filter.createdTo).toBeNull();
  });

  test('edited links: unknown statuses and an event that is not an id are ignored', () => {
    const parsed = parseBookingFilters(new URLSearchParams('status=PAID&status=REFUNDED&event=1%20OR%201'));
    expect(parsed.filter.statuses).toEqual(['REFUNDED']);
    expect(parsed.filter.eventId).toBeNull();
  });
});

test('bookingFilterQuery keeps the filters for links such as the CSV download', () => {
  const { values } = parseBookingFilters(
    new URLSearchParams(`q=ada&status=REFUNDED&status=CONFIRMED&from=2026-11-01&event=${EVENT_ID}&after=abc`),
  );
  expect(bookingFilterQuery(values)).toBe(
    `?q=ada&event=${EVENT_ID}&status=REFUNDED&status=CONFIRMED&from=2026-11-01`,
  );
  expect(bookingFilterQuery(parseBookingFilters(new URLSearchParams()).values)).toBe('');
});
