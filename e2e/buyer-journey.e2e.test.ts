/**
 * A new buyer's journey as a person walks it (#17): choosing tickets with a running total and the
 * event's picture, a choice over the per-order limit refused on the event page, Back and submit again
 * without a second hold, Back after paying leading to the booking, a paid booking the organiser
 * cancelled and refunded told truthfully, and the waiver page in the event's time zone recording the
 * signer's own browser. Screenshots at 1280 and 390 px.
 */
import type { Browser, Page } from 'playwright-core';
import { EmailKind, EmailMessageEntity } from '../server/src/modules/email/email-message.entity';
import type { EventEntity } from '../server/src/modules/events/event.entity';
import { TicketTypeEntity } from '../server/src/modules/tickets/ticket-type.entity';
import { WaiverSignatureEntity } from '../server/src/modules/waivers/waiver-signature.entity';
import { loginAs } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import { setWaiver, signingTokenOf } from '../server/test/waivers';
import {
  closePage,
  horizontalOverflow,
  launchBrowser,
  openPage,
  pageErrors,
  saveScreenshots,
  seriousAccessibilityViolations,
  waitForHydration,
} from './support/browser';
import { startStack, type Stack } from './support/stack';
import {
  approveAtSimulator,
  attendee,
  bookingTokenOf,
  chooseTickets,
  fillAttendee,
  fillBuyer,
  payAtSimulator,
  reserve,
} from './support/storefront';

/** The phone width. */
const PHONE_390 = { width: 390, height: 844 };
const PICTURE = 'https://images.example/lantern-festival.png';
// A 1x1 PNG: what the picture's host answers in this test.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let stack: Stack;
let browser: Browser;
let festival: EventEntity;
let lantern: TicketTypeEntity;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const db = stack.dataSource;
  festival = await createEvent(db, {
    slug: 'lantern-festival',
    title: 'Lantern Festival',
    currency: 'JPY',
    timeZone: 'Asia/Tokyo',
    startsInDays: 20,
    imageUrl: PICTURE,
    imageAlt: 'Paper lanterns floating on a river at dusk',
    venue: { name: 'Riverside Park', address: 'Sumida, Tokyo' },
  });
  lantern = await createTicketType(db, festival, {
    name: 'Lantern',
    priceMinor: 1500,
    maxPerOrder: 30,
    sortOrder: 1,
  });
  await createTicketType(db, festival, {
    name: 'Family',
    priceMinor: 4200,
    maxPerOrder: 30,
    sortOrder: 2,
  });
  // Sold out: not an offer, so not the "From" price either.
  await createTicketType(db, festival, { name: 'Early bird', priceMinor: 500, capacity: 0, sortOrder: 3 });
  const admin = await loginAs(stack.api);
  await setWaiver(stack.api, admin, festival.id, 'I carry my lantern with care.');
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function openWithPicture(url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.route('https://images.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: PNG }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function screenshotsAt390(page: Page, name: string): Promise<void> {
  await saveScreenshots(page, name);
  const original = page.viewportSize()!;
  await page.setViewportSize(PHONE_390);
  await expect(horizontalOverflow(page)).resolves.toBe(0);
  await page.screenshot({ path: `test-artifacts/e2e/${name}-390.png`, fullPage: true });
  await page.setViewportSize(original);
}

async function heldSeats(ticketTypeId: string): Promise<number> {
  return (await stack.dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: ticketTypeId }))
    .heldCount;
}

/** The reference of the booking a token opens (null: none). */
async function bookingReferenceOf(token: string): Promise<string | null> {
  const response = await stack.api.graphql<{ booking: { reference: string } | null }>(
    'query ($token: String!) { booking(token: $token) { reference } }',
    { token },
  );
  return response.data?.booking?.reference ?? null;
}

