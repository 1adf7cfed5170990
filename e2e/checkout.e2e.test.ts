/**
 * The shopper's journey on the real stack: event page -> details -> order summary -> the PayPal
 * simulator's approval page -> confirmation with QR codes -> the e-mails (a loopback SMTP server) ->
 * the booking link -> signing the waiver. Also: cancelling at PayPal, a declined payment, a hold that
 * ran out, seats sold to someone else meanwhile, and field errors.
 */
import type { Browser, Page } from 'playwright-core';
import { hashSecretToken } from '../server/src/common/secret-token';
import { BookingEntity } from '../server/src/modules/bookings/booking.entity';
import type { EventEntity } from '../server/src/modules/events/event.entity';
import { TicketTypeEntity } from '../server/src/modules/tickets/ticket-type.entity';
import { loginAs } from '../server/test/auth';
import { testContext } from '../server/test/context';
import { bookingInput, createEvent, createTicketType } from '../server/test/factories';
import type { ReceivedMail } from '../server/test/smtp-sink';
import { lifecycleSteps } from '../server/test/lifecycle';
import { setWaiver } from '../server/test/waivers';
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

let stack: Stack;
let browser: Browser;
let harbour: EventEntity;
let standard: TicketTypeEntity;
let balcony: TicketTypeEntity;

const WAIVER_TEXT = 'I take part at my own risk.\nI follow the crew’s safety instructions.';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ smtp: true }), launchBrowser()]);
  const db = stack.dataSource;
  harbour = await createEvent(db, {
    slug: 'harbour-lights-cruise',
    title: 'Harbour Lights Cruise',
    currency: 'EUR',
    timeZone: 'Europe/Berlin',
    startsInDays: 14,
    venue: { name: 'Pier 3', address: 'Hafenstrasse 1\n20459 Hamburg' },
  });
  standard = await createTicketType(db, harbour, { name: 'Deck', priceMinor: 2500, sortOrder: 1 });
  balcony = await createTicketType(db, harbour, {
    name: 'Captain’s table',
    priceMinor: 9900,
    capacity: 2,
    maxPerOrder: 2,
    sortOrder: 2,
  });
  const admin = await loginAs(stack.api);
  await setWaiver(stack.api, admin, harbour.id, WAIVER_TEXT);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** From the details form to the order summary, for one Deck ticket bought for oneself. */
async function reserveOneDeck(buyerEmail: string): Promise<Page> {
  const page = await openPage(browser, `${stack.siteUrl}/events/harbour-lights-cruise`);
  await chooseTickets(page, { Deck: '1' });
  await fillBuyer(page, 'Margaret Hamilton', buyerEmail);
  await reserve(page);
  await page.waitForURL(/\/checkout\/pay\?booking=/);
  return page;
}

/** Accessible, captured at both widths, and nothing scrolls sideways on a 360 px phone. */
async function checkPage(page: Page, screenshotName: string): Promise<void> {
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, screenshotName);
  const original = page.viewportSize()!;
  await page.setViewportSize(PHONE);
  await expect(horizontalOverflow(page)).resolves.toBe(0);
  await page.setViewportSize(original);
}

function mailTo(mails: ReceivedMail[], address: string, subject: RegExp): ReceivedMail {
  const found = mails.find((mail) => mail.to.includes(address) && subject.test(mail.subject ?? ''));
  if (!found) {
    throw new Error(
      `no mail to ${address} matching ${subject}: ${mails.map((mail) => `${mail.to} ${mail.subject}`).join('; ')}`,
    );
  }
  return found;
}

