/**
 * Issue #22's story in Chromium, event dates and the waiting list together: an organiser makes a
 * weekly series whose two ticket types share a pool of 2 seats; buyer A books the last seats of the
 * first date; buyer B picks that date from the series' date picker, finds it sold out and joins its
 * waiting list; an admin cancels A's booking; B gets the offer by e-mail (a real SMTP delivery), opens
 * the link and pays at the PayPal simulator, for that date. And an offer made before its date is
 * cancelled says so when opened.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createAccount, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import { TicketTypeEntity } from '../server/src/modules/tickets/ticket-type.entity';
import { signIn } from './support/admin';
import {
  checkPageAtBothWidths,
  closePage,
  launchBrowser,
  openPage,
  waitForHydration,
} from './support/browser';
import { addWeeklyDates, createSeriesInAdmin, publishSeries } from './support/series';
import { purchase } from './support/purchase';
import { startStack, type Stack } from './support/stack';
import { buyInStorefront, fillBuyer, reserveAndPay } from './support/storefront';
import { dayFromNow } from './support/time';
import {
  cancelBookingInAdmin,
  fillWaitingListForm,
  joinWaitingList,
  mailTo,
  offerLinkOf,
  openOffer,
} from './support/waiting-list';

const BUYER_A = { name: 'Ada First', email: 'ada.first@example.org' };
const BUYER_B = { name: 'Ben Waiting', email: 'ben.waiting@example.org' };

let stack: Stack;
let browser: Browser;
let admin: TestAccount;
let organiser: Page;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ smtp: true }), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  organiser = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(organiser, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  if (organiser) await closePage(organiser);
  await browser?.close();
  await stack?.close();
});

/** Opens a page in a fresh browser context (the series page is cached publicly for 30 s). */
async function withPage<T>(url: string, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await openPage(browser, url);
  try {
    return await use(page);
  } finally {
    await closePage(page);
  }
}

test('a weekly series with a shared pool: a sold-out date’s waiting list gets the seats an admin frees', async () => {
  // The organiser: a series, two ticket types sharing 2 seats, Saturdays for three weeks, published.
  const seriesId = await createSeriesInAdmin(organiser, stack.siteUrl, {
    title: 'Lighthouse Tour',
    slug: 'lighthouse-tour',
    venue: 'North Cape',
    day: dayFromNow(10),
    ticketTypes: [
      { name: 'Adult', price: '25', capacity: '40' },
      { name: 'Child', price: '12', capacity: '40' },
    ],
    pool: { name: 'Boat', seats: '2' },
  });
  const saturdays = Array.from({ length: 21 }, (_, index) => dayFromNow(7 + index)).filter(
    (day) => new Date(`${day}T12:00:00Z`).getUTCDay() === 6,
  );
  await addWeeklyDates(
    organiser,
    'Lighthouse Tour',
    { weekdays: ['Sat'], from: dayFromNow(7), until: dayFromNow(27), startTime: '10:00', endTime: '12:00' },
    saturdays.length,
  );
  await publishSeries(organiser, stack.siteUrl, seriesId);
  const dates = await stack.dataSource.query<{ id: string; slug: string }[]>(
    'SELECT id, slug FROM event WHERE series_id = $1 ORDER BY starts_at',
    [seriesId],
  );
  const first = dates[0];
  expect(first.slug).toBe(`lighthouse-tour-${saturdays[0]}`);

  // Buyer A books the last 2 seats of the first date (neither ticket type is sold out on its own).
  await withPage(`${stack.siteUrl}/events/lighthouse-tour`, async (page) => {
    await page.getByTestId('date-picker').locator('a').first().click();
    await page.waitForURL(`${stack.siteUrl}/events/${first.slug}`);
    await buyInStorefront(page, stack.siteUrl, {
      quantities: { Adult: '1', Child: '1' },
      buyer: BUYER_A,
      guests: [{ name: 'Max First' }],
    });
  });
  const [bookingA] = await stack.dataSource.query<{ id: string }[]>(
    'SELECT id FROM booking WHERE buyer_email = $1',
    [BUYER_A.email],
  );

  // Buyer B: the picker says the first date is sold out, the next ones are not; B joins its list.
  await withPage(`${stack.siteUrl}/events/lighthouse-tour`, async (page) => {
    const picker = page.getByTestId('date-picker').locator('a');
    await expect(picker.nth(0).innerText()).resolves.toMatch(/10:00–12:00\s*Sold out/);
    await expect(picker.nth(1).innerText()).resolves.toMatch(/2 left/);
    await picker.first().click();
    await page.waitForURL(`${stack.siteUrl}/events/${first.slug}`);
    await waitForHydration(page);
    await expect(page.locator('[data-availability]').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Sold out'),
      expect.stringContaining('Sold out'),
    ]);
    // Following the Child row's link chooses Child in the form; B then follows Adult's.
    await fillWaitingListForm(page, BUYER_B, '1', 'Child');
    await fillWaitingListForm(page, BUYER_B, '1', 'Adult');
    await checkPageAtBothWidths(page, 'series-waiting-list-sold-out-date');
    await expect(joinWaitingList(page)).resolves.toContain('You are on the waiting list for Adult');
  });

  // The admin cancels A's booking; the date's waiting list shows B's offer.
  await withPage(`${stack.siteUrl}/`, async (page) => {
    await cancelBookingInAdmin(
      page,
      stack.siteUrl,
      { email: admin.email, password: TEST_PASSWORD },
      bookingA.id,
    );
    await page.goto(`${stack.siteUrl}/admin/events/${first.id}`);
    await page.getByRole('link', { name: 'Waiting list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Waiting list' }).waitFor();
    const row = page.locator(`[data-waiting-list-entry="${BUYER_B.email}"]`);
    await expect(row.locator('[data-status]').innerText()).resolves.toBe('Offered');
  });

  // B's offer names the date; its link opens that date's checkout with the held seat.
  const offer = await mailTo(stack.smtp!, BUYER_B.email);
  const [year, month, day] = saturdays[0].split('-').map(Number);
  const dateLine = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day, 12)));
  expect(offer.text).toContain(`Saturday, ${dateLine}, 10:00–12:00`);
  // The subject names the date too: a series has many dates with the same title.
  expect(offer.subject).toMatch(/^Held for you: tickets for Lighthouse Tour, .+$/);
  expect(offer.subject).toContain(dateLine);
  await withPage(`${stack.siteUrl}/`, async (page) => {
    await openOffer(page, offerLinkOf(offer));
    await waitForHydration(page);
    await fillBuyer(page, BUYER_B.name, BUYER_B.email);
    await checkPageAtBothWidths(page, 'series-waiting-list-offer-checkout');
    await reserveAndPay(page, stack.siteUrl);
  });
  const bookingsB = await stack.dataSource.query<{ event_id: string; status: string }[]>(
    'SELECT event_id, status FROM booking WHERE buyer_email = $1',
    [BUYER_B.email],
  );
  expect(bookingsB).toEqual([{ event_id: first.id, status: 'CONFIRMED' }]);
  const [entry] = await stack.dataSource.query<{ status: string }[]>(
    'SELECT status FROM waiting_list_entry WHERE email = $1',
    [BUYER_B.email],
  );
  expect(entry.status).toBe('ACCEPTED');
}, 240_000);

