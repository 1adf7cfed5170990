/**
 * The admin journey around a sale: an admin creates and publishes an event in the editor, a shopper
 * buys tickets in the storefront and pays at the PayPal simulator, and the admin finds the booking on
 * the dashboard and in the bookings table, refunds part of it, downloads the CSV and reads the refund
 * e-mail in the outbox. The other tests only need bookings to look at and make them over the API. STAFF see bookings but cannot
 * change them. Every new page is checked with axe and screenshotted at desktop and phone width.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { hashSecretToken } from '../server/src/common/secret-token';
import { BookingEntity } from '../server/src/modules/bookings/booking.entity';
import { createAccount, loginAs, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import { createBooking, createEvent, createTicketType } from '../server/test/factories';
import { bookFree, createWaiverEvent } from '../server/test/waivers';
import { addTicketType, signIn } from './support/admin';
import {
  closePage,
  horizontalOverflow,
  launchBrowser,
  openPage,
  PHONE,
  saveScreenshots,
  seriousAccessibilityViolations,
} from './support/browser';
import { purchase, type Purchase } from './support/purchase';
import { startStack, type Stack } from './support/stack';
import { buyInStorefront, type StorefrontPurchase } from './support/storefront';

let stack: Stack;
let browser: Browser;
let page: Page;
let staff: TestAccount;

// One signed-in ADMIN page for the file (sign-ins are rate limited per client address).
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  staff = await createAccount(stack.dataSource, AdminRole.STAFF);
  page = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await stack?.close();
});

/** axe finds nothing serious, the page fits a phone, and screenshots are kept. */
async function checkPage(target: Page, name: string) {
  await expect(seriousAccessibilityViolations(target)).resolves.toEqual([]);
  await saveScreenshots(target, name);
  const original = target.viewportSize();
  await target.setViewportSize(PHONE);
  await expect(horizontalOverflow(target)).resolves.toBe(0);
  if (original) await target.setViewportSize(original);
}

const main = (target: Page = page) => target.locator('main').innerText();

/** A published EUR event with two ticket types and one paid booking, made without the editor. */
async function paidBooking(slug: string, buyerName: string): Promise<Purchase> {
  const event = await createEvent(stack.dataSource, { slug, title: `Event ${slug}`, currency: 'EUR' });
  const type = await createTicketType(stack.dataSource, event, { name: 'Entry', priceMinor: 2000 });
  return purchase(stack.api, {
    eventId: event.id,
    lines: [[type, 2]],
    buyer: { name: buyerName, email: `${slug}@example.org` },
  });
}