/** The mails that have arrived once `predicate` holds (the job runner sends them after commit). */
async function mailsUntil(predicate: (mails: ReceivedMail[]) => boolean, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate(stack.smtp!.messages)) {
    if (Date.now() > deadline) throw new Error(`mails did not arrive: ${stack.smtp!.messages.length} so far`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return [...stack.smtp!.messages];
}

test('a buyer books, pays at PayPal and gets tickets with QR codes, the e-mails, the booking link and the waiver to sign', async () => {
  const home = await openPage(browser, stack.siteUrl);
  try {
    await home
      .getByRole('link', { name: /Harbour Lights Cruise/ })
      .first()
      .click();
    await home.waitForURL(/\/events\/harbour-lights-cruise$/);
    await chooseTickets(home, { Deck: '2' });

    // Details: the buyer's own ticket and one for a friend.
    expect(await home.title()).toBe('Your details – Harbour Lights Cruise · Event Tickets');
    await expect(home.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
    await expect(home.locator('[data-test-mode]').innerText()).resolves.toContain('no money moves');
    await expect(home.locator('[data-chosen-tickets]').innerText()).resolves.toContain('2 × Deck');
    await expect(home.locator('[data-waiver-notice]').innerText()).resolves.toContain('waiver');
    await fillBuyer(home, 'Ada Lovelace', 'ada@example.org');
    expect(await attendee(home, 0).getByLabel('This ticket is for me').isChecked()).toBe(true);
    await expect(attendee(home, 0).getByLabel('Attendee’s full name').isVisible()).resolves.toBe(false);
    await fillAttendee(home, 1, 'Grace Hopper', 'grace@example.org');
    await checkPage(home, 'checkout-details');
    await reserve(home);

    // The order summary, computed by the server, with the hold counting down.
    await home.waitForURL(/\/checkout\/pay\?booking=/);
    const token = bookingTokenOf(home);
    expect(await home.title()).toBe('Review and pay – Harbour Lights Cruise · Event Tickets');
    await expect(home.locator('[data-booking-line]').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Deck\s+2\s+€25\.00\s+€50\.00$/),
    ]);
    await expect(home.locator('[data-booking-total]').innerText()).resolves.toBe('€50.00');
    await expect(home.locator('[data-review-attendee]').allInnerTexts()).resolves.toEqual([
      'Ticket 1, Deck: Ada Lovelace (ada@example.org)',
      'Ticket 2, Deck: Grace Hopper (grace@example.org)',
    ]);
    await expect(home.locator('[data-hold-countdown]').innerText()).resolves.toMatch(
      /held until \d\d:\d\d CES?T/,
    );
    await waitForHydration(home);
    await expect(home.locator('[data-time-left]').innerText()).resolves.toMatch(/^\(\d+:\d\d left\)$/);
    await checkPage(home, 'checkout-pay');

    // PayPal (the simulator): approve, and back to the confirmation.
    await payAtSimulator(home);
    await expect(home.locator('main').innerText()).resolves.toContain('50.00 EUR');
    await approveAtSimulator(home, stack.siteUrl, token);
    await expect(home.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Your booking is confirmed',
    );
    await expect(home.locator('[data-ticket] [data-attendee]').allInnerTexts()).resolves.toEqual([
      'Ada Lovelace\nada@example.org',
      'Grace Hopper\ngrace@example.org',
    ]);
    await expect(home.locator('[data-ticket] svg[data-qr]').count()).resolves.toBe(2);
    const codes = await home.locator('[data-ticket-code]').allInnerTexts();
    expect(codes).toHaveLength(2);
    await expect(home.locator('[data-qr]').first().getAttribute('aria-label')).resolves.toBe(
      `QR code of ticket ${codes[0]}`,
    );
    await expect(home.locator('[data-booking-total]').innerText()).resolves.toBe('€50.00');
    await expect(home.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
    await checkPage(home, 'booking-confirmed');
    expect(pageErrors(home)).toEqual([]);

    // The confirmation e-mail carries the booking link; each attendee is asked to sign the waiver.
    const mails = await mailsUntil(
      (received) =>
        received.some((mail) => /^Your tickets for/.test(mail.subject ?? '')) &&
        received.filter((mail) => /waiver/.test(mail.subject ?? '')).length >= 2,
    );
    const confirmation = mailTo(mails, 'ada@example.org', /^Your tickets for Harbour Lights Cruise$/);
    const bookingLink = confirmation.text?.match(/http:\/\/127\.0\.0\.1:\d+\/bookings\/[A-Za-z0-9_-]+/)?.[0];
    // A link of its own (only hashes are stored), to the same booking's page (checked below).
    expect(bookingLink).toMatch(new RegExp(`^${stack.siteUrl}/bookings/`));
    expect(bookingLink).not.toBe(`${stack.siteUrl}/bookings/${token}`);
    const waiverMail = mailTo(
      mails,
      'grace@example.org',
      /^Please sign the waiver for Harbour Lights Cruise$/,
    );
    const signingLink = waiverMail.text?.match(/http:\/\/127\.0\.0\.1:\d+\/waivers\/[A-Za-z0-9_-]+/)?.[0];
    expect(signingLink).toBeDefined();

    // The booking page tells, per ticket, whose waiver is still to be signed.
    const fromMail = await openPage(browser, bookingLink!, PHONE);
    try {
      await expect(fromMail.locator('[data-ticket-code]').allInnerTexts()).resolves.toEqual(codes);
      await expect(fromMail.locator('[data-ticket] [data-waiver-status]').allInnerTexts()).resolves.toEqual([
        'Waiver not signed yet — each attendee got a signing link by e-mail',
        'Waiver not signed yet — each attendee got a signing link by e-mail',
      ]);
      await expect(horizontalOverflow(fromMail)).resolves.toBe(0);
    } finally {
      await closePage(fromMail);
    }

    const waiver = await openPage(browser, signingLink!);
    try {
      expect(await waiver.title()).toBe('Waiver – Harbour Lights Cruise · Event Tickets');
      await expect(waiver.locator('[data-waiver-text]').innerText()).resolves.toBe(WAIVER_TEXT);
      await expect(waiver.locator('main').innerText()).resolves.toContain('For Grace Hopper');
      await checkPage(waiver, 'waiver-to-sign');
      await waiver.getByRole('button', { name: 'Sign the waiver' }).click();
      await expect(waiver.locator('#fullName-error').innerText()).resolves.toBe(
        'Type your full name to sign.',
      );
      await expect(waiver.locator('#agree-error').innerText()).resolves.toBe(
        'Tick the box to agree to the waiver.',
      );
      await waiver.getByLabel('Your full name').fill('Grace Brewster Hopper');
      await waiver.getByLabel(/I have read the waiver/).check();
      await waiver.getByRole('button', { name: 'Sign the waiver' }).click();
      await waiver.locator('[data-waiver-state="signed"]').waitFor();
      await expect(waiver.locator('[data-waiver-state]').innerText()).resolves.toMatch(
        /Thank you, your waiver is signed\.[\s\S]*Signed by Grace Brewster Hopper online/,
      );
      await saveScreenshots(waiver, 'waiver-signed');
      await waiver.goto(signingLink!);
      await expect(waiver.locator('[data-waiver-state]').innerText()).resolves.toContain(
        'This waiver is already signed.',
      );
      await expect(waiver.getByRole('button', { name: 'Sign the waiver' }).count()).resolves.toBe(0);
    } finally {
      await closePage(waiver);
    }

    // Back on the booking page: Grace's ticket says signed, Ada's still waits for her signature.
    await home.goto(bookingLink!);
    await expect(
      home
        .locator('[data-ticket] [data-waiver-status]')
        .evaluateAll((shown) =>
          shown.map((element) => [element.getAttribute('data-waiver-status'), element.textContent!.trim()]),
        ),
    ).resolves.toEqual([
      ['UNSIGNED', 'Waiver not signed yet — each attendee got a signing link by e-mail'],
      ['SIGNED', expect.stringMatching(/^Waiver signed on .+ \d\d:\d\d CES?T\s+\(online\)$/)],
    ]);
    await checkPage(home, 'booking-waiver-signed');
  } finally {
    await closePage(home);
  }
});

test('the booking page draws its QR codes on the server and ships no JavaScript', async () => {
  const { token } = await stack.api.app.services.reservations
    .createBooking(
      testContext(),
      bookingInput(harbour, [[standard, 1]], {
        attendees: [{ ticketTypeId: standard.id, sameAsBuyer: true }],
      }),
    )
    .then((result) => ({ token: result.token! }));
  // Not paid yet: no codes, and a way to pay.
  const page = await openPage(browser, `${stack.siteUrl}/bookings/${token}`);
  try {
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Your booking awaits payment',
    );
    await expect(page.locator('[data-qr]').count()).resolves.toBe(0);
    await expect(page.locator('[data-ticket-status="PENDING"]').count()).resolves.toBe(1);
    await expect(
      page.getByRole('link', { name: 'Review and pay' }).evaluate((link: HTMLAnchorElement) => link.href),
    ).resolves.toBe(`${stack.siteUrl}/checkout/pay?booking=${token}`);
  } finally {
    await closePage(page);
  }
  const shipped = await measureShippedJavaScript(browser, `${stack.siteUrl}/bookings/${token}`);
  expect(shipped.files).toEqual([]);
  const response = await fetch(`${stack.siteUrl}/bookings/${token}`);
  expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  expect(response.headers.get('cache-control')).toBe('private, no-store');
});

