/**
 * The admin lists (bookings, events, accounts) on a 390 px phone: every row is a card whose Total and
 * Status are in view, with nothing scrolling sideways; at 1280 px they stay tables. Screenshots at both.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createAccount, TEST_PASSWORD } from '../server/test/auth';
import { createBooking, createEvent, createTicketType } from '../server/test/factories';
import { signIn } from './support/admin';
import {
  ARTIFACTS_DIR,
  closePage,
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  openPage,
  SCREENSHOT_PHONE,
} from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  await createAccount(stack.dataSource, AdminRole.STAFF, {
    email: 'a.rather.long.address.for.staff@example.org',
  });
  const event = await createEvent(stack.dataSource, {
    title: 'An evening of very long event titles at the harbour',
    currency: 'EUR',
  });
  const free = await createTicketType(stack.dataSource, event, { name: 'Entry', priceMinor: 0 });
  for (let i = 0; i < 3; i++) await createBooking(stack.api.app.services, event, [[free, 2]]);
  page = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  await closePage(page);
  await browser?.close();
  await stack?.close();
});

/** Screenshots at 1280 and 390 px under test-artifacts/e2e. */
async function screenshots(name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (const [label, size] of [
    ['desktop', DESKTOP],
    ['390', SCREENSHOT_PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}-${label}.png`), fullPage: true });
  }
}

/** Each cell labelled `label` in the table is fully inside the viewport, and shows its label. */
async function cellsInView(table: string, label: string): Promise<string[]> {
  const cells = page.locator(`[data-testid="${table}"] td[data-label="${label}"]`);
  const count = await cells.count();
  expect(count).toBeGreaterThan(0);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const box = (await cells.nth(i).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(SCREENSHOT_PHONE.width);
    // The label is drawn before the value (CSS ::before from data-label).
    const before = await cells
      .nth(i)
      .evaluate((cell) => getComputedStyle(cell, '::before').content.replace(/^"|"$/g, ''));
    expect(before).toBe(label);
    texts.push(await cells.nth(i).innerText());
  }
  return texts;
}

test.each([
  ['bookings', '/admin/bookings', 'bookings-table', ['Total', 'Status']],
  ['events', '/admin/events?time=all', 'events-table', ['Status', 'Sold']],
  ['accounts', '/admin/accounts', 'accounts-table', ['Role', 'State']],
])('the %s list is cards at 390 px, with nothing sideways', async (name, url, table, labels) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(`${stack.siteUrl}${url}`);
  // A table at 1280 px: the header row is visible.
  await expect(page.locator(`[data-testid="${table}"] thead`).isVisible()).resolves.toBe(true);
  await expect(
    page.locator(`[data-testid="${table}"] thead th`).first().boundingBox(),
  ).resolves.toMatchObject({
    height: expect.any(Number),
  });

  await page.setViewportSize(SCREENSHOT_PHONE);
  await expect(horizontalOverflow(page)).resolves.toBe(0);
  for (const label of labels) await cellsInView(table, label);
  await screenshots(`admin-${name}-list`);
});

test('the bookings cards show each total in its currency and each status in words', async () => {
  await page.setViewportSize(SCREENSHOT_PHONE);
  await page.goto(`${stack.siteUrl}/admin/bookings`);
  const totals = await cellsInView('bookings-table', 'Total');
  expect(totals).toEqual(['€0.00', '€0.00', '€0.00']);
  const statuses = await cellsInView('bookings-table', 'Status');
  for (const status of statuses) expect(status).toMatch(/\w/);
});
