/**
 * The waiting list in the browser: a buyer joins the list of a sold-out ticket type on the event page,
 * an admin cancels a booking in the admin area, the seat is offered to the buyer by e-mail (a real
 * SMTP delivery), and the buyer opens the link and pays for the held seat at the PayPal simulator.
 * The admin sees the list and its statuses; a used offer link says so.
 */
import type { Browser } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createAccount, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import type { ReceivedMail } from '../server/test/smtp-sink';
import { signIn } from './support/admin';
import {
  checkPageAtBothWidths,
  closePage,
  launchBrowser,
  openPage,
  waitForHydration,
} from './support/browser';
import { purchase } from './support/purchase';
import { startStack, type Stack } from './support/stack';
import { approveAtSimulator, bookingTokenOf, fillBuyer, payAtSimulator, reserve } from './support/storefront';

const WAITER = { name: 'Grace Waiting', email: 'grace.waiting@example.org' };

let stack: Stack;
let browser: Browser;
let admin: TestAccount;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ smtp: true }), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function mailTo(address: string): Promise<ReceivedMail> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = stack.smtp!.messages.find((mail) => mail.to.includes(address));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${address} arrived`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('a buyer waits for a sold-out ticket, gets the seat an admin frees, and pays for it', async () => {
  const event = await createEvent(stack.dataSource, { slug: 'night-ferry', title: 'Night Ferry Concert' });
  const deck = await createTicketType(stack.dataSource, event, {
    name: 'Deck',
    capacity: 1,
    priceMinor: 3000,
    maxPerOrder: 2,
  });
  const sold = await purchase(stack.api, { eventId: event.id, lines: [[deck, 1]] });

  // The buyer finds the ticket sold out and joins the waiting list.
  const buyer = await openPage(browser, `${stack.siteUrl}/events/night-ferry`);
  try {
    await waitForHydration(buyer);
    await expect(buyer.locator('[data-availability]').innerText()).resolves.toContain('Sold out');
    await buyer.getByRole('link', { name: 'Join the waiting list' }).click();
    await buyer.getByLabel('Your name').fill(WAITER.name);
    await buyer.getByLabel('E-mail address').fill(WAITER.email);
    await buyer.getByLabel('How many tickets').selectOption('1');
    await checkPageAtBothWidths(buyer, 'waiting-list-join');
    await buyer.getByRole('button', { name: 'Join the waiting list' }).click();
    const joined = buyer.locator('[data-waiting-list-joined]');
    await joined.waitFor();
    await expect(joined.innerText()).resolves.toContain('You are on the waiting list for Deck');
    await checkPageAtBothWidths(buyer, 'waiting-list-joined');

    // An admin cancels the booking that holds the seat; the list shows the offer.
    const adminPage = await openPage(browser, `${stack.siteUrl}/`);
    try {
      await signIn(
        adminPage,
        stack.siteUrl,
        admin.email,
        TEST_PASSWORD,
        `/admin/bookings/${sold.booking.id}`,
      );
      await adminPage.getByRole('link', { name: 'Cancel booking…' }).click();
      await adminPage.getByLabel('Reason').fill('The buyer cannot come');
      await adminPage.getByRole('button', { name: 'Yes, cancel the booking' }).click();
      await expect(adminPage.getByRole('status').first().innerText()).resolves.toContain('Booking cancelled');
      await adminPage.goto(`${stack.siteUrl}/admin/events/${event.id}`);
      await adminPage.getByRole('link', { name: 'Waiting list' }).click();
      await adminPage.getByRole('heading', { level: 1, name: 'Waiting list' }).waitFor();
      const row = adminPage.locator(`[data-waiting-list-entry="${WAITER.email}"]`);
      await expect(row.locator('[data-status]').innerText()).resolves.toBe('Offered');
      await checkPageAtBothWidths(adminPage, 'admin-waiting-list');
    } finally {
      await closePage(adminPage);
    }

    // The offer arrives by e-mail; its link opens the checkout with the held seat.
    const offer = await mailTo(WAITER.email);
    expect(offer.subject).toBe('Tickets for Night Ferry Concert are held for you');
    const link = /https?:\/\/\S+\/checkout\/offer\/[A-Za-z0-9_-]+/.exec(offer.text ?? '')![0];
    await buyer.goto(link);
    await buyer.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
    await expect(buyer.locator('[data-offer-notice]').innerText()).resolves.toContain(
      'these seats are held for you until',
    );
    await waitForHydration(buyer);
    await fillBuyer(buyer, WAITER.name, WAITER.email);
    await checkPageAtBothWidths(buyer, 'waiting-list-offer-checkout');
    await reserve(buyer);
    await buyer.waitForURL(/\/checkout\/pay\?booking=/);
    const token = bookingTokenOf(buyer);
    await payAtSimulator(buyer);
    await approveAtSimulator(buyer, stack.siteUrl, token);
    await expect(buyer.locator('[data-booking-status]').getAttribute('data-booking-status')).resolves.toBe(
      'CONFIRMED',
    );

    // The link works once.
    await buyer.goto(link);
    await expect(buyer.locator('[data-offer-gone]').innerText()).resolves.toBe('This offer was already used');
  } finally {
    await closePage(buyer);
  }
}, 180_000);
