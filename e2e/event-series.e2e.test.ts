/**
 * Event dates (issue #22 point 2): an organiser makes a series in the admin area, gives its two ticket
 * types a shared pool, adds weekly dates by a rule and publishes it; a buyer opens the series, picks a
 * date from the date picker and books it (paying at the PayPal simulator). Screenshots of the admin
 * dates page and the date picker at both widths.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createAccount, TEST_PASSWORD } from '../server/test/auth';
import { signIn } from './support/admin';
import { checkPageAtBothWidths, closePage, launchBrowser, openPage } from './support/browser';
import { addWeeklyDates, createSeriesInAdmin, publishSeries } from './support/series';
import { startStack, type Stack } from './support/stack';
import { buyInStorefront } from './support/storefront';
import { dayFromNow } from './support/time';

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  page = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await stack?.close();
});

test('an organiser makes a weekly series with a shared pool; a buyer picks a date and books it', async () => {
  // The series and its template: two ticket types sharing 8 seats.
  const seriesId = await createSeriesInAdmin(page, stack.siteUrl, {
    title: 'Harbour Walk',
    slug: 'harbour-walk',
    venue: 'Pier 7',
    day: dayFromNow(10),
    ticketTypes: [
      { name: 'Adult', price: '20', capacity: '50' },
      { name: 'Child', price: '10', capacity: '50' },
    ],
    pool: { name: 'Boat', seats: '8' },
  });

  // Weekly dates, Saturdays and Sundays for four weeks, one weekend day left out.
  const weekendDays = Array.from({ length: 28 }, (_, index) => dayFromNow(7 + index)).filter((day) =>
    [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay()),
  );
  await addWeeklyDates(
    page,
    'Harbour Walk',
    {
      weekdays: ['Sat', 'Sun'],
      from: dayFromNow(7),
      until: dayFromNow(34),
      startTime: '18:00',
      endTime: '20:00',
      exceptOn: weekendDays[1],
    },
    weekendDays.length - 1,
  );
  await expect(page.getByTestId('dates-table').locator('tbody tr').count()).resolves.toBe(
    weekendDays.length - 1,
  );

  const dates = await stack.dataSource.query<{ id: string; slug: string; status: string }[]>(
    'SELECT id, slug, status FROM event WHERE series_id = $1 ORDER BY starts_at',
    [seriesId],
  );
  expect(dates.map((date) => date.slug)).toEqual(
    weekendDays.filter((_, index) => index !== 1).map((day) => `harbour-walk-${day}`),
  );
  // Each date has the template's pool of 8 seats over both types.
  const [{ pools }] = await stack.dataSource.query<{ pools: number }[]>(
    `SELECT count(*)::int AS pools FROM capacity_pool p WHERE p.event_id = $1 AND p.capacity = 8
       AND (SELECT count(*) FROM capacity_pool_ticket_type m WHERE m.pool_id = p.id) = 2`,
    [dates[0].id],
  );
  expect(pools).toBe(1);

  // Publishing the series puts its dates on sale.
  await publishSeries(page, stack.siteUrl, seriesId);
  await page.goto(`${stack.siteUrl}/admin/events/${seriesId}/dates`);
  await expect(page.getByTestId('dates-table').innerText()).resolves.not.toContain('DRAFT');
  await checkPageAtBothWidths(page, 'admin-event-dates');
  // A date's own admin page (bookings, check-in, CSVs) leads back to its series; the events list shows
  // the series with its date count, not its dates.
  await page
    .getByRole('link', { name: /^Sat, / })
    .first()
    .click();
  await page.getByTestId('series-link').getByRole('link', { name: 'Harbour Walk' }).waitFor();
  await page.goto(`${stack.siteUrl}/admin/events`);
  const rows = page.getByTestId('events-table').locator('tbody tr');
  await expect(rows.count()).resolves.toBe(1);
  await expect(rows.first().innerText()).resolves.toContain(`Series ${weekendDays.length - 1} dates`);

  // The buyer: the home page shows the series once, its page the date picker.
  const shop = await openPage(browser, `${stack.siteUrl}/`);
  try {
    const home = await shop.locator('main').innerText();
    expect(home).toContain('Harbour Walk');
    expect(home).toContain(`${weekendDays.length - 1} dates · next`);
    await shop.goto(`${stack.siteUrl}/events/harbour-walk`);
    await shop.getByRole('heading', { name: 'Pick a date' }).waitFor();
    const picker = shop.getByTestId('date-picker').locator('a');
    await expect(picker.count()).resolves.toBe(weekendDays.length - 1);
    await expect(picker.first().innerText()).resolves.toMatch(/18:00–20:00\s*8 left/);
    await checkPageAtBothWidths(shop, 'event-series-date-picker');

    await picker.first().click();
    await shop.waitForURL(`${stack.siteUrl}/events/${dates[0].slug}`);
    await expect(shop.getByTestId('series-line').innerText()).resolves.toContain(
      `One of ${weekendDays.length - 1} dates · Other dates`,
    );
    await checkPageAtBothWidths(shop, 'event-series-date-page');
    await buyInStorefront(shop, stack.siteUrl, {
      quantities: { Adult: '1', Child: '1' },
      buyer: { name: 'Mia Buyer', email: 'mia@example.org' },
      guests: [{ name: 'Leo Buyer' }],
    });

    const [booking] = await stack.dataSource.query<{ event_id: string; status: string }[]>(
      `SELECT event_id, status FROM booking WHERE buyer_email = 'mia@example.org'`,
    );
    expect(booking).toEqual({ event_id: dates[0].id, status: 'CONFIRMED' });
  } finally {
    await closePage(shop);
  }
  // Seats are the date's: the picker shows 6 left on it and 8 on the next (a fresh browser: the
  // series page is cached publicly for 30 s).
  const later = await openPage(browser, `${stack.siteUrl}/events/harbour-walk`);
  try {
    const picker = later.getByTestId('date-picker').locator('a');
    await expect(picker.nth(0).innerText()).resolves.toMatch(/6 left/);
    await expect(picker.nth(1).innerText()).resolves.toMatch(/8 left/);
  } finally {
    await closePage(later);
  }
});
