/**
 * Messages to attendees in the browser: an organiser writes a message to the attendees of an event
 * with a waiver who have not signed it, previews it (the count, the e-mail as the first recipient gets
 * it), sends it, and follows each recipient's e-mail on the message's page until the mail server has
 * them; exactly the unsigned attendees receive it. A message can pick booking statuses and several
 * ticket types. The event's reminders show on the same page, each with whom it reached (and the mail
 * server's refusals) on a page of its own.
 */
import type { Browser, Page } from 'playwright-core';
import { createRequestContext } from '../server/src/common/request-context';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { EmailKind, EmailMessageEntity } from '../server/src/modules/email/email-message.entity';
import { createAccount, loginAs, TEST_PASSWORD, type SignedIn, type TestAccount } from '../server/test/auth';
import { eventually } from '../server/test/checkout';
import { createEvent, createTicketType } from '../server/test/factories';
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
let author: SignedIn;
let rafting: WaiverEvent;
let unsigned: string[];

const SUBJECT = 'Bring dry clothes';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ smtp: true }), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  author = await loginAs(stack.api, AdminRole.ADMIN);
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
  // The HTML e-mail itself, in a sandboxed frame; its plain-text part folded under it.
  const frame = page.frameLocator('iframe[title^="Preview of the message"]');
  expect(await frame.locator('body').textContent()).toContain('Hello Ada Lovelace');
  expect(await frame.locator('strong', { hasText: 'sign the waiver' }).count()).toBe(1);
  expect(await page.locator('iframe[title^="Preview of the message"]').getAttribute('sandbox')).toBe('');
  expect(await preview.locator('details pre').textContent()).toContain('Hello Ada Lovelace');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  // A full-page screenshot leaves out an iframe that starts below the first screen.
  await page.getByTestId('message-preview').scrollIntoViewIfNeeded();
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
  await page
    .getByRole('group', { name: 'With tickets of' })
    .getByRole('checkbox', { name: rafting.ticketType.name })
    .check();
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

test('a message can go to cancelled bookings only, and to several ticket types', async () => {
  // A second ticket type, booked once, and that booking cancelled.
  const family = await createTicketType(stack.dataSource, rafting.event, {
    priceMinor: 0,
    name: 'Family raft',
  });
  const { booking } = await bookFree(stack.api, { event: rafting.event, ticketType: family }, [
    'Dora Cancelled',
  ]);
  const cancelled = await stack.api.graphql<{ cancelBooking: { errors: unknown[] } }>(
    'mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }',
    { input: { bookingId: booking!.id, reason: 'Changed plans' } },
    author.headers,
  );
  expect(cancelled.data?.cancelBooking.errors).toEqual([]);

  await page.goto(`${stack.siteUrl}/admin/events/${rafting.event.id}/messages`);
  await waitForHydration(page);
  await page.getByLabel('Subject').fill('Your refund');
  await page.getByLabel('Message (Markdown)').fill('Hello {name}, your refund is on its way.');
  await page.getByRole('checkbox', { name: 'Confirmed' }).uncheck();
  await page.getByRole('checkbox', { name: 'Partially refunded' }).uncheck();
  await page.getByRole('checkbox', { name: 'Cancelled' }).check();
  const types = page.getByRole('group', { name: 'Ticket types' });
  await types.getByRole('checkbox', { name: rafting.ticketType.name }).check();
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByTestId('message-preview').waitFor();
  // The cancelled booking holds only Family raft tickets.
  expect(await page.getByTestId('preview-count').textContent()).toBe('0 recipients');

  // The form kept the choices; add the second type.
  expect(await page.getByRole('checkbox', { name: 'Cancelled' }).isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: 'Confirmed' }).isChecked()).toBe(false);
  await types.getByRole('checkbox', { name: 'Family raft' }).check();
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByTestId('preview-count').filter({ hasText: '1 recipient' }).waitFor();
  const frame = page.frameLocator('iframe[title^="Preview of the message"]');
  expect(await frame.locator('body').textContent()).toContain('Hello Dora Cancelled');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  // A full-page screenshot leaves out an iframe that starts below the first screen.
  await page.getByTestId('message-preview').scrollIntoViewIfNeeded();
  await saveScreenshots(page, 'admin-message-status-filter');
});

test('a reminder rule’s page lists whom it reached and the mail server’s refusals, as cards on a phone', async () => {
  // Starts in an hour and 12 seconds: a rule "1 hour before" is due in 12 seconds.
  const hike = await createEvent(stack.dataSource, {
    title: 'Night Hike',
    slug: `night-hike-${Date.now()}`,
    startsAt: new Date(Date.now() + 3_600_000 + 12_000),
  });
  const ticketType = await createTicketType(stack.dataSource, hike, { priceMinor: 0 });
  const created = await stack.api.graphql<{
    createReminderRule: { reminderRule: { id: string; sendsAt: string } | null; errors: unknown[] };
  }>(
    'mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { reminderRule { id sendsAt } errors { code } } }',
    { input: { eventId: hike.id, hoursBefore: 1, audience: 'ATTENDEES' } },
    author.headers,
  );
  expect(created.data?.createReminderRule.errors).toEqual([]);
  const rule = created.data!.createReminderRule.reminderRule!;
  const { input } = await bookFree(stack.api, { event: hike, ticketType }, ['Eve Walker', 'Finn Walker']);
  const addresses = input.attendees.map((attendee) => attendee.email!);

  // The mail server refuses for good what comes from now on.
  stack.smtp!.rejectWith(550, 'Mailbox unavailable');
  try {
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, Date.parse(rule.sendsAt) - Date.now() + 500)),
    );
    // What the job does on its next round (each recipient once, so the job's own round adds nothing).
    await stack.api.app.services.reminderSending.sendDueReminders(createRequestContext());

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${stack.siteUrl}/admin/events/${hike.id}/messages`);
    await page.getByRole('link', { name: /Who it reached/ }).click();
    await page.getByRole('heading', { name: 'Reminder 1 hour before the start to attendees' }).waitFor();
    const deadline = Date.now() + 30_000;
    for (;;) {
      const counts = (await page.getByTestId('delivery-counts').textContent()) ?? '';
      if (counts.includes('2 failed') || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.reload();
    }
    expect(await page.getByTestId('delivery-counts').textContent()).toContain('0 sent · 0 queued · 2 failed');
    const rows = await page.getByTestId('reminder-recipients').locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    for (const address of addresses) expect(rows.join('\n')).toContain(address);
    expect(rows.every((row) => row.includes('Failed') && row.includes('Mailbox unavailable'))).toBe(true);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-reminder-deliveries');

    // On a phone each recipient is a card: labelled cells, nothing wider than the screen.
    await page.setViewportSize(PHONE);
    expect(await horizontalOverflow(page)).toBe(0);
    const firstCell = page
      .getByTestId('reminder-recipients')
      .locator('tbody tr')
      .first()
      .locator('td')
      .first();
    expect(await firstCell.getAttribute('data-label')).toBe('Recipient');
    expect(await firstCell.evaluate((cell) => getComputedStyle(cell).display)).not.toBe('table-cell');
    expect(await firstCell.evaluate((cell) => getComputedStyle(cell.parentElement!).display)).toBe('block');
  } finally {
    stack.smtp!.rejectWith(null);
  }
});
