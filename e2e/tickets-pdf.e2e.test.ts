/**
 * The buyer's tickets after payment: the booking page shows each ticket's short code under its QR
 * code and offers the tickets as a PDF whose pages' QR codes decode to the tickets; the confirmation
 * e-mail attaches the same PDF, and its calendar entry has the UID of the site's "Add to calendar".
 */
import jsQR from 'jsqr';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { EmailMessageEntity, EmailKind } from '../server/src/modules/email/email-message.entity';
import { EventStatus } from '../server/src/modules/events/event.entity';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { loginAs } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import { createWaiverEvent } from '../server/test/waivers';
import { pdfImages, pdfPageCount } from '../server/test/pdf-images';
import {
  closePage,
  launchBrowser,
  openPage,
  saveScreenshots,
  seriousAccessibilityViolations,
} from './support/browser';
import { purchase, type Purchase } from './support/purchase';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;
let bought: Purchase;
let slug: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const event = await createEvent(stack.dataSource, {
    title: 'Zürich Orgelnacht – Bach, Widor und Messiaen im Großmünster bei Kerzenlicht',
    status: EventStatus.PUBLISHED,
  });
  slug = event.slug;
  const ticketType = await createTicketType(stack.dataSource, event, { priceMinor: 2500 });
  bought = await purchase(stack.api, {
    eventId: event.id,
    lines: [[ticketType, 3]],
    attendees: ['Clara Schumann', 'Fanny Hensel', 'Lili Boulanger'].map((name) => ({
      ticketTypeId: ticketType.id,
      name,
      sameAsBuyer: false,
    })),
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

test('the booking page shows each short code and downloads the tickets as a PDF whose QR codes decode', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/bookings/${bought.token}`);
  try {
    const shortCodes = await page.locator('[data-ticket-code]').allInnerTexts();
    expect(shortCodes).toHaveLength(3);
    for (const code of shortCodes)
      expect(code.trim()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'booking-tickets');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download tickets (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`tickets-${bought.booking.reference}.pdf`);
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(3);
    const decoded = pdfImages(pdf).map((image) => jsQR(image.data, image.width, image.height)?.data);
    expect(decoded).toEqual(bought.booking.tickets.map((ticket) => ticket.code));
  } finally {
    await closePage(page);
  }
});

test('the confirmation attaches the same tickets PDF, and its calendar entry has the site’s UID, folded at 75 octets', async () => {
  const message = await stack.dataSource.getRepository(EmailMessageEntity).findOneByOrFail({
    kind: EmailKind.BOOKING_CONFIRMATION,
    causeKey: `booking-confirmation:${bought.booking.id}`,
  });
  const attached = message.attachments.find((attachment) => attachment.contentType === 'application/pdf')!;
  const pdf = Buffer.from(attached.contentBase64, 'base64');
  const decoded = pdfImages(pdf).map((image) => jsQR(image.data, image.width, image.height)?.data);
  expect(decoded).toEqual(bought.booking.tickets.map((ticket) => ticket.code));

  const mailed = Buffer.from(
    message.attachments.find((attachment) => attachment.filename === 'event.ics')!.contentBase64,
    'base64',
  ).toString('utf8');
  const site = await (await fetch(`${stack.siteUrl}/events/${slug}/calendar.ics`)).text();
  const uid = (ics: string) => /^UID:(.*)$/m.exec(ics.replace(/\r\n /g, ''))?.[1];
  expect(uid(mailed)).toBeDefined();
  expect(uid(mailed)).toBe(uid(site));
  for (const ics of [mailed, site]) {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  }
});

test('the booking page offers “Sign the waiver now” per attendee who has not signed, opening their signing page', async () => {
  const run = await createWaiverEvent(
    stack.api,
    await loginAs(stack.api, AdminRole.ADMIN),
    'I run at my own risk.',
    {
      title: 'Harbour Fun Run',
    },
  );
  const runners = await purchase(stack.api, {
    eventId: run.event.id,
    lines: [[run.ticketType, 2]],
    attendees: ['Emil Zatopek', 'Paula Radcliffe'].map((name) => ({
      ticketTypeId: run.ticketType.id,
      name,
      sameAsBuyer: false,
    })),
  });
  const page = await openPage(browser, `${stack.siteUrl}/bookings/${runners.token}`);
  try {
    await expect(page.getByRole('button', { name: /^Sign the waiver now/ }).count()).resolves.toBe(2);
    await saveScreenshots(page, 'booking-sign-waiver');
    await page.getByRole('button', { name: 'Sign the waiver now for Paula Radcliffe' }).click();
    await page.waitForURL(/\/waivers\/[A-Za-z0-9_-]+$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Waiver for Harbour Fun Run');
    await expect(page.locator('main').innerText()).resolves.toContain('Paula Radcliffe');
  } finally {
    await closePage(page);
  }
});
