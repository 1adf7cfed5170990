/**
 * A CSV text from the API (a GraphQL field such as `adminBookingsCsv`) as a file download: the
 * browser saves it under `filename` instead of showing it, and nothing caches it (it holds buyers'
 * personal data).
 */

/** Keeps a filename to characters every browser and file system accept in a quoted header value. */
function asciiFilename(filename: string): string {
  return filename.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export.csv';
}

export function csvDownload(filename: string, csvText: string): Response {
  const fallback = asciiFilename(filename);
  return new Response(csvText, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      // filename* (RFC 6266/5987) keeps any non-ASCII name; filename is the fallback for old clients.
      'content-disposition': `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