test('every storefront page says, from the server, that payments run in test mode', async () => {
  const { token } = await stack.api.app.services.reservations.createBooking(
    testContext(),
    bookingInput(harbour, [[standard, 1]]),
  );
  for (const path of [
    '/',
    '/events/harbour-lights-cruise',
    `/checkout?event=harbour-lights-cruise`,
    `/bookings/${token}`,
  ]) {
    const html = await (await fetch(`${stack.siteUrl}${path}`)).text();
    expect(html).toContain('<strong>Test mode:</strong> payments go to a PayPal simulator.');
    expect(html).not.toContain('<!--test-mode-notice-->');
  }
});

test('unknown booking and waiver links show the friendly 404', async () => {
  for (const path of [
    '/bookings/not-a-real-token',
    '/waivers/not-a-real-token',
    '/checkout/pay?booking=nope',
  ]) {
    const page = await openPage(browser, `${stack.siteUrl}${path}`);
    try {
      await expect(page.locator('[data-error-status]').getAttribute('data-error-status')).resolves.toBe(
        '404',
      );
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
        "We couldn't find that page",
      );
    } finally {
      await closePage(page);
    }
  }
});

test('cancelling at PayPal keeps the booking and its seats until the hold runs out; trying again pays the same booking', async () => {
  const page = await reserveOneDeck('cancel-retry@example.org');
  try {
    const token = bookingTokenOf(page);
    const bookings = stack.dataSource.getRepository(BookingEntity);
    const heldBooking = await bookings.findOneByOrFail({ tokenHash: hashSecretToken(token) });
    const reserved = await stack.dataSource
      .getRepository(TicketTypeEntity)
      .findOneByOrFail({ id: standard.id });
    await payAtSimulator(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL(/\/checkout\/cancel\?booking=/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Payment not completed');
    const kept = page.locator('[data-cancel-outcome="kept"]');
    await expect(kept.innerText()).resolves.toContain('nothing was charged');
    await expect(kept.innerText()).resolves.toContain(heldBooking.reference);
    // The hold's end in the event's zone (Hamburg), as on the order summary.
    const holdEnds = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone: 'Europe/Berlin',
    }).format((await bookings.findOneByOrFail({ id: heldBooking.id })).holdExpiresAt!);
    await expect(page.locator('[data-hold-countdown]').innerText()).resolves.toContain(
      `held until ${holdEnds}`,
    );
    await checkPage(page, 'checkout-paypal-cancelled');

    // Opening the page again, as a link prefetcher or mail scanner would, releases nothing.
    await page.reload();
    const scanned = await fetch(page.url(), { headers: { purpose: 'prefetch' } });
    expect(scanned.status).toBe(200);
    expect((await bookings.findOneByOrFail({ id: heldBooking.id })).status).toBe('AWAITING_PAYMENT');
    const stillHeld = await stack.dataSource
      .getRepository(TicketTypeEntity)
      .findOneByOrFail({ id: standard.id });
    expect(stillHeld.heldCount).toBe(reserved.heldCount);

    // Try again: back at PayPal for the same booking, paid this time.
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Try again with PayPal' }).click();
    await page.getByRole('heading', { name: 'Approve your payment' }).waitFor();
    await approveAtSimulator(page, stack.siteUrl, token);
    const paid = await bookings.findOneByOrFail({ id: heldBooking.id });
    expect(paid.status).toBe('CONFIRMED');
    expect(await bookings.countBy({ buyerEmail: 'cancel-retry@example.org' })).toBe(1);
    const sold = await stack.dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: standard.id });
    expect([sold.heldCount, sold.soldCount]).toEqual([reserved.heldCount - 1, reserved.soldCount + 1]);
  } finally {
    await closePage(page);
  }
});

