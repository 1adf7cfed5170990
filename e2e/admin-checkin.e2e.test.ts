/**
 * Attendees, waivers and check-in at the door, in the browser: a confirmed booking for an event with
 * a waiver shows up unsigned, is refused at the door until a paper waiver is recorded, is admitted
 * once and refused the second time with who and when; the attendee CSV downloads; the waiver text
 * gets a second version; STAFF run the door but not ADMIN-only pages; the phone camera reads QR codes
 * one after another, counts and undo; short codes typed; another event's ticket; a lost answer retried.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { EmailMessageEntity } from '../server/src/modules/email/email-message.entity';
import { WaiverVersionEntity } from '../server/src/modules/waivers/waiver-version.entity';
import { createAccount, loginAs, TEST_PASSWORD, type TestAccount } from '../server/test/auth';
import type { BookingData } from '../server/test/bookings';
import { createWaiverEvent, type WaiverEvent } from '../server/test/waivers';
import { qrCodePng } from '../server/src/modules/email/qr-png';
import { signIn } from './support/admin';
import { buyTickets } from './support/purchase';
import {
  closePage,
  horizontalOverflow,
  launchBrowser,
  openPage,
  PHONE,
  saveScreenshots,
  seriousAccessibilityViolations,
  waitForHydration,
  watchSecurity,
} from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;
let page: Page;
let admin: TestAccount;
let staff: TestAccount;
let cliffJump: WaiverEvent;
let booking: BookingData;

const ticketOf = (name: string) => booking.tickets.find((ticket) => ticket.attendeeName === name)!;
const eventPath = () => `${stack.siteUrl}/admin/events/${cliffJump.event.id}`;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  [admin, staff] = await Promise.all([
    createAccount(stack.dataSource, AdminRole.ADMIN),
    createAccount(stack.dataSource, AdminRole.STAFF),
  ]);
  const waiverAuthor = await loginAs(stack.api, AdminRole.ADMIN);
  cliffJump = await createWaiverEvent(stack.api, waiverAuthor, 'I jump at my own risk.', {
    title: 'Cliff Jump Morning',
    slug: 'cliff-jump-morning',
  });
  booking = await buyTickets(stack.api, cliffJump.event, cliffJump.ticketType, [
    'Ada Lovelace',
    'Grace Hopper',
  ]);
  page = await openPage(browser, `${stack.siteUrl}/`);
  await signIn(page, stack.siteUrl, admin.email, TEST_PASSWORD);
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await stack?.close();
});

function attendeeRow(name: string) {
  return page.getByTestId('attendees').locator('tbody tr').filter({ hasText: name });
}

/** Types a code (or name) on the door screen and waits for the verdict about it. */
async function checkInByTyping(text: string, expected: string) {
  await page.getByLabel('Ticket code or attendee name').fill(text);
  await page.getByRole('button', { name: 'Check in / find' }).click();
  const verdict = page.getByTestId('check-in-verdict').filter({ hasText: expected });
  await verdict.waitFor();
  return verdict;
}

test('the attendee list, opened from the events list, shows the new attendee with the waiver unsigned', async () => {
  await page.goto(`${stack.siteUrl}/admin/events?time=all`);
  await page
    .getByRole('row')
    .filter({ hasText: 'Cliff Jump Morning' })
    .getByRole('link', { name: 'Attendees', exact: true })
    .click();
  await page.waitForURL(`${eventPath()}/attendees`);

  const ada = attendeeRow('Ada Lovelace');
  await expect(ada.innerText()).resolves.toContain(booking.reference);
  await expect(ada.innerText()).resolves.toContain(cliffJump.ticketType.name);
  await expect(ada.getByTestId('waiver-status').innerText()).resolves.toBe('Unsigned');
  await expect(ada.getByTestId('check-in-status').innerText()).resolves.toBe('Not checked in');
  await expect(page.getByTestId('waiver-requirement').innerText()).resolves.toContain('version 1');

  // Search by name narrows the list.
  await page.getByLabel('Name or ticket code').fill('grace');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/q=grace/);
  await expect(page.getByTestId('attendees').locator('tbody tr').allInnerTexts()).resolves.toEqual([
    expect.stringContaining('Grace Hopper'),
  ]);

  await page.goto(`${eventPath()}/attendees`);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-attendees');
});

