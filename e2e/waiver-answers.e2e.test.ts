/**
 * Waivers that require answers (#20 point 5): the admin ticks the questions when saving a version,
 * and the signing page (without JavaScript) asks the attendee the missing answers, shows the API's
 * error at each one, and signs once they are given; they are stored as the booking's typed answers.
 */
import type { Browser } from 'playwright-core';
import type { EventEntity } from '../server/src/modules/events/event.entity';
import type { TicketTypeEntity } from '../server/src/modules/tickets/ticket-type.entity';
import { loginAs, type SignedIn } from '../server/test/auth';
import { bookViaApi } from '../server/test/bookings';
import { createEvent, createTicketType } from '../server/test/factories';
import { createQuestion, type QuestionData } from '../server/test/questions';
import { SET_EVENT_WAIVER } from '../server/test/waivers';
import {
  closePage,
  horizontalOverflow,
  launchBrowser,
  newPage,
  saveScreenshots,
  SCREENSHOT_PHONE,
  seriousAccessibilityViolations,
} from './support/browser';
import { signIn } from './support/admin';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;
let climb: EventEntity;
let climber: TicketTypeEntity;
let admin: SignedIn;
let birth: QuestionData;
let phone: QuestionData;

const OPEN = /* GraphQL */ `
  mutation ($input: OpenWaiverSigningInput!) {
    openWaiverSigning(input: $input) {
      signingToken
    }
  }
`;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  climb = await createEvent(stack.dataSource, { slug: 'rock-climb', title: 'Rock Climb', startsInDays: 20 });
  climber = await createTicketType(stack.dataSource, climb, { name: 'Climber', priceMinor: 0 });
  admin = await loginAs(stack.api);
  const ask = (input: Record<string, unknown>) =>
    createQuestion(stack.api, admin.headers, { eventId: climb.id, ...input });
  birth = await ask({ type: 'DATE', scope: 'ATTENDEE', label: 'Date of birth' });
  phone = await ask({ type: 'PHONE', scope: 'BOOKING', label: 'Emergency phone' });
  await ask({ type: 'TEXT', scope: 'ATTENDEE', label: 'Shoe size' });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

test('the admin picks the answers a new waiver version requires, and the version shows them', async () => {
  const page = await newPage(browser);
  try {
    await signIn(page, stack.siteUrl, admin.email, admin.password, `/admin/events/${climb.id}/waiver`);
    await page.getByLabel('Waiver text (plain text)').fill('I climb at my own risk.');
    const questions = page.getByTestId('waiver-questions');
    await questions.getByLabel('Date of birth').check();
    await questions.getByLabel('Emergency phone').check();
    await page.getByRole('button', { name: 'Require this waiver…' }).click();
    await page.getByRole('button', { name: 'Yes, save version 1' }).click();
    await page.getByText('Version 1 saved').waitFor();
    await expect(page.getByTestId('version-questions').innerText()).resolves.toBe(
      'Answers required before signing: Date of birth, Emergency phone',
    );
    // The next version starts from the questions of the latest one.
    await expect(questions.getByLabel('Date of birth').isChecked()).resolves.toBe(true);
    await expect(questions.getByLabel('Shoe size').isChecked()).resolves.toBe(false);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshots(page, 'waiver-admin-required-answers');
  } finally {
    await closePage(page);
  }
});

test('without JavaScript the signing page asks the missing answers, names each one, then signs', async () => {
  const set = await stack.api.graphql<{ setEventWaiver: { errors: unknown[] } }>(
    SET_EVENT_WAIVER,
    {
      input: {
        eventId: climb.id,
        text: 'I climb at my own risk.',
        requiredQuestionIds: [birth.id, phone.id],
      },
    },
    admin.headers,
  );
  expect(set.data?.setEventWaiver.errors).toEqual([]);
  const made = await bookViaApi(stack.api, {
    eventId: climb.id,
    lines: [{ ticketTypeId: climber.id, quantity: 1 }],
    buyer: { name: 'Alex Honnold', email: 'alex@example.org' },
    attendees: [{ ticketTypeId: climber.id, sameAsBuyer: true }],
  });
  expect(made.data!.createBooking.errors).toEqual([]);
  const bookingToken = made.data!.createBooking.token!;
  const ticketId = made.data!.createBooking.booking!.tickets[0].id;
  const opened = await stack.api.graphql<{ openWaiverSigning: { signingToken: string } }>(OPEN, {
    input: { bookingToken, ticketId },
  });
  const token = opened.data!.openWaiverSigning.signingToken;

  // As it first shows, with JavaScript (axe needs it): the questions to answer, the waiver, the form.
  const first = await newPage(browser);
  try {
    await first.goto(`${stack.siteUrl}/waivers/${token}`);
    await expect(first.locator('[data-waiver-questions] legend').innerText()).resolves.toBe(
      'Answers needed before signing',
    );
    await expect(seriousAccessibilityViolations(first)).resolves.toEqual([]);
    await saveScreenshots(first, 'waiver-signing-questions');
  } finally {
    await closePage(first);
  }

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: SCREENSHOT_PHONE });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  try {
    await page.goto(`${stack.siteUrl}/waivers/${token}`);
    const asked = page.locator('[data-waiver-questions]');
    await page.getByLabel('Your full name').fill('Alex Honnold');
    await page.getByLabel('I have read the waiver above and agree to it.').check();
    await page.getByRole('button', { name: 'Sign the waiver' }).click();
    await page.waitForLoadState('load');
    // The API's refusal, one error at each missing answer; the name typed is kept.
    await expect(asked.locator('.invalid-feedback').allInnerTexts()).resolves.toEqual([
      'Answer “Date of birth” before signing.',
      'Answer “Emergency phone” before signing.',
    ]);
    await expect(page.getByLabel('Your full name').inputValue()).resolves.toBe('Alex Honnold');
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await saveScreenshots(page, 'waiver-signing-missing-answers');

    await asked.getByLabel('Date of birth').fill('1985-08-17');
    await asked.getByLabel('Emergency phone').fill('+44 20 7946 0958');
    await page.getByLabel('I have read the waiver above and agree to it.').check();
    await page.getByRole('button', { name: 'Sign the waiver' }).click();
    await page.waitForURL(/\?signed$/);
    await expect(page.locator('[data-waiver-state]').getAttribute('data-waiver-state')).resolves.toBe(
      'signed',
    );
    await saveScreenshots(page, 'waiver-signing-answers-signed');

    const rows = await stack.dataSource.query(
      `SELECT ticket_id, date_value::text AS date_value, text_value FROM question_answer
        WHERE question_id = ANY($1::uuid[]) ORDER BY ticket_id NULLS FIRST`,
      [[birth.id, phone.id]],
    );
    expect(rows).toEqual([
      { ticket_id: null, date_value: null, text_value: '+44 20 7946 0958' },
      { ticket_id: ticketId, date_value: '1985-08-17', text_value: null },
    ]);
  } catch (problem) {
    await page.screenshot({ path: 'test-artifacts/e2e/debug-waiver.png', fullPage: true });
    console.log(page.url());
    throw problem;
  } finally {
    await context.close();
  }
});
