/**
 * Printable tickets: one A6 page per ticket with the event, its time in the event's zone, the venue,
 * the attendee, the QR code (the long secret) and the short code under it for typing at the door.
 * Attached to the confirmation and downloadable from the booking page.
 *
 * pdfkit writes the PDF: maintained, no native parts, embeds PNG as-is (the QR images of qr-png.ts)
 * and its standard fonts need no font files. Those fonts cover Latin-1 (WinAnsi) only: names in other
 * scripts would need an embedded Unicode font, which no package we ship provides yet.
 */
import { formatTimeRange } from './email.format';
import type { EmailEventView } from './email.views';
import { SharedFontsPDFDocument } from './pdf-standard-fonts';
import { qrCodePng, type QrSymbol } from './qr-png';

export interface TicketPdfTicket {
  /** What the QR code holds. */
  code: string;
  /** The QR symbol of `code`, when the caller already computed it (for the e-mail's inline image). */
  qrSymbol?: QrSymbol;
  /** The short code as printed, e.g. "7KQ2M-9X4TB" (formatTicketShortCode). */
  shortCode: string;
  attendeeName: string;
  ticketTypeName: string;
}

export interface TicketPdfView {
  event: EmailEventView;
  bookingReference: string;
  tickets: TicketPdfTicket[];
}

const QR_SIZE = 170;

/** The tickets as one PDF, a page each, in the order given. */
export function renderTicketsPdf(view: TicketPdfView): Promise<Buffer> {
  const document = new SharedFontsPDFDocument({
    size: 'A6',
    margin: 24,
    autoFirstPage: false,
    info: { Title: `Tickets: ${view.event.title}`, Subject: `Booking ${view.bookingReference}` },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  const when = formatTimeRange(view.event.startsAt, view.event.endsAt, view.event.timeZone);
  const venue = [view.event.venue.name, ...view.event.venue.address.split(/\r?\n/)]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  view.tickets.forEach((ticket, index) => {
    document.addPage();
    const width = document.page.width - 48;
    document.font('Helvetica-Bold').fontSize(14).text(view.event.title, { width });
    document.font('Helvetica').fontSize(9).moveDown(0.3).text(when, { width }).text(venue, { width });
    document.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(ticket.attendeeName, { width });
    document.font('Helvetica').fontSize(9).text(ticket.ticketTypeName, { width });
    const top = document.y + 6;
    const left = (document.page.width - QR_SIZE) / 2;
    document.image(qrCodePng(ticket.qrSymbol ?? ticket.code, { scale: 6, margin: 4 }), left, top, {
      width: QR_SIZE,
      height: QR_SIZE,
    });
    document
      .font('Courier-Bold')
      .fontSize(16)
      .text(ticket.shortCode, 24, top + QR_SIZE + 4, { width, align: 'center' });
    document
      .font('Helvetica')
      .fontSize(8)
      .text(
        `Booking ${view.bookingReference} · ticket ${index + 1} of ${view.tickets.length}`,
        24,
        document.y + 4,
        { width, align: 'center' },
      );
  });
  document.end();
  return done;
}
