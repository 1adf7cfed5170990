/**
 * One money exponent, end to end: a price an admin types in the event editor is the same amount in
 * the storefront and at PayPal (the simulator's approval page shows what the order was created for).
 * HUF and TWD have no decimals at PayPal although ISO 4217 and CLDR give them two.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { TicketTypeEntity } from '../server/src/modules/tickets/ticket-type.entity';
import { createAccount, TEST_PASSWORD } from '../server/test/auth';
import { bookViaApi } from '../server/test/bookings';
import { started } from '../server/test/checkout';
import { bookingInput, createEvent, createTicketType } from '../server/test/factories';
import { addTicketType, signIn } from './support/admin';
import { closePage, launchBrowser, openPage } from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  page = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await stack?.close();
});

test.each([
  ['HUF', '1500', /HUF\s1,500/, '1500'],
  ['TWD', '1500', /NT\$1,500/, '1500'],
  ['EUR', '15', /€15\.00/, '15.00'],
])(
  '%s: "%s" typed in the admin is %s in the shop and "%s" at PayPal',
  async (currency, typed, shown, paypal) => {
    const slug = `gala-${currency.toLowerCase()}`;
    const event = await createEvent(stack.dataSource, { slug, title: `Gala ${currency}`, currency });
    await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);
    await addTicketType(page, 'Entry', typed, '50');
    const ticketType = await stack.dataSource
      .getRepository(TicketTypeEntity)
      .findOneByOrFail({ eventId: event.id });
    expect(ticketType.priceMinor).toBe(1500);

    const shop = await openPage(browser, `${stack.siteUrl}/events/${slug}`);
    try {
      await expect(shop.locator('main').innerText()).resolves.toMatch(shown);
    } finally {
      await closePage(shop);
    }

    const created = (await bookViaApi(stack.api, bookingInput(event, [[ticketType, 1]]))).data?.createBooking;
    const { approvalUrl } = await started(stack.api, created!.token!);
    await expect((await fetch(approvalUrl)).text()).resolves.toContain(`${paypal} ${currency}`);
  },
);

test('a HUF price with decimals is refused at the input, not rounded', async () => {
  const event = await createEvent(stack.dataSource, { slug: 'forint-night', currency: 'HUF' });
  await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);
  const form = page.locator('form[action="?/createTicketType"]');
  if (!(await form.isVisible())) await page.getByText('Add a ticket type').click();
  await form.getByLabel('Name').fill('Entry');
  await form.getByLabel(/^Price/).fill('15.50');
  await form.getByLabel('Capacity').fill('10');
  await form.getByRole('button', { name: 'Add ticket type' }).click();
  await expect(page.locator('main').innerText()).resolves.toContain('HUF has no minor units');
  await expect(stack.dataSource.getRepository(TicketTypeEntity).countBy({ eventId: event.id })).resolves.toBe(
    0,
  );
});

test('the currency is picked from PayPal’s list; an event stored in KWD keeps it and shows 3 decimals', async () => {
  await page.goto(`${stack.siteUrl}/admin/events/new`);
  const offered = await page
    .getByLabel('Currency')
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(offered).toEqual(expect.arrayContaining(['EUR', 'HUF', 'JPY', 'TWD', 'USD']));
  expect(offered).not.toContain('KWD');

  const legacy = await createEvent(stack.dataSource, { slug: 'kuwait-night', currency: 'KWD' });
  await createTicketType(stack.dataSource, legacy, { name: 'Entry', priceMinor: 1234 });
  await page.goto(`${stack.siteUrl}/admin/events/${legacy.id}`);
  await expect(page.getByLabel('Currency').inputValue()).resolves.toBe('KWD');
  await expect(page.locator('main').innerText()).resolves.toMatch(/KWD\s1\.234/);
});
