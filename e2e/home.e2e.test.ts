import type { Browser } from 'playwright-core';
import { EventStatus, EventVisibility } from '../server/src/modules/events/event.entity';
import { createEvent, createTicketType } from '../server/test/factories';
import {
  closePage,
  horizontalOverflow,
  launchBrowser,
  openPage,
  pageErrors,
  PHONE,
  saveScreenshots,
  seriousAccessibilityViolations,
  waitForHydration,
} from './support/browser';
import { startStack, type Stack } from './support/stack';
import { dayFromNow, zonedInstant } from './support/time';

let stack: Stack;
let browser: Browser;
const OPEN_MIC_NIGHTS = 13;
const LATE_SHOW_DAY = dayFromNow(30);

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const db = stack.dataSource;
  for (let night = 1; night <= OPEN_MIC_NIGHTS; night++) {
    const event = await createEvent(db, { title: `Open Mic Night ${night}`, startsInDays: 40 + night });
    await createTicketType(db, event, { name: 'Standard', priceMinor: 1000 + night });
  }
  const jazz = await createEvent(db, {
    title: 'Jazz by the River',
    startsAt: zonedInstant(dayFromNow(5), '19:30', 'Europe/Berlin'),
    venue: { name: 'Riverside Stage' },
  });
  await createTicketType(db, jazz, { name: 'Standard', priceMinor: 2500 });
  await createTicketType(db, jazz, { name: 'Seated', priceMinor: 4200 });
  const tokyo = await createEvent(db, {
    title: 'Tokyo Design Forum',
    timeZone: 'Asia/Tokyo',
    currency: 'JPY',
    startsAt: zonedInstant(dayFromNow(8), '09:00', 'Asia/Tokyo'),
  });
  await createTicketType(db, tokyo, { name: 'Day pass', priceMinor: 8000 });
  // 23:30 in Los Angeles is already the next day in UTC: the date filter must use the local day.
  const lateShow = await createEvent(db, {
    title: 'Late Show in LA',
    timeZone: 'America/Los_Angeles',
    currency: 'USD',
    startsAt: zonedInstant(LATE_SHOW_DAY, '23:30', 'America/Los_Angeles'),
  });
  await createTicketType(db, lateShow, { name: 'Seat', priceMinor: 3000, capacity: 2, soldCount: 2 });
  await createEvent(db, { title: 'Secret Supper', visibility: EventVisibility.PRIVATE });
  await createEvent(db, { title: 'Unpublished Gala', status: EventStatus.DRAFT });
  await createEvent(db, { title: 'Last Year Ball', startsInDays: -30 });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

function cardTitles(page: import('playwright-core').Page): Promise<string[]> {
  return page.locator('[data-event-card] h2').allInnerTexts();
}

test('the home page lists upcoming public events soonest first, with local time, venue and lowest price', async () => {
  const page = await openPage(browser, stack.siteUrl);
  try {
    expect(await page.title()).toBe('Upcoming events · Event Tickets');
    const titles = await cardTitles(page);
    expect(titles.slice(0, 3)).toEqual(['Jazz by the River', 'Tokyo Design Forum', 'Late Show in LA']);
    expect(titles).toHaveLength(12);
    const jazz = page.locator('[data-event-card]', { hasText: 'Jazz by the River' });
    await expect(jazz.innerText()).resolves.toMatch(/19:30 CET|19:30 CEST/);
    await expect(jazz.innerText()).resolves.toContain('Riverside Stage');
    await expect(jazz.innerText()).resolves.toContain('From €25.00');
    const tokyo = page.locator('[data-event-card]', { hasText: 'Tokyo Design Forum' });
    await expect(tokyo.innerText()).resolves.toContain('From JP¥8,000');
    const lateShow = page.locator('[data-event-card]', { hasText: 'Late Show in LA' });
    await expect(lateShow.innerText()).resolves.toContain('Sold out');
  } finally {
    await closePage(page);
  }
});

test('private, draft and past events are never listed', async () => {
  const page = await openPage(browser, stack.siteUrl);
  try {
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Load more events' }).click();
    await page.locator('[data-event-card]').nth(12).waitFor();
    const text = await page.locator('main').innerText();
    for (const hidden of ['Secret Supper', 'Unpublished Gala', 'Last Year Ball'])
      expect(text).not.toContain(hidden);
  } finally {
    await closePage(page);
  }
});

test('"Load more" appends the next page and moves focus to the first new event', async () => {
  const page = await openPage(browser, stack.siteUrl);
  try {
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Load more events' }).click();
    await page.locator('[data-event-card]').nth(12).waitFor();
    const titles = await cardTitles(page);
    expect(titles).toHaveLength(OPEN_MIC_NIGHTS + 3);
    expect(titles.at(-1)).toBe(`Open Mic Night ${OPEN_MIC_NIGHTS}`);
    expect(new Set(titles).size).toBe(titles.length);
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(titles[12]);
    await expect(page.getByRole('link', { name: 'Load more events' }).count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});

test('without JavaScript, "Load more" is a link to the next page', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(stack.siteUrl);
    await page.getByRole('link', { name: 'Load more events' }).click();
    await page.waitForURL(/after=/);
    const titles = await cardTitles(page);
    expect(titles).toHaveLength(OPEN_MIC_NIGHTS + 3 - 12);
    await expect(page.getByRole('link', { name: 'Back to the first page' }).isVisible()).resolves.toBe(true);
  } finally {
    await context.close();
  }
});

test('searching finds events by title, description or venue', async () => {
  const page = await openPage(browser, stack.siteUrl);
  try {
    await waitForHydration(page);
    await page.getByLabel('Search').fill('riverside');
    await page.getByRole('button', { name: 'Find events' }).click();
    await page.waitForURL(/q=riverside/);
    await expect(cardTitles(page)).resolves.toEqual(['Jazz by the River']);

    await page.getByLabel('Search').fill('no such thing');
    await page.getByRole('button', { name: 'Find events' }).click();
    await page.waitForURL(/q=no\+such\+thing/);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('No upcoming events match');
  } finally {
    await closePage(page);
  }
});

test('the date filter matches the day in the event’s own time zone', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/?from=${LATE_SHOW_DAY}&to=${LATE_SHOW_DAY}`);
  try {
    await expect(cardTitles(page)).resolves.toEqual(['Late Show in LA']);
    await expect(page.getByLabel('From').inputValue()).resolves.toBe(LATE_SHOW_DAY);
  } finally {
    await closePage(page);
  }
});

test('a date range that ends before it starts is pointed out at the field', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/?from=${dayFromNow(10)}&to=${dayFromNow(2)}`);
  try {
    const to = page.getByLabel('To');
    await expect(to.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#to-error').innerText()).resolves.toContain('before the first day');
  } finally {
    await closePage(page);
  }
});

test('the home page is accessible, fits a 360 px phone, and is captured at both widths', async () => {
  const page = await openPage(browser, stack.siteUrl);
  try {
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'home');
    await page.setViewportSize(PHONE);
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  } finally {
    await closePage(page);
  }
});
