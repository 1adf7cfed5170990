import { expect, test } from '@jest/globals';
import { eventChanges, movedTicketTypeOrder, type SavedEventDetails } from './event-changes';

const saved: SavedEventDetails = {
  id: 'event-1',
  title: 'Summer Gala',
  slug: 'summer-gala',
  description: 'An evening outdoors.',
  venue: { name: 'Park Hall', address: 'Parkstraße 1, Berlin' },
  timeZone: 'Europe/Berlin',
  startsAt: '2026-07-01T17:00:00.000Z',
  endsAt: '2026-07-01T21:00:00.000Z',
  currency: 'EUR',
  imageUrl: null,
};

/** The form sent back exactly as shown. */
const unchanged = {
  title: saved.title,
  slug: saved.slug,
  description: saved.description,
  venue: { ...saved.venue },
  timeZone: saved.timeZone,
  startsAt: saved.startsAt,
  endsAt: saved.endsAt,
  currency: saved.currency,
  imageUrl: null,
  imageAlt: null,
  sendAttendeeTickets: true,
};

test('a form saved unchanged sends only the id', () => {
  expect(eventChanges(saved, unchanged)).toEqual({ id: 'event-1' });
});

test('turning attendee tickets off (or back on) is sent; an event saved before the setting counts as on', () => {
  expect(eventChanges(saved, { ...unchanged, sendAttendeeTickets: false })).toEqual({
    id: 'event-1',
    sendAttendeeTickets: false,
  });
  expect(eventChanges({ ...saved, sendAttendeeTickets: false }, unchanged)).toEqual({
    id: 'event-1',
    sendAttendeeTickets: true,
  });
});

test('only the fields that changed are sent', () => {
  expect(eventChanges(saved, { ...unchanged, title: 'Winter Gala', currency: 'JPY' })).toEqual({
    id: 'event-1',
    title: 'Winter Gala',
    currency: 'JPY',
  });
  expect(eventChanges(saved, { ...unchanged, slug: 'gala', description: '' })).toEqual({
    id: 'event-1',
    slug: 'gala',
    description: '',
  });
});

test('the venue is sent whole when its name or address changed', () => {
  const venue = { name: 'Park Hall', address: 'Parkstraße 2, Berlin' };
  expect(eventChanges(saved, { ...unchanged, venue })).toEqual({ id: 'event-1', venue });
});

test('times compare as instants, however they are written', () => {
  expect(eventChanges(saved, { ...unchanged, startsAt: '2026-07-01T19:00:00+02:00' })).toEqual({
    id: 'event-1',
  });
  expect(
    eventChanges(saved, {
      ...unchanged,
      timeZone: 'Europe/London',
      startsAt: '2026-07-01T18:00:00.000Z',
      endsAt: '2026-07-01T22:00:00.000Z',
    }),
  ).toEqual({
    id: 'event-1',
    timeZone: 'Europe/London',
    startsAt: '2026-07-01T18:00:00.000Z',
    endsAt: '2026-07-01T22:00:00.000Z',
  });
});

test('a picture is added, kept, or removed with an empty address', () => {
  const image = 'https://example.com/gala.jpg';
  expect(eventChanges(saved, { ...unchanged, imageUrl: image })).toEqual({ id: 'event-1', imageUrl: image });
  expect(eventChanges({ ...saved, imageUrl: image }, { ...unchanged, imageUrl: image })).toEqual({
    id: 'event-1',
  });
  expect(eventChanges({ ...saved, imageUrl: image }, unchanged)).toEqual({ id: 'event-1', imageUrl: '' });
  expect(eventChanges({ ...saved, imageUrl: undefined }, unchanged)).toEqual({ id: 'event-1' });
});

test('moving a ticket type swaps it with its neighbour', () => {
  const ids = ['a', 'b', 'c'];
  expect(movedTicketTypeOrder(ids, 'b', 'up')).toEqual(['b', 'a', 'c']);
  expect(movedTicketTypeOrder(ids, 'b', 'down')).toEqual(['a', 'c', 'b']);
  expect(ids).toEqual(['a', 'b', 'c']);
});

test('nothing to send when the type is already at that end or is not there', () => {
  expect(movedTicketTypeOrder(['a', 'b'], 'a', 'up')).toBeNull();
  expect(movedTicketTypeOrder(['a', 'b'], 'b', 'down')).toBeNull();
  expect(movedTicketTypeOrder(['a', 'b'], 'gone', 'up')).toBeNull();
  expect(movedTicketTypeOrder([], '', 'down')).toBeNull();
});

test('the picture’s alt text is sent when it changed, and an emptied one as ""', () => {
  expect(eventChanges(saved, { ...unchanged, imageAlt: 'A quartet on stage' })).toEqual({
    id: 'event-1',
    imageAlt: 'A quartet on stage',
  });
  expect(eventChanges({ ...saved, imageAlt: 'Old' }, unchanged)).toEqual({ id: 'event-1', imageAlt: '' });
});
