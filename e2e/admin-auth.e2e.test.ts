/** Signing in and out of the admin area, the session cookie through the site, and what STAFF may open. */
import type { Browser } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createAccount, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import { createEvent } from '../server/test/factories';
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
let staff: TestAccount;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  staff = await createAccount(stack.dataSource, AdminRole.STAFF);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

test('signed out, every admin page sends you to sign in (and comes back after), never cached', async () => {
  for (const path of ['/admin', '/admin/events', '/admin/emails', '/admin/accounts']) {
    const response = await fetch(`${stack.siteUrl}${path}`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/admin/login?next=${encodeURIComponent(path)}`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  }
  const login = await fetch(`${stack.siteUrl}/admin/login`);
  expect(login.headers.get('cache-control')).toBe('private, no-store');

  const page = await openPage(browser, `${stack.siteUrl}/admin/events?time=all`);
  try {
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await submitSignIn(page);
    expect(page.url()).toBe(`${stack.siteUrl}/admin/events?time=all`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Events');
  } finally {
    await closePage(page);
  }
});

test('a wrong password is refused at the field; the page is accessible', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/admin/login`);
  try {
    await waitForHydration(page);
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const error = page.locator('#password-error');
    await expect(error.innerText()).resolves.toBe('That e-mail address and password do not match.');
    await expect(page.getByLabel('Password').getAttribute('aria-describedby')).resolves.toBe(
      'password-error',
    );
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    // The e-mail stays filled in.
    await expect(page.getByLabel('E-mail').inputValue()).resolves.toBe(admin.email);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-login-error');
  } finally {
    await closePage(page);
  }
});

test('signing in sets the HttpOnly session cookie on the site; signing out ends the session', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/admin');
    const [cookie] = (await page.context().cookies()).filter((item) => item.name === 'evt_session');
    expect(cookie).toMatchObject({ domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' });
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toContain(admin.email);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Dashboard');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-dashboard-empty');

    // The login page, once signed in, goes on to the admin area.
    await page.goto(`${stack.siteUrl}/admin/login`);
    expect(new URL(page.url()).pathname).toBe('/admin');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${stack.siteUrl}/admin/login`);
    expect((await page.context().cookies()).filter((item) => item.name === 'evt_session')).toEqual([]);
    // The old cookie value no longer opens anything.
    const stale = await fetch(`${stack.siteUrl}/admin`, {
      redirect: 'manual',
      headers: { cookie: `evt_session=${cookie.value}` },
    });
    expect(stale.status).toBe(303);
  } finally {
    await closePage(page);
  }
});

test('STAFF see only their pages; ADMIN-only pages answer 403', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(page, stack.siteUrl, staff.email, TEST_PASSWORD);
    const nav = page.getByRole('navigation', { name: 'Admin' });
    const links = await nav.getByRole('link').allInnerTexts();
    expect(links).toEqual(expect.arrayContaining(['Dashboard', 'Events']));
    for (const hidden of ['Accounts', 'Audit log', 'E-mails']) expect(links).not.toContain(hidden);

    for (const path of ['/admin/accounts', '/admin/audit', '/admin/emails', '/admin/events/new']) {
      const response = await page.goto(`${stack.siteUrl}${path}`);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Not allowed');
    }
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-forbidden');

    // Events are theirs to read, not to change.
    const event = await createEvent(stack.dataSource, { slug: 'staff-view', title: 'Staff View' });
    await page.goto(`${stack.siteUrl}/admin/events/${event.id}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Staff View');
    await expect(page.getByRole('link', { name: 'Unpublish…' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Save event' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Title').isDisabled()).resolves.toBe(true);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'admin-event-staff');
  } finally {
    await closePage(page);
  }
});

test('changing the password: the current one is checked, the new one works', async () => {
  const person = await createAccount(stack.dataSource, AdminRole.STAFF);
  const page = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(page, stack.siteUrl, person.email, TEST_PASSWORD, '/admin/password');
    await page.getByLabel('Current password').fill('wrong current password');
    await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
    await page.getByLabel('New password again').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.locator('#currentPassword-error').innerText()).resolves.not.toBe('');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);

    await page.getByLabel('Current password').fill(TEST_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
    await page.getByLabel('New password again').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('Your password has been changed');
    await saveScreenshots(page, 'admin-password');
  } finally {
    await closePage(page);
  }
  const again = await openPage(browser, `${stack.siteUrl}/`);
  try {
    await signIn(again, stack.siteUrl, person.email, 'a brand new passphrase');
    expect(new URL(again.url()).pathname).toBe('/admin');
  } finally {
    await closePage(again);
  }
});