test('an admin publishes an event, a shopper pays, and the admin finds, refunds and exports the booking', async () => {
  // The event, made and published in the editor.
  await page.goto(`${stack.siteUrl}/admin/events/new`);
  await page.getByLabel('Title').fill('Lighthouse Sessions');
  await page.getByLabel('Address (slug)').fill('lighthouse-sessions');
  await page.getByLabel('Description').fill('Acoustic sets at the old lighthouse.');
  await page.getByLabel('Venue', { exact: true }).fill('Old Lighthouse');
  await page.getByLabel('Venue address').fill('Leuchtturmweg 1, Kiel');
  await page.getByLabel('Time zone').fill('Europe/Berlin');
  await page.getByLabel('Starts (local time)').fill('2027-06-12T19:00');
  await page.getByLabel('Ends (local time)').fill('2027-06-12T22:00');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/admin\/events\/[0-9a-f-]{36}\?created=1$/);
  await addTicketType(page, 'Standing', '25.50', '100');
  await addTicketType(page, 'Seated', '49', '40');
  await page.getByRole('link', { name: 'Publish…' }).click();
  await page.getByRole('button', { name: 'Yes, publish' }).click();
  await expect(page.getByTestId('event-status').innerText()).resolves.toBe('PUBLISHED');

  // The storefront shows it, and a shopper buys two standing and one seated ticket there, paying
  // at the PayPal simulator: €100.00.
  const shop = await openPage(browser, `${stack.siteUrl}/events/lighthouse-sessions`);
  let purchased: StorefrontPurchase;
  try {
    const text = await main(shop);
    expect(text).toContain('Lighthouse Sessions');
    expect(text).toContain('€25.50');
    expect(text).toContain('€49.00');
    purchased = await buyInStorefront(shop, stack.siteUrl, {
      quantities: { Standing: '2', Seated: '1' },
      buyer: { name: 'Ada Lovelace', email: 'ada@example.org' },
      guests: [{ name: 'Charles Babbage' }, { name: 'Mary Somerville', email: 'mary@example.org' }],
    });
    await expect(shop.locator('[data-booking-total]').innerText()).resolves.toBe('€100.00');
  } finally {
    await closePage(shop);
  }
  const booking = await stack.dataSource
    .getRepository(BookingEntity)
    .findOneByOrFail({ tokenHash: hashSecretToken(purchased.token) });
  expect(booking.reference).toBe(purchased.reference);
  expect(booking.totalMinor).toBe(10000);

  // The dashboard: the booking among the recent ones, today's figures and the chart.
  await page.goto(`${stack.siteUrl}/admin`);
  const recent = page.getByTestId('recent-bookings');
  await expect(recent.innerText()).resolves.toContain(booking.reference);
  await expect(recent.innerText()).resolves.toContain('€100.00');
  const today = await page.getByTestId('sales-today').innerText();
  expect(today).toContain('3 tickets');
  expect(today).toContain('€100.00');
  await expect(
    page.getByRole('img', { name: /Tickets sold per day.*3 tickets in total/ }).count(),
  ).resolves.toBe(1);
  await page.getByText('Tickets sold per day as a table').click();
  await expect(page.getByTestId('sales-chart-tickets-per-day').locator('tbody tr').count()).resolves.toBe(30);
  await checkPage(page, 'admin-dashboard-sales');

  // The bookings table, searched by reference, leads to the booking.
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Bookings' }).click();
  await page.waitForURL(`${stack.siteUrl}/admin/bookings`);
  await page.getByLabel('Search').fill(booking.reference);
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/\/admin\/bookings\?q=/);
  const rows = page.getByTestId('bookings-table').locator('tbody tr');
  await expect(rows.count()).resolves.toBe(1);
  const row = await rows.first().innerText();
  expect(row).toContain('Ada Lovelace');
  expect(row).toContain('Lighthouse Sessions');
  expect(row).toContain('€100.00');
  expect(row).toContain('Confirmed');
  await checkPage(page, 'admin-bookings');

  await page.getByRole('link', { name: booking.reference }).click();
  await page.waitForURL(`${stack.siteUrl}/admin/bookings/${booking.id}`);
  const tickets = await page.getByTestId('booking-tickets').innerText();
  for (const name of ['Ada Lovelace', 'Charles Babbage', 'Mary Somerville']) expect(tickets).toContain(name);
  await expect(page.getByTestId('booking-payments').innerText()).resolves.toContain('COMPLETED');
  await checkPage(page, 'admin-booking');

  // A partial refund: a bad amount is refused at its field, then €30.50 goes back.
  await page.getByRole('link', { name: 'Refund…' }).click();
  await page.getByRole('heading', { name: 'Refund this booking?' }).waitFor();
  await page.getByLabel(/^Amount/).fill('30.505');
  await page.getByLabel('Reason').fill('Moved to a standing place');
  await page.getByRole('button', { name: 'Refund to the buyer' }).click();
  await expect(page.locator('#amount-error').innerText()).resolves.toBe('Use at most 2 decimals.');
  await expect(page.getByLabel(/^Amount/).getAttribute('aria-invalid')).resolves.toBe('true');
  await checkPage(page, 'admin-booking-refund-error');
  expect(
    (await stack.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: booking.id })).status,
  ).toBe('CONFIRMED');

  await page.getByLabel(/^Amount/).fill('30.50');
  await page.getByRole('button', { name: 'Refund to the buyer' }).click();
  await expect(page.getByRole('status').first().innerText()).resolves.toContain('€30.50');
  await expect(page.locator('[data-status]').first().innerText()).resolves.toBe('Partially refunded');
  const moneyText = await page.getByTestId('booking-money').innerText();
  expect(moneyText).toContain('€30.50');
  expect(moneyText).toContain('€69.50');
  await expect(page.getByTestId('booking-refunds').innerText()).resolves.toContain(
    'Moved to a standing place',
  );
  expect(
    (await stack.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: booking.id })).status,
  ).toBe('PARTIALLY_REFUNDED');
  await checkPage(page, 'admin-booking-refunded');

  // The table shows the new status and the refunded amount.
  await page.goto(`${stack.siteUrl}/admin/bookings?status=PARTIALLY_REFUNDED`);
  const refundedRow = await page.getByTestId('bookings-table').locator('tbody tr').first().innerText();
  expect(refundedRow).toContain(booking.reference);
  expect(refundedRow).toContain('€30.50 refunded');

  // The CSV download, with the filter of the table, holds the booking's row.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bookings-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(2);
  const csvRow = lines.find((line) => line.includes(booking.reference));
  expect(csvRow).toContain('PARTIALLY_REFUNDED');
  expect(csvRow).toContain('ada@example.org');

  // The refund e-mail, read in the outbox from the booking's page.
  await page.goto(`${stack.siteUrl}/admin/bookings/${booking.id}`);
  const emails = page.getByTestId('booking-emails');
  const refundLink = emails.getByRole('link', { name: /refund/i }).first();
  await refundLink.click();
  await page.waitForURL(/\/admin\/emails\/[0-9a-f-]{36}$/);
  const preview = page.frameLocator('iframe[title^="Preview of the e-mail"]');
  const body = await preview.locator('body').innerText();
  expect(body).toContain('€30.50');
  expect(body).toContain(booking.reference);
});

