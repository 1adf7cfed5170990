/**
 * Checkout questions in the browser: an organiser's required per-attendee choice question for one
 * ticket type with a conditional follow-up, and optional buyer and attendee questions. The buyer
 * must answer (errors at each question, in the summary too), follow-ups show as they apply with
 * JavaScript, and without it the server alone decides; the answers show on the booking page.
 */
import type { Browser, Page } from 'playwright-core';
import { BookingEntity } from '../server/src/modules/bookings/booking.entity';
import type { EventEntity } from '../server/src/modules/events/event.entity';
import type { TicketTypeEntity } from '../server/src/modules/tickets/ticket-type.entity';
import { QuestionAnswerEntity } from '../server/src/modules/questions/question-answer.entity';
import { loginAs, type SignedIn } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import { createQuestion, createSizeQuestions, type QuestionData } from '../server/test/questions';
import {
  checkPageAtBothWidths,
  closePage,
  horizontalOverflow,
  launchBrowser,
  openPage,
  pageErrors,
  saveScreenshots,
  SCREENSHOT_PHONE,
  waitForHydration,
} from './support/browser';
import { signIn } from './support/admin';
import { startStack, type Stack } from './support/stack';
import { attendee, chooseTickets, fillAttendee, fillBuyer, reserve } from './support/storefront';

