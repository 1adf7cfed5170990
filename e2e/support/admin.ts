/** Signing in to the admin area in a browser page, for the admin tests. */
import type { Page } from 'playwright-core';

/** Submits the filled-in sign-in form; fails with the message shown if it stays on the sign-in page. */
export async function submitSignIn(page: Page): Promise<void> {
  const response = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]).then(([posted]) => posted);
  if (response.status() !== 303) {
    await page.waitForLoadState('load');
    const shown = await page.locator('.invalid-feedback').allInnerTexts();
    throw new Error(`sign-in answered ${response.status()}: ${shown.join(' ')}`);
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
}

export async function signIn(page: Page, siteUrl: string, email: string, password: string, next = '/admin') {
  await page.goto(`${siteUrl}/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await submitSignIn(page);
}

/** On an event's editor page: adds a ticket type through the "Add a ticket type" form and waits for the notice. */
export async function addTicketType(
  page: Page,
  name: string,
  price: string,
  capacity: string,
): Promise<void> {
  const form = page.locator('form[action="?/createTicketType"]');
  if (!(await form.isVisible())) await page.getByText('Add a ticket type').click();
  await form.getByLabel('Name').fill(name);
  await form.getByLabel(/^Price/).fill(price);
  await form.getByLabel('Capacity').fill(capacity);
  await form.getByRole('button', { name: 'Add ticket type' }).click();
  const notice = await page.getByRole('status').first().innerText();
  if (!notice.includes(`“${name}” added`)) throw new Error(`adding ${name} said: ${notice}`);
}
