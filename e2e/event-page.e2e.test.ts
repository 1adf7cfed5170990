import type { Browser, Page } from 'playwright-core';
import { EventStatus } from '../server/src/modules/events/event.entity';
import { createEvent, createTicketType, DAY } from '../server/test/factories';
import {
  closePage,
  horizontalOverflow,
  launchBrowser,
  measureShippedJavaScript,
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
const JAZZ_DAY = dayFromNow(12);
/** The budget for the event page's first load. */
const JAVASCRIPT_BUDGET_BYTES = 60 * 1024;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const db = stack.dataSource;
  const startsAt = zonedInstant(JAZZ_DAY, '19:30', 'Europe/Berlin');
  const jazz = await createEvent(db, {
    slug: 'berlin-jazz-night',
    title: 'Berlin Jazz Night',
    description: 'Three bands on two stages.\nDoors open one hour early.',
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000),
    venue: { name: 'Kesselhaus', address: 'Schoenhauser Allee 36\n10435 Berlin' },
  });
  await createTicketType(db, jazz, { name: 'Standard', priceMinor: 2500, maxPerOrder: 8, sortOrder: 1 });
  await createTicketType(db, jazz, {
    name: 'Table for friends',
    priceMinor: 9950,
    minPerOrder: 2,
    maxPerOrder: 6,
    capacity: 10,
    soldCount: 7,
    sortOrder: 2,
  });
  await createTicketType(db, jazz, {
    name: 'Early bird',
    priceMinor: 1900,
    capacity: 50,
    soldCount: 50,
    sortOrder: 3,
  });
  await createTicketType(db, jazz, {
    name: 'Late entry',
    priceMinor: 1500,
    salesStartAt: new Date(Date.now() + 3 * DAY),
    sortOrder: 4,
  });
  await createTicketType(db, jazz, {
    name: 'Presale',
    priceMinor: 2000,
    salesEndAt: new Date(Date.now() - DAY),
    sortOrder: 5,
  });

  const tokyo = await createEvent(db, {
    slug: 'tokyo-design-forum',
    title: 'Tokyo Design Forum',
    timeZone: 'Asia/Tokyo',
    currency: 'JPY',
    startsAt: zonedInstant(dayFromNow(20), '09:00', 'Asia/Tokyo'),
  });
  await createTicketType(db, tokyo, { name: 'Day pass', priceMinor: 8000 });

  const cancelled = await createEvent(db, {
    slug: 'cancelled-gala',
    title: 'Cancelled Gala',
    status: EventStatus.CANCELLED,
  });
  await createTicketType(db, cancelled, { name: 'Standard' });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

function ticketRow(page: Page, name: string) {
  return page.locator('[data-ticket-type]', { has: page.getByRole('heading', { name, exact: true }) });
}

async function quantityChoices(page: Page, name: string): Promise<string[]> {
  return page.getByLabel(`Quantity of ${name}`).locator('option').allInnerTexts();
}

test('the event page shows the description, the venue and the dates in the event’s time zone, named', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/berlin-jazz-night`);
  try {
    expect(await page.title()).toBe('Berlin Jazz Night · Event Tickets');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Berlin Jazz Night');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Three bands on two stages.\nDoors open one hour early.');
    expect(main).toContain('Kesselhaus');
    expect(main).toContain('Schoenhauser Allee 36\n10435 Berlin');
    expect(main).toMatch(/19:30–22:30 CES?T/);
    expect(main).toContain('Times are in Europe/Berlin (Central European');
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBe(
      'Three bands on two stages. Doors open one hour early.',
    );
    await expect(page.locator('meta[name="robots"]').count()).resolves.toBe(0);
  } finally {
    await closePage(page);
  }
});

test('prices are written in the event’s currency from minor units', async () => {
  const berlin = await openPage(browser, `${stack.siteUrl}/events/berlin-jazz-night`);
  const tokyo = await openPage(browser, `${stack.siteUrl}/events/tokyo-design-forum`);
  try {
    await expect(ticketRow(berlin, 'Standard').locator('[data-price]').innerText()).resolves.toBe('€25.00');
    await expect(ticketRow(berlin, 'Table for friends').locator('[data-price]').innerText()).resolves.toBe(
      '€99.50',
    );
    await expect(ticketRow(tokyo, 'Day pass').locator('[data-price]').innerText()).resolves.toBe('JP¥8,000');
  } finally {
    await closePage(berlin);
    await closePage(tokyo);
  }
});

test('quantity pickers offer only what can be bought: from the minimum per order up to maxPurchasable', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/berlin-jazz-night`);
  try {
    await expect(quantityChoices(page, 'Standard')).resolves.toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    // 3 seats left, at least 2 per order.
    await expect(quantityChoices(page, 'Table for friends')).resolves.toEqual(['0', '2', '3']);
    await expect(ticketRow(page, 'Table for friends').innerText()).resolves.toContain('Only 3 left');
    await expect(ticketRow(page, 'Standard').innerText()).resolves.toContain('Available');
  } finally {
    await closePage(page);
  }
});

