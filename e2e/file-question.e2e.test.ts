/**
 * A file-upload answer round-trips through the site: without JavaScript the buyer picks a file at the
 * checkout, a file that is not what the question accepts (an executable named .pdf) is refused at
 * the question, a real image is booked with, and the same bytes come back from the booking page's
 * link and from the admin booking page's, to no one else. The organiser sets such a question up on the
 * admin questions page.
 */
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { BookingEntity } from '../server/src/modules/bookings/booking.entity';
import type { EventEntity } from '../server/src/modules/events/event.entity';
import { loginAs, type SignedIn } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import { createQuestion } from '../server/test/questions';
import { signIn } from './support/admin';
import { launchBrowser, saveScreenshots, SCREENSHOT_PHONE } from './support/browser';
import { startStack, type Stack } from './support/stack';

// A real 1x1 PNG, and a Windows executable's first bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let stack: Stack;
let browser: Browser;
let event: EventEntity;
let admin: SignedIn;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  event = await createEvent(stack.dataSource, { slug: 'photo-walk', title: 'Photo Walk', startsInDays: 10 });
  await createTicketType(stack.dataSource, event, { name: 'Walker', priceMinor: 0 });
  admin = await loginAs(stack.api);
  await createQuestion(stack.api, admin.headers, {
    eventId: event.id,
    type: 'FILE',
    scope: 'BOOKING',
    label: 'Your best photo',
    required: true,
    fileKinds: ['PDF', 'PNG'],
    maxFileBytes: 1024 * 1024,
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function fetchBytes(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, redirect: 'manual' });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

test('without JavaScript a buyer uploads a file with the booking, and the same bytes come back to them and to an admin only', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: SCREENSHOT_PHONE });
  const page = await context.newPage();
  try {
    await page.goto(`${stack.siteUrl}/events/photo-walk`);
    await page.getByLabel('Quantity of Walker').selectOption('1');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\?/);
    await page.getByLabel('Full name', { exact: true }).fill('Vivian Maier');
    await page.getByLabel('E-mail address', { exact: true }).fill('vivian@example.org');
    await page.getByLabel(/I accept the terms of sale/).check();
    const photo = page.getByLabel('Your best photo');
    await expect(page.getByText('PDF, PNG, at most 1 MB.').count()).resolves.toBe(1);

    await photo.setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: EXE });
    await page.getByRole('button', { name: 'Book free tickets' }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('[data-question] .invalid-feedback').innerText()).resolves.toBe(
      'The file must be PDF or PNG.',
    );
    await saveScreenshots(page, 'file-question-refused');
    expect(await stack.dataSource.getRepository(BookingEntity).count()).toBe(0);

    await page.getByLabel(/I accept the terms of sale/).check();
    await page
      .getByLabel('Your best photo')
      .setInputFiles({ name: 'street.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Book free tickets' }).click();
    await page.waitForURL(/\/bookings\/[A-Za-z0-9_-]+$/);
    const link = page.locator('[data-answer-file]');
    await expect(link.innerText()).resolves.toBe('street.png');
    await saveScreenshots(page, 'file-question-booking');
    const href = new URL((await link.getAttribute('href'))!, stack.siteUrl).toString();

    const holder = await fetchBytes(href);
    expect(holder.response.status).toBe(200);
    expect(holder.response.headers.get('content-type')).toBe('image/png');
    expect(holder.response.headers.get('content-disposition')).toContain('attachment');
    expect(sha256(holder.bytes)).toBe(sha256(PNG));

    const booking = await stack.dataSource
      .getRepository(BookingEntity)
      .findOneByOrFail({ eventId: event.id });
    const fileId = href.split('/').pop()!;
    const adminUrl = `${stack.siteUrl}/admin/bookings/${booking.id}/files/${fileId}`;
    const asAdmin = await fetchBytes(adminUrl, admin.headers);
    expect(asAdmin.response.status).toBe(200);
    expect(sha256(asAdmin.bytes)).toBe(sha256(PNG));
    const anonymous = await fetchBytes(adminUrl);
    expect(anonymous.response.status).not.toBe(200);
    expect(sha256(anonymous.bytes)).not.toBe(sha256(PNG));
  } finally {
    await context.close();
  }
});

test('without JavaScript an organiser adds a file question with the kinds and size it accepts', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: SCREENSHOT_PHONE });
  const page = await context.newPage();
  try {
    await signIn(page, stack.siteUrl, admin.email, admin.password, `/admin/events/${event.id}/questions`);
    const form = page.locator('form[data-question-form="new"]');
    await form.getByLabel('Question', { exact: true }).fill('Signed consent form');
    await form.getByLabel('Type of answer').selectOption('FILE');
    await form.getByRole('button', { name: 'Add question' }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('form[data-question-form="new"] .invalid-feedback').innerText()).resolves.toBe(
      'Say which kinds of file are accepted, and how large they may be.',
    );
    const again = page.locator('form[data-question-form="new"]');
    await again.getByLabel('PDF', { exact: true }).check();
    await again.getByLabel('Largest file, in MB (file questions)').fill('2');
    await again.getByRole('button', { name: 'Add question' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('status').first().innerText()).resolves.toBe(
      'Question “Signed consent form” added.',
    );
    await expect(
      page.locator('tr[data-question="Signed consent form"] [data-question-file]').innerText(),
    ).resolves.toBe('PDF, at most 2 MB');
    await saveScreenshots(page, 'file-question-admin');
  } finally {
    await context.close();
  }
});
