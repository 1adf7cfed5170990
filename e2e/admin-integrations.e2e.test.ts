/**
 * What an ADMIN does for integrators in the admin area: makes an API token (shown once, with a copy
 * button) that a script then uses with `Authorization: Bearer`, and revokes it; registers a webhook
 * endpoint (its signing secret shown once), and reads its delivery log and resends a delivery.
 */
import type { Browser } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createRequestContext } from '../server/src/common/request-context';
import { createAccount, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import { bookFree } from '../server/test/waivers';
import { startWebhookReceiver, type WebhookReceiver } from '../server/test/webhook-receiver';
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
let receiver: WebhookReceiver;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  receiver = await startWebhookReceiver(() => new Date());
});

afterAll(async () => {
  await receiver?.close();
  await browser?.close();
  await stack?.close();
});

const CHECK_IN_COUNTS = 'query ($eventId: ID!) { checkInCounts(eventId: $eventId) { checkedIn } }';
const BOOKINGS = '{ adminBookings(first: 1) { nodes { id } } }';

test('an ADMIN makes a check-in token, a script uses it within its scope, and revoking it stops it at once', async () => {
  const event = await createEvent(stack.dataSource);
  const page = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD, '/admin/api-tokens');
    await waitForHydration(page);
    await page.getByLabel('Name').fill('Gate 2 scanner');
    await page.getByLabel('Check-in only: find tickets, check in, paper waivers, attendees').check();
    await page.getByRole('button', { name: 'Make token' }).click();
    const secretField = page.getByLabel('The new token');
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^evt_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole('button', { name: 'Copy token' }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('api-tokens-table').innerText()).resolves.toContain('Gate 2 scanner');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-api-token-made');

    const headers = { authorization: `Bearer ${secret}` };
    const counts = await stack.api.graphql(CHECK_IN_COUNTS, { eventId: event.id }, headers);
    expect(counts.errors).toBeUndefined();
    const bookings = await stack.api.graphql(BOOKINGS, {}, headers);
    expect(bookings.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Shown once: after a reload only its last four characters are in view.
    await page.goto(`${stack.siteUrl}/admin/api-tokens`);
    await expect(page.locator('main').innerText()).resolves.not.toContain(secret);
    await expect(page.locator('main').innerText()).resolves.toContain(`…${secret.slice(-4)}`);

    await page.getByRole('button', { name: 'Revoke Gate 2 scanner' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('stopped working at once');
    expect((await stack.api.graphql(CHECK_IN_COUNTS, { eventId: event.id }, headers)).status).toBe(401);
    await saveScreenshots(page, 'admin-api-token-revoked');
  } finally {
    await closePage(page);
  }
}, 180_000);

test('an ADMIN registers a webhook endpoint, sees its signing secret once, and resends a delivery from its log', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD, '/admin/webhooks');
    await waitForHydration(page);
    await page.getByLabel('URL').fill(receiver.url);
    await page.getByLabel('Description (optional)').fill('CRM');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = await page.getByLabel('The signing secret').inputValue();
    expect(secret).toMatch(/^whsec_/);
    receiver.secret = secret;
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-webhook-added');

    const event = await createEvent(stack.dataSource);
    const ticketType = await createTicketType(stack.dataSource, event, { priceMinor: 0 });
    await bookFree(stack.api, { event, ticketType }, ['Webhook Guest']);
    await stack.api.app.services.webhookDelivery.deliverDue(createRequestContext());
    expect(receiver.accepted().map((request) => [request.payload.type, request.verified])).toEqual([
      ['booking.confirmed', true],
    ]);

    await page.getByRole('link', { name: `Delivery log of ${receiver.url}` }).click();
    await page.waitForURL(/\/admin\/webhooks\/[0-9a-f-]+$/);
    await expect(page.locator('main').innerText()).resolves.toContain('booking.confirmed · Delivered');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-webhook-log');
    await page.getByRole('button', { name: /^Resend booking\.confirmed/ }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('same webhook-id');
    await stack.api.app.services.webhookDelivery.deliverDue(createRequestContext());
    const accepted = receiver.accepted();
    expect(accepted).toHaveLength(2);
    expect(accepted[1].id).toBe(accepted[0].id);
  } finally {
    await closePage(page);
  }
}, 180_000);
