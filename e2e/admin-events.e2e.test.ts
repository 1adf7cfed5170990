/**
 * The event editor: create and publish an event with two ticket types and see it in the storefront,
 * prices in two- and zero-decimal currencies, times in the event's zone, private links and rotation.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { EventEntity } from '../server/src/modules/events/event.entity';
import { TicketTypeEntity } from '../server/src/modules/tickets/ticket-type.entity';
import { createAccount, TEST_PASSWORD } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import { addTicketType, signIn } from './support/admin';
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
let page: Page;

// One signed-in page for the file (sign-ins are rate limited per client address).
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

const events = () => stack.dataSource.getRepository(EventEntity);
const ticketTypes = () => stack.dataSource.getRepository(TicketTypeEntity);

/** Opens a ticket type's edit form (unless open), types a price and saves. */
async function editPrice(name: string, price: string) {
  const form = page
    .locator('form[action="?/updateTicketType"]')
    .filter({ has: page.getByRole('button', { name: `Save ${name}` }) });
  if (!(await form.isVisible())) await page.getByText(`Edit ${name}`, { exact: true }).click();
  await form.getByLabel(/^Price/).fill(price);
  await form.getByRole('button', { name: `Save ${name}` }).click();
  await page.waitForLoadState('load');
}

test('create an event with two ticket types, publish it, and see it in the storefront', async () => {
  await page.goto(`${stack.siteUrl}/admin/events`);
  await page.getByRole('link', { name: 'New event' }).click();
  await page.waitForURL(`${stack.siteUrl}/admin/events/new`);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-event-new');

  await waitForHydration(page);
  // The address follows the title until the organiser types their own.
  await page.getByLabel('Title').pressSequentially('Harbour Lights Café');
  await expect(page.getByLabel('Address (slug)').inputValue()).resolves.toBe('harbour-lights-cafe');
  await page.getByLabel('Address (slug)').fill('harbour-lights');
  await page.getByLabel('Title').fill('Harbour Lights Concert');
  await expect(page.getByLabel('Address (slug)').inputValue()).resolves.toBe('harbour-lights');
  // The time zone box offers every zone to search.
  await expect(page.locator('#time-zone-choices option[value="Europe/Berlin"]').count()).resolves.toBe(1);
  await page.getByLabel('Description').fill('An evening of music by the water.');
  await page.getByLabel('Venue', { exact: true }).fill('Pier 7');
  await page.getByLabel('Venue address').fill('Hafenstraße 7, Hamburg');
  await page.getByLabel('Time zone').fill('Europe/Berlin');
  // The night clocks go forward in Berlin (28 March 2027): the evening is already summer time (UTC+2).
  await page.getByLabel('Starts (local time)').fill('2027-03-28T20:00');
  await page.getByLabel('Ends (local time)').fill('2027-03-28T22:30');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/admin\/events\/[0-9a-f-]{36}\?created=1$/);

  const stored = await events().findOneByOrFail({ slug: 'harbour-lights' });
  expect(stored.startsAt.toISOString()).toBe('2027-03-28T18:00:00.000Z');
  expect(stored.endsAt.toISOString()).toBe('2027-03-28T20:30:00.000Z');
  expect(stored.status).toBe('DRAFT');
  // Ticked by default: attendees with addresses of their own get their own tickets.
  expect(stored.sendAttendeeTickets).toBe(true);

  await addTicketType(page, 'Standing', '25.50', '100');
  await addTicketType(page, 'Seated', '49', '40');
  // A second "Standing" is allowed, with a warning while it is typed.
  const newType = page.locator('form[action="?/createTicketType"]');
  if (!(await newType.isVisible())) await page.getByText('Add a ticket type').click();
  await newType.getByLabel('Name').fill('standing ');
  await expect(newType.getByRole('status').innerText()).resolves.toContain(
    'Another ticket type is already called “Standing”',
  );
  await newType.getByLabel('Name').fill('Balcony');
  await expect(newType.getByRole('status').count()).resolves.toBe(0);
  const types = await ticketTypes().find({ where: { eventId: stored.id }, order: { sortOrder: 'ASC' } });
  expect(types.map((type) => [type.name, type.priceMinor, type.capacity])).toEqual([
    ['Standing', 2550, 100],
    ['Seated', 4900, 40],
  ]);

  // Publishing asks first.
  await page.getByRole('link', { name: 'Publish…' }).click();
  await page.getByRole('heading', { name: 'Publish this event?' }).waitFor();
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: 'Yes, publish' }).click();
  await expect(page.getByRole('status').first().innerText()).resolves.toContain('Published');
  await expect(page.getByTestId('event-status').innerText()).resolves.toBe('PUBLISHED');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-event-editor');

  const shop = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await expect(shop.locator('main').innerText()).resolves.toContain('Harbour Lights Concert');
    await shop.goto(`${stack.siteUrl}/events/harbour-lights`);
    const text = await shop.locator('main').innerText();
    expect(text).toContain('€25.50');
    expect(text).toContain('€49.00');
  } finally {
    await closePage(shop);
  }

  // The dashboard and the list show it with its capacity.
  await page.goto(`${stack.siteUrl}/admin`);
  await expect(page.locator('main').innerText()).resolves.toContain('Harbour Lights Concert');
  await expect(
    page.getByRole('img', { name: /Standing: 0 sold, 0 held, 100 remaining of 100/ }).count(),
  ).resolves.toBe(1);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-dashboard');

  await page.goto(`${stack.siteUrl}/admin/events?status=PUBLISHED`);
  await expect(page.getByRole('link', { name: 'Harbour Lights Concert' }).count()).resolves.toBe(1);
  await page.goto(`${stack.siteUrl}/admin/events?status=DRAFT`);
  await expect(page.getByRole('link', { name: 'Harbour Lights Concert' }).count()).resolves.toBe(0);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-events');
});

