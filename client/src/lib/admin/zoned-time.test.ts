import { describe, expect, test } from '@jest/globals';
import { instantToZonedLocal, zonedLocalToInstant } from './zoned-time';

describe('zonedLocalToInstant', () => {
  test('winter and summer offsets of Europe/Berlin', () => {
    expect(zonedLocalToInstant('2026-12-12T19:30', 'Europe/Berlin')).toBe('2026-12-12T18:30:00.000Z');
    expect(zonedLocalToInstant('2026-07-01T19:30', 'Europe/Berlin')).toBe('2026-07-01T17:30:00.000Z');
  });

  test('the days clocks change (Berlin: 29 March and 25 October 2026)', () => {
    expect(zonedLocalToInstant('2026-03-29T01:30', 'Europe/Berlin')).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedLocalToInstant('2026-03-29T03:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 does not exist that night: read as 03:30 CEST.
    expect(zonedLocalToInstant('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October: the first one (CEST).
    expect(zonedLocalToInstant('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedLocalToInstant('2026-10-25T03:30', 'Europe/Berlin')).toBe('2026-10-25T02:30:00.000Z');
  });

  test('other zones, including a half-hour one and the southern hemisphere', () => {
    expect(zonedLocalToInstant('2026-11-01T09:00', 'Asia/Kolkata')).toBe('2026-11-01T03:30:00.000Z');
    expect(zonedLocalToInstant('2026-01-15T20:00', 'Australia/Sydney')).toBe('2026-01-15T09:00:00.000Z');
    expect(zonedLocalToInstant('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(zonedLocalToInstant('2026-06-01T12:00', 'UTC')).toBe('2026-06-01T12:00:00.000Z');
  });

  test('refuses text that is not a local date-time', () => {
    expect(zonedLocalToInstant('12/12/2026 19:30', 'Europe/Berlin')).toBeNull();
  });
});

describe('instantToZonedLocal', () => {
  test('round-trips with zonedLocalToInstant', () => {
    for (const local of ['2026-12-12T19:30', '2026-07-01T00:00', '2026-10-25T03:30']) {
      expect(instantToZonedLocal(zonedLocalToInstant(local, 'Europe/Berlin')!, 'Europe/Berlin')).toBe(local);
    }
    expect(instantToZonedLocal('2026-10-25T01:30:00.000Z', 'Europe/Berlin')).toBe('2026-10-25T02:30');
  });
});
