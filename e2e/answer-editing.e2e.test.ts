/**
 * Changing answers after checkout: the buyer from the booking link (no JavaScript on those pages)
 * until the organiser's cut-off, checked as at checkout; after it, only an ADMIN from the booking's
 * admin page, audited without the answers' words.
 */
import type { Browser } from 'playwright-core';
import { AuditLogEntryEntity } from '../server/src/modules/audit/audit-log-entry.entity';
import { BookingEntity } from '../server/src/modules/bookings/booking.entity';
import type { EventEntity } from '../server/src/modules/events/event.entity';
import type { TicketTypeEntity } from '../server/src/modules/tickets/ticket-type.entity';
import { loginAs, type SignedIn } from '../server/test/auth';
import { bookViaApi } from '../server/test/bookings';
import { createEvent, createTicketType } from '../server/test/factories';
import { createQuestion, createSizeQuestions, type QuestionData } from '../server/test/questions';
import {
  closePage,
  horizontalOverflow,
  launchBrowser,
  openPage,
  saveScreenshots,
  seriousAccessibilityViolations,
  waitForHydration,
} from './support/browser';
import { signIn } from './support/admin';
import { startStack, type Stack } from './support/stack';

const PHONE_390 = { width: 390, height: 844 };

let stack: Stack;
let browser: Browser;
let camp: EventEntity;
let camper: TicketTypeEntity;
let admin: SignedIn;
let size: QuestionData;
let diet: QuestionData;
let company: QuestionData;
let token: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  camp = await createEvent(stack.dataSource, { slug: 'river-camp', title: 'River Camp', startsInDays: 20 });
  camper = await createTicketType(stack.dataSource, camp, { name: 'Camper', priceMinor: 0 });
  admin = await loginAs(stack.api);
  ({ size } = await createSizeQuestions(stack.api, admin.headers, camp.id, camper.id));
  diet = await createQuestion(stack.api, admin.headers, {
    eventId: camp.id,
    type: 'PARAGRAPH',
    scope: 'ATTENDEE',
    label: 'Dietary needs',
  });
  company = await createQuestion(stack.api, admin.headers, {
    eventId: camp.id,
    type: 'TEXT',
    scope: 'BOOKING',
    label: 'Company',
  });
  const made = await bookViaApi(stack.api, {
    eventId: camp.id,
    lines: [{ ticketTypeId: camper.id, quantity: 1 }],
    buyer: { name: 'Katherine Johnson', email: 'katherine@example.org' },
    answers: [{ questionId: company.id, textValue: 'Old Co' }],
    attendees: [
      {
        ticketTypeId: camper.id,
        sameAsBuyer: true,
        answers: [
          { questionId: size.id, choiceIds: [size.choices[0].id] },
          { questionId: diet.id, textValue: 'Vegan' },
        ],
      },
    ],
  });
  expect(made.data!.createBooking.errors).toEqual([]);
  token = made.data!.createBooking.token!;
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

test('the buyer changes their answers from the booking page, checked as at checkout', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/bookings/${token}`);
  try {
    await page.getByRole('link', { name: 'Change your answers' }).click();
    await page.waitForURL(/\/answers$/);
    const ticket = page.locator('[data-respondent="0"]');
    await expect(ticket.getByLabel('M', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(ticket.getByLabel('Dietary needs (optional)').inputValue()).resolves.toBe('Vegan');
    await expect(page.getByLabel('Company (optional)').inputValue()).resolves.toBe('Old Co');

    // L asks the follow-up, left empty: the API's word stands at it, what was typed is kept.
    await ticket.getByLabel('L', { exact: true }).check();
    await ticket.getByLabel('Dietary needs (optional)').fill('Vegetarian');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.waitForLoadState('load');
    await expect(ticket.locator('.invalid-feedback').innerText()).resolves.toBe(
      'Please answer this question.',
    );
    await expect(ticket.getByLabel('Dietary needs (optional)').inputValue()).resolves.toBe('Vegetarian');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'answer-editing-buyer-errors');
    await page.setViewportSize(PHONE_390);
    await expect(horizontalOverflow(page)).resolves.toBe(0);

    await ticket.getByLabel('Which fit?').fill('Slim');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.waitForURL(`${stack.siteUrl}/bookings/${token}?answers=saved`);
    await expect(page.locator('[data-answers-saved]').innerText()).resolves.toBe('Your answers are saved.');
    await expect(page.locator('[data-ticket] [data-answers]').innerText()).resolves.toBe(
      'T-shirt size\nL\nWhich fit?\nSlim\nDietary needs\nVegetarian',
    );
    const [entry] = await stack.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ action: 'booking.buyerUpdateAnswers' });
    expect(JSON.stringify(entry.changes)).not.toContain('Vegetarian');
  } finally {
    await closePage(page);
  }
});

test('after the organiser’s cut-off only an ADMIN changes them, from the booking’s admin page', async () => {
  const page = await openPage(browser, stack.siteUrl);
  try {
    // The organiser sets the cut-off on the event's questions page (here: already passed).
    await signIn(page, stack.siteUrl, admin.email, admin.password, `/admin/events/${camp.id}/questions`);
    // Typed before hydration, the value is put back to the server’s (empty) one: a loaded run saw it.
    await waitForHydration(page);
    await page.getByLabel(/^Until/).fill('2020-01-01T10:00');
    await page.getByRole('button', { name: 'Save cut-off' }).click();
    // The page already has a status line (the cut-off in force): wait for the notice itself, which
    // comes with the answer to the post.
    await expect(
      page.getByRole('status').filter({ hasText: 'Cut-off for changing' }).first().innerText(),
    ).resolves.toBe('Cut-off for changing answers saved.');
    await expect(page.locator('[data-answers-cutoff]').innerText()).resolves.toContain('1 Jan 2020');

    await page.goto(`${stack.siteUrl}/bookings/${token}`);
    await expect(page.getByRole('link', { name: 'Change your answers' }).count()).resolves.toBe(0);
    await page.goto(`${stack.siteUrl}/bookings/${token}/answers`);
    await expect(page.locator('[data-answers-closed]').isVisible()).resolves.toBe(true);

    const booking = await stack.dataSource
      .getRepository(BookingEntity)
      .findOneByOrFail({ buyerEmail: 'katherine@example.org' });
    await page.goto(`${stack.siteUrl}/admin/bookings/${booking.id}`);
    await page.getByRole('link', { name: 'Change answers…' }).click();
    await page.waitForURL(/\/answers$/);
    await page.getByLabel('Company (optional)').fill('Admin Co');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'answer-editing-admin');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.waitForURL(/\?answers=saved$/);
    await expect(page.getByRole('status').first().innerText()).resolves.toBe('Answers saved.');
    await expect(page.locator('section [data-answers]').first().innerText()).resolves.toBe(
      'Company\nAdmin Co',
    );
    const [entry] = await stack.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ action: 'booking.updateAnswers' });
    expect(entry).toMatchObject({ accountEmail: admin.email, objectId: booking.id });
    expect(entry.changes).toEqual({ answersChanged: { before: null, after: ['Buyer: Company'] } });
  } finally {
    await closePage(page);
  }
});
