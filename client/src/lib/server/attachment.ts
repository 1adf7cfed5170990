/**
 * Names and headers for files the site hands out as downloads. Plain functions, so they are unit
 * tested; the route glue lives in csv-download.ts.
 */

/** `Quiz night: Jazz & Co!` -> `quiz-night-jazz-co`: safe in a file name on every system. */
export function fileNamePart(text: string): string {
  const part = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return part || 'export';
}

/** `attendees-harbour-lights-2026-11-24.csv`: what, of which object, on which day (UTC). */
export function csvFileName(kind: string, subject: string, now: Date): string {
  return `${fileNamePart(kind)}-${fileNamePart(subject)}-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * Content-Disposition for a download: an ASCII `filename` every browser understands plus the exact
 * name as RFC 5987 `filename*` for those that read it.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