test('the event page shows its picture, a running total in the event’s currency, and refuses more than one order holds', async () => {
  const page = await openWithPicture(`${stack.siteUrl}/events/lantern-festival`);
  try {
    await waitForHydration(page);
    const picture = page.locator('[data-event-image]');
    await expect(picture.getAttribute('alt')).resolves.toBe('Paper lanterns floating on a river at dusk');
    await expect(picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).resolves.toBe(1);
    const total = page.locator('[data-running-total]');
    await expect(total.innerText()).resolves.toContain('No tickets chosen yet.');

    await page.getByLabel('Quantity of Lantern').selectOption('1');
    await expect(total.innerText()).resolves.toMatch(/1 ticket chosen\.\s*Total JP¥1,500/);
    await page.getByLabel('Quantity of Family').selectOption('2');
    await expect(total.innerText()).resolves.toMatch(/3 tickets chosen\.\s*Total JP¥9,900/);
    await screenshotsAt390(page, 'buyer-event-running-total');

    // 30 + 21 is over the 50 one booking holds: said here, before the form.
    await page.getByLabel('Quantity of Lantern').selectOption('30');
    await page.getByLabel('Quantity of Family').selectOption('21');
    await expect(page.locator('[data-selection-error]').innerText()).resolves.toContain(
      'One booking holds at most 50 tickets; 51 were chosen.',
    );
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.url()).toMatch(/\/events\/lantern-festival$/);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await page.context().close();
  }
});

test('an event without a picture shows placeholder art, and the list prices what is on sale', async () => {
  await createEvent(stack.dataSource, {
    slug: 'quiet-reading',
    title: 'Quiet Reading Hour',
    startsInDays: 21,
  });
  const page = await openWithPicture(stack.siteUrl);
  try {
    const card = page.locator('[data-event-card]', { hasText: 'Lantern Festival' });
    // The sold-out 500 yen type is no offer: the lowest price on sale is 1,500.
    await expect(card.innerText()).resolves.toContain('From JP¥1,500');
    await expect(
      page
        .locator('[data-event-card]', { hasText: 'Quiet Reading Hour' })
        .locator('[data-event-placeholder]')
        .count(),
    ).resolves.toBe(1);
    await screenshotsAt390(page, 'buyer-home-pictures');
  } finally {
    await page.context().close();
  }
});