test('a typed code is refused at the door in red while the waiver is unsigned', async () => {
  await page.goto(`${eventPath()}/check-in`);
  await waitForHydration(page);
  const verdict = await checkInByTyping(ticketOf('Ada Lovelace').code!, 'Waiver unsigned');
  await expect(verdict.getAttribute('data-admitted')).resolves.toBe('false');
  await expect(verdict.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe(
    'rgb(220, 53, 69)',
  );
  await expect(verdict.innerText()).resolves.toContain('Ada Lovelace');
  // Ready for the next ticket: the field is empty and has the focus.
  await expect(page.getByLabel('Ticket code or attendee name').inputValue()).resolves.toBe('');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('id'))).resolves.toBe('search');
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await saveScreenshots(page, 'admin-check-in-refused');
});

test('after a paper waiver is recorded the ticket is admitted in green, and a second check-in says who and when', async () => {
  await page.getByRole('link', { name: 'Record a paper waiver for Ada Lovelace…' }).click();
  await page.getByRole('heading', { name: 'Record a paper waiver for Ada Lovelace' }).waitFor();
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await expect(page.getByLabel('Name as signed').inputValue()).resolves.toBe('Ada Lovelace');
  await page.getByRole('button', { name: 'Record paper waiver' }).click();
  await expect(page.locator('.alert-success').innerText()).resolves.toContain(
    'Paper waiver recorded for Ada Lovelace (version 1)',
  );
  await expect(attendeeRow('Ada Lovelace').getByTestId('waiver-status').innerText()).resolves.toBe(
    'Signed on paper (version 1)',
  );

  await page.goto(`${eventPath()}/check-in`);
  await waitForHydration(page);
  const code = ticketOf('Ada Lovelace').code!;
  const admitted = await checkInByTyping(code, 'Admitted');
  await expect(admitted.getAttribute('data-admitted')).resolves.toBe('true');
  await expect(admitted.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe(
    'rgb(25, 135, 84)',
  );
  await saveScreenshots(page, 'admin-check-in-admitted');

  const again = await checkInByTyping(code, 'Already checked in');
  await expect(again.getAttribute('data-admitted')).resolves.toBe('false');
  const reason = await again.innerText();
  expect(reason).toContain(`by ${admin.email}`);
  // When: in the event's zone (Europe/Berlin), today.
  expect(reason).toMatch(/First checked in at \w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} CES?T/);

  await page.goto(`${eventPath()}/attendees`);
  await expect(attendeeRow('Ada Lovelace').getByTestId('check-in-status').innerText()).resolves.toContain(
    `by ${admin.email}`,
  );
});

test('the attendee CSV downloads as a file holding the attendee’s row', async () => {
  await page.goto(`${eventPath()}/attendees`);
  await waitForHydration(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download attendees (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^attendees-cliff-jump-morning-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const adaLine = csv.split(/\r?\n/).find((line) => line.includes('Ada Lovelace'));
  expect(adaLine).toContain(booking.reference);
  expect(adaLine).toContain(ticketOf('Ada Lovelace').code);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded attendees-' }).count()).resolves.toBe(
    1,
  );

  // Without JavaScript it is a plain link the server answers as an attachment...
  const direct = await page.request.get(`${eventPath()}/attendees.csv`);
  expect(direct.status()).toBe(200);
  expect(direct.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(direct.headers()['content-disposition']).toMatch(/^attachment; filename="attendees-cliff-jump/);
  const waivers = await page.request.get(`${eventPath()}/waivers.csv`);
  expect(await waivers.text()).toContain('Ada Lovelace');

  // ...and without a session it leads to the sign-in page, coming back to the attendees afterwards.
  const anonymous = await fetch(`${eventPath()}/attendees.csv`, { redirect: 'manual' });
  expect(anonymous.status).toBe(303);
  expect(anonymous.headers.get('location')).toBe(
    `/admin/login?next=${encodeURIComponent(`/admin/events/${cliffJump.event.id}/attendees`)}`,
  );
});

test('saving new waiver text, after a confirmation, makes version 2 and keeps version 1 on record', async () => {
  await page.goto(eventPath());
  await expect(page.getByTestId('waiver-summary').innerText()).resolves.toBe('Waiver required (version 1)');
  await page.getByRole('link', { name: 'Waiver', exact: true }).click();
  await page.waitForURL(`${eventPath()}/waiver`);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);

  await page.getByLabel('Waiver text (plain text)').fill('I jump at my own risk.\nI can swim.');
  await page.getByRole('button', { name: 'Save as a new version…' }).click();
  await page.getByRole('heading', { name: 'Save this text as version 2?' }).waitFor();
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: 'Yes, save version 2' }).click();
  await expect(page.locator('.alert-success').innerText()).resolves.toContain('Version 2 saved');

  const versions = await page.getByTestId('waiver-versions').locator('summary').allInnerTexts();
  expect(versions).toEqual([
    expect.stringMatching(/^Version 2 Current · .* by /),
    expect.stringMatching(/^Version 1 · /),
  ]);
  const stored = await stack.dataSource
    .getRepository(WaiverVersionEntity)
    .find({ where: { eventId: cliffJump.event.id }, order: { version: 'ASC' } });
  expect(stored.map((version) => [version.version, version.text])).toEqual([
    [1, 'I jump at my own risk.'],
    [2, 'I jump at my own risk.\nI can swim.'],
  ]);
  await saveScreenshots(page, 'admin-waiver');

  // Unchanged text is refused at the field instead of making an identical version.
  await page.getByRole('button', { name: 'Save as a new version…' }).click();
  await expect(page.locator('#waiver-text-error').innerText()).resolves.toContain('current version already');
});

