/**
 * What people type into a server-rendered form before its JavaScript arrives (a slow phone
 * connection) is still there after the page hydrates: the forms set their controls' defaults from the
 * server, never their current values. The site's scripts are held back while the test types.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { EmailMessageEntity } from '../server/src/modules/email/email-message.entity';
import { createAccount, loginAs, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import { bookFree, createWaiverEvent, signingTokenOf } from '../server/test/waivers';
import { signIn } from './support/admin';
import { closePage, holdScripts, launchBrowser, newPage, pageErrors } from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;
let admin: TestAccount;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Opens `url` on `page` with the scripts held back; the returned function lets them run and waits for hydration. */
async function openUnhydrated(page: Page, url: string): Promise<() => Promise<void>> {
  const hydrate = await holdScripts(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await expect(page.evaluate(() => document.documentElement.dataset.hydrated)).resolves.toBeUndefined();
  return hydrate;
}

test('the sign-in form keeps the e-mail and password typed before hydration', async () => {
  const page = await newPage(browser);
  try {
    const hydrate = await openUnhydrated(page, `${stack.siteUrl}/admin/login`);
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await hydrate();
    await expect(page.getByLabel('E-mail').inputValue()).resolves.toBe(admin.email);
    await expect(page.getByLabel('Password').inputValue()).resolves.toBe(TEST_PASSWORD);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});

test('the waiver form keeps the typed name and the ticked box; after a refusal it shows the name sent', async () => {
  const author = await loginAs(stack.api, AdminRole.ADMIN);
  const waiverEvent = await createWaiverEvent(stack.api, author, 'I take part at my own risk.');
  await bookFree(stack.api, waiverEvent, ['Ada Lovelace']);
  const outbox = await stack.dataSource.getRepository(EmailMessageEntity).find();
  const request = outbox.find((message) => message.text.includes('/waivers/'));
  if (!request) throw new Error('no waiver request in the outbox');

  const page = await newPage(browser);
  try {
    const hydrate = await openUnhydrated(page, `${stack.siteUrl}/waivers/${signingTokenOf(request)}`);
    await page.getByLabel('Your full name').fill('Ada King');
    await page.getByLabel('I have read the waiver above and agree to it.').check();
    await hydrate();
    await expect(page.getByLabel('Your full name').inputValue()).resolves.toBe('Ada King');
    await expect(page.getByLabel('I have read the waiver above and agree to it.').isChecked()).resolves.toBe(
      true,
    );
    expect(pageErrors(page)).toEqual([]);

    // Sent without agreeing, the form comes back refused with the name as it was sent.
    await page.getByLabel('I have read the waiver above and agree to it.').uncheck();
    await page.getByRole('button', { name: 'Sign the waiver' }).click();
    await page.locator('#agree-error').waitFor();
    await expect(page.getByLabel('Your full name').inputValue()).resolves.toBe('Ada King');
    await expect(page.getByLabel('I have read the waiver above and agree to it.').isChecked()).resolves.toBe(
      false,
    );
  } finally {
    await closePage(page);
  }
});

test('the event page keeps a quantity chosen before hydration and counts it', async () => {
  const event = await createEvent(stack.dataSource, { title: 'Quay Concert' });
  await createTicketType(stack.dataSource, event, { name: 'Standing', priceMinor: 1500 });
  const page = await newPage(browser);
  try {
    const hydrate = await openUnhydrated(page, `${stack.siteUrl}/events/${event.slug}`);
    await page.getByLabel('Quantity of Standing').selectOption('2');
    await hydrate();
    await expect(page.getByLabel('Quantity of Standing').inputValue()).resolves.toBe('2');
    await expect(page.getByText('2 tickets chosen.').isVisible()).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});

test("an admin filter form keeps a typed search and a chosen status, a select's choice included", async () => {
  const page = await newPage(browser);
  try {
    await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
    const hydrate = await openUnhydrated(page, `${stack.siteUrl}/admin/bookings?status=CONFIRMED`);
    await page.getByLabel('Search').fill('Lovelace');
    await page.getByLabel('Status').selectOption('CANCELLED');
    await hydrate();
    await expect(page.getByLabel('Search').inputValue()).resolves.toBe('Lovelace');
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe('CANCELLED');
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});
