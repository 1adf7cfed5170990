/**
 * An ADMIN corrects an attendee's name on the booking page, sees a mistake named at its field first,
 * and the tickets go again to the buyer; STAFF sees no way to change the details.
 */
import type { Browser } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createAccount, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import { createBooking, createEvent, createTicketType } from '../server/test/factories';
import type { ReceivedMail } from '../server/test/smtp-sink';
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
let admin: TestAccount;
let staff: TestAccount;
let bookingId: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ smtp: true }), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  staff = await createAccount(stack.dataSource, AdminRole.STAFF);
  const event = await createEvent(stack.dataSource, { title: 'Harbour Lights' });
  const free = await createTicketType(stack.dataSource, event, { name: 'Entry', priceMinor: 0 });
  ({
    booking: { id: bookingId },
  } = await createBooking(stack.api.app.services, event, [[free, 2]]));
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function mailsTo(address: string, count: number): Promise<ReceivedMail[]> {
  const deadline = Date.now() + 20000;
  for (;;) {
    const found = stack.smtp!.messages.filter((mail) => mail.to.includes(address));
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`${count} mails to ${address} did not arrive`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('an ADMIN changes an attendee’s name and sends the tickets again', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD, `/admin/bookings/${bookingId}`);
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Change buyer or attendees…' }).click();
    await page.waitForURL(/confirm=editDetails/);
    await page.getByLabel('Name of attendee 2').fill('Ada Lovelace');
    await page.getByLabel('E-mail of attendee 2 (optional)').fill('not an address');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.locator('[id^="email-"][id$="-error"]').innerText()).resolves.toBe(
      'must be an e-mail address',
    );
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-booking-edit-details');

    await page.getByLabel('E-mail of attendee 2 (optional)').fill('ada@example.org');
    await page.getByLabel('Also send the confirmation with the tickets again').check();
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('Details saved');
    await expect(page.locator('main').innerText()).resolves.toContain('Ada Lovelace');

    const buyerSection = await page.locator('section[aria-labelledby="buyer-heading"]').innerText();
    const buyerEmail = /\S+@\S+/.exec(buyerSection)![0];
    const mails = await mailsTo(buyerEmail, 2); // the first confirmation, and the one sent again
    expect(mails.at(-1)!.text).toContain('Ada Lovelace');

    await page.goto(`${stack.siteUrl}/admin/audit`);
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Changed the buyer or attendee details of the booking',
    );
  } finally {
    await closePage(page);
  }
});

test('STAFF sees the details but no way to change them', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(
      page,
      stack.siteUrl,
      staff.email,
      TEST_PASSWORD,
      `/admin/bookings/${bookingId}?confirm=editDetails`,
    );
    await expect(page.locator('main').innerText()).resolves.toContain('Ada Lovelace');
    await expect(page.getByRole('button', { name: 'Save details' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Change buyer or attendees…' }).count()).resolves.toBe(0);
  } finally {
    await closePage(page);
  }
});
