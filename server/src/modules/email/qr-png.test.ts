import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { newTicketCode } from '../bookings/booking-codes';
import { qrCodePng, qrSymbol } from './qr-png';

/** The PNG decoded by an independent decoder, as RGBA pixels. */
function decode(png: Buffer) {
  return PNG.sync.read(png);
}

describe('qrCodePng', () => {
  const codes = [newTicketCode(), newTicketCode(), 'https://tickets.example.org/b/' + 'x'.repeat(64)];

  it.each([
    [8, 4],
    [3, 2],
    [5, 0],
  ])('draws exactly the symbol qrcode computes, module by module (scale %i, margin %i)', (scale, margin) => {
    for (const text of codes) {
      const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
      const image = decode(qrCodePng(text, { scale, margin }));
      expect([image.width, image.height]).toEqual([(size + 2 * margin) * scale, (size + 2 * margin) * scale]);

      let wrong = 0;
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const [moduleX, moduleY] = [Math.floor(x / scale) - margin, Math.floor(y / scale) - margin];
          const inside = moduleX >= 0 && moduleY >= 0 && moduleX < size && moduleY < size;
          const dark = inside && data[moduleY * size + moduleX] === 1;
          const red = image.data[(y * image.width + x) * 4];
          if (red !== (dark ? 0 : 255)) wrong++;
        }
      }
      expect({ text, wrong }).toEqual({ text, wrong: 0 });
    }
  });

  it('draws the same PNG from a symbol computed once as from the text, at every scale', () => {
    for (const text of codes) {
      const symbol = qrSymbol(text);
      for (const options of [{}, { scale: 6, margin: 4 }, { scale: 3, margin: 2 }]) {
        expect(qrCodePng(symbol, options).equals(qrCodePng(text, options))).toBe(true);
      }
    }
    expect(qrCodePng(qrSymbol(codes[0])).equals(qrCodePng(codes[1]))).toBe(false);
  });

  it('is read back by a QR scanner as the ticket code', () => {
    for (const text of codes) {
      const image = decode(qrCodePng(text));
      const read = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
      expect(read?.data).toBe(text);
    }
  });
});
