/**
 * Wall-clock times in an IANA time zone, with Intl only (no time-zone library): what a local date and
 * time in a zone is as an instant, right across daylight-saving changes.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let found = formats.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, found);
  }
  return found;
}

/** The instant's wall clock in the zone, read as if it were UTC (milliseconds). */
function wallClockAsUtc(instantMs: number, timeZone: string): number {
  const parts = format(timeZone).formatToParts(new Date(instantMs));
  const field = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  return Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
}

/**
 * The instant at `date` ("YYYY-MM-DD") `time` ("HH:MM") on the zone's wall clock. In the hour skipped
 * when clocks go forward the time is read with the offset before the change (moved forward by the
 * gap, as calendars do); in the hour repeated when they go back, the earlier instant is taken.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const DAY = 24 * 3600_000;
  // The offsets a day before and after cover any change near that time.
  const candidates = [wall - DAY, wall + DAY].map(
    (probe) => wall - (wallClockAsUtc(probe, timeZone) - Math.floor(probe / 1000) * 1000),
  );
  const fitting = candidates.filter((instant) => wallClockAsUtc(instant, timeZone) === wall);
  return new Date(fitting.length > 0 ? Math.min(...fitting) : candidates[0]);
}

/** The instant's local date ("YYYY-MM-DD") and time ("HH:MM") in the zone. */
export function instantToZoned(instant: Date, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallClockAsUtc(instant.getTime(), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
