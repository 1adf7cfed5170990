/**
 * Reads `timestamptz` columns for the API's pool. pg parses them with postgres-date: an "infinity"
 * test, a regular expression with eight groups and another for the zone, each making an array and
 * substrings. Public reads return hundreds of them per answer (every row's created_at and updated_at
 * included): profiled on the uncached catalog read, their parsing was ~9% of what the API allocated.
 * The form PostgreSQL writes (`2026-12-05 17:12:09.123+00`, any whole-hour or hour:minute offset) is
 * read here digit by digit into the same Date postgres-date makes; anything else (BC, infinity, years
 * before 1000 or past 9999, second offsets) still goes to postgres-date.
 */
import pg from 'pg';

const TIMESTAMPTZ_OID = 1184;
const defaultParse = pg.types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => unknown;

const ZERO = 48;

/** The number written by `count` digits at `start`, or -1 if any of them is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** `YYYY-MM-DD HH:MM:SS[.fraction]±HH[:MM]` as postgres-date reads it; null when not in that form. */
function parseCommonForm(text: string): Date | null {
  const length = text.length;
  if (length < 22 || text[4] !== '-' || text[7] !== '-' || text[10] !== ' ') return null;
  if (text[13] !== ':' || text[16] !== ':') return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // Years 0-99 need postgres-date's setUTCFullYear correction; 0 also means "not digits" here.
  if (year < 1000 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return null;
  let position = 19;
  let milliseconds = 0;
  if (text[position] === '.') {
    let end = position + 1;
    while (end < length && digits(text, end, 1) >= 0) end++;
    if (end === position + 1) return null;
    // postgres-date's own arithmetic, so a fraction rounds exactly as it did.
    milliseconds = 1000 * parseFloat(text.slice(position, end));
    position = end;
  }
  const sign = text[position];
  if (sign !== '+' && sign !== '-') return null;
  const offsetHours = digits(text, position + 1, 2);
  if (offsetHours < 0) return null;
  let offsetMinutes = 0;
  if (length === position + 6 && text[position + 3] === ':') {
    offsetMinutes = digits(text, position + 4, 2);
    if (offsetMinutes < 0) return null;
  } else if (length !== position + 3) {
    return null;
  }
  const offset = (sign === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60) * 1000;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offset);
}

export function parseTimestamptz(text: string): unknown {
  return parseCommonForm(text) ?? defaultParse(text);
}

/** pg's type parsers with `parseTimestamptz` for timestamptz (a pool's `types` option). */
export const pgTypesWithFastTimestamps = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): unknown {
    if (oid === TIMESTAMPTZ_OID && (format ?? 'text') === 'text') return parseTimestamptz;
    return (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format);
  },
};
