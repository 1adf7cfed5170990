/**
 * The waiting list's steps in the browser: joining the list on a sold-out event page, an admin
 * cancelling a booking (which frees seats for the list), the offer e-mail and its link.
 */
import type { Page } from 'playwright-core';
import type { ReceivedMail, SmtpSink } from '../../server/test/smtp-sink';
import { signIn } from './admin';

/** On a sold-out event page: fills in the waiting-list form (submitting is the caller's). */
export async function fillWaitingListForm(
  page: Page,
  person: { name: string; email: string },
  quantity: string,
  ticketType?: string,
): Promise<void> {
  if (!ticketType) {
    await page.getByRole('link', { name: 'Join the waiting list' }).first().click();
  } else {
    // The link in that ticket type's row: the form then has it chosen (the page is hydrated).
    await page
      .locator('[data-ticket-type]')
      .filter({ has: page.getByRole('heading', { name: ticketType, exact: true }) })
      .getByRole('link', { name: 'Join the waiting list' })
      .click();
    const chosen = page.locator('[data-waiting-list-form]').getByLabel('Tickets', { exact: true });
    const label = await chosen.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text);
    if (label?.trim() !== ticketType) throw new Error(`the form chose ${label}, not ${ticketType}`);
  }
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('How many tickets').selectOption(quantity);
}

/** Submits the filled-in form; returns what the page says about the place in line. */
export async function joinWaitingList(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Join the waiting list' }).click();
  const joined = page.locator('[data-waiting-list-joined]');
  await joined.waitFor();
  return joined.innerText();
}

/** Signs in on `page` and cancels the booking from its admin page, giving a reason. */
export async function cancelBookingInAdmin(
  page: Page,
  siteUrl: string,
  admin: { email: string; password: string },
  bookingId: string,
): Promise<void> {
  await signIn(page, siteUrl, admin.email, admin.password, `/admin/bookings/${bookingId}`);
  await page.getByRole('link', { name: 'Cancel booking…' }).click();
  await page.getByLabel('Reason').fill('The buyer cannot come');
  await page.getByRole('button', { name: 'Yes, cancel the booking' }).click();
  const notice = await page.getByRole('status').first().innerText();
  if (!notice.includes('Booking cancelled')) throw new Error(`cancelling said: ${notice}`);
}

/** The first e-mail to `address` the sink received, waiting up to 30 s for it. */
export async function mailTo(smtp: SmtpSink, address: string): Promise<ReceivedMail> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = smtp.messages.find((mail) => mail.to.includes(address));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${address} arrived`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The offer link in a waiting-list offer e-mail. */
export function offerLinkOf(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+\/checkout\/offer\/[A-Za-z0-9_-]+/.exec(mail.text ?? '');
  if (!link) throw new Error(`no offer link in: ${mail.text}`);
  return link[0];
}

/** Opens the offer link: the checkout's details form with the offer's notice. */
export async function openOffer(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
  const notice = await page.locator('[data-offer-notice]').innerText();
  if (!notice.includes('these seats are held for you until')) throw new Error(`the offer says: ${notice}`);
}