test('an offer made before its date was cancelled says the date was cancelled', async () => {
  const seriesId = await createSeriesInAdmin(organiser, stack.siteUrl, {
    title: 'Harbour Seals',
    slug: 'harbour-seals',
    venue: 'West Pier',
    day: dayFromNow(10),
    ticketTypes: [{ name: 'Adult', price: '15', capacity: '10' }],
    pool: { name: 'Boat', seats: '1' },
  });
  const saturday = Array.from({ length: 7 }, (_, index) => dayFromNow(7 + index)).find(
    (day) => new Date(`${day}T12:00:00Z`).getUTCDay() === 6,
  )!;
  await addWeeklyDates(
    organiser,
    'Harbour Seals',
    { weekdays: ['Sat'], from: saturday, until: saturday, startTime: '09:00', endTime: '10:00' },
    1,
  );
  await publishSeries(organiser, stack.siteUrl, seriesId);
  const [date] = await stack.dataSource.query<{ id: string }[]>('SELECT id FROM event WHERE series_id = $1', [
    seriesId,
  ]);
  const adult = await stack.dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ eventId: date.id });
  const sold = await purchase(stack.api, { eventId: date.id, lines: [[adult, 1]] });
  const joined = await stack.api.graphql<{ joinWaitingList: { errors: unknown[] } }>(
    `mutation ($input: JoinWaitingListInput!) { joinWaitingList(input: $input) { errors { code } } }`,
    {
      input: {
        eventId: date.id,
        ticketTypeId: adult.id,
        name: 'Cleo Late',
        email: 'cleo@example.org',
        quantity: 1,
      },
    },
  );
  expect(joined.data!.joinWaitingList.errors).toEqual([]);
  await withPage(`${stack.siteUrl}/`, (page) =>
    cancelBookingInAdmin(
      page,
      stack.siteUrl,
      { email: admin.email, password: TEST_PASSWORD },
      sold.booking.id,
    ),
  );
  const link = offerLinkOf(await mailTo(stack.smtp!, 'cleo@example.org'));

  // The organiser calls the date off; the offer's link no longer leads to a checkout.
  await organiser.goto(`${stack.siteUrl}/admin/events/${seriesId}/dates?cancel=${date.id}`);
  await organiser.getByRole('button', { name: 'Yes, cancel this date' }).click();
  await organiser.getByTestId('dates-table').getByText('CANCELLED').waitFor();
  await withPage(link, async (page) => {
    await expect(page.locator('[data-offer-gone]').innerText()).resolves.toBe('This event was cancelled');
    await checkPageAtBothWidths(page, 'series-waiting-list-offer-cancelled');
  });
}, 120_000);
