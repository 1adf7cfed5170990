import type { Browser } from 'playwright-core';
import { findFreePort } from '../server/src/net';
import { closePage, launchBrowser, openPage, seriousAccessibilityViolations } from './support/browser';
import { startSite, type Site } from './support/stack';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  // Nothing listens where this site looks for the API.
  const deadApiUrl = `http://127.0.0.1:${await findFreePort()}`;
  [site, browser] = await Promise.all([startSite(deadApiUrl), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('when the API cannot be reached, the error page apologises with a reference and no details', async () => {
  const response = await fetch(`${site.url}/`);
  expect(response.status).toBe(500);
  const page = await openPage(browser, `${site.url}/events/anything`);
  try {
    const text = await page.locator('main').innerText();
    expect(text).toContain('Something went wrong');
    expect(text).toMatch(/quote this reference: [0-9a-f-]{36}/);
    expect(text).not.toMatch(/ECONNREFUSED|fetch failed|CombinedError/);
    await expect(page.title()).resolves.toBe('Something went wrong · Event Tickets');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  } finally {
    await closePage(page);
  }
});
