import { describe, expect, it } from '@jest/globals';
import { checkInLabel, checkInVerdict, waiverLabel } from './attendees';

describe('waiver status in words', () => {
  it('tells online and paper signatures apart and names the version', () => {
    expect(waiverLabel({ waiverStatus: 'SIGNED', waiverMethod: 'ONLINE', waiverVersion: 1 })).toEqual({
      text: 'Signed online (version 1)',
      tone: 'success',
    });
    expect(waiverLabel({ waiverStatus: 'SIGNED', waiverMethod: 'PAPER', waiverVersion: 2 }).text).toBe(
      'Signed on paper (version 2)',
    );
  });

  it('marks an unsigned waiver as a problem and a missing one as neutral', () => {
    expect(waiverLabel({ waiverStatus: 'UNSIGNED' })).toEqual({ text: 'Unsigned', tone: 'danger' });
    expect(waiverLabel({ waiverStatus: 'NOT_REQUIRED' })).toEqual({
      text: 'Not required',
      tone: 'secondary',
    });
  });
});

describe('check-in status in words', () => {
  it('says when (in the event’s zone) and by whom', () => {
    expect(
      checkInLabel({ checkedInAt: '2026-12-12T18:30:00Z', checkedInBy: 'door@example.org' }, 'Europe/Berlin'),
    ).toBe('Checked in Sat, 12 Dec 2026, 19:30 CET by door@example.org');
  });

  it('says plainly when nobody checked the ticket in', () => {
    expect(checkInLabel({ checkedInAt: null }, 'Europe/Berlin')).toBe('Not checked in');
  });
});

describe('the verdict at the door', () => {
  const ticket = { attendeeName: 'Ada', ticketTypeName: 'Standing', bookingReference: 'BK-7' };

  it('admits a ticket checked in without problems', () => {
    expect(checkInVerdict({ ticket, errors: [] }, 'UTC')).toEqual({
      admitted: true,
      headline: 'Admitted',
      reason: 'Checked in now.',
      attendee: 'Ada · Standing · booking BK-7',
    });
  });

  it('refuses a second check-in, saying when and by whom the first was', () => {
    const verdict = checkInVerdict(
      {
        ticket,
        errors: [
          {
            code: 'ALREADY_CHECKED_IN',
            message: 'Already checked in.',
            checkedInAt: '2026-12-12T18:30:00Z',
            checkedInBy: 'door@example.org',
          },
        ],
      },
      'Europe/Berlin',
    );
    expect(verdict).toMatchObject({ admitted: false, headline: 'Already checked in' });
    expect(verdict.reason).toBe('First checked in at Sat, 12 Dec 2026, 19:30 CET by door@example.org.');
  });

  it('passes the API’s reason on for an unsigned waiver or an invalid ticket', () => {
    const unsigned = checkInVerdict(
      { ticket, errors: [{ code: 'WAIVER_UNSIGNED', message: 'The attendee has not signed.' }] },
      'UTC',
    );
    expect(unsigned).toMatchObject({ headline: 'Waiver unsigned', reason: 'The attendee has not signed.' });
    const invalid = checkInVerdict(
      { ticket, errors: [{ code: 'TICKET_NOT_VALID', message: 'This ticket is for another event.' }] },
      'UTC',
    );
    expect(invalid).toMatchObject({ headline: 'Not valid', reason: 'This ticket is for another event.' });
  });

  it('refuses an unknown code without naming anyone', () => {
    expect(
      checkInVerdict({ ticket: null, errors: [{ code: 'TICKET_NOT_FOUND', message: 'x' }] }, 'UTC'),
    ).toEqual({
      admitted: false,
      headline: 'Not found',
      reason: 'No ticket of this event has this code or name.',
      attendee: null,
    });
  });
});
