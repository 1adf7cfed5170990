/**
 * Too many failed sign-ins: the form says so at the password, with the wait. A file of its own, since
 * failures count per client address too and would lock out the other admin tests' sign-ins.
 */
import type { Browser } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { createAccount, TEST_PASSWORD } from '../server/test/auth';
import {
  closePage,
  launchBrowser,
  openPage,
  seriousAccessibilityViolations,
  waitForHydration,
} from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

test('after five failures from one address even the right password waits there, and the form says how long', async () => {
  const admin = await createAccount(stack.dataSource, AdminRole.ADMIN);
  const page = await openPage(browser, `${stack.siteUrl}/admin/login`);
  try {
    const attempt = async (password: string) => {
      // Each refusal is a new page: filling it before hydration can lose the values.
      await waitForHydration(page);
      await page.getByLabel('E-mail').fill(admin.email);
      await page.getByLabel('Password').fill(password);
      await Promise.all([
        page.waitForResponse((response) => response.request().method() === 'POST'),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
      await page.waitForLoadState('load');
      return page.locator('#password-error').innerText();
    };
    // The default limit per account and address: LOGIN_MAX_FAILURES=5 in LOGIN_FAILURE_WINDOW_MINUTES=15
    // (another address still gets in: server/src/modules/auth/login-throttle.test.ts).
    for (let failure = 1; failure <= 5; failure++) {
      await expect(attempt('a wrong password')).resolves.toBe(
        'That e-mail address and password do not match.',
      );
    }
    await expect(attempt(TEST_PASSWORD)).resolves.toMatch(
      /^Too many attempts\. Try again in \d+ minutes?\.$/,
    );
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    expect((await page.context().cookies()).filter((cookie) => cookie.name === 'evt_session')).toEqual([]);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  } finally {
    await closePage(page);
  }
});
