import { describe, expect, it } from '@jest/globals';
import { formatRemaining, millisecondsUntil } from './hold-countdown';

describe('formatRemaining', () => {
  it('writes minutes and seconds under an hour', () => {
    expect(formatRemaining(14 * 60_000 + 5_000)).toBe('14:05');
    expect(formatRemaining(59_000)).toBe('0:59');
  });

  it('rounds a started second up, so 0:00 shows only when the time is up', () => {
    expect(formatRemaining(400)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });

  it('adds hours from an hour on', () => {
    expect(formatRemaining(3_723_000)).toBe('1:02:03');
  });

  it('never counts below zero', () => {
    expect(formatRemaining(-5_000)).toBe('0:00');
  });
});

describe('millisecondsUntil', () => {
  it('measures from now to the expiry, negative once passed', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(millisecondsUntil('2026-11-24T10:15:00Z', now)).toBe(15 * 60_000);
    expect(millisecondsUntil('2026-11-24T09:59:00Z', now)).toBe(-60_000);
  });
});