test('prices are entered in the currency: cents for EUR, whole yen for JPY, never rounded', async () => {
  const euro = await createEvent(stack.dataSource, {
    slug: 'euro-night',
    title: 'Euro Night',
    currency: 'EUR',
  });
  const euroType = await createTicketType(stack.dataSource, euro, { name: 'Entry', priceMinor: 1000 });
  await page.goto(`${stack.siteUrl}/admin/events/${euro.id}`);
  await editPrice('Entry', '12.05');
  await expect(page.getByRole('status').first().innerText()).resolves.toContain('saved');
  expect((await ticketTypes().findOneByOrFail({ id: euroType.id })).priceMinor).toBe(1205);

  await editPrice('Entry', '12.345');
  await expect(page.locator(`#tt-${euroType.id}-price-error`).innerText()).resolves.toBe(
    'Use at most 2 decimals.',
  );
  expect((await ticketTypes().findOneByOrFail({ id: euroType.id })).priceMinor).toBe(1205);

  const yen = await createEvent(stack.dataSource, {
    slug: 'tokyo-night',
    title: 'Tokyo Night',
    currency: 'JPY',
    timeZone: 'Asia/Tokyo',
  });
  const yenType = await createTicketType(stack.dataSource, yen, { name: 'Ippan', priceMinor: 1500 });
  await page.goto(`${stack.siteUrl}/admin/events/${yen.id}`);
  await page.getByText('Edit Ippan', { exact: true }).click();
  await expect(page.locator(`#tt-${yenType.id}-price`).inputValue()).resolves.toBe('1500');
  await editPrice('Ippan', '1800');
  expect((await ticketTypes().findOneByOrFail({ id: yenType.id })).priceMinor).toBe(1800);
  await expect(page.locator('main').innerText()).resolves.toContain('¥1,800');

  await editPrice('Ippan', '1800.5');
  await expect(page.locator(`#tt-${yenType.id}-price-error`).innerText()).resolves.toContain('whole amount');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  expect((await ticketTypes().findOneByOrFail({ id: yenType.id })).priceMinor).toBe(1800);
});

test('a field error from the API shows at its input (a slug already taken)', async () => {
  await createEvent(stack.dataSource, { slug: 'taken-slug', title: 'First' });
  const second = await createEvent(stack.dataSource, { slug: 'free-slug', title: 'Second' });
  await page.goto(`${stack.siteUrl}/admin/events/${second.id}`);
  await page.getByLabel('Address (slug)').fill('taken-slug');
  await page.getByRole('button', { name: 'Save event' }).click();
  await expect(page.locator('#event-slug-error').innerText()).resolves.not.toBe('');
  await expect(page.getByLabel('Address (slug)').getAttribute('aria-invalid')).resolves.toBe('true');
  expect((await events().findOneByOrFail({ id: second.id })).slug).toBe('free-slug');
});

