/**
 * The heavy rendering libraries, loaded on first use: MJML (with juice, cheerio and html-minifier it
 * is ~90 MB of resident memory and ~1.6 s to load), pdfkit (~30 MB) and qrcode. Most API processes
 * serve reads and never render, so they load none of it; a process pays it once, when it first
 * renders a message, the tickets PDF or an admin preview. Code outside this folder reaches them only
 * through here (render-stack.test.ts fails when the request path loads them before any render).
 */
import type mjml2html from 'mjml';

let mjml: Promise<typeof mjml2html> | undefined;
let qrPng: Promise<typeof import('./qr-png')> | undefined;
let ticketPdf: Promise<typeof import('./ticket-pdf')> | undefined;

export function loadMjml(): Promise<typeof mjml2html> {
  return (mjml ??= import('mjml').then((module) => module.default));
}

/** qr-png.ts, which loads qrcode. */
export function loadQrPng(): Promise<typeof import('./qr-png')> {
  return (qrPng ??= import('./qr-png'));
}

/** ticket-pdf.ts, which loads pdfkit and qrcode. */
export function loadTicketPdf(): Promise<typeof import('./ticket-pdf')> {
  return (ticketPdf ??= import('./ticket-pdf'));
}