test('sold-out, not-yet-on-sale and sales-ended tickets say so and have no picker', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/berlin-jazz-night`);
  try {
    const expectations: [string, RegExp][] = [
      ['Early bird', /Sold out/],
      ['Late entry', /Not on sale yet\s+On sale from .+ CES?T/],
      ['Presale', /Sales ended/],
    ];
    for (const [name, state] of expectations) {
      await expect(ticketRow(page, name).locator('[data-availability]').innerText()).resolves.toMatch(state);
      await expect(ticketRow(page, name).locator('select').count()).resolves.toBe(0);
    }
  } finally {
    await closePage(page);
  }
});

test('a cancelled event says so and sells nothing', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/cancelled-gala`);
  try {
    await expect(page.getByRole('alert').innerText()).resolves.toContain('This event has been cancelled.');
    await expect(page.locator('select').count()).resolves.toBe(0);
    await expect(page.locator('main').innerText()).resolves.toContain('No tickets can be bought right now.');
  } finally {
    await closePage(page);
  }
});

test('"Continue" asks for a choice first, then takes it to the checkout’s details form', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/berlin-jazz-night`);
  try {
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Choose how many tickets');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toMatch(/^quantity-/);

    await page.getByLabel('Quantity of Standard').selectOption('2');
    await page.getByLabel('Quantity of Table for friends').selectOption('3');
    await expect(page.locator('main').innerText()).resolves.toContain('5 tickets chosen.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\?/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Your details');
    await expect(page.locator('[data-chosen-tickets] li').allInnerTexts()).resolves.toEqual([
      '2 × Standard (€25.00 each)',
      '3 × Table for friends (€99.50 each)',
    ]);
    // One attendee per ticket.
    await expect(page.locator('[data-attendee]').count()).resolves.toBe(5);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});

test('the checkout refuses a ticket choice the event page could not offer', async () => {
  const unknownType = await fetch(`${stack.siteUrl}/checkout?event=berlin-jazz-night&quantity.unknown=1`);
  expect(await unknownType.text()).toContain(
    'One of the chosen ticket types is not sold for this event (any more).',
  );
  const notANumber = await fetch(`${stack.siteUrl}/checkout?event=berlin-jazz-night&quantity.unknown=two`);
  expect(await notANumber.text()).toContain('“two” is not a number of tickets');
  const nothing = await fetch(`${stack.siteUrl}/checkout?event=berlin-jazz-night`);
  expect(await nothing.text()).toContain('No tickets were chosen.');
});

test('"Add to calendar" downloads an iCalendar file of the event', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/berlin-jazz-night`);
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Add to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('berlin-jazz-night.ics');
    const response = await fetch(`${stack.siteUrl}/events/berlin-jazz-night/calendar.ics`);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    const start = zonedInstant(JAZZ_DAY, '19:30', 'Europe/Berlin')
      .toISOString()
      .replace(/[-:]|\.\d{3}/g, '');
    expect(ics).toContain(`DTSTART:${start}`);
    expect(ics).toContain('SUMMARY:Berlin Jazz Night');
    expect(ics).toContain('LOCATION:Kesselhaus\\, Schoenhauser Allee 36\\, 10435 Berlin');
    expect(ics).toContain(`URL:${stack.siteUrl}/events/berlin-jazz-night`);
  } finally {
    await closePage(page);
  }
});

test('the event page is accessible, fits a 360 px phone, and is captured at both widths', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/berlin-jazz-night`);
  try {
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'event');
    await page.setViewportSize(PHONE);
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  } finally {
    await closePage(page);
  }
});

test(`the event page ships at most ${JAVASCRIPT_BUDGET_BYTES / 1024} KB of JavaScript (gzip) on first load`, async () => {
  const shipped = await measureShippedJavaScript(browser, `${stack.siteUrl}/events/berlin-jazz-night`);
  console.log(
    `event page JavaScript: ${(shipped.gzipBytes / 1024).toFixed(1)} KB gzip in ${shipped.files.length} files`,
  );
  expect(shipped.files.length).toBeGreaterThan(0);
  expect(shipped.gzipBytes).toBeLessThanOrEqual(JAVASCRIPT_BUDGET_BYTES);
});