let stack: Stack;
let browser: Browser;
let camp: EventEntity;
let camper: TicketTypeEntity;
let size: QuestionData;
let diet: QuestionData;
let fit: QuestionData;
let admin: SignedIn;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const db = stack.dataSource;
  camp = await createEvent(db, { slug: 'forest-camp', title: 'Forest Camp', startsInDays: 20 });
  camper = await createTicketType(db, camp, { name: 'Camper', priceMinor: 0, sortOrder: 1 });
  await createTicketType(db, camp, { name: 'Day visitor', priceMinor: 0, sortOrder: 2 });
  await createTicketType(db, camp, { name: 'Tent pitch', priceMinor: 1500, sortOrder: 3 });
  admin = await loginAs(stack.api);
  const ask = (input: Record<string, unknown>) =>
    createQuestion(stack.api, admin.headers, { eventId: camp.id, ...input });
  await ask({ type: 'TEXT', scope: 'BOOKING', label: 'Company' });
  ({ size, fit } = await createSizeQuestions(stack.api, admin.headers, camp.id, camper.id));
  diet = await ask({
    type: 'PARAGRAPH',
    scope: 'ATTENDEE',
    label: 'Dietary needs',
    showAtDoor: true,
    helpText: 'Allergies too.',
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function submit(page: Page): Promise<void> {
  await page.getByLabel(/I accept the terms of sale/).check();
  await page.getByRole('button', { name: 'Book free tickets' }).click();
  await page.waitForLoadState('load');
}

test('with JavaScript the buyer answers, follow-ups appear as they apply, and errors stand at each question', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/forest-camp`);
  try {
    await chooseTickets(page, { Camper: '1', 'Day visitor': '1' });
    await waitForHydration(page);
    await fillBuyer(page, 'Grace Hopper', 'grace@example.org');
    await fillAttendee(page, 1, 'Alan Turing');
    // The size question is asked for the camper only; its follow-up waits for "L".
    await expect(attendee(page, 1).getByText('T-shirt size').count()).resolves.toBe(0);
    await expect(attendee(page, 0).getByLabel('Which fit?').isVisible()).resolves.toBe(false);

    await submit(page);
    const summary = page.locator('[data-error-summary]');
    await expect(summary.innerText()).resolves.toContain(
      'Ticket 1: T-shirt size: Please answer this question.',
    );
    await expect(attendee(page, 0).locator('.invalid-feedback').innerText()).resolves.toBe(
      'Please answer this question.',
    );
    await expect(page.getByLabel('Full name', { exact: true }).inputValue()).resolves.toBe('Grace Hopper');
    await checkPageAtBothWidths(page, 'checkout-questions-errors');

    await attendee(page, 0).getByLabel('L', { exact: true }).check();
    await expect(attendee(page, 0).getByLabel('Which fit?').isVisible()).resolves.toBe(true);
    await submit(page);
    await expect(attendee(page, 0).locator('.invalid-feedback').innerText()).resolves.toBe(
      'Please answer this question.',
    );
    await expect(summary.innerText()).resolves.toContain('Ticket 1: Which fit?');

    await attendee(page, 0).getByLabel('Which fit?').fill('Slim');
    await attendee(page, 1).getByLabel('Dietary needs (optional)').fill('No nuts,\nno shellfish');
    await page.getByLabel('Company (optional)').fill('Compiler Co');
    await submit(page);
    await page.waitForURL(/\/bookings\/[A-Za-z0-9_-]+$/);

    await expect(page.locator('[data-answers]').first().innerText()).resolves.toBe('Company\nCompiler Co');
    const tickets = page.locator('[data-ticket] [data-answers]');
    await expect(tickets.nth(0).innerText()).resolves.toBe('T-shirt size\nL\nWhich fit?\nSlim');
    await expect(tickets.nth(1).innerText()).resolves.toBe('Dietary needs\nNo nuts,\nno shellfish');
    await checkPageAtBothWidths(page, 'checkout-questions-booking');
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});

test('Back from the payment step brings the form back with every answer, and submitting again keeps the one booking', async () => {
  const page = await openPage(browser, `${stack.siteUrl}/events/forest-camp`);
  try {
    await chooseTickets(page, { Camper: '1', 'Tent pitch': '1' });
    await waitForHydration(page);
    await fillBuyer(page, 'Mary Jackson', 'mary@example.org');
    await fillAttendee(page, 1, 'Dorothy Vaughan');
    await page.getByLabel('Company (optional)').fill('Langley');
    await attendee(page, 0).getByLabel('L', { exact: true }).check();
    await attendee(page, 0).getByLabel('Which fit?').fill('Slim');
    await attendee(page, 1).getByLabel('Dietary needs (optional)').fill('Vegetarian');
    await reserve(page);
    await page.waitForURL(/\/checkout\/pay\?booking=/);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
    await waitForHydration(page);
    await expect(page.getByLabel('Company (optional)').inputValue()).resolves.toBe('Langley');
    await expect(attendee(page, 0).getByLabel('L', { exact: true }).isChecked()).resolves.toBe(true);
    // The follow-up applies (L is picked), so it shows, with its answer.
    await expect(attendee(page, 0).getByLabel('Which fit?').isVisible()).resolves.toBe(true);
    await expect(attendee(page, 0).getByLabel('Which fit?').inputValue()).resolves.toBe('Slim');
    await expect(attendee(page, 1).getByLabel('Dietary needs (optional)').inputValue()).resolves.toBe(
      'Vegetarian',
    );
    await saveScreenshots(page, 'checkout-questions-back');

    await reserve(page);
    await page.waitForURL(/\/checkout\/pay\?booking=/);
    const bookings = await stack.dataSource
      .getRepository(BookingEntity)
      .findBy({ buyerEmail: 'mary@example.org' });
    expect(bookings).toHaveLength(1);
    const stored = await stack.dataSource
      .getRepository(QuestionAnswerEntity)
      .findBy({ bookingId: bookings[0].id });
    expect(stored).toHaveLength(4);
    expect(stored.flatMap((answer) => answer.textValue ?? []).sort()).toEqual([
      'Langley',
      'Slim',
      'Vegetarian',
    ]);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});

test('without JavaScript every question shows, the server asks for what is missing and drops a follow-up that does not apply', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: SCREENSHOT_PHONE });
  const page = await context.newPage();
  try {
    await page.goto(`${stack.siteUrl}/events/forest-camp`);
    await page.getByLabel('Quantity of Camper').selectOption('1');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/checkout\?/);
    const follow = attendee(page, 0).getByLabel('Which fit?');
    await expect(follow.isVisible()).resolves.toBe(true);
    await expect(attendee(page, 0).getByText('Only if “T-shirt size” is “L”.').count()).resolves.toBe(1);

    await fillBuyer(page, 'Hedy Lamarr', 'hedy@example.org');
    await follow.fill('Regular');
    await submit(page);
    await expect(attendee(page, 0).locator('.invalid-feedback').innerText()).resolves.toBe(
      'Please answer this question.',
    );
    // What was typed is kept for the next try.
    await expect(follow.inputValue()).resolves.toBe('Regular');
    await expect(horizontalOverflow(page)).resolves.toBe(0);

    await attendee(page, 0).getByLabel('M', { exact: true }).check();
    await submit(page);
    await page.waitForURL(/\/bookings\/[A-Za-z0-9_-]+$/);
    await expect(page.locator('[data-ticket] [data-answers]').innerText()).resolves.toBe('T-shirt size\nM');
    // "Which fit?" applies to L only: its answer was not stored.
    const booking = await stack.dataSource
      .getRepository(BookingEntity)
      .findOneByOrFail({ buyerEmail: 'hedy@example.org' });
    const stored = await stack.dataSource
      .getRepository(QuestionAnswerEntity)
      .findBy({ bookingId: booking.id });
    expect(stored.map((answer) => answer.questionId)).not.toContain(fit.id);
    expect(stored).toHaveLength(1);
  } finally {
    await context.close();
  }
});

test('the organiser sees the answers on the booking’s admin page, at the door and counted per choice', async () => {
  const made = await stack.api.graphql<{
    createBooking: { booking: { id: string; tickets: { code: string }[] } };
  }>(
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id tickets { code } } } }`,
    {
      input: {
        eventId: camp.id,
        lines: [{ ticketTypeId: camper.id, quantity: 1 }],
        buyer: { name: 'Ada Lovelace', email: 'ada@example.org' },
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
      },
    },
  );
  const booking = made.data!.createBooking.booking;
  const page = await openPage(browser, stack.siteUrl);
  try {
    await signIn(page, stack.siteUrl, admin.email, admin.password, `/admin/bookings/${booking.id}`);
    await expect(page.locator('td [data-answers]').innerText()).resolves.toBe(
      'T-shirt size\nM\nDietary needs\nVegan',
    );

    await page.goto(`${stack.siteUrl}/admin/events/${camp.id}/check-in`);
    await page.getByLabel('Ticket code or attendee name').fill(booking.tickets[0].code);
    await page.getByRole('button', { name: 'Check in / find' }).click();
    await page.getByTestId('check-in-verdict').waitFor();
    // Only the questions marked "show at the door" appear there.
    await expect(page.locator('[data-testid="door-answers"]').innerText()).resolves.toBe(
      'Dietary needs\nVegan',
    );

    // The attendee list shows the question columns the organiser picks.
    await page.goto(`${stack.siteUrl}/admin/events/${camp.id}/attendees?q=Ada`);
    await page.locator('[data-question-columns] summary').click();
    await page.getByLabel('T-shirt size', { exact: true }).check();
    await page.getByLabel('Dietary needs', { exact: true }).check();
    await page.getByRole('button', { name: 'Show columns' }).click();
    await page.waitForURL(/col=/);
    const row = page.locator(`tr[data-ticket-id]`).filter({ hasText: 'Ada Lovelace' });
    await expect(row.locator('[data-answer-column="T-shirt size"]').innerText()).resolves.toBe('M');
    await expect(row.locator('[data-answer-column="Dietary needs"]').innerText()).resolves.toBe('Vegan');
    await saveScreenshots(page, 'checkout-questions-attendee-columns');

    await page.goto(`${stack.siteUrl}/admin/events/${camp.id}/answers`);
    const sizes = page.locator('[data-answer-summary]').filter({ hasText: 'T-shirt size' });
    await expect(sizes.locator('tbody').innerText()).resolves.toMatch(/^M\t\d+\nL\t\d+$/);
    await checkPageAtBothWidths(page, 'checkout-questions-answers-overview');
  } finally {
    await closePage(page);
  }
});
