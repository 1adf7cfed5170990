/**
 * Codes in the browser: a buyer applies a 20% code on the event page (the running total shows the
 * discount), pays the discounted total at the PayPal simulator and sees the code and discount on the
 * booking, in the confirmation e-mail and in the admin area; an access code from a `?voucher=` link
 * reveals a hidden ticket type; a wrong code gets the one message for every invalid code.
 */
import type { Browser } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import type { EventEntity } from '../server/src/modules/events/event.entity';
import { VoucherDiscountKind } from '../server/src/modules/vouchers/voucher.entity';
import { INVALID_VOUCHER_MESSAGE } from '../server/src/modules/vouchers/voucher-rules';
import { createAccount, TEST_PASSWORD } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import { createVoucher, usedCount } from '../server/test/vouchers';
import { signIn } from './support/admin';
import {
  closePage,
  launchBrowser,
  openPage,
  PHONE,
  saveScreenshots,
  seriousAccessibilityViolations,
  waitForHydration,
} from './support/browser';
import { startStack, type Stack } from './support/stack';
import {
  approveAtSimulator,
  bookingTokenOf,
  chooseTickets,
  fillAttendee,
  fillBuyer,
  payAtSimulator,
  reserve,
} from './support/storefront';

let stack: Stack;
let browser: Browser;
let gala: EventEntity;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ smtp: true }), launchBrowser()]);
  const db = stack.dataSource;
  gala = await createEvent(db, { slug: 'spring-gala', title: 'Spring Gala', currency: 'EUR' });
  await createTicketType(db, gala, { name: 'Standard', priceMinor: 2500, sortOrder: 1 });
  const backstage = await createTicketType(db, gala, {
    name: 'Backstage pass',
    priceMinor: 4000,
    sortOrder: 2,
    isHidden: true,
  });
  await createVoucher(db, gala, {
    code: 'SPRING20',
    discountKind: VoucherDiscountKind.PERCENTAGE,
    discountValue: 20,
  });
  await createVoucher(db, gala, {
    code: 'CREW',
    discountKind: VoucherDiscountKind.NONE,
    discountValue: 0,
    revealsHidden: true,
    ticketTypeIds: [backstage.id],
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

test('a buyer applies a 20% code, pays the discounted total and sees the discount on the booking, in the e-mail and in the admin area', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/spring-gala`);
  try {
    // A wrong code first: the one message for every code that cannot be used.
    await page.getByLabel('Have a code?').fill('WINTER99');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('[data-voucher-status]').getByText(INVALID_VOUCHER_MESSAGE).waitFor();

    await page.getByLabel('Have a code?').fill('spring20');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('[data-voucher-status]').getByText('Code SPRING20 applied: 20% off.').waitFor();
    await waitForHydration(page);
    await page.getByLabel('Quantity of Standard').selectOption('2');
    expect(await page.locator('[data-total-amount]').innerText()).toBe('Total €40.00');
    expect(await page.locator('[data-total-discount]').innerText()).toBe('€10.00 off with code SPRING20');
    await saveScreenshots(page, 'voucher-event-page');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\?/);
    await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
    await fillBuyer(page, 'Rosa Park', 'rosa@example.org');
    await fillAttendee(page, 1, 'Tom Park');
    await reserve(page);
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    const token = bookingTokenOf(page);
    expect(await page.locator('[data-booking-total]').innerText()).toBe('€40.00');
    expect(await page.locator('[data-booking-discount]').innerText()).toContain('Code SPRING20');

    await payAtSimulator(page);
    expect(await page.content()).toContain('40.00');
    await approveAtSimulator(page, stack.siteUrl, token);
    expect(await page.locator('[data-booking-status]').getAttribute('data-booking-status')).toBe('CONFIRMED');
    expect(await page.locator('[data-booking-total]').innerText()).toBe('€40.00');
    expect(await page.locator('[data-line-discount]').innerText()).toBe('−€5.00 each');
    await saveScreenshots(page, 'voucher-booking-page');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const reference = await page.locator('[data-booking-reference]').innerText();

    // The confirmation e-mail shows the code and the discount of the line.
    const deadline = Date.now() + 20_000;
    let confirmation;
    while (!(confirmation = stack.smtp!.messages.find((mail) => mail.to.includes('rosa@example.org')))) {
      if (Date.now() > deadline) throw new Error('the confirmation did not arrive');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(confirmation.text).toContain('code SPRING20: €5.00 off each');
    expect(confirmation.text).toContain('€40.00');

    // The organiser sees the code and the discount per line.
    const admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
    const adminPage = await openPage(browser, stack.siteUrl);
    try {
      await signIn(adminPage, stack.siteUrl, admin.email, TEST_PASSWORD, `/admin/bookings/${reference}`);
      await adminPage.locator('[data-booking-voucher]').getByText('SPRING20').waitFor();
      expect(await adminPage.locator('[data-line-discount]').innerText()).toBe('−€5.00 each');
      await saveScreenshots(adminPage, 'voucher-admin-booking');

      // The event's codes: uses and the booking that used it; a new code; SPRING20 switched off.
      await adminPage.goto(`${stack.siteUrl}/admin/events/${gala.id}/vouchers`);
      const spring = adminPage.locator('[data-voucher="SPRING20"]');
      expect(await spring.locator('[data-voucher-uses]').innerText()).toContain('1');
      await spring.getByRole('link', { name: reference }).waitFor();
      await adminPage.getByLabel('Code (for one code)').fill('late10');
      await adminPage.getByLabel('Discount').selectOption('PERCENTAGE');
      await adminPage.getByLabel('Percent or amount').fill('10');
      await adminPage.getByRole('button', { name: 'Make codes' }).click();
      await adminPage.getByRole('status').getByText('Code LATE10 made.').waitFor();
      await spring.getByRole('button', { name: 'Switch off SPRING20' }).click();
      await adminPage.getByRole('status').getByText('SPRING20 is off').waitFor();
      expect(await adminPage.locator('[data-voucher="SPRING20"] .badge').innerText()).toBe('Off');
      await saveScreenshots(adminPage, 'voucher-admin-codes');
      expect(await seriousAccessibilityViolations(adminPage)).toEqual([]);
    } finally {
      await closePage(adminPage);
    }
  } finally {
    await closePage(page);
  }
  // A whole purchase and the admin area in one test: slow on a loaded machine.
}, 120_000);

test('an access code from a link reveals a hidden ticket type, which can then be booked', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/spring-gala`, PHONE);
  try {
    expect(await page.getByLabel('Quantity of Backstage pass').count()).toBe(0);
    await page.goto(`${stack.siteUrl}/events/spring-gala?voucher=crew`);
    await page.locator('[data-voucher-status]').getByText('Code CREW applied.').waitFor();
    await saveScreenshots(page, 'voucher-access-code');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await chooseTickets(page, { 'Backstage pass': '1' });
    await fillBuyer(page, 'Lee Crew', 'lee@example.org');
    await reserve(page);
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    expect(await page.locator('[data-booking-total]').innerText()).toBe('€40.00');
    const voucher = await stack.dataSource.query(`SELECT id FROM voucher WHERE code = 'CREW'`);
    expect(await usedCount(stack.dataSource, voucher[0])).toBe(1);
  } finally {
    await closePage(page);
  }
});
