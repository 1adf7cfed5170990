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
import {
  checkPageAtBothWidths,
  closePage,
  launchBrowser,
  openPage,
  waitForHydration,
} from './support/browser';
import { purchase } from './support/purchase';
import { startStack, type Stack } from './support/stack';
import { fillBuyer, reserveAndPay } from './support/storefront';
import {
  cancelBookingInAdmin,
  fillWaitingListForm,
  joinWaitingList,
  mailTo,
  offerLinkOf,
  openOffer,
} from './support/waiting-list';

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
    await fillWaitingListForm(buyer, WAITER, '1');
    await checkPageAtBothWidths(buyer, 'waiting-list-join');
    await expect(joinWaitingList(buyer)).resolves.toContain('You are on the waiting list for Deck');
    await checkPageAtBothWidths(buyer, 'waiting-list-joined');

    // An admin cancels the booking that holds the seat; the list shows the offer.
    const adminPage = await openPage(browser, `${stack.siteUrl}/`);
    try {
      await cancelBookingInAdmin(
        adminPage,
        stack.siteUrl,
        { email: admin.email, password: TEST_PASSWORD },
        sold.booking.id,
      );
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
    const offer = await mailTo(stack.smtp!, WAITER.email);
    expect(offer.subject).toMatch(/^Held for you: tickets for Night Ferry Concert, .+$/);
    const link = offerLinkOf(offer);
    await openOffer(buyer, link);
    await waitForHydration(buyer);
    await fillBuyer(buyer, WAITER.name, WAITER.email);
    await checkPageAtBothWidths(buyer, 'waiting-list-offer-checkout');
    await reserveAndPay(buyer, stack.siteUrl);

    // The link works once.
    await buyer.goto(link);
    await expect(buyer.locator('[data-offer-gone]').innerText()).resolves.toBe('This offer was already used');
  } finally {
    await closePage(buyer);
  }
}, 180_000);