test('an admin resends a waiver request after confirming it, and is told it is on its way', async () => {
  await page.goto(`${eventPath()}/attendees`);
  await page.getByRole('link', { name: 'Resend request… to Grace Hopper' }).click();
  await page.getByRole('heading', { name: 'Send Grace Hopper a new signing link?' }).waitFor();
  await expect(page.locator('#resend-heading + p').innerText()).resolves.toContain(
    ticketOf('Grace Hopper').attendeeEmail!,
  );
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: 'Yes, send the link' }).click();
  await expect(page.locator('.alert-success').innerText()).resolves.toContain(
    'new signing link is on its way',
  );
  const queued = await stack.dataSource
    .getRepository(EmailMessageEntity)
    .countBy({ causeKey: `waiver-request:${ticketOf('Grace Hopper').id}:resend-1` });
  expect(queued).toBe(1);
});

test('STAFF record a paper waiver and check in by name, but cannot resend requests or open ADMIN-only pages', async () => {
  const door = await openPage(browser, `${stack.siteUrl}/`, PHONE);
  try {
    await signIn(door, stack.siteUrl, staff.email, TEST_PASSWORD);
    await door.goto(`${eventPath()}/attendees`);
    await expect(door.getByRole('link', { name: /^Resend request/ }).count()).resolves.toBe(0);
    await door.getByRole('link', { name: 'Record paper waiver… for Grace Hopper' }).click();
    await door.getByRole('button', { name: 'Record paper waiver' }).click();
    await expect(door.locator('.alert-success').innerText()).resolves.toContain('Paper waiver recorded');

    await door.goto(`${eventPath()}/check-in`);
    await waitForHydration(door);
    await door.getByLabel('Ticket code or attendee name').fill('hopper');
    await door.getByRole('button', { name: 'Check in / find' }).click();
    await door.getByRole('heading', { name: '1 attendee matches “hopper”' }).waitFor();
    await door.getByRole('button', { name: 'Check in Grace Hopper' }).click();
    await door.getByTestId('check-in-verdict').filter({ hasText: 'Admitted' }).waitFor();
    await expect(horizontalOverflow(door)).resolves.toBe(0);
    await expect(seriousAccessibilityViolations(door)).resolves.toEqual([]);

    // The waiver is theirs to read, not to change; ADMIN-only pages answer 403.
    await door.goto(`${eventPath()}/waiver`);
    await expect(door.getByLabel('Waiver text (plain text)').count()).resolves.toBe(0);
    await expect(door.getByTestId('waiver-state').innerText()).resolves.toContain('version 2');
    for (const path of ['/admin/emails', '/admin/events/new']) {
      const response = await door.goto(`${stack.siteUrl}${path}`);
      expect(response?.status()).toBe(403);
    }
    const resend = await door.request.post(`${eventPath()}/attendees?/resendWaiver`, {
      form: { ticketId: ticketOf('Grace Hopper').id },
      headers: { origin: stack.siteUrl },
    });
    expect(resend.status()).toBe(403);
  } finally {
    await closePage(door);
  }
});

/**
 * Stands in for a phone's camera: getUserMedia returns a canvas stream showing whatever picture the
 * test puts up (a ticket's QR code as a PNG data URL). Linux Chromium has no BarcodeDetector, so the
 * screen reads the frames with its JavaScript decoder, as Firefox and iOS Safari do.
 */
