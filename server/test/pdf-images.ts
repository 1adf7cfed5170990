/**
 * Reads back what tests need from a PDF pdfkit wrote: its page count and its greyscale images (the
 * ticket QR codes) as RGBA pixels, for jsQR. pdfkit embeds a PNG's compressed rows as they are
 * (FlateDecode with PNG predictors), so the rows are inflated and un-filtered here like a PNG reader.
 */
import { inflateSync } from 'node:zlib';

export interface PdfImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8ClampedArray;
}

export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

function unfilter(raw: Buffer, stride: number, height: number): Buffer {
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x > 0 ? out[y * stride + x - 1] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = x > 0 && y > 0 ? out[(y - 1) * stride + x - 1] : 0;
      let value = row[x];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[y * stride + x] = value & 0xff;
    }
  }
  return out;
}

/** Every 1- or 8-bit greyscale image of the PDF, in the order written. */
export function pdfImages(pdf: Buffer): PdfImage[] {
  const text = pdf.toString('latin1');
  const images: PdfImage[] = [];
  // Each object's own dictionary: the match may not run past its `stream` or into another object
  // (a lazy match from an earlier `<<` took the first /Length it met, another object's).
  const object = /\d+ 0 obj\s*<<((?:(?!endobj|stream)[^])*?)>>\s*stream\r?\n/g;
  for (let match = object.exec(text); match; match = object.exec(text)) {
    const dictionary = match[1];
    if (!/\/Subtype \/Image/.test(dictionary)) continue;
    const number = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(dictionary)?.[1]);
    const [width, height, bits, length] = [
      number('Width'),
      number('Height'),
      number('BitsPerComponent'),
      number('Length'),
    ];
    // Decode parameters inline or as a reference to an object of their own (pdfkit's for PNGs).
    const parametersRef = /\/DecodeParms (\d+) 0 R/.exec(dictionary)?.[1];
    const parameters = parametersRef
      ? (new RegExp(`(?:^|\\n)${parametersRef} 0 obj\\s*<<([^]*?)>>`).exec(text)?.[1] ?? '')
      : dictionary;
    const start = match.index + match[0].length;
    const raw = inflateSync(pdf.subarray(start, start + length));
    const stride = Math.ceil((width * bits) / 8);
    const rows = /\/Predictor/.test(parameters) ? unfilter(raw, stride, height) : raw;
    const data = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const grey =
          bits === 1 ? ((rows[y * stride + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0) : rows[y * stride + x];
        data.set([grey, grey, grey, 255], (y * width + x) * 4);
      }
    }
    images.push({ width, height, data });
  }
  return images;
}
