/**
 * An event's own e-mail texts in the browser: an organiser opens the event's e-mails, rewords the
 * booking confirmation (an unknown placeholder is refused on its field), previews it with sample data
 * and with a real booking, saves it, and the next booking's confirmation arrives at the mail server
 * with that text; resetting brings the default back. At desktop and phone width.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createAccount, loginAs, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import { eventually } from '../server/test/checkout';
import { bookFree, createWaiverEvent, type WaiverEvent } from '../server/test/waivers';
import { signIn } from './support/admin';
import {
  closePage,
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  openPage,
  PHONE,
  saveScreenshots,
  seriousAccessibilityViolations,
  waitForHydration,
} from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;
let page: Page;
let admin: TestAccount;
let party: WaiverEvent;
let earlierReference: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ smtp: true }), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  const author = await loginAs(stack.api, AdminRole.ADMIN);
  party = await createWaiverEvent(stack.api, author, null, { title: 'Garden Party', slug: 'garden-party' });
  earlierReference = (
    await bookFree(stack.api, party, ['Ada Lovelace'], {
      buyer: { name: 'Ada Lovelace', email: 'ada@example.org' },
    })
  ).booking.reference;
  page = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await stack?.close();
});

test('an organiser rewords the confirmation, previews it, and the next buyer receives it', async () => {
  await page.goto(`${stack.siteUrl}/admin/events/${party.event.id}`);
  await page.getByRole('link', { name: 'E-mail texts' }).click();
  await page.getByRole('heading', { name: 'E-mail texts' }).waitFor();
  const confirmationRow = page.locator('[data-kind="BOOKING_CONFIRMATION"]');
  expect(await confirmationRow.textContent()).toContain('Default');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-email-texts');
  await page.setViewportSize(PHONE);
  expect(await horizontalOverflow(page)).toBe(0);
  await page.setViewportSize(DESKTOP);

  await confirmationRow.getByRole('link', { name: /Edit/ }).click();
  await page.getByRole('heading', { name: 'Booking confirmation' }).waitFor();
  await waitForHydration(page);
  expect(await page.getByTestId('placeholders').textContent()).toContain('{booking.url}');

  await page.getByLabel('Subject').fill('See you in the garden, {buyer.nickname}');
  await page
    .getByLabel('Opening text (Markdown)')
    .fill('Dear {buyer.name},\n\n**Doors open at 7.** Bring a blanket.');
  await page.getByRole('button', { name: 'Save' }).click();
  const subjectError = page.locator('#email-subject-error');
  await subjectError.waitFor();
  expect(await subjectError.textContent()).toContain('{buyer.nickname} is not a placeholder');

  await page.getByLabel('Subject').fill('See you in the garden, {buyer.name}');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByTestId('email-preview').waitFor();
  expect(await page.getByTestId('preview-subject').textContent()).toBe('See you in the garden, Alex Sample');
  const frame = page.frameLocator('iframe[title^="Preview of the e-mail"]');
  expect(await frame.locator('body').textContent()).toContain('Doors open at 7.');

  await page.getByLabel(/Preview with the booking/).fill(earlierReference);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByText(`With booking ${earlierReference}`).waitFor();
  expect(await frame.locator('body').textContent()).toContain('Dear Ada Lovelace');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  // A full-page screenshot leaves out an iframe that starts below the first screen.
  await page.getByTestId('email-preview').scrollIntoViewIfNeeded();
  await saveScreenshots(page, 'admin-email-text-preview');

  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  expect(await page.getByText('This event’s own text').count()).toBe(1);

  await bookFree(stack.api, party, ['Grace Hopper'], {
    buyer: { name: 'Grace Hopper', email: 'grace@example.org' },
  });
  // The buyer's confirmation; the attendees' own tickets and earlier e-mails arrive besides.
  const mail = (
    await eventually(
      async () =>
        stack.smtp!.messages.filter((received) => received.recipients.includes('grace@example.org')),
      (received) => received.length > 0,
    )
  )[0];
  expect(mail.subject).toBe('See you in the garden, Grace Hopper');
  expect(mail.html).toContain('<strong>Doors open at 7.</strong>');
  expect(mail.text).toContain('Dear Grace Hopper,');

  await page.getByRole('button', { name: 'Reset to the default text' }).click();
  await page.getByRole('status').filter({ hasText: 'Back to the default text' }).waitFor();
  expect(await page.getByLabel('Subject').inputValue()).toBe('Your tickets for {event.title}');
  await page.setViewportSize(PHONE);
  expect(await horizontalOverflow(page)).toBe(0);
  await saveScreenshots(page, 'admin-email-text-edit');
});