test('after cancelling at PayPal, "Cancel booking" (a same-site form POST) releases the seats and leads back to the event', async () => {
  const page = await reserveOneDeck('cancel@example.org');
  try {
    const token = bookingTokenOf(page);
    const bookings = stack.dataSource.getRepository(BookingEntity);
    const before = await stack.dataSource
      .getRepository(TicketTypeEntity)
      .findOneByOrFail({ id: standard.id });
    await payAtSimulator(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL(/\/checkout\/cancel\?booking=/);

    // A form posted from another site is refused (SvelteKit's origin check) and changes nothing.
    const forged = await fetch(`${page.url()}&/cancel`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(forged.status).toBe(403);
    expect((await bookings.findOneByOrFail({ tokenHash: hashSecretToken(token) })).status).toBe(
      'AWAITING_PAYMENT',
    );

    await page.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Booking cancelled' }).waitFor();
    await expect(page.locator('[data-cancel-outcome]').innerText()).resolves.toContain('Nothing was charged');
    const booking = await bookings.findOneByOrFail({ tokenHash: hashSecretToken(token) });
    expect(booking.status).toBe('CANCELLED');
    const after = await stack.dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: standard.id });
    expect(after.heldCount).toBe(before.heldCount - 1);
    await checkPage(page, 'checkout-cancelled');
    await page.getByRole('link', { name: 'Back to Harbour Lights Cruise' }).click();
    await page.waitForURL(/\/events\/harbour-lights-cruise$/);
  } finally {
    await closePage(page);
  }
});

