/**
 * SharedFontsPDFDocument copies each standard font's metrics from the first document that used it
 * (pdf-standard-fonts.ts). Whatever the order and mix of fonts, and whether a font is built or copied,
 * its PDFs must be byte for byte the ones plain pdfkit writes; the tickets PDF too, made one after the
 * other, and compared with one rendered by plain pdfkit in a module registry without the shim.
 */
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { bookingConfirmation } from '../../../test/email-views';
import { SharedFontsPDFDocument } from './pdf-standard-fonts';
import type { TicketPdfView } from './ticket-pdf';

type Draw = (document: PDFKit.PDFDocument) => void;

/** The whole PDF `draw` writes, with a fixed creation date (the file ID is derived from it). */
function write(Document: typeof PDFDocument, draw: Draw): Promise<Buffer> {
  const document = new Document({ size: 'A6', info: { CreationDate: new Date('2026-03-14T12:00:00Z') } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  draw(document);
  document.end();
  return done;
}

/** The creation date and file ID, the only parts of two renderings of one view that may differ. */
function withoutDateAndId(pdf: Buffer): string {
  return pdf
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:…)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID […]');
}

/** Each text line of the PDF as "<font resource> <size>: <text>", from its inflated content streams. */
function textLines(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const lines: string[] = [];
  const stream = /\/Length (\d+)[^]*?>>\s*stream\r?\n/g;
  for (let match = stream.exec(text); match; match = stream.exec(text)) {
    const start = match.index + match[0].length;
    const content = inflateSync(pdf.subarray(start, start + Number(match[1]))).toString('latin1');
    // pdfkit writes a line as [<hex> kerning <hex> ...] TJ after its font: "/F1 9 Tf".
    const shown = /\/(F\d+) ([\d.]+) Tf\s*\[([^\]]*)\] TJ/g;
    for (let line = shown.exec(content); line; line = shown.exec(content)) {
      const hex = [...line[3].matchAll(/<([0-9a-f]*)>/g)].map((piece) => piece[1]).join('');
      lines.push(`${line[1]} ${line[2]}: ${Buffer.from(hex, 'hex').toString('latin1')}`);
    }
  }
  return lines;
}

const LOREM = 'AVAST Wayfarer, “quoted” Tøkyo 14–16 · café';

const documents: [string, Draw][] = [
  ['the default font only', (document) => document.text(LOREM)],
  [
    'Helvetica, then Times-Roman',
    (document) => document.font('Helvetica', 14).text(LOREM).font('Times-Roman').fontSize(9).text(LOREM),
  ],
  [
    'copied and new fonts mixed, in another order, and back to the first',
    (document) =>
      document
        .font('Courier')
        .text(LOREM)
        .font('Times-Roman', 11)
        .text(LOREM)
        .font('Helvetica-Bold')
        .text(LOREM, { align: 'center', width: 120 })
        .font('Courier')
        .text(LOREM),
  ],
  [
    'a registered alias of a standard font',
    (document) => document.registerFont('heading', 'Helvetica-Bold').font('heading', 16).text(LOREM),
  ],
  ['the same fonts as the first document again', (document) => document.text(LOREM).addPage().text(LOREM)],
];

describe('SharedFontsPDFDocument', () => {
  it.each(documents)('writes the PDF plain pdfkit writes: %s', async (_, draw) => {
    const [shared, plain] = [await write(SharedFontsPDFDocument, draw), await write(PDFDocument, draw)];
    expect(shared.equals(plain)).toBe(true);
  });

  it('writes the same PDF the second time as the first', async () => {
    const [, mixed] = documents[2];
    const [first, second] = [
      await write(SharedFontsPDFDocument, mixed),
      await write(SharedFontsPDFDocument, mixed),
    ];
    expect(second.equals(first)).toBe(true);
    const fonts = first.toString('latin1').match(/\/BaseFont \/[\w-]+/g);
    expect(fonts?.sort()).toEqual([
      '/BaseFont /Courier',
      '/BaseFont /Helvetica-Bold',
      '/BaseFont /Times-Roman',
    ]);
  });
});

describe('renderTicketsPdf with shared font metrics', () => {
  const sample = bookingConfirmation();
  const view: TicketPdfView = {
    event: sample.event,
    bookingReference: sample.bookingReference,
    tickets: sample.tickets.slice(0, 2),
  };

  /** renderTicketsPdf as it was before the fonts were shared: plain pdfkit, in a registry of its own. */
  async function renderWithPlainPdfkit(): Promise<Buffer> {
    let render: typeof import('./ticket-pdf').renderTicketsPdf | undefined;
    jest.isolateModules(() => {
      jest.doMock('./pdf-standard-fonts', () => ({ SharedFontsPDFDocument: jest.requireActual('pdfkit') }));
      render = (jest.requireActual('./ticket-pdf') as typeof import('./ticket-pdf')).renderTicketsPdf;
    });
    jest.dontMock('./pdf-standard-fonts');
    return render!(view);
  }

  it('writes, one PDF after another, the PDF plain pdfkit writes: three fonts, every line of every ticket', async () => {
    const { renderTicketsPdf } = await import('./ticket-pdf');
    const [first, second, plain] = [
      await renderTicketsPdf(view),
      await renderTicketsPdf(view),
      await renderWithPlainPdfkit(),
    ];
    expect(withoutDateAndId(second)).toBe(withoutDateAndId(first));
    expect(withoutDateAndId(first)).toBe(withoutDateAndId(plain));

    // F1 is pdfkit's default font, Helvetica; F2 and F3 Helvetica-Bold and Courier-Bold, in order of use.
    const fonts = second.toString('latin1').match(/\/BaseFont \/[\w-]+/g);
    expect(fonts).toEqual(['/BaseFont /Helvetica', '/BaseFont /Helvetica-Bold', '/BaseFont /Courier-Bold']);
    expect(textLines(second)).toEqual(
      view.tickets.flatMap((ticket, index) => [
        `F2 14: ${view.event.title}`,
        expect.stringMatching(/^F1 9: \w+day, /),
        expect.stringMatching(/^F1 9: /),
        `F2 12: ${ticket.attendeeName}`,
        `F1 9: ${ticket.ticketTypeName}`,
        `F3 16: ${ticket.shortCode}`,
        `F1 8: Booking ${view.bookingReference} \xb7 ticket ${index + 1} of 2`,
      ]),
    );
  });
});
