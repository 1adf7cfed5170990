/**
 * Shared capacity in the event editor (issue #22 points 1 and 4): an organiser adds a pool two ticket
 * types share and the event's total, and the storefront offers no more than the pool leaves; a refused
 * pool form says what is wrong at each field; deleting a pool asks first; the dashboard shows each
 * pool's seats; the event page charts each pool's tickets sold per day.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createRequestContext } from '../server/src/common/request-context';
import { createAccount, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import {
  createBooking,
  createCapacityPool,
  createEvent,
  createTicketType,
  DAY,
} from '../server/test/factories';
import { signIn } from './support/admin';
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
let page: Page;
let admin: TestAccount;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  page = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await stack?.close();
});

test('an organiser adds seats two ticket types share and the event total; the storefront offers what is left', async () => {
  const event = await createEvent(stack.dataSource, { slug: 'family-day', title: 'Family Day' });
  await createTicketType(stack.dataSource, event, { name: 'Adult', capacity: 80, sortOrder: 0 });
  await createTicketType(stack.dataSource, event, {
    name: 'Child',
    capacity: 80,
    sortOrder: 1,
    maxPerOrder: 10,
  });
  await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);
  // Before hydration a summary clicked open is closed again by it (under load, once in CI-like runs).
  await waitForHydration(page);
  await expect(page.getByText('No shared capacity').isVisible()).resolves.toBe(true);

  await page.locator('summary', { hasText: 'Add shared capacity' }).click();
  const add = page.locator('form[action="?/createPool"]');
  await add.getByLabel('Name').fill('Main room');
  await add.getByLabel('Seats').fill('6');
  await add.getByLabel('Adult').check();
  await add.getByLabel('Child').check();
  await add.getByRole('button', { name: 'Add pool' }).click();
  await page.waitForLoadState('load');
  await expect(page.getByText('Capacity pool “Main room” added.').isVisible()).resolves.toBe(true);
  await waitForHydration(page);

  await page.locator('summary', { hasText: 'Add shared capacity' }).click();
  await add.getByLabel('Name').fill('Whole event');
  await add.getByLabel('Seats').fill('100');
  await add.getByLabel(/^Event total/).check();
  await add.getByRole('button', { name: 'Add pool' }).click();
  await page.waitForLoadState('load');

  const pools = page.getByTestId('capacity-pool');
  await expect(pools.count()).resolves.toBe(2);
  await expect(pools.nth(0).textContent()).resolves.toMatch(/Whole event\s*Event total\s*Every ticket type/);
  await expect(pools.nth(1).textContent()).resolves.toMatch(
    /Main room.*Adult, Child.*0 taken · 6 left of 6/s,
  );
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await page.getByText('Edit Main room', { exact: true }).click();
  await saveScreenshots(page, 'admin-event-capacity-pools');

  // The storefront shows each type with the seats the pool leaves, not its own 80.
  await page.goto(`${stack.siteUrl}/events/family-day`);
  await expect(page.getByText('Only 6 left').count()).resolves.toBe(2);
  const rows = await stack.dataSource.query(
    `SELECT p.name, p.capacity, p.used_count, p.all_ticket_types, count(m.ticket_type_id)::int AS types
     FROM capacity_pool p LEFT JOIN capacity_pool_ticket_type m ON m.pool_id = p.id
     WHERE p.event_id = $1 GROUP BY p.id ORDER BY p.name`,
    [event.id],
  );
  expect(rows).toEqual([
    { name: 'Main room', capacity: 6, used_count: 0, all_ticket_types: false, types: 2 },
    { name: 'Whole event', capacity: 100, used_count: 0, all_ticket_types: true, types: 0 },
  ]);
});

test('a refused pool form shows its problems at their fields, the dashboard shows each pool, and Delete asks first', async () => {
  const event = await createEvent(stack.dataSource, { slug: 'band-night', title: 'Band Night' });
  const standing = await createTicketType(stack.dataSource, event, { name: 'Standing', capacity: 50 });
  const hall = await createCapacityPool(stack.dataSource, event, { capacity: 4, ticketTypes: [standing] });
  await stack.dataSource.query("UPDATE capacity_pool SET name = 'Hall', used_count = 3 WHERE id = $1", [
    hall.id,
  ]);

  await page.goto(`${stack.siteUrl}/admin`);
  const shown = page.getByTestId('dashboard-pool').filter({ hasText: 'Hall' });
  await expect(shown.textContent()).resolves.toMatch(/Hall\s*\(shared\)\s*3 taken · 1 left of 4/);

  await saveScreenshots(page, 'admin-dashboard-pools');

  await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);
  // Before hydration a summary clicked open is closed again by it (under load, once in CI-like runs).
  await waitForHydration(page);
  await page.locator('summary', { hasText: 'Add shared capacity' }).click();
  const add = page.locator('form[action="?/createPool"]');
  await add.getByLabel('Name').fill('Balcony');
  await add.getByRole('button', { name: 'Add pool' }).click();
  await page.waitForLoadState('load');
  await expect(page.locator('#pool-new-capacity').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.locator('#pool-new-capacity-error').textContent()).resolves.toContain('number of seats');
  await expect(page.locator('#pool-new-name').inputValue()).resolves.toBe('Balcony');

  await add.getByLabel('Seats').fill('10');
  await add.getByRole('button', { name: 'Add pool' }).click();
  await page.waitForLoadState('load');
  await expect(page.locator('#pool-new-tt-error').textContent()).resolves.toContain(
    'Choose at least one ticket type',
  );
  await expect(page.locator('#pool-new-capacity-error').count()).resolves.toBe(0);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-event-capacity-pool-errors');

  await page.getByText('Edit Hall', { exact: true }).click();
  await page.getByRole('link', { name: 'Delete… Hall' }).click();
  // The link opens this page with a confirmation step; the pool is still there meanwhile.
  await page.getByRole('heading', { name: 'Delete the capacity pool “Hall”?' }).waitFor();
  await expect(page.getByTestId('capacity-pool').count()).resolves.toBe(1);
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByText('Capacity pool deleted.').waitFor();
  await expect(page.getByTestId('capacity-pool').count()).resolves.toBe(0);
});

test('the event page charts the tickets sold per day in each pool, with the figures in words and as a table', async () => {
  const event = await createEvent(stack.dataSource, { slug: 'open-day', title: 'Open Day', timeZone: 'UTC' });
  const adult = await createTicketType(stack.dataSource, event, {
    name: 'Adult',
    priceMinor: 0,
    capacity: 50,
  });
  const child = await createTicketType(stack.dataSource, event, {
    name: 'Child',
    priceMinor: 0,
    capacity: 50,
  });
  // Child is in both pools.
  const hall = await createCapacityPool(stack.dataSource, event, {
    capacity: 40,
    ticketTypes: [adult, child],
  });
  const kids = await createCapacityPool(stack.dataSource, event, { capacity: 10, ticketTypes: [child] });
  await stack.dataSource.query(
    "UPDATE capacity_pool SET name = CASE id WHEN $1 THEN 'Hall' ELSE 'Kids corner' END WHERE id IN ($1, $2)",
    [hall.id, kids.id],
  );
  const services = stack.api.app.services;
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
  await createBooking(
    services,
    event,
    [
      [adult, 2],
      [child, 1],
    ],
    daysAgo(2),
  );
  const { booking } = await createBooking(services, event, [[child, 3]], daysAgo(1));
  const actor = { accountId: admin.account.id, email: admin.email, role: AdminRole.ADMIN, sessionId: null };
  const cancelled = await services.bookingAdmin.cancel(createRequestContext({ actor }), {
    bookingId: booking.id,
    reason: 'Asked by the buyer',
    refund: false,
  });
  expect(cancelled.errors).toEqual([]);

  await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);
  // Before hydration a summary clicked open is closed again by it (under load, once in CI-like runs).
  await waitForHydration(page);
  const cards = page.getByTestId('pool-sales');
  await expect(cards.count()).resolves.toBe(2);
  const returnedOn = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date());
  await expect(cards.nth(0).textContent()).resolves.toMatch(
    new RegExp(
      `Hall\\s*6 tickets sold\\s*· 3 returned \\(3 on ${returnedOn}\\)\\s*Now 3 sold, 0 held, of 40 seats`,
    ),
  );
  await expect(cards.nth(1).textContent()).resolves.toMatch(/Kids corner\s*4 tickets sold\s*· 3 returned/);
  await expect(cards.nth(1).textContent()).resolves.toMatch(/Now 1 sold, 0 held, of 10 seats/);
  // The chart's figures as a table: the day before yesterday sold the one Child ticket.
  await cards.nth(1).locator('summary', { hasText: 'as a table' }).click();
  const twoDaysAgo = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(daysAgo(2));
  await expect(
    cards
      .nth(1)
      .getByRole('row', { name: new RegExp(`^${twoDaysAgo} 1 ticket$`) })
      .count(),
  ).resolves.toBe(1);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-event-pool-sales');
});
