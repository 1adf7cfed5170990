/**
 * The e-mail outbox (mail preview: reading a message, resending it), the audit log and the accounts
 * page, as an ADMIN; each page accessible and screenshotted.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { EmailMessageEntity } from '../server/src/modules/email/email-message.entity';
import { renderBookingConfirmation } from '../server/src/modules/email/email.templates';
import { createAccount, TEST_PASSWORD } from '../server/test/auth';
import { testContext } from '../server/test/context';
import { bookingConfirmation } from '../server/test/email-views';
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
let page: Page;
let messageId: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  // One message through the real outbox; with no SMTP configured it is kept as a preview.
  const { email, unitOfWork } = stack.api.app.services;
  const rendered = await renderBookingConfirmation(bookingConfirmation({ to: 'grace@example.org' }));
  messageId = await unitOfWork.withTransaction(testContext(), (tx) =>
    email.enqueue(tx, rendered, 'e2e:confirmation'),
  );
  await email.deliver(testContext(), messageId);
  page = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await stack?.close();
});

test('the outbox lists the message, and its preview shows the rendered e-mail', async () => {
  const stored = await stack.dataSource.getRepository(EmailMessageEntity).findOneByOrFail({ id: messageId });
  expect(stored.status).toBe('PREVIEW');

  await page.goto(`${stack.siteUrl}/admin/emails?status=PREVIEW`);
  await expect(page.locator('main').innerText()).resolves.toContain('grace@example.org');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-emails');

  await page.getByRole('link', { name: stored.subject }).click();
  await page.waitForURL(`${stack.siteUrl}/admin/emails/${messageId}`);
  const frame = page.frameLocator('iframe[title^="Preview of the e-mail"]');
  await expect(frame.locator('body').innerText()).resolves.toContain('Ada');
  await expect(page.locator('iframe').getAttribute('sandbox')).resolves.toBe('');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-email-preview');

  // The other filter does not list it.
  await page.goto(`${stack.siteUrl}/admin/emails?status=FAILED`);
  await expect(page.getByRole('link', { name: stored.subject }).count()).resolves.toBe(0);
});

test('resending asks first and says what happened', async () => {
  await page.goto(`${stack.siteUrl}/admin/emails/${messageId}`);
  await page.getByRole('link', { name: 'Resend…' }).click();
  await page.getByRole('heading', { name: 'Send this e-mail again?' }).waitFor();
  await page.getByRole('button', { name: 'Yes, send again' }).click();
  await expect(page.getByRole('status').innerText()).resolves.toContain('Queued to be sent again');
  const stored = await stack.dataSource.getRepository(EmailMessageEntity).findOneByOrFail({ id: messageId });
  expect(stored.status).toBe('QUEUED');
});

test('accounts: invite someone as STAFF, make them ADMIN, disable them; the audit log shows it', async () => {
  await page.goto(`${stack.siteUrl}/admin/accounts`);
  await waitForHydration(page);
  await page.getByLabel('E-mail').fill('new.person@example.org');
  await page.getByLabel('Role', { exact: true }).selectOption('STAFF');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').innerText()).resolves.toContain(
    'Invitation sent to new.person@example.org',
  );
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-accounts');

  await page.getByLabel('Role of new.person@example.org').selectOption('ADMIN');
  await page.getByRole('button', { name: 'Save role of new.person@example.org' }).click();
  await expect(page.getByRole('status').innerText()).resolves.toContain('Role changed to ADMIN');
  await page.getByRole('button', { name: 'Disable new.person@example.org' }).click();
  await expect(page.getByRole('status').innerText()).resolves.toContain('disabled');

  await page.goto(`${stack.siteUrl}/admin/audit`);
  const text = await page.locator('main').innerText();
  // In words, naming the account, not `account.changeRole AdminAccount 0f8c…`.
  expect(text).toContain('Changed the role of the account new.person@example.org');
  expect(text).toContain('role: STAFF → ADMIN');
  expect(text).toContain('Disabled the account new.person@example.org');
  expect(text).not.toMatch(/account\.changeRole|AdminAccount [0-9a-f]{8}-/);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-audit');

  // Filtering by the account that acted keeps only its entries.
  await page
    .getByRole('link', { name: /admin-.*@example\.com/ })
    .first()
    .click();
  await page.waitForURL(/accountId=/);
  await expect(
    page.getByRole('list', { name: 'Audit entries' }).getByRole('listitem').count(),
  ).resolves.toBeGreaterThan(0);
});
