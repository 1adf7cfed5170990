/**
 * How the attendee list and the door screen put an attendee's state into words: waiver status
 * (signed online / on paper / unsigned / not required), check-in status, and the verdict of a
 * check-in attempt. Times are shown in the event's zone.
 */
import { formatDateTime } from '../format';

export type Tone = 'success' | 'danger' | 'warning' | 'secondary';

export interface AttendeeWaiver {
  waiverStatus: 'SIGNED' | 'UNSIGNED' | 'NOT_REQUIRED';
  waiverMethod?: 'ONLINE' | 'PAPER' | null;
  waiverVersion?: number | null;
}

export function waiverLabel({ waiverStatus, waiverMethod, waiverVersion }: AttendeeWaiver): {
  text: string;
  tone: Tone;
} {
  if (waiverStatus === 'UNSIGNED') return { text: 'Unsigned', tone: 'danger' };
  if (waiverStatus === 'NOT_REQUIRED') return { text: 'Not required', tone: 'secondary' };
  const how = waiverMethod === 'PAPER' ? 'on paper' : 'online';
  return { text: `Signed ${how}${waiverVersion ? ` (version ${waiverVersion})` : ''}`, tone: 'success' };
}

export interface AttendeeCheckIn {
  checkedInAt?: string | null;
  checkedInBy?: string | null;
}

/** "Checked in Tue, 24 Nov 2026, 19:02 CET by door@example.org", or "Not checked in". */
export function checkInLabel({ checkedInAt, checkedInBy }: AttendeeCheckIn, timeZone: string): string {
  if (!checkedInAt) return 'Not checked in';
  return `Checked in ${formatDateTime(checkedInAt, timeZone)}${checkedInBy ? ` by ${checkedInBy}` : ''}`;
}

export type CheckInErrorCode =
  | 'ALREADY_CHECKED_IN'
  | 'TICKET_NOT_FOUND'
  | 'TICKET_NOT_VALID'
  | 'WAIVER_UNSIGNED'
  | 'NOT_FOR_THIS_EVENT'
  | 'NOT_CHECKED_IN';

export interface CheckInAttempt {
  ticket: { attendeeName: string; ticketTypeName: string; bookingReference: string } | null;
  errors: readonly {
    code: CheckInErrorCode;
    message: string;
    checkedInAt?: string | null;
    checkedInBy?: string | null;
  }[];
}

/** What the door screen shows, large: admitted (green) or refused (red) and why. */
export interface CheckInVerdict {
  admitted: boolean;
  headline: string;
  reason: string;
  /** Who the ticket belongs to, when the code matched one. */
  attendee: string | null;
}

const HEADLINES: Record<CheckInErrorCode, string> = {
  ALREADY_CHECKED_IN: 'Already checked in',
  WAIVER_UNSIGNED: 'Waiver unsigned',
  TICKET_NOT_VALID: 'Not valid',
  TICKET_NOT_FOUND: 'Not found',
  NOT_FOR_THIS_EVENT: 'Not for this event',
  NOT_CHECKED_IN: 'Not checked in',
};

/** What the door screen shows after a check-in was undone (or could not be). */
export function undoVerdict({ ticket, errors }: CheckInAttempt): CheckInVerdict {
  const attendee = ticket ? `${ticket.attendeeName} · ${ticket.ticketTypeName}` : null;
  const [problem] = errors;
  if (!problem)
    return { admitted: false, headline: 'Check-in undone', reason: 'The ticket admits again.', attendee };
  return { admitted: false, headline: HEADLINES[problem.code], reason: problem.message, attendee };
}

export function checkInVerdict({ ticket, errors }: CheckInAttempt, timeZone: string): CheckInVerdict {
  const attendee = ticket
    ? `${ticket.attendeeName} · ${ticket.ticketTypeName} · booking ${ticket.bookingReference}`
    : null;
  const [problem] = errors;
  if (!problem) return { admitted: true, headline: 'Admitted', reason: 'Checked in now.', attendee };
  const reason =
    problem.code === 'ALREADY_CHECKED_IN' && problem.checkedInAt
      ? `First checked in at ${formatDateTime(problem.checkedInAt, timeZone)}${problem.checkedInBy ? ` by ${problem.checkedInBy}` : ''}.`
      : problem.code === 'TICKET_NOT_FOUND'
        ? 'No ticket of this event has this code or name.'
        : problem.message;
  return { admitted: false, headline: HEADLINES[problem.code], reason, attendee };
}
