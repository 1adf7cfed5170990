/**
 * Ticket QR codes drawn on the server as SVG geometry: the page renders an inline <svg> with one path
 * of the dark modules, so neither a QR library nor an HTML-injection helper ships to the browser.
 */
import QRCode from 'qrcode';

export interface QrGeometry {
  /** Width and height in modules, quiet zone included (the SVG's viewBox is 0 0 size size). */
  size: number;
  /** An SVG path of every dark module: one rectangle per run of dark modules in a row. */
  path: string;
}

/** White modules around the code, so scanners find its edges. */
const QUIET_ZONE = 2;

export function ticketQrGeometry(code: string): QrGeometry {
  const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const commands: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column++;
      commands.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: commands.join('') };
}
