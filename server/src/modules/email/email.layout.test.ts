/**
 * The booking confirmation in a real browser engine at phone and desktop widths: nothing scrolls
 * sideways on a phone, and each ticket's QR code stacks above its details there but sits beside them
 * on a wide screen (MJML's columns). Chromium as server/test/browser.ts finds it.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../test/browser';
import { bookingConfirmation } from '../../../test/email-views';
import { inlineImagesAsDataUrls } from './email.preview';
import { renderBookingConfirmation } from './email.templates';

interface Layout {
  scrollWidth: number;
  imageLoaded: boolean;
  imageRight: number;
  /** The first ticket's details start below its QR code. */
  stacked: boolean;
}

// Runs in the page; a string because the server's TypeScript has no DOM types.
const MEASURE_LAYOUT = `(() => {
  const image = document.querySelector('img[alt^="QR code"]');
  const details = [...document.querySelectorAll('strong')].find((node) => node.textContent.includes('Ada Lovelace'));
  const imageBox = image.getBoundingClientRect();
  const detailsBox = details.getBoundingClientRect();
  return {
    scrollWidth: document.documentElement.scrollWidth,
    imageLoaded: image.complete && image.naturalWidth > 0,
    imageRight: imageBox.right,
    stacked: detailsBox.top >= imageBox.bottom,
  };
})()`;

describe('the booking confirmation in a browser', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const email = await renderBookingConfirmation(
      bookingConfirmation({ buyerName: 'Maximiliane Wilhelmina von Habsburg-Lothringen-Sachsen-Coburg' }),
    );
    html = inlineImagesAsDataUrls(email.html, email.attachments);
  });

  afterAll(() => browser?.close());

  async function layoutAt(width: number): Promise<Layout> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.evaluate<Layout>(MEASURE_LAYOUT);
    } finally {
      await page.close();
    }
  }

  it('fits a 360px phone screen, with each QR code above its ticket details', async () => {
    const layout = await layoutAt(360);
    expect(layout.scrollWidth).toBeLessThanOrEqual(360);
    expect(layout.imageLoaded).toBe(true);
    expect(layout.imageRight).toBeLessThanOrEqual(360);
    expect(layout.stacked).toBe(true);
  });

  it('puts QR code and details side by side on a wide screen', async () => {
    const layout = await layoutAt(1024);
    expect(layout.scrollWidth).toBeLessThanOrEqual(1024);
    expect(layout.stacked).toBe(false);
  });
});