test('a declined payment says nothing was charged and lets the buyer pay again', async () => {
  const page = await reserveOneDeck('declined@example.org');
  try {
    const token = bookingTokenOf(page);
    stack.api.payments.simulator!.setNextCaptureOutcome('DECLINED');
    await payAtSimulator(page);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/\/checkout\/return\?/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Your payment did not go through',
    );
    await expect(page.locator('[data-return-outcome]').getAttribute('data-error-code')).resolves.toBe(
      'PAYMENT_DECLINED',
    );
    await expect(page.locator('[data-return-outcome]').innerText()).resolves.toContain('nothing was charged');
    await checkPage(page, 'checkout-return-declined');

    await page.getByRole('button', { name: 'Try paying again with PayPal' }).click();
    await page.getByRole('heading', { name: 'Approve your payment' }).waitFor();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(`${stack.siteUrl}/bookings/${token}`);
    await expect(page.locator('[data-booking-status]').getAttribute('data-booking-status')).resolves.toBe(
      'CONFIRMED',
    );
  } finally {
    await closePage(page);
  }
});

test('a way to pay PayPal declines at capture sends the buyer back to PayPal for the same order, and approving again confirms the same booking', async () => {
  const page = await reserveOneDeck('instrument-declined@example.org');
  try {
    const token = bookingTokenOf(page);
    const before = await stack.dataSource
      .getRepository(TicketTypeEntity)
      .findOneByOrFail({ id: standard.id });
    const simulator = stack.api.payments.simulator!;
    await payAtSimulator(page);
    const orderId = new URL(page.url()).searchParams.get('token');
    simulator.failNext('capture', { kind: 'refusal', issue: 'INSTRUMENT_DECLINED' });
    await page.getByRole('button', { name: 'Approve' }).click();

    // Back on PayPal's page for the same order, told to choose another way to pay; seats still held.
    await page.waitForURL(`${simulator.url}/checkoutnow?token=${orderId}`);
    await page.getByRole('heading', { name: 'Approve your payment' }).waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Please choose another way to pay');
    await checkPage(page, 'checkout-paypal-choose-another-way');
    const bookings = stack.dataSource.getRepository(BookingEntity);
    const held = await bookings.findOneByOrFail({ tokenHash: hashSecretToken(token) });
    expect(held).toMatchObject({ status: 'AWAITING_PAYMENT', providerOrderId: orderId });
    const during = await stack.dataSource
      .getRepository(TicketTypeEntity)
      .findOneByOrFail({ id: standard.id });
    expect(during.heldCount).toBe(before.heldCount);

    await approveAtSimulator(page, stack.siteUrl, token);
    await expect(page.locator('[data-booking-status]').getAttribute('data-booking-status')).resolves.toBe(
      'CONFIRMED',
    );
    const paid = await bookings.findOneByOrFail({ tokenHash: hashSecretToken(token) });
    expect(paid).toMatchObject({ id: held.id, status: 'CONFIRMED', providerOrderId: orderId });
    expect(simulator.captureIdsOf(orderId!)).toHaveLength(1);
    const after = await stack.dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: standard.id });
    expect(after.soldCount).toBe(before.soldCount + 1);
    expect(after.heldCount).toBe(before.heldCount - 1);
  } finally {
    await closePage(page);
  }
});