async function fakeCamera(door: Page) {
  await door.addInitScript(() => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 480, height: 480 });
    const context = canvas.getContext('2d')!;
    const show = (dataUrl: string | null) => {
      context.fillStyle = '#777';
      context.fillRect(0, 0, 480, 480);
      if (!dataUrl) return;
      const image = new Image();
      image.onload = () => context.drawImage(image, 40, 40, 400, 400);
      image.src = dataUrl;
    };
    show(null);
    Object.assign(window, { showToCamera: show });
    navigator.mediaDevices.getUserMedia = async () => {
      // A canvas stream only sends frames when it is drawn on: redraw it like a live camera.
      setInterval(() => context.drawImage(canvas, 0, 0), 100);
      return canvas.captureStream(10);
    };
  });
}

async function showToCamera(door: Page, code: string | null) {
  const dataUrl = code ? `data:image/png;base64,${qrCodePng(code).toString('base64')}` : null;
  await door.evaluate(
    (url) => (window as unknown as { showToCamera(url: string | null): void }).showToCamera(url),
    dataUrl,
  );
}

test('the phone camera reads one QR code after another without stopping, counts them, and a check-in can be undone', async () => {
  const open = await createWaiverEvent(stack.api, await loginAs(stack.api, AdminRole.ADMIN), null, {
    title: 'Open Air Swim',
  });
  const [first, second] = (
    await buyTickets(stack.api, open.event, open.ticketType, ['Alan Turing', 'Joan Clarke'])
  ).tickets;
  const door = await openPage(browser, `${stack.siteUrl}/`, PHONE);
  try {
    await fakeCamera(door);
    await signIn(door, stack.siteUrl, admin.email, TEST_PASSWORD);
    await door.goto(`${stack.siteUrl}/admin/events/${open.event.id}/check-in`);
    await waitForHydration(door);
    await expect(door.getByTestId('check-in-counts').innerText()).resolves.toBe('0 of 2 checked in');
    await door.getByRole('button', { name: 'Scan tickets with the camera' }).click();
    await showToCamera(door, first.code!);
    await door
      .getByTestId('check-in-verdict')
      .filter({ hasText: 'Alan Turing' })
      .filter({ hasText: 'Admitted' })
      .waitFor();
    await door.getByTestId('check-in-counts').filter({ hasText: '1 of 2 checked in' }).waitFor();

    // The camera stays on: the next ticket held up is read too.
    await expect(door.locator('video').isVisible()).resolves.toBe(true);
    await showToCamera(door, second.code!);
    await door
      .getByTestId('check-in-verdict')
      .filter({ hasText: 'Joan Clarke' })
      .filter({ hasText: 'Admitted' })
      .waitFor();
    await door.getByTestId('check-in-counts').filter({ hasText: '2 of 2 checked in' }).waitFor();
    await showToCamera(door, null);
    await expect(seriousAccessibilityViolations(door)).resolves.toEqual([]);
    await saveScreenshots(door, 'admin-check-in-scanned');

    await door.getByRole('button', { name: 'Undo check-in of Joan Clarke' }).click();
    await door.getByTestId('check-in-verdict').filter({ hasText: 'Check-in undone' }).waitFor();
    await door.getByTestId('check-in-counts').filter({ hasText: '1 of 2 checked in' }).waitFor();
    const undone = await stack.dataSource.query(
      `SELECT account_email FROM audit_log_entry WHERE action = 'ticket.undoCheckIn' AND object_id = $1`,
      [second.id],
    );
    expect(undone).toEqual([{ account_email: admin.email }]);
  } finally {
    await closePage(door);
  }
});

test('a short code typed in lower case with a space checks in; another event’s ticket says only “not for this event”', async () => {
  const open = await createWaiverEvent(stack.api, await loginAs(stack.api, AdminRole.ADMIN), null, {
    title: 'Harbour Row',
  });
  const [rower] = (await buyTickets(stack.api, open.event, open.ticketType, ['Mary Somerville'])).tickets;
  const [{ short_code: shortCode }] = (await stack.dataSource.query(
    'SELECT short_code FROM ticket WHERE id = $1',
    [rower.id],
  )) as { short_code: string }[];
  await page.goto(`${stack.siteUrl}/admin/events/${open.event.id}/check-in`);
  await waitForHydration(page);
  const typed = `${shortCode.slice(0, 5)} ${shortCode.slice(5)}`.toLowerCase();
  const admitted = await checkInByTyping(typed, 'Admitted');
  await expect(admitted.innerText()).resolves.toContain('Mary Somerville');

  const elsewhere = await checkInByTyping(ticketOf('Grace Hopper').code!, 'Not for this event');
  const text = await elsewhere.innerText();
  expect(text).not.toContain('Grace');
  expect(text).not.toContain(booking.reference);
  await saveScreenshots(page, 'admin-check-in-other-event');
});

