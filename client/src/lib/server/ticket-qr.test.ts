import { describe, expect, it } from '@jest/globals';
import QRCode from 'qrcode';
import { ticketQrGeometry } from './ticket-qr';

/** The dark modules a path draws, read back from its "M x y h n v1 h-n z" rectangles. */
function drawnModules(path: string): Set<string> {
  const drawn = new Set<string>();
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let offset = 0; offset < Number(width); offset++) drawn.add(`${Number(x) + offset},${y}`);
  }
  return drawn;
}

describe('ticketQrGeometry', () => {
  const code = 'Su0EVdcmpqy75s1qban5RneGkG4';

  it('draws exactly the dark modules of the QR code, inside a two-module quiet zone', () => {
    const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) {
        if (modules.get(row, column)) expected.add(`${column + 2},${row + 2}`);
      }
    }
    const geometry = ticketQrGeometry(code);
    expect(geometry.size).toBe(modules.size + 4);
    expect(drawnModules(geometry.path)).toEqual(expected);
  });

  it('joins neighbouring dark modules of a row into one rectangle', () => {
    // Every QR code starts with a finder pattern: a row of seven dark modules.
    expect(ticketQrGeometry(code).path.startsWith('M2 2h7v1h-7z')).toBe(true);
  });

  it('gives different codes different drawings', () => {
    expect(ticketQrGeometry('code-a').path).not.toBe(ticketQrGeometry('code-b').path);
  });
});
