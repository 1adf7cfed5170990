/**
 * Messages to attendees in the browser: an organiser writes a message to the attendees of an event
 * with a waiver who have not signed it, previews it (the count, the text as the first recipient gets
 * it), sends it, and follows each recipient's e-mail on the message's page until the mail server has
 * them; exactly the unsigned attendees receive it. The event's reminders show on the same page.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { EmailKind, EmailMessageEntity } from '../server/src/modules/email/email-message.entity';
import { createAccount, loginAs, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import { eventually } from '../server/test/checkout';
import {
  bookFree,
  createWaiverEvent,
  signingTokenOf,
  signWaiver,
  type WaiverEvent,
} from '../server/test/waivers';
import { signIn } from './support/admin';
import {
  closePage,
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
let rafting: WaiverEvent;
let unsigned: string[];

const SUBJECT = 'Bring dry clothes';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ smtp: true }), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  const author = await loginAs(stack.api, AdminRole.ADMIN);
  rafting = await createWaiverEvent(stack.api, author, 'I raft at my own risk.', {
    title: 'River Rafting',
    slug: 'river-rafting',
  });
  const { input } = await bookFree(stack.api, rafting, ['Ada Lovelace', 'Brian Kernighan', 'Cleo Tran']);
  const addresses = input.attendees.map((attendee) => attendee.email!);
  // Brian signs; Ada and Cleo have not.
  const requests = await eventually(
    () => stack.dataSource.getRepository(EmailMessageEntity).findBy({ kind: EmailKind.WAIVER_REQUEST }),
    (rows) => rows.length >= 3,
  );
  const brians = requests.find((row) => row.recipients.includes(addresses[1]))!;
  const signed = await signWaiver(stack.api, signingTokenOf(brians), 'Brian Kernighan');
  expect(signed.errors).toBeUndefined();
  unsigned = [addresses[0], addresses[2]];
  page = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await stack?.close();
});

test('a message to attendees who have not signed the waiver reaches exactly them, with progress per recipient', async () => {
  await page.goto(`${stack.siteUrl}/admin/events/${rafting.event.id}`);
  await page.getByRole('link', { name: 'Messages and reminders' }).click();
  await page.getByRole('heading', { name: 'Messages and reminders' }).waitFor();
  await waitForHydration(page);

  await page.getByLabel('Waiver').selectOption('UNSIGNED');
  await page.getByLabel('Subject').fill(SUBJECT);
  await page
    .getByLabel('Message (Markdown)')
    .fill('Hello {name},\n\nplease **sign the waiver** and bring dry clothes.');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('message-preview');
  await preview.waitFor();
  expect(await page.getByTestId('preview-count').textContent()).toBe('2 recipients');
  expect(await preview.textContent()).toContain('Hello Ada Lovelace');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-message-preview');

  // The form keeps the draft after the preview: send it as it is.
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('status').filter({ hasText: 'The message is going out' }).waitFor();
  await page.getByRole('link', { name: SUBJECT }).click();
  await page.getByRole('heading', { name: SUBJECT }).waitFor();

  // The job runner writes the e-mails and the SMTP sink accepts them: the page shows it as it goes.
  const recipients = page.getByTestId('message-recipients');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const counts = (await page.getByTestId('delivery-counts').textContent()) ?? '';
    if (counts.includes('2 sent of 2') || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.reload();
  }
  expect(await page.getByTestId('delivery-counts').textContent()).toContain('2 sent of 2');
  const rows = await recipients.locator('tbody tr').allTextContents();
  expect(rows).toHaveLength(2);
  for (const address of unsigned) expect(rows.join('\n')).toContain(address);
  expect(rows.every((row) => row.includes('Sent'))).toBe(true);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-message-progress');

  const received = stack.smtp!.messages.filter((mail) => mail.subject === SUBJECT);
  expect(received.flatMap((mail) => mail.recipients).sort()).toEqual([...unsigned].sort());
  expect(received[0].html).toContain('<strong>sign the waiver</strong>');
  expect(received[0].raw.toString('utf8')).toMatch(
    /^List-Unsubscribe:\s*<http[^>]+\/unsubscribe\/[A-Za-z0-9_-]{40,}>/m,
  );
  expect(received[0].raw.toString('utf8')).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
});

test('adds a reminder the day before and switches it off, at phone width too', async () => {
  await page.goto(`${stack.siteUrl}/admin/events/${rafting.event.id}/messages`);
  const rules = page.getByTestId('reminder-rules');
  // Events made in the admin get one; this one came from a factory, so add it here.
  await page.getByLabel('With tickets of').selectOption(rafting.ticketType.id);
  await page.getByRole('button', { name: 'Add reminder' }).click();
  await page.getByRole('status').filter({ hasText: 'Reminder added' }).waitFor();
  expect(await rules.textContent()).toContain(
    `1 day before the start to attendees with ${rafting.ticketType.name} tickets`,
  );
  await rules.getByRole('button', { name: 'Switch off' }).click();
  await page.getByRole('status').filter({ hasText: 'Reminder switched off' }).waitFor();
  expect(await rules.textContent()).toContain('(switched off)');
  await page.setViewportSize(PHONE);
  expect(await horizontalOverflow(page)).toBe(0);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-message-reminders');
});
