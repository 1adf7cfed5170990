/**
 * Accounts without shared passwords: an ADMIN invites a STAFF member, who follows the invitation
 * e-mail's link, chooses a password (the rules shown first, mistakes said in words) and signs in; an
 * admin who forgot their password asks for a link on the sign-in page and sets a new one. E-mails go
 * through the real outbox to a loopback SMTP server.
 */
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createAccount, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import type { ReceivedMail } from '../server/test/smtp-sink';
import { signIn, submitSignIn } from './support/admin';
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

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ smtp: true }), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** The message to `address` with this subject, once the job runner has sent it. */
async function mailTo(address: string, subject: string, timeoutMs = 20000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = stack.smtp!.messages.find((mail) => mail.to.includes(address) && mail.subject === subject);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no "${subject}" to ${address} arrived`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function linkIn(mail: ReceivedMail): string {
  const match = /(http:\/\/127\.0\.0\.1:\d+\/admin\/set-password\/[A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error(`no link in ${mail.text}`);
  return match[1];
}

/** On the set-password page: a too-short password is refused in words, then a good one signs in. */
async function choosePassword(page: Page, password: string): Promise<void> {
  await waitForHydration(page);
  await expect(page.locator('#password-rules').innerText()).resolves.toContain('Use 12 to 256 characters');
  await page.getByLabel('New password', { exact: true }).fill('too short');
  await page.getByLabel('New password again').fill('too short');
  await page.getByRole('button', { name: 'Save password and sign in' }).click();
  await expect(page.locator('#newPassword-error').innerText()).resolves.toBe(
    'Use at least 12 characters (this one has 9).',
  );
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/admin/set-password')),
    page.getByRole('button', { name: 'Save password and sign in' }).click(),
  ]);
}

test('an ADMIN invites a STAFF member, who chooses a password from the e-mailed link and signs in', async () => {
  const adminPage = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(adminPage, stack.siteUrl, admin.email, TEST_PASSWORD, '/admin/accounts');
    await waitForHydration(adminPage);
    await expect(adminPage.locator('#role-help').innerText()).resolves.toContain('STAFF: check attendees in');
    await expect(adminPage.getByLabel('Initial password').count()).resolves.toBe(0);
    await adminPage.getByLabel('E-mail').fill('door.staff@example.org');
    await adminPage.getByLabel('Role', { exact: true }).selectOption('STAFF');
    await adminPage.getByRole('button', { name: 'Send invitation' }).click();
    await expect(adminPage.getByRole('status').innerText()).resolves.toContain(
      'Invitation sent to door.staff@example.org',
    );
    await expect(adminPage.locator('main').innerText()).resolves.toContain('Invited, no password yet');
    await expect(seriousAccessibilityViolations(adminPage)).resolves.toEqual([]);
    await saveScreenshots(adminPage, 'admin-accounts-invited');
  } finally {
    await closePage(adminPage);
  }

  const invitation = await mailTo('door.staff@example.org', 'You are invited to the admin area');
  expect(invitation.text).toContain(`${admin.email} has invited you`);
  const page = await openPage(browser, linkIn(invitation));
  try {
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Choose your password');
    await expect(page.locator('main').innerText()).resolves.toContain('door.staff@example.org');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-set-password');
    await choosePassword(page, 'staff passphrase for the door');
    expect(new URL(page.url()).pathname).toBe('/admin');
    await expect(page.locator('body').innerText()).resolves.toContain('door.staff@example.org');

    // The link worked once.
    await page.goto(linkIn(invitation));
    await expect(page.getByRole('alert').innerText()).resolves.toContain('used already');

    // Signed out, the new password signs in.
    await page.context().clearCookies();
    await signIn(page, stack.siteUrl, 'door.staff@example.org', 'staff passphrase for the door');
    expect(new URL(page.url()).pathname).toBe('/admin');
  } finally {
    await closePage(page);
  }
});

test('an admin who forgot their password asks for a link on the sign-in page, sets a new one and is signed in', async () => {
  const forgetful = await createAccount(stack.dataSource, AdminRole.ADMIN);
  const page = await openPage(browser, `${stack.siteUrl}/admin/login`);
  try {
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(/\/admin\/forgot-password$/);
    await waitForHydration(page);
    await page.getByLabel('E-mail').fill(forgetful.email.toUpperCase());
    await page.getByRole('button', { name: 'Send the link' }).click();
    // The same words whether or not the address has an account.
    await expect(page.getByRole('status').innerText()).resolves.toContain(
      'If an active admin account has the address',
    );
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-forgot-password');

    const mail = await mailTo(forgetful.email, 'Set a new password for the admin area');
    await page.goto(linkIn(mail));
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Set a new password');
    await choosePassword(page, 'my brand new admin passphrase');
    expect(new URL(page.url()).pathname).toBe('/admin');

    await page.context().clearCookies();
    await page.goto(`${stack.siteUrl}/admin/login`);
    await page.getByLabel('E-mail').fill(forgetful.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await expect(submitSignIn(page)).rejects.toThrow(/do not match/);
    await signIn(page, stack.siteUrl, forgetful.email, 'my brand new admin passphrase');
    expect(new URL(page.url()).pathname).toBe('/admin');
  } finally {
    await closePage(page);
  }
});