test('a payment PayPal has not completed yet is reported as pending, with the tickets to follow', async () => {
  const page = await reserveOneDeck('pending@example.org');
  try {
    stack.api.payments.simulator!.setNextCaptureOutcome('PENDING');
    await payAtSimulator(page);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/\/checkout\/return\?/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Your payment is being completed',
    );
    await expect(page.locator('[data-return-outcome]').innerText()).resolves.toContain(
      'we e-mail your tickets as soon as PayPal is done',
    );
    await page.getByRole('link', { name: 'See your booking' }).click();
    await expect(page.locator('[data-booking-status]').getAttribute('data-booking-status')).resolves.toBe(
      'PAYMENT_PENDING',
    );
  } finally {
    await closePage(page);
  }
});

test('a payment approved after the hold ran out and the seat went to someone else is refunded, and the buyer is told to book again', async () => {
  const ferry = await createEvent(stack.dataSource, { slug: 'midnight-ferry', title: 'Midnight Ferry' });
  const lastSeat = await createTicketType(stack.dataSource, ferry, { name: 'Last seat', capacity: 1 });
  const page = await openPage(browser, `${stack.siteUrl}/events/midnight-ferry`);
  try {
    await chooseTickets(page, { 'Last seat': '1' });
    await fillBuyer(page, 'Margaret Hamilton', 'late@example.org');
    await reserve(page);
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    const token = bookingTokenOf(page);
    await payAtSimulator(page);
    // The buyer lingers at PayPal: the reservation runs out, and another buyer takes the seat.
    await stack.dataSource
      .getRepository(BookingEntity)
      .update({ tokenHash: hashSecretToken(token) }, { holdExpiresAt: new Date(Date.now() - 60_000) });
    await lifecycleSteps(stack.api.app.services).expireHolds(new Date());
    const other = await stack.api.app.services.reservations.createBooking(
      testContext(),
      bookingInput(ferry, [[lastSeat, 1]]),
    );
    expect(other.errors).toEqual([]);

    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/\/checkout\/return\?/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Your reservation has ended',
    );
    await expect(page.locator('[data-return-outcome]').getAttribute('data-error-code')).resolves.toBe(
      'HOLD_EXPIRED',
    );
    await expect(page.locator('[data-return-outcome]').innerText()).resolves.toContain('refunded in full');
    await checkPage(page, 'checkout-return-hold-lost');
    await page.getByRole('link', { name: 'Choose tickets for Midnight Ferry again' }).click();
    await page.waitForURL(/\/events\/midnight-ferry$/);
  } finally {
    await closePage(page);
  }
});

