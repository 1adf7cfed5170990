/** The hold countdown's text: how long the seats stay held, as the buyer reads a clock. */

/** "14:05" (minutes:seconds), "1:02:03" from an hour on, "0:00" once the time is up. */
export function formatRemaining(milliseconds: number): string {
  const totalSeconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mmss = `${String(minutes).padStart(hours > 0 ? 2 : 1, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Milliseconds from `now` until `expiresAt` (negative once it has passed). */
export function millisecondsUntil(expiresAt: string, now: number): number {
  return new Date(expiresAt).getTime() - now;
}
