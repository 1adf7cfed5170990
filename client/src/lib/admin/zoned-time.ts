/**
 * Event times are edited as local date-times (<input type="datetime-local">) in the event's own IANA
 * time zone, whatever zone the admin's browser or the site's server is in. Conversion uses Intl only.
 */

/** The zone's offset from UTC, in minutes, at an instant. */
function offsetMinutes(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60000);
}

/** "2026-03-29T02:30" in Europe/Berlin -> an ISO instant. Null if the text is not a local date-time. */
export function zonedLocalToInstant(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wallAsUtc)) return null;
  // The offsets a day before and after cover any change near that time. Both fit in an overlap
  // (clocks back): the earlier instant is taken. Neither fits in a gap (clocks forward): the time is
  // read with the offset before the change, i.e. moved forward by the gap, as calendars do.
  const day = 24 * 3600000;
  const candidates = [offsetMinutes(wallAsUtc - day, timeZone), offsetMinutes(wallAsUtc + day, timeZone)].map(
    (offset) => wallAsUtc - offset * 60000,
  );
  const fitting = candidates.filter(
    (ms) => instantToZonedLocal(new Date(ms).toISOString(), timeZone) === local.trim(),
  );
  const instant = fitting.length ? Math.min(...fitting) : candidates[0];
  return new Date(instant).toISOString();
}

/** An ISO instant -> "YYYY-MM-DDTHH:mm" on the wall clock of the zone (for datetime-local inputs). */
export function instantToZonedLocal(instant: string, timeZone: string): string {
  const ms = new Date(instant).getTime();
  const local = new Date(ms + offsetMinutes(ms, timeZone) * 60000);
  return local.toISOString().slice(0, 16);
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