test('a booking the organiser cancelled while the buyer was at PayPal says so, charges nothing and shows the booking', async () => {
  const page = await reserveOneDeck('called-off@example.org');
  try {
    const token = bookingTokenOf(page);
    await payAtSimulator(page);
    // While the buyer is at PayPal, an admin cancels the booking.
    const { id } = await stack.dataSource
      .getRepository(BookingEntity)
      .findOneByOrFail({ tokenHash: hashSecretToken(token) });
    const admin = await loginAs(stack.api);
    const cancelled = await stack.api.graphql<{ cancelBooking: { errors: unknown[] } }>(
      `mutation CancelBooking($input: CancelBookingInput!) {
        cancelBooking(input: $input) { errors { code message } }
      }`,
      { input: { bookingId: id, reason: 'The cruise is called off' } },
      admin.headers,
    );
    expect(cancelled.data?.cancelBooking.errors).toEqual([]);

    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/\/checkout\/return\?/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Your booking was cancelled',
    );
    const outcome = page.locator('[data-return-outcome]');
    await expect(outcome.getAttribute('data-error-code')).resolves.toBe('BOOKING_CANCELLED');
    await expect(outcome.innerText()).resolves.toBe(
      'The organiser cancelled this booking before your payment was taken: you have not been charged.',
    );
    await checkPage(page, 'checkout-return-cancelled-by-organiser');
    await page.getByRole('link', { name: 'See your booking' }).click();
    await page.waitForURL(`${stack.siteUrl}/bookings/${token}`);
    await expect(page.locator('[data-booking-status]').getAttribute('data-booking-status')).resolves.toBe(
      'CANCELLED',
    );
  } finally {
    await closePage(page);
  }
});