test('a scan whose answer is lost says so, and trying again admits the ticket once', async () => {
  const open = await createWaiverEvent(stack.api, await loginAs(stack.api, AdminRole.ADMIN), null, {
    title: 'Tunnel Tour',
  });
  const [visitor] = (await buyTickets(stack.api, open.event, open.ticketType, ['Hedy Lamarr'])).tickets;
  const door = await openPage(browser, `${stack.siteUrl}/`, PHONE);
  try {
    await fakeCamera(door);
    await signIn(door, stack.siteUrl, admin.email, TEST_PASSWORD);
    await door.goto(`${stack.siteUrl}/admin/events/${open.event.id}/check-in`);
    await waitForHydration(door);
    // The first check-in reaches the server, but its answer never comes back (the Wi-Fi drops).
    let lost = false;
    await door.route('**/check-in?/checkIn', async (route) => {
      if (lost) return route.continue();
      lost = true;
      await route.fetch();
      await route.abort('internetdisconnected');
    });
    await door.getByRole('button', { name: 'Scan tickets with the camera' }).click();
    await showToCamera(door, visitor.code!);
    const warning = door.getByTestId('check-in-unreachable');
    await warning.waitFor();
    await expect(warning.innerText()).resolves.toContain('Could not reach the server');
    await showToCamera(door, null);
    await saveScreenshots(door, 'admin-check-in-unreachable');

    await door.getByRole('button', { name: 'Try again' }).click();
    const verdict = door.getByTestId('check-in-verdict').filter({ hasText: 'Hedy Lamarr' });
    await verdict.waitFor();
    await expect(verdict.innerText()).resolves.toContain('Admitted');
    const entries = await stack.dataSource.query(
      `SELECT 1 FROM audit_log_entry WHERE action = 'ticket.checkIn' AND object_id = $1`,
      [visitor.id],
    );
    expect(entries).toHaveLength(1);
  } finally {
    await closePage(door);
  }
});

test('without JavaScript the door form checks in by name and by code, and the CSV link downloads', async () => {
  const open = await createWaiverEvent(stack.api, await loginAs(stack.api, AdminRole.ADMIN), null, {
    title: 'Lantern Walk',
  });
  const [walker] = (await buyTickets(stack.api, open.event, open.ticketType, ['Katherine Johnson'])).tickets;
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  await watchSecurity(context);
  try {
    // No JavaScript, so no sign-in form handling either: bring a STAFF session along instead.
    const [name, value] = (await loginAs(stack.api, AdminRole.STAFF)).headers.cookie.split('=');
    await context.addCookies([{ name, value, url: stack.siteUrl }]);
    const door = await context.newPage();
    const checkInPath = `${stack.siteUrl}/admin/events/${open.event.id}/check-in`;
    await door.goto(checkInPath);
    await expect(door.getByRole('button', { name: 'Scan tickets with the camera' }).count()).resolves.toBe(0);

    await door.getByLabel('Ticket code or attendee name').fill('katherine');
    await door.getByRole('button', { name: 'Check in / find' }).click();
    await door.getByRole('button', { name: 'Check in Katherine Johnson' }).click();
    await door.getByTestId('check-in-verdict').filter({ hasText: 'Admitted' }).waitFor();

    await door.goto(checkInPath);
    await door.getByLabel('Ticket code or attendee name').fill(walker.code!);
    await door.getByRole('button', { name: 'Check in / find' }).click();
    await door.getByTestId('check-in-verdict').filter({ hasText: 'Already checked in' }).waitFor();

    await door.goto(`${stack.siteUrl}/admin/events/${open.event.id}/attendees`);
    const [download] = await Promise.all([
      door.waitForEvent('download'),
      door.getByRole('link', { name: 'Download attendees (CSV)' }).click(),
    ]);
    expect(fs.readFileSync((await download.path())!, 'utf8')).toContain('Katherine Johnson');
  } finally {
    await context.close();
  }
});
