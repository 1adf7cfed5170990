/**
 * Buying tickets the way a shopper does, in the browser: the event page's quantities -> the details
 * form -> the order summary -> the PayPal simulator's approval page -> the booking's confirmation.
 * The steps are exported on their own for tests that look at the pages in between; buyInStorefront
 * runs them all for tests that only need the booking a person made.
 */
import type { Locator, Page } from 'playwright-core';
import { waitForHydration } from './browser';

/** Chooses tickets on the event page (ticket type name -> quantity) and continues to the details form. */
export async function chooseTickets(page: Page, quantities: Record<string, string>): Promise<void> {
  await waitForHydration(page);
  for (const [name, quantity] of Object.entries(quantities)) {
    await page.getByLabel(`Quantity of ${name}`).selectOption(quantity);
  }
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/checkout\?/);
  await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
}

export async function fillBuyer(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel('Full name', { exact: true }).fill(name);
  await page.getByLabel('E-mail address', { exact: true }).fill(email);
}

/** The attendee fieldset of ticket `index` (0-based). */
export function attendee(page: Page, index: number): Locator {
  return page.locator(`[data-attendee="${index}"]`);
}

/** Names the attendee of ticket `index` (a ticket that is not the buyer's own). */
export async function fillAttendee(page: Page, index: number, name: string, email?: string): Promise<void> {
  await attendee(page, index).getByLabel('Attendee’s full name').fill(name);
  if (email)
    await attendee(page, index)
      .getByLabel(/Attendee’s e-mail address/)
      .fill(email);
}

/** Accepts the terms and submits the details form. */
export async function reserve(page: Page): Promise<void> {
  await page.getByLabel(/I accept the terms of sale/).check();
  await page.getByRole('button', { name: 'Reserve and review order' }).click();
}

/** The booking's token from the order summary's or the booking page's address. */
export function bookingTokenOf(page: Page): string {
  const url = new URL(page.url());
  return url.searchParams.get('booking') ?? url.pathname.split('/').pop()!;
}

/**
 * From the order summary to the PayPal simulator's approval page. A refused `startPayment` fails at once
 * with the problem the page shows, not after a timeout.
 */
export async function payAtSimulator(page: Page): Promise<void> {
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Pay with PayPal' }).click();
  const approval = page.getByRole('heading', { name: 'Approve your payment' });
  const problem = page.locator('[data-payment-problem]');
  try {
    await approval.or(problem).first().waitFor({ timeout: 40_000 });
  } catch (error) {
    // Say where the buyer got stuck: the address and the page's heading.
    const heading = await page
      .locator('h1')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    throw new Error(`no PayPal approval page after "Pay with PayPal": at ${page.url()}, heading ${heading}`, {
      cause: error,
    });
  }
  if (await problem.isVisible()) throw new Error(`startPayment was refused: ${await problem.innerText()}`);
}

/** Approves at the simulator and waits for the booking's page, back on the site. */
export async function approveAtSimulator(page: Page, siteUrl: string, token: string): Promise<void> {
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.waitForURL(`${siteUrl}/bookings/${token}`);
}

export interface StorefrontPurchaseOptions {
  /** Ticket type name -> how many, as chosen on the event page. */
  quantities: Record<string, string>;
  buyer: { name: string; email: string };
  /** The attendees of the second and later tickets, in order (the first ticket is the buyer's own). */
  guests?: { name: string; email?: string }[];
}

export interface StorefrontPurchase {
  /** The booking's secret, from its page's address. */
  token: string;
  /** The reference the confirmation shows. */
  reference: string;
}

/**
 * Buys tickets from the event page `page` shows, paying at the PayPal simulator, and returns the
 * booking the confirmation page shows; fails if the page does not say the booking is confirmed.
 */
export async function buyInStorefront(
  page: Page,
  siteUrl: string,
  { quantities, buyer, guests = [] }: StorefrontPurchaseOptions,
): Promise<StorefrontPurchase> {
  await chooseTickets(page, quantities);
  await fillBuyer(page, buyer.name, buyer.email);
  for (const [offset, guest] of guests.entries())
    await fillAttendee(page, offset + 1, guest.name, guest.email);
  return reserveAndPay(page, siteUrl);
}

/**
 * From a filled-in details form: reserves, pays at the PayPal simulator and returns the booking the
 * confirmation page shows; fails if the page does not say the booking is confirmed.
 */
export async function reserveAndPay(page: Page, siteUrl: string): Promise<StorefrontPurchase> {
  await reserve(page);
  await page.waitForURL(/\/checkout\/pay\?booking=/);
  const token = bookingTokenOf(page);
  await payAtSimulator(page);
  await approveAtSimulator(page, siteUrl, token);
  const status = await page.locator('[data-booking-status]').getAttribute('data-booking-status');
  if (status !== 'CONFIRMED') throw new Error(`the booking page says ${status}, not CONFIRMED`);
  const reference = await page.locator('[data-booking-reference]').innerText();
  return { token, reference };
}