test('seats sold to someone else while the buyer fills in the form are reported at the tickets, with everything typed kept', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/harbour-lights-cruise`);
  try {
    await chooseTickets(page, { 'Captain’s table': '2' });
    await fillBuyer(page, 'Katherine Johnson', 'katherine@example.org');
    await attendee(page, 1).getByLabel('Attendee’s full name').fill('Dorothy Vaughan');

    // Another buyer takes both seats in the meantime.
    const other = await stack.api.app.services.reservations.createBooking(
      testContext(),
      bookingInput(harbour, [[balcony, 2]]),
    );
    expect(other.errors).toEqual([]);

    await reserve(page);
    await page.locator('[data-lines-error]').waitFor();
    await expect(page.locator('[data-lines-error]').innerText()).resolves.toBe(
      '"Captain’s table" is sold out.',
    );
    expect(new URL(page.url()).pathname).toBe('/checkout');
    await expect(page.getByLabel('Full name', { exact: true }).inputValue()).resolves.toBe(
      'Katherine Johnson',
    );
    await expect(page.getByLabel('E-mail address', { exact: true }).inputValue()).resolves.toBe(
      'katherine@example.org',
    );
    await expect(attendee(page, 1).getByLabel('Attendee’s full name').inputValue()).resolves.toBe(
      'Dorothy Vaughan',
    );
    expect(await page.getByLabel(/I accept the terms of sale/).isChecked()).toBe(true);
    await page.getByRole('link', { name: 'Change tickets' }).click();
    await page.waitForURL(/\/events\/harbour-lights-cruise$/);
    await expect(page.locator('main').innerText()).resolves.toContain('Sold out');
  } finally {
    await closePage(page);
  }
});

test('every problem of the details is shown at once at its field, and what was typed is kept', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/harbour-lights-cruise`);
  try {
    await chooseTickets(page, { Deck: '2' });
    // No name, an address without a top-level domain (the API refuses it too), a bad attendee e-mail.
    await page.getByLabel('E-mail address', { exact: true }).fill('kim@example');
    await attendee(page, 1)
      .getByLabel(/Attendee’s e-mail address/)
      .fill('george@');
    await page.getByRole('button', { name: 'Reserve and review order' }).click();
    await page.locator('[data-error-summary]').waitFor();
    await expect(page.locator('[data-error-summary] li').allInnerTexts()).resolves.toEqual([
      'Your full name: Enter your full name.',
      'Your e-mail address: Enter an e-mail address like name@example.com.',
      'Ticket 2: attendee’s full name: Enter the name of the person using this ticket.',
      'Ticket 2: attendee’s e-mail address: Enter an e-mail address like name@example.com.',
      'Terms of sale: Accept the terms to book.',
    ]);
    await expect(page.locator('#buyer-name').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#buyer-email').inputValue()).resolves.toBe('kim@example');
    await expect(page.locator('#attendees-1-email').inputValue()).resolves.toBe('george@');
    await checkPage(page, 'checkout-details-errors');

    // Fixed in one go, the form books: nothing was held before.
    await page.getByLabel('Full name', { exact: true }).fill('Hedy Lamarr');
    await page.getByLabel('E-mail address', { exact: true }).fill('hedy@example.com');
    await fillAttendee(page, 1, 'George Antheil', 'george@example.com');
    await reserve(page);
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    expect(await stack.dataSource.getRepository(BookingEntity).countBy({ buyerEmail: 'kim@example' })).toBe(
      0,
    );
  } finally {
    await closePage(page);
  }
});

test('a free booking works without JavaScript and goes straight to its confirmation', async () => {
  const open = await createEvent(stack.dataSource, { slug: 'open-mic-night', title: 'Open Mic Night' });
  await createTicketType(stack.dataSource, open, { name: 'Free entry', priceMinor: 0 });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  try {
    await page.goto(`${stack.siteUrl}/events/open-mic-night`);
    await page.getByLabel('Quantity of Free entry').selectOption('1');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\?/);
    await expect(page.locator('[data-waiver-notice]').count()).resolves.toBe(0);
    await fillBuyer(page, 'Nina Simone', 'nina@example.org');
    // Without JavaScript the attendee's fields stay visible; "same as buyer" is what counts.
    expect(await attendee(page, 0).getByLabel('This ticket is for me').isChecked()).toBe(true);
    await page.getByLabel(/I accept the terms of sale/).check();
    await page.getByRole('button', { name: 'Book free tickets' }).click();
    await page.waitForURL(/\/bookings\/[A-Za-z0-9_-]+$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Your booking is confirmed',
    );
    await expect(page.locator('[data-ticket] [data-attendee]').innerText()).resolves.toBe(
      'Nina Simone\nnina@example.org',
    );
    await expect(page.locator('[data-ticket] svg[data-qr]').count()).resolves.toBe(1);
    await expect(page.locator('[data-booking-total]').innerText()).resolves.toBe('€0.00');
    await expect(horizontalOverflow(page)).resolves.toBe(0);
  } finally {
    await context.close();
  }
});
