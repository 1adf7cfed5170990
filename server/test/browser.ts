/**
 * Chromium for the tests that need a browser engine (the e-mail layout test here, the browser tests in
 * e2e/): found by scripts/test-browser.js, which `npm test` runs first to install one when none is
 * there, and driven by playwright-core.
 */
import { chromium, type Browser } from 'playwright-core';
import { requireBrowser } from '../../scripts/test-browser';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireBrowser().path,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