test('Back and submit again keeps the typed details and holds the seats once; after paying, Back leads to the booking', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/lantern-festival`);
  try {
    const heldBefore = await heldSeats(lantern.id);
    await chooseTickets(page, { Lantern: '2' });
    await fillBuyer(page, 'Aiko Tanaka', 'aiko@example.com');
    await fillAttendee(page, 1, 'Kenji Tanaka', 'kenji@example.com');
    await reserve(page);
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    const token = bookingTokenOf(page);
    expect(await heldSeats(lantern.id)).toBe(heldBefore + 2);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
    await expect(page.locator('#buyer-name').inputValue()).resolves.toBe('Aiko Tanaka');
    await expect(page.locator('#buyer-email').inputValue()).resolves.toBe('aiko@example.com');
    await expect(attendee(page, 1).getByLabel('Attendee’s full name').inputValue()).resolves.toBe(
      'Kenji Tanaka',
    );
    await expect(
      attendee(page, 1)
        .getByLabel(/Attendee’s e-mail address/)
        .inputValue(),
    ).resolves.toBe('kenji@example.com');
    await screenshotsAt390(page, 'buyer-back-to-details');

    await page.getByRole('button', { name: 'Reserve and review order' }).click();
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    // The same booking, opened by a new link's token (only digests of tokens are kept).
    const again = bookingTokenOf(page);
    expect(await bookingReferenceOf(again)).toBe(await bookingReferenceOf(token));
    expect(await heldSeats(lantern.id)).toBe(heldBefore + 2);

    await payAtSimulator(page);
    await approveAtSimulator(page, stack.siteUrl, again);
    await page.locator('[data-booking-account]').waitFor();
    await expect(page.locator('[data-booking-account]').innerText()).resolves.toMatch(
      /Paid on .*\s+JP¥3,000/,
    );

    // Back from the booking, as far as the details form: it leads to the booking again.
    await page.goto(`${stack.siteUrl}/checkout?event=lantern-festival&quantity.${lantern.id}=2`);
    await page.waitForURL(`${stack.siteUrl}/bookings/${again}`);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});

test('a paid booking the organiser cancelled and refunded says what was paid and refunded, never “nothing was charged”', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/lantern-festival`);
  try {
    await chooseTickets(page, { Family: '1' });
    await fillBuyer(page, 'Hana Sato', 'hana@example.com');
    await reserve(page);
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    const token = bookingTokenOf(page);
    await payAtSimulator(page);
    await approveAtSimulator(page, stack.siteUrl, token);

    const admin = await loginAs(stack.api);
    const booking = await stack.api.dataSource.query('SELECT id FROM booking WHERE buyer_email = $1', [
      'hana@example.com',
    ]);
    const cancelled = await stack.api.graphql<{ cancelBooking: { errors: unknown[] } }>(
      `mutation CancelBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code message } } }`,
      { input: { bookingId: booking[0].id, reason: 'The river is in flood' } },
      admin.headers,
    );
    expect(cancelled.data?.cancelBooking.errors).toEqual([]);

    await page.reload();
    const state = await page.locator('[data-booking-state]').innerText();
    expect(state).toContain('The organiser cancelled it after you paid');
    expect(state).toContain('Your payment of JP¥4,200 was refunded in full');
    expect(state).not.toContain('Nothing was charged');
    const account = await page.locator('[data-booking-account]').innerText();
    expect(account).toMatch(/Paid on .*\s+JP¥4,200/);
    expect(account).toMatch(/Refunded on .*\s+JP¥4,200/);
    expect(account).toMatch(/Still held by the organiser\s*JP¥0/);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await screenshotsAt390(page, 'buyer-cancelled-refunded');
  } finally {
    await closePage(page);
  }
});

test('the waiver page shows the event’s time zone and records the signer’s own browser', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/lantern-festival`);
  try {
    await chooseTickets(page, { Lantern: '1' });
    await fillBuyer(page, 'Yuki Mori', 'yuki@example.com');
    await reserve(page);
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    const token = bookingTokenOf(page);
    await payAtSimulator(page);
    await approveAtSimulator(page, stack.siteUrl, token);

    const request = await stack.dataSource
      .getRepository(EmailMessageEntity)
      .createQueryBuilder('message')
      .where('message.kind = :kind', { kind: EmailKind.WAIVER_REQUEST })
      .andWhere(':to = ANY(message.recipients)', { to: 'yuki@example.com' })
      .getOneOrFail();
    await page.goto(`${stack.siteUrl}/waivers/${signingTokenOf(request)}`);
    // Tokyo has no summer time: GMT+9 all year.
    await expect(page.locator('[data-event-time]').innerText()).resolves.toContain('GMT+9');
    await page.getByLabel(/full name/i).fill('Yuki Mori');
    await page.getByLabel(/I have read/i).check();
    await page.getByRole('button', { name: /Sign/ }).click();
    await page.locator('[data-signed-at]').waitFor();
    await expect(page.locator('[data-signed-at]').innerText()).resolves.toContain('GMT+9');
    await screenshotsAt390(page, 'buyer-waiver-signed');

    const browserAgent = await page.evaluate(() => navigator.userAgent);
    const signature = await stack.dataSource
      .getRepository(WaiverSignatureEntity)
      .findOneByOrFail({ eventId: festival.id, signerName: 'Yuki Mori' });
    expect(signature.userAgent).toBe(browserAgent);
    expect(signature.userAgent).not.toBe('node');
    expect(signature.clientAddress).toMatch(/127\.0\.0\.1/);
  } finally {
    await closePage(page);
  }
});
