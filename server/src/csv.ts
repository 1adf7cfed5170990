import { stringify } from 'csv-stringify/sync';

/** One CSV cell: text, a number, an instant (written as ISO 8601 UTC), or empty. */
export type CsvCell = string | number | Date | null | undefined;

/**
 * Text that would be run as a formula by Excel or LibreOffice (a cell starting with = + - @, a tab
 * or a carriage return), made inert with a leading apostrophe. Exports hold what shoppers typed.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The one CSV writer of every export: a header row, CRLF line ends (RFC 4180, what spreadsheets
 * expect), empty cells for null, ISO 8601 instants, and every text cell made spreadsheet-safe.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map(csvCellText)),
    { header: true, columns: [...columns], eof: true, record_delimiter: '\r\n' },
  );
}

function csvCellText(cell: CsvCell): string | number {
  if (typeof cell === 'string') return spreadsheetSafe(cell);
  if (cell instanceof Date) return cell.toISOString();
  return cell ?? '';
}