test('the CSV download answers text/csv as an attachment, filtered like the table', async () => {
  const first = await paidBooking('csv-one', 'Grace Hopper');
  const second = await paidBooking('csv-two', 'Katherine Johnson');
  const response = await page.request.get(`${stack.siteUrl}/admin/bookings.csv?q=${first.booking.reference}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="bookings-[\d-]+\.csv"/);
  expect(response.headers()['cache-control']).toBe('private, no-store');
  const csv = await response.text();
  expect(csv).toContain(first.booking.reference);
  expect(csv).not.toContain(second.booking.reference);

  const refused = await page.request.get(`${stack.siteUrl}/admin/bookings.csv?from=2026-11-24&to=2026-11-01`);
  expect(refused.status()).toBe(400);

  const anonymous = await fetch(`${stack.siteUrl}/admin/bookings.csv`, { redirect: 'manual' });
  expect(anonymous.status).toBe(303);
  expect(anonymous.headers.get('location')).toMatch(/^\/admin\/login\?next=/);
});

test('the table pages by 25 with Next page and First page, filtered by event', async () => {
  const event = await createEvent(stack.dataSource, { slug: 'many-holds', title: 'Many Holds' });
  const type = await createTicketType(stack.dataSource, event, { name: 'Entry', capacity: 100 });
  const references: string[] = [];
  for (let index = 0; index < 26; index++) {
    const { booking } = await createBooking(stack.api.app.services, event, [[type, 1]]);
    references.push(booking.reference);
  }
  await page.goto(`${stack.siteUrl}/admin/bookings?event=${event.id}`);
  await expect(page.getByLabel('Event').inputValue()).resolves.toBe(event.id);
  const rows = page.getByTestId('bookings-table').locator('tbody tr');
  await expect(rows.count()).resolves.toBe(25);
  // Newest first: the first booking made is alone on the second page.
  await expect(rows.first().innerText()).resolves.toContain(references[25]);
  await expect(rows.first().innerText()).resolves.toContain('Awaiting payment');
  await page.getByRole('link', { name: 'Next page' }).click();
  await page.waitForURL(/after=/);
  await expect(rows.count()).resolves.toBe(1);
  await expect(rows.first().innerText()).resolves.toContain(references[0]);
  await expect(page.getByRole('link', { name: 'Next page' }).count()).resolves.toBe(0);
  await page.getByRole('link', { name: 'First page' }).click();
  await page.waitForURL((url) => !url.searchParams.has('after'));
  await expect(rows.count()).resolves.toBe(25);
  // A cursor that was never handed out shows the first page instead of an error.
  await page.goto(`${stack.siteUrl}/admin/bookings?event=${event.id}&after=not-a-cursor`);
  await expect(rows.count()).resolves.toBe(25);
});

test('filters: a day range that ends before it starts is shown at its field', async () => {
  await page.goto(`${stack.siteUrl}/admin/bookings?from=2026-11-24&to=2026-11-01`);
  await expect(page.locator('#to-error').innerText()).resolves.toBe('The last day is before the first day.');
  await expect(page.getByLabel('Made until (UTC day)').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
});

test('a refund above what is left is refused at the amount, and nothing changes', async () => {
  const { booking } = await paidBooking('too-much-refund', 'Dorothy Vaughan');
  await page.goto(`${stack.siteUrl}/admin/bookings/${booking.id}?confirm=refund`);
  await page.getByLabel(/^Amount/).fill('40.01');
  await page.getByLabel('Reason').fill('Goodwill');
  await page.getByRole('button', { name: 'Refund to the buyer' }).click();
  await expect(page.locator('#amount-error').innerText()).resolves.not.toBe('');
  await expect(page.getByLabel(/^Amount/).inputValue()).resolves.toBe('40.01');
  await expect(page.getByLabel('Reason').inputValue()).resolves.toBe('Goodwill');
  const stored = await stack.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: booking.id });
  expect(stored.status).toBe('CONFIRMED');
  await expect(page.getByTestId('booking-refunds').innerText()).resolves.toContain('Nothing refunded.');
});

test('cancelling asks first, needs a reason, and says what happened', async () => {
  const { booking } = await paidBooking('to-cancel-booking', 'Hedy Lamarr');
  await page.goto(`${stack.siteUrl}/admin/bookings/${booking.id}`);
  await page.getByRole('link', { name: 'Cancel booking…' }).click();
  await page.getByRole('heading', { name: 'Cancel this booking?' }).waitFor();
  await page.getByRole('link', { name: 'No, go back' }).click();
  await page.getByRole('heading', { name: 'Cancel this booking?' }).waitFor({ state: 'detached' });

  await page.getByRole('link', { name: 'Cancel booking…' }).click();
  await page.getByRole('button', { name: 'Yes, cancel the booking' }).click();
  await expect(page.locator('#cancel-reason-error').innerText()).resolves.toContain('Say why');
  await checkPage(page, 'admin-booking-cancel');

  await page.getByLabel('Reason').fill('The buyer asked to cancel');
  await expect(page.getByLabel(/^Refund €40.00/).isChecked()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Yes, cancel the booking' }).click();
  await expect(page.getByRole('status').first().innerText()).resolves.toContain(
    'Booking cancelled and €40.00 refunded to the buyer',
  );
  await expect(page.getByTestId('booking-refunds').innerText()).resolves.toContain(
    'The buyer asked to cancel',
  );
  const stored = await stack.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: booking.id });
  expect(stored.status).toBe('CANCELLED');
  await expect(main()).resolves.toContain('The buyer asked to cancel');
});

test('resending the confirmation asks first and queues it', async () => {
  const { booking } = await paidBooking('resend-booking', 'Alan Turing');
  await page.goto(`${stack.siteUrl}/admin/bookings/${booking.id}`);
  const before = await page.getByTestId('booking-emails').locator('li').count();
  await page.getByRole('link', { name: 'Resend confirmation…' }).click();
  await page.getByRole('button', { name: 'Yes, send it again' }).click();
  await expect(page.getByRole('status').first().innerText()).resolves.toContain(
    'queued to be sent again to resend-booking@example.org',
  );
  await expect(page.getByTestId('booking-emails').locator('li').count()).resolves.toBe(before + 1);
});

test('a waiver request is sent again for an attendee who has not signed', async () => {
  const waiverEvent = await createWaiverEvent(
    stack.api,
    await loginAs(stack.api),
    'I climb at my own risk.',
    {
      slug: 'bouldering-night',
      title: 'Bouldering Night',
    },
  );
  const { booking } = await bookFree(stack.api, waiverEvent, ['Ada Climber']);
  await page.goto(`${stack.siteUrl}/admin/bookings/${booking.id}`);
  await expect(page.getByTestId('booking-tickets').innerText()).resolves.toContain('Not signed yet');
  const before = await page.getByTestId('booking-emails').locator('li').count();
  await page.getByRole('link', { name: 'Resend waiver request… to Ada Climber' }).click();
  await page.getByRole('heading', { name: 'Send the waiver request again?' }).waitFor();
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: 'Yes, send it again' }).click();
  await expect(page.getByRole('status').first().innerText()).resolves.toContain(
    'Waiver request sent again for Ada Climber',
  );
  await expect(page.getByTestId('booking-emails').locator('li').count()).resolves.toBe(before + 1);
});

test('STAFF see bookings but no refund or cancel, and cannot reach ADMIN-only pages', async () => {
  const { booking } = await paidBooking('staff-booking', 'Mary Jackson');
  const staffPage = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(staffPage, stack.siteUrl, staff.email, TEST_PASSWORD);
    await expect(main(staffPage)).resolves.toContain(booking.reference);
    await expect(staffPage.getByTestId('sales-today').count()).resolves.toBe(0);
    await checkPage(staffPage, 'admin-dashboard-staff');

    await staffPage.goto(`${stack.siteUrl}/admin/bookings`);
    await expect(staffPage.getByTestId('bookings-table').innerText()).resolves.toContain(booking.reference);

    await staffPage.goto(`${stack.siteUrl}/admin/bookings/${booking.id}?confirm=refund`);
    await expect(main(staffPage)).resolves.toContain('Mary Jackson');
    for (const name of ['Refund…', 'Cancel booking…', 'Resend confirmation…']) {
      await expect(staffPage.getByRole('link', { name }).count()).resolves.toBe(0);
    }
    await expect(staffPage.getByRole('heading', { name: 'Refund this booking?' }).count()).resolves.toBe(0);
    await checkPage(staffPage, 'admin-booking-staff');

    // Posting the form anyway is refused, and nothing is refunded.
    const posted = await staffPage.request.post(`${stack.siteUrl}/admin/bookings/${booking.id}?/refund`, {
      form: { amount: '5', reason: 'no' },
      headers: { origin: stack.siteUrl },
    });
    expect(posted.status()).toBe(403);
    const stored = await stack.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: booking.id });
    expect(stored.status).toBe('CONFIRMED');

    for (const path of ['/admin/emails', '/admin/audit', '/admin/accounts']) {
      const response = await staffPage.goto(`${stack.siteUrl}${path}`);
      expect(response?.status()).toBe(403);
    }
  } finally {
    await closePage(staffPage);
  }
});
