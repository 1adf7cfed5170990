import type { Browser, Page } from 'playwright-core';
import { EventVisibility } from '../server/src/modules/events/event.entity';
import { createEvent, createTicketType } from '../server/test/factories';
import {
  closePage,
  launchBrowser,
  openPage,
  saveScreenshots,
  seriousAccessibilityViolations,
  waitForHydration,
} from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;
let accessKey: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const event = await createEvent(stack.dataSource, {
    slug: 'founders-tasting',
    title: 'Founders’ Tasting',
    description: 'An invitation-only wine tasting.',
    visibility: EventVisibility.PRIVATE,
  });
  accessKey = event.accessKey!;
  await createTicketType(stack.dataSource, event, { name: 'Invitation', priceMinor: 5000, maxPerOrder: 2 });
  await createEvent(stack.dataSource, { slug: 'public-talk', title: 'Public Talk' });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** What a shopper sees on a "not found" page, to compare two of them. */
async function notFoundPage(page: Page) {
  return {
    title: await page.title(),
    text: await page.locator('main').innerText(),
    status: await page.locator('[data-error-status]').getAttribute('data-error-status'),
  };
}

test('the secret link opens the private event, marked noindex and not cached', async () => {
  const url = `${stack.siteUrl}/events/founders-tasting?key=${encodeURIComponent(accessKey)}`;
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('x-robots-tag')).toContain('noindex');
  expect(response.headers.get('cache-control')).toContain('no-store');

  const page = await openPage(browser, url);
  try {
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Founders’ Tasting');
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
    await expect(page.locator('main').innerText()).resolves.toContain('Private event');
    await expect(page.getByLabel('Quantity of Invitation').locator('option').count()).resolves.toBe(3);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'private-event');
  } finally {
    await closePage(page);
  }
});

test('a wrong or missing key shows the same friendly 404 as an event that does not exist', async () => {
  const unknown = await openPage(browser, `${stack.siteUrl}/events/no-such-event`);
  const wrongKey = await openPage(browser, `${stack.siteUrl}/events/founders-tasting?key=not-the-key`);
  const noKey = await openPage(browser, `${stack.siteUrl}/events/founders-tasting`);
  try {
    const expected = await notFoundPage(unknown);
    expect(expected.status).toBe('404');
    expect(expected.title).toBe('Page not found · Event Tickets');
    expect(expected.text).toContain("We couldn't find that page");
    await expect(notFoundPage(wrongKey)).resolves.toEqual(expected);
    await expect(notFoundPage(noKey)).resolves.toEqual(expected);
    for (const path of [
      '/events/no-such-event',
      '/events/founders-tasting?key=nope',
      '/events/founders-tasting',
    ]) {
      expect((await fetch(`${stack.siteUrl}${path}`)).status).toBe(404);
    }
  } finally {
    await Promise.all([unknown, wrongKey, noKey].map(closePage));
  }
});

test('the calendar file of a private event needs the key too, and keeps the secret link out', async () => {
  expect((await fetch(`${stack.siteUrl}/events/founders-tasting/calendar.ics`)).status).toBe(404);
  const response = await fetch(
    `${stack.siteUrl}/events/founders-tasting/calendar.ics?key=${encodeURIComponent(accessKey)}`,
  );
  expect(response.status).toBe(200);
  const ics = await response.text();
  expect(ics).toContain('SUMMARY:Founders’ Tasting');
  expect(ics).not.toContain(accessKey);
});

test('a private event is never listed, not even when searched for', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/?q=tasting`);
  try {
    await expect(page.locator('main').innerText()).resolves.toContain('No upcoming events match');
  } finally {
    await closePage(page);
  }
});

test('choosing tickets on a private event keeps its link for the way back', async () => {
  const page = await openPage(
    browser,
    `${stack.siteUrl}/events/founders-tasting?key=${encodeURIComponent(accessKey)}`,
  );
  try {
    await waitForHydration(page);
    await page.getByLabel('Quantity of Invitation').selectOption('2');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\?/);
    await expect(page.locator('[data-chosen-tickets]').innerText()).resolves.toContain('2 × Invitation');
    await page.getByRole('link', { name: 'Change tickets' }).click();
    await page.waitForURL(/\/events\/founders-tasting\?key=/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Founders’ Tasting');
  } finally {
    await closePage(page);
  }
});

test('a private event is booked with its key; without it the checkout is the same 404', async () => {
  const page = await openPage(
    browser,
    `${stack.siteUrl}/events/founders-tasting?key=${encodeURIComponent(accessKey)}`,
  );
  try {
    await waitForHydration(page);
    await page.getByLabel('Quantity of Invitation').selectOption('1');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\?/);
    const checkoutUrl = new URL(page.url());
    await page.getByLabel('Full name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('E-mail address', { exact: true }).fill('ada@example.org');
    await page.getByLabel(/I accept the terms of sale/).check();
    await page.getByRole('button', { name: 'Reserve and review order' }).click();
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    await expect(page.locator('[data-booking-total]').innerText()).resolves.toBe('€50.00');

    checkoutUrl.searchParams.set('key', 'wrong-key');
    const wrongKey = await fetch(checkoutUrl);
    expect(wrongKey.status).toBe(404);
    checkoutUrl.searchParams.delete('key');
    expect((await fetch(checkoutUrl)).status).toBe(404);
  } finally {
    await closePage(page);
  }
});

test('the 404 page is accessible and is captured at both widths', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/no/such/page`);
  try {
    await expect(notFoundPage(page)).resolves.toMatchObject({ status: '404' });
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'not-found');
  } finally {
    await closePage(page);
  }
});
