/**
 * Chromium for the tests (server/test/browser.ts finds and launches it), plus the checks every page
 * gets (axe-core accessibility, screenshots at desktop and phone width, shipped JavaScript).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';

export { launchChromium as launchBrowser } from '../../server/test/browser';

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
let axeScript: string | undefined;
const axeSource = () => (axeScript ??= fs.readFileSync(AXE_SCRIPT, 'utf8'));
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../test-artifacts/e2e');

export const DESKTOP = { width: 1280, height: 800 };
/** The narrowest phone the pages are checked to fit (no sideways scrolling). */
export const PHONE = { width: 360, height: 740 };
/** The phone people look at the screenshots in (iPhone 12-16 width). */
export const SCREENSHOT_PHONE = { width: 390, height: 844 };

/** A blank page in a fresh context (no cache, no cookies), recording the errors its scripts throw. */
export async function newPage(browser: Browser, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'UTC' });
  await watchSecurity(context);
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  pageErrorsByPage.set(page, pageErrors);
  return page;
}

/** Headers every HTML page must carry (the site's and the PayPal simulator's). */
const REQUIRED_PAGE_HEADERS: [name: string, check: (value: string) => boolean][] = [
  [
    'content-security-policy',
    (value) =>
      /frame-ancestors 'none'/.test(value) &&
      !/script-src[^;]*'unsafe-inline'/.test(value) &&
      /form-action/.test(value),
  ],
  ['x-frame-options', (value) => value === 'DENY'],
  ['x-content-type-options', (value) => value === 'nosniff'],
  ['referrer-policy', (value) => value === 'same-origin'],
];

/** Content-Security-Policy violations and missing page headers seen since the last check. */
const securityProblems: string[] = [];
const pendingHeaderChecks = new Set<Promise<void>>();

async function checkPageHeaders(response: Response): Promise<void> {
  const headers = await response.allHeaders().catch(() => null);
  if (!headers || !(headers['content-type'] ?? '').startsWith('text/html')) return;
  for (const [name, check] of REQUIRED_PAGE_HEADERS) {
    const value = headers[name];
    if (value === undefined || !check(value)) {
      securityProblems.push(`${response.url()} (${response.status()}): ${name} is ${value ?? 'missing'}`);
    }
  }
}

/**
 * Watches every page of the context: Chromium's "Refused to …" console messages and the
 * securitypolicyviolation event (a violation of the Content-Security-Policy), and the security
 * headers of every HTML document it loads. support/security-checks.ts fails the test on any of them.
 * newPage does this; call it for contexts made otherwise.
 */
export async function watchSecurity(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    if (/^Refused to |securitypolicyviolation|Content Security Policy/.test(text)) {
      securityProblems.push(`${message.page()?.url() ?? '?'}: ${text}`);
    }
  });
  context.on('response', (response) => {
    if (response.request().resourceType() !== 'document') return;
    if (response.status() >= 300 && response.status() < 400) return;
    const check = checkPageHeaders(response);
    pendingHeaderChecks.add(check);
    void check.finally(() => pendingHeaderChecks.delete(check));
  });
}

/** The problems watchSecurity saw so far (waiting for header checks under way), forgetting them. */
export async function takeSecurityProblems(): Promise<string[]> {
  await Promise.all(pendingHeaderChecks);
  return securityProblems.splice(0);
}

/** A page in a fresh context (no cache, no cookies), failing on scripts that throw. */
export async function openPage(browser: Browser, url: string, viewport = DESKTOP): Promise<Page> {
  const page = await newPage(browser, viewport);
  await page.goto(url);
  return page;
}

/**
 * Holds back the site's JavaScript (the `.js` files under `/_app/immutable/`; styles still load) on
 * this page until the returned function is called, as a slow connection does: until then the page is
 * its server-rendered HTML, which people can already type into. Open the page with
 * `waitUntil: 'domcontentloaded'`; the returned function resolves once the page has hydrated.
 */
export async function holdScripts(page: Page): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return async () => {
    release();
    await waitForHydration(page);
  };
}

const pageErrorsByPage = new WeakMap<Page, Error[]>();

/** Errors thrown by the page's scripts so far (hydration errors land here). */
export function pageErrors(page: Page): Error[] {
  return pageErrorsByPage.get(page) ?? [];
}

/** Closes a page and its context. */
export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** Waits until SvelteKit has hydrated the page, so clicks reach the enhanced handlers. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated by the DevTools protocol, which the page's Content-Security-Policy does not govern; a
  // <script> tag would be (rightly) refused as an inline script.
  await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    // A button the mouse just clicked is still fading into its hover colours (Bootstrap's 0.15 s
    // transition); measured mid-fade its contrast is neither state's. Judge the settled page.
    const settling = document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Infinity); // spinners never end
    const settled = Promise.all(settling.map((animation) => animation.finished.catch(() => undefined)));
    // A long or paused animation would hold the check up: 2 s covers every transition of the site.
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2000))]);
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run();
    return results.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

/** Full-page screenshots at 1280 and 390 px under test-artifacts/e2e (never committed). */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  for (const [label, size] of [
    ['desktop', DESKTOP],
    ['phone', SCREENSHOT_PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

/** How much wider than the viewport the page is (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export interface ShippedJavaScript {
  /** Sum of the gzip sizes (level 9, as adapter-node precompresses) of every script requested. */
  gzipBytes: number;
  files: { url: string; gzipBytes: number }[];
}

/** Opens the URL in a fresh context and measures the JavaScript it loads until the network is idle. */
export async function measureShippedJavaScript(browser: Browser, url: string): Promise<ShippedJavaScript> {
  const context = await browser.newContext({ viewport: DESKTOP });
  await watchSecurity(context);
  try {
    const page = await context.newPage();
    const pending: Promise<{ url: string; gzipBytes: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response
          .body()
          .then((body) => ({ url: response.url(), gzipBytes: gzipSync(body, { level: 9 }).length })),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const files = await Promise.all(pending);
    return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
  } finally {
    await context.close();
  }
}

/** Accessible at its width and at 390 px, where nothing scrolls sideways; screenshots of both. */
export async function checkPageAtBothWidths(page: Page, name: string): Promise<void> {
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, name);
  const original = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(SCREENSHOT_PHONE);
  await expect(horizontalOverflow(page)).resolves.toBe(0);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await page.setViewportSize(original);
}
