/**
 * A PDFDocument that builds each standard font's metrics once per process instead of once per document.
 *
 * pdfkit 0.20 loads a standard font's compact data once per process, but every `doc.font('Helvetica')`
 * in a new document runs `new StandardFont()`, whose `new AFMFont(data)` expands that data again: a
 * width table of ~315 glyph names and an object of ~2,700 kerning pairs keyed by "left\0right". The
 * tickets PDF uses three fonts (Helvetica, Helvetica-Bold, Courier-Bold), so each PDF paid for three
 * expansions: the largest single cost of a confirmation e-mail in the bench's CPU profile.
 *
 * pdfkit has no public way to share them: `registerFont` only aliases a name, `font()` with an object
 * treats it as a fontkit font to embed, and StandardFont, AFMFont and PDFFontFactory are not exported.
 * So this overrides `font()`: the first document in the process that uses a standard font lets pdfkit
 * create it and keeps a snapshot of the instance's fields; later documents get a copy of that snapshot
 * (same prototype, so the same methods) with their own `document` and the `id` pdfkit would have given
 * (F1, F2, ... in order of first use), put where `font()` looks for it first (`_fontFamilies[name]`).
 * The expanded metrics (the AFMFont in `.font`) are shared, which is safe because pdfkit only reads
 * them after construction; what is per document (the `dictionary` reference `ref()` creates and the
 * `embedded` flag `finalize()` sets) is absent from the snapshot, taken before either exists.
 * Written against pdfkit 0.20.2's fonts mixin; pdf-standard-fonts.test.ts compares the PDFs written
 * this way with plain pdfkit's, byte for byte, so an upgrade that changes those internals fails there.
 */
import PDFDocument from 'pdfkit';

const STANDARD_FONTS = new Set([
  'Courier',
  'Courier-Bold',
  'Courier-BoldOblique',
  'Courier-Oblique',
  'Helvetica',
  'Helvetica-Bold',
  'Helvetica-BoldOblique',
  'Helvetica-Oblique',
  'Symbol',
  'Times-Bold',
  'Times-BoldItalic',
  'Times-Italic',
  'Times-Roman',
  'ZapfDingbats',
]);

/** The parts of pdfkit's font state (fonts mixin, initFonts) this reads and writes. */
interface FontState {
  _font: object | null;
  _fontFamilies: Record<string, object>;
  _fontCount: number;
  _registeredFonts: Record<string, unknown>;
}

/** Per standard font: the prototype and own fields of the first instance pdfkit created. */
const snapshots = new Map<string, { prototype: object; fields: Record<string, unknown> }>();

/** A snapshot, when `font` is a StandardFont as pdfkit 0.20 makes it (else null: not shared). */
function snapshotOf(font: object | null): { prototype: object; fields: Record<string, unknown> } | null {
  if (!font || font.constructor.name !== 'StandardFont' || !('font' in font) || 'dictionary' in font) {
    return null;
  }
  const fields: Record<string, unknown> = { ...font };
  delete fields.document;
  delete fields.id;
  return { prototype: Object.getPrototypeOf(font) as object, fields };
}

export class SharedFontsPDFDocument extends PDFDocument {
  override font(src: PDFKit.Mixins.PDFFontSource, family?: string | number, size?: number): this {
    const state = this as unknown as FontState;
    // A family (for TTC/DFont files) or a registered alias takes pdfkit's own path.
    const standard =
      typeof src === 'string' &&
      typeof family !== 'string' &&
      STANDARD_FONTS.has(src) &&
      !state._registeredFonts[src];
    if (standard && !state._fontFamilies[src]) {
      const snapshot = snapshots.get(src);
      if (snapshot) {
        state._fontFamilies[src] = Object.assign(
          Object.create(snapshot.prototype) as object,
          snapshot.fields,
          {
            document: this,
            id: `F${++state._fontCount}`,
          },
        );
      } else {
        // The first use in this process: pdfkit builds it; later documents copy it.
        const result = this.pdfkitFont(src, family, size);
        const made = snapshotOf(state._font);
        if (made) snapshots.set(src, made);
        return result;
      }
    }
    return this.pdfkitFont(src, family, size);
  }

  /** pdfkit's own font(), given the arguments as they came (it tells a family from a size itself). */
  private pdfkitFont(src: PDFKit.Mixins.PDFFontSource, family?: string | number, size?: number): this {
    type Font = (src: PDFKit.Mixins.PDFFontSource, family?: string | number, size?: number) => this;
    return (super.font as Font).call(this, src, family, size);
  }
}
