/**
 * The heavy rendering libraries, loaded on first use: pdfkit (~30 MB) and qrcode. Most API processes
 * serve reads and never render, so they load neither; a process pays for them once, when it first
 * renders a message with tickets, the tickets PDF or an admin preview. MJML (~90 MB) is never loaded
 * at run time: it runs at build time (email-html.compile.ts). Code outside this folder reaches these
 * only through here (render-stack.test.ts fails when the request path loads them before any render).
 */
let qrPng: Promise<typeof import('./qr-png')> | undefined;
let ticketPdf: Promise<typeof import('./ticket-pdf')> | undefined;

/** qr-png.ts, which loads qrcode. */
export function loadQrPng(): Promise<typeof import('./qr-png')> {
  return (qrPng ??= import('./qr-png'));
}

/** ticket-pdf.ts, which loads pdfkit and qrcode. */
export function loadTicketPdf(): Promise<typeof import('./ticket-pdf')> {
  return (ticketPdf ??= import('./ticket-pdf'));
}