test('a private event: copy its link, make a new one, and the old link stops working', async () => {
  const event = await createEvent(stack.dataSource, { slug: 'secret-supper', title: 'Secret Supper' });
  await createTicketType(stack.dataSource, event, { name: 'Seat' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.siteUrl });
  await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);
  await page.getByLabel('Who can find it').selectOption('PRIVATE');
  await page.getByRole('button', { name: 'Change visibility' }).click();
  await expect(page.getByRole('status').first().innerText()).resolves.toContain('private');

  const oldLink = await page.getByLabel('Private link').inputValue();
  const { accessKey } = await events().findOneByOrFail({ id: event.id });
  expect(oldLink).toBe(`${stack.siteUrl}/events/secret-supper?key=${encodeURIComponent(accessKey!)}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(oldLink);
  expect((await fetch(oldLink)).status).toBe(200);
  expect((await fetch(`${stack.siteUrl}/events/secret-supper`)).status).toBe(404);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-event-private');

  await page.getByRole('link', { name: 'Make a new link…' }).click();
  await page.getByRole('button', { name: 'Yes, make a new link' }).click();
  await expect(page.getByRole('status').first().innerText()).resolves.toContain('New private link');
  const newLink = await page.getByLabel('Private link').inputValue();
  expect(newLink).not.toBe(oldLink);
  expect((await fetch(oldLink)).status).toBe(404);
  expect((await fetch(newLink)).status).toBe(200);
});

test('cancel and duplicate ask first', async () => {
  const event = await createEvent(stack.dataSource, { slug: 'to-cancel', title: 'To Cancel' });
  await createTicketType(stack.dataSource, event, { name: 'General' });
  await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);
  await page.getByRole('link', { name: 'Cancel event…' }).click();
  await page.getByRole('heading', { name: 'Cancel this event?' }).waitFor();
  await page.getByRole('link', { name: 'No, go back' }).click();
  await page.getByRole('heading', { name: 'Cancel this event?' }).waitFor({ state: 'detached' });
  expect((await events().findOneByOrFail({ id: event.id })).status).toBe('PUBLISHED');
  await page.getByRole('link', { name: 'Cancel event…' }).click();
  await page.getByRole('button', { name: 'Yes, cancel the event' }).click();
  await expect(page.getByTestId('event-status').innerText()).resolves.toBe('CANCELLED');

  await page.getByRole('link', { name: 'Duplicate…' }).click();
  await page.getByLabel('Address of the copy (optional)').fill('to-cancel-again');
  await page.getByRole('button', { name: 'Make the copy' }).click();
  await page.waitForURL(/created=1$/);
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('To Cancel');
  const copy = await events().findOneByOrFail({ slug: 'to-cancel-again' });
  expect(copy.status).toBe('DRAFT');
});

test('ticket types move, go off sale and back on sale, and are deleted after a confirmation', async () => {
  const event = await createEvent(stack.dataSource, { slug: 'row-actions', title: 'Row Actions' });
  await createTicketType(stack.dataSource, event, { name: 'Early', sortOrder: 0 });
  await createTicketType(stack.dataSource, event, { name: 'Late', sortOrder: 1 });
  const stored = async () =>
    (await ticketTypes().find({ where: { eventId: event.id }, order: { sortOrder: 'ASC' } })).map((type) => [
      type.name,
      type.isActive,
    ]);
  const notice = () => page.getByRole('status').first().innerText();
  await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);

  await page.getByRole('button', { name: 'Move down Early' }).click();
  await expect(notice()).resolves.toBe('Order of ticket types saved.');
  await expect(stored()).resolves.toEqual([
    ['Late', true],
    ['Early', true],
  ]);
  await expect(page.getByRole('button', { name: 'Move down Early' }).isDisabled()).resolves.toBe(true);

  await page.getByRole('button', { name: 'Take off sale Early' }).click();
  await expect(notice()).resolves.toBe('Ticket type taken off sale (tickets sold stay valid).');
  await expect(stored()).resolves.toEqual([
    ['Late', true],
    ['Early', false],
  ]);
  await page.getByRole('button', { name: 'Put on sale Early' }).click();
  await expect(notice()).resolves.toBe('Ticket type back on sale.');
  await expect(stored()).resolves.toEqual([
    ['Late', true],
    ['Early', true],
  ]);

  await page.getByRole('link', { name: 'Delete… Early' }).click();
  await page.getByRole('heading', { name: 'Delete the ticket type “Early”?' }).waitFor();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(notice()).resolves.toBe('Ticket type deleted.');
  await expect(stored()).resolves.toEqual([['Late', true]]);
});

test('a change posted for an event that does not exist ends on the 404 page', async () => {
  // As a browser posts a form (no JavaScript): HTML, not the JSON an enhanced form gets.
  const missing = `${stack.siteUrl}/admin/events/00000000-0000-4000-8000-000000000000`;
  for (const action of ['publish', 'save', 'createTicketType', 'move']) {
    const response = await page.request.post(`${missing}?/${action}`, {
      headers: { origin: stack.siteUrl, accept: 'text/html' },
      form: { ticketTypeId: 'none', direction: 'up' },
    });
    expect([action, response.status()]).toEqual([action, 404]);
    expect(await response.text()).toContain('There is no such event.');
  }
});

test('attendees get their own tickets by e-mail unless the organiser unticks it', async () => {
  const event = await createEvent(stack.dataSource, { title: 'Quiet Evening' });
  await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);
  await waitForHydration(page);
  const checkbox = page.getByLabel('E-mail each attendee who has their own address their own ticket');
  await expect(checkbox.isChecked()).resolves.toBe(true);
  await expect(page.locator('#event-send-attendee-tickets-help').innerText()).resolves.toContain(
    'The buyer always gets every ticket.',
  );

  await checkbox.uncheck();
  await page.getByRole('button', { name: 'Save event' }).click();
  await expect(page.getByRole('status').first().innerText()).resolves.toContain('Event saved');

  expect((await events().findOneByOrFail({ id: event.id })).sendAttendeeTickets).toBe(false);
  await page.reload();
  await expect(
    page.getByLabel('E-mail each attendee who has their own address their own ticket').isChecked(),
  ).resolves.toBe(false);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
});
