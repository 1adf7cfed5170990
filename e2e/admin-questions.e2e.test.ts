/**
 * The organiser's questions page: reached from the event editor, it adds a required per-attendee
 * choice question for one ticket type and a follow-up that depends on one of its choices, names
 * problems at their fields, renames a choice (answers keep it), reorders, hides and deletes; at 390
 * px nothing scrolls sideways. What the page saves is what the checkout then asks.
 */
import type { Browser, Page } from 'playwright-core';
import type { EventEntity } from '../server/src/modules/events/event.entity';
import type { TicketTypeEntity } from '../server/src/modules/tickets/ticket-type.entity';
import { loginAs, type SignedIn } from '../server/test/auth';
import { createEvent, createTicketType } from '../server/test/factories';
import {
  checkPageAtBothWidths,
  closePage,
  horizontalOverflow,
  launchBrowser,
  openPage,
  pageErrors,
  SCREENSHOT_PHONE,
  waitForHydration,
} from './support/browser';
import { signIn } from './support/admin';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Browser;
let camp: EventEntity;
let camper: TicketTypeEntity;
let admin: SignedIn;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const db = stack.dataSource;
  camp = await createEvent(db, { slug: 'lake-camp', title: 'Lake Camp', startsInDays: 20 });
  camper = await createTicketType(db, camp, { name: 'Camper', priceMinor: 0, sortOrder: 1 });
  await createTicketType(db, camp, { name: 'Day visitor', priceMinor: 0, sortOrder: 2 });
  admin = await loginAs(stack.api);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const questionsUrl = () => `${stack.siteUrl}/admin/events/${camp.id}/questions`;
const newForm = (page: Page) => page.locator('form[data-question-form="new"]');
const editForm = (page: Page) => page.locator('form[data-question-form="edit"]');
const row = (page: Page, label: string) => page.locator(`tr[data-question="${label}"]`);

async function notice(page: Page): Promise<string> {
  await page.waitForLoadState('load');
  return page.getByRole('status').first().innerText();
}

/** The questions the public event offers the checkout, as a shopper's query reads them. */
async function publicQuestions() {
  const response = await stack.api.graphql<{
    event: {
      questions: {
        label: string;
        scope: string;
        required: boolean;
        ticketTypeIds: string[];
        choices: { id: string; label: string }[];
        dependsOn: { questionId: string; choiceId: string | null } | null;
        id: string;
      }[];
    };
  }>(
    `query ($slug: String!) { event(slug: $slug) { questions { id label scope required ticketTypeIds
       choices { id label } dependsOn { questionId choiceId } } } }`,
    { slug: 'lake-camp' },
  );
  return response.data!.event.questions;
}

test('an organiser adds a required choice question for one ticket type and a follow-up, and the checkout asks them', async () => {
  const page = await openPage(browser, stack.siteUrl);
  try {
    await signIn(page, stack.siteUrl, admin.email, admin.password, `/admin/events/${camp.id}`);
    await page.getByRole('link', { name: 'Checkout questions' }).click();
    await page.waitForURL(questionsUrl());
    await waitForHydration(page);
    await checkPageAtBothWidths(page, 'admin-questions-empty');

    // A choice question without choices: the API's refusal stands at the choices, typed text kept.
    const form = newForm(page);
    await form.getByLabel('Question', { exact: true }).fill('T-shirt size');
    await form.getByLabel('Type of answer').selectOption('ONE_CHOICE');
    await form.getByLabel('Must be answered').check();
    await form.getByLabel('Camper').check();
    await form.getByRole('button', { name: 'Add question' }).click();
    await page.waitForLoadState('load');
    await expect(newForm(page).locator('.invalid-feedback').innerText()).resolves.toBe(
      'Offer at least one choice.',
    );
    await expect(newForm(page).getByLabel('Question', { exact: true }).inputValue()).resolves.toBe(
      'T-shirt size',
    );
    await expect(newForm(page).getByLabel('Camper').isChecked()).resolves.toBe(true);

    await newForm(page).getByLabel('Choices, one a line').fill('S\nM\nL');
    await newForm(page).getByRole('button', { name: 'Add question' }).click();
    await expect(notice(page)).resolves.toBe('Question “T-shirt size” added.');

    // With JavaScript, a text question hides the choice and bound fields it does not use.
    await waitForHydration(page);
    await expect(newForm(page).getByLabel('Choices, one a line').isVisible()).resolves.toBe(false);
    await newForm(page).getByLabel('Question', { exact: true }).fill('Which fit?');
    await newForm(page).getByLabel('Ask it').selectOption({ label: 'Only if “T-shirt size” is “L”' });
    await newForm(page).getByRole('button', { name: 'Add question' }).click();
    await expect(notice(page)).resolves.toBe('Question “Which fit?” added.');

    await expect(row(page, 'T-shirt size').innerText()).resolves.toMatch(
      /T-shirt size\s+Required[\s\S]*One choice\s+S, M, L[\s\S]*Of each attendee; Camper/,
    );
    await expect(row(page, 'Which fit?').innerText()).resolves.toContain('Only if “T-shirt size” is “L”.');
    await checkPageAtBothWidths(page, 'admin-questions-list');

    const [size, fit] = await publicQuestions();
    expect(size).toMatchObject({
      label: 'T-shirt size',
      scope: 'ATTENDEE',
      required: true,
      ticketTypeIds: [camper.id],
    });
    expect(size.choices.map((choice) => choice.label)).toEqual(['S', 'M', 'L']);
    expect(fit.dependsOn).toEqual({ questionId: size.id, choiceId: size.choices[2].id });
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});

test('renaming a choice keeps the answers that picked it; questions move, hide and delete only when unanswered', async () => {
  const [size] = await publicQuestions();
  const medium = size.choices.find((choice) => choice.label === 'M')!;
  const booked = await stack.api.graphql<{ createBooking: { errors: unknown[] } }>(
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { errors { message } } }`,
    {
      input: {
        eventId: camp.id,
        lines: [{ ticketTypeId: camper.id, quantity: 1 }],
        buyer: { name: 'Ada Lovelace', email: 'ada@example.org' },
        attendees: [
          {
            ticketTypeId: camper.id,
            sameAsBuyer: true,
            answers: [{ questionId: size.id, choiceIds: [medium.id] }],
          },
        ],
      },
    },
  );
  expect(booked.data!.createBooking.errors).toEqual([]);

  const page = await openPage(browser, stack.siteUrl);
  try {
    await signIn(page, stack.siteUrl, admin.email, admin.password, `/admin/events/${camp.id}/questions`);
    await row(page, 'T-shirt size').getByRole('link', { name: 'Edit T-shirt size' }).click();
    await page.waitForURL(/\?edit=/);
    const form = editForm(page);
    await expect(form.locator('[data-question-kind]').innerText()).resolves.toMatch(
      /^One choice, asked of each attendee/,
    );
    await form.getByLabel('Choice 2', { exact: true }).fill('Medium');
    await form.getByLabel('Hidden (choice 1)').check();
    await form.getByLabel('Add choices, one a line').fill('XL');
    await checkPageAtBothWidths(page, 'admin-questions-edit');
    await form.getByRole('button', { name: 'Save question' }).click();
    await expect(notice(page)).resolves.toBe('Question “T-shirt size” saved.');
    await expect(row(page, 'T-shirt size').locator('[data-question-choices]').innerText()).resolves.toBe(
      'Medium, L, XL, S (hidden)',
    );

    // The booking's answer now reads "Medium": the same choice, renamed.
    await page.goto(`${stack.siteUrl}/admin/events/${camp.id}/answers`);
    const sizes = page.locator('[data-answer-summary]').filter({ hasText: 'T-shirt size' });
    await expect(sizes.locator('tbody').innerText()).resolves.toMatch(/^Medium\t1$/m);

    await page.goto(questionsUrl());
    await row(page, 'Which fit?').getByRole('button', { name: 'Up Which fit?' }).click();
    await expect(notice(page)).resolves.toBe('Order saved.');
    await expect(
      page.locator('tr[data-question]').evaluateAll((rows) => rows.map((r) => r.dataset.question)),
    ).resolves.toEqual(['Which fit?', 'T-shirt size']);

    // Answered: deleting is refused with the reason; hiding works and the checkout stops asking it.
    await row(page, 'T-shirt size').getByRole('button', { name: 'Delete T-shirt size' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('alert').innerText()).resolves.toBe('It has answers: hide it instead.');
    await row(page, 'Which fit?').getByRole('button', { name: 'Hide Which fit?' }).click();
    await expect(notice(page)).resolves.toContain('“Which fit?” is hidden');
    await expect(row(page, 'Which fit?').innerText()).resolves.toContain('Hidden');
    expect((await publicQuestions()).map((question) => question.label)).toEqual(['T-shirt size']);

    await row(page, 'Which fit?').getByRole('button', { name: 'Delete Which fit?' }).click();
    await expect(notice(page)).resolves.toBe('Question deleted.');
    await expect(page.locator('tr[data-question]').count()).resolves.toBe(1);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});

test('without JavaScript the page adds and edits questions too, every field showing', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: SCREENSHOT_PHONE });
  const page = await context.newPage();
  try {
    await signIn(page, stack.siteUrl, admin.email, admin.password, `/admin/events/${camp.id}/questions`);
    const form = newForm(page);
    await form.getByLabel('Question', { exact: true }).fill('Age');
    await form.getByLabel('Type of answer').selectOption('NUMBER');
    await form.getByLabel('Smallest number allowed (number questions)').fill('ten');
    await form.getByRole('button', { name: 'Add question' }).click();
    await page.waitForLoadState('load');
    await expect(newForm(page).locator('.invalid-feedback').innerText()).resolves.toBe(
      'Enter a number, or leave it empty.',
    );
    await newForm(page).getByLabel('Smallest number allowed (number questions)').fill('16');
    await newForm(page).getByLabel('Largest number allowed (number questions)').fill('12');
    await newForm(page).getByRole('button', { name: 'Add question' }).click();
    await page.waitForLoadState('load');
    await expect(newForm(page).locator('.invalid-feedback').innerText()).resolves.toBe(
      'The smallest answer allowed must not be above the largest.',
    );
    await newForm(page).getByLabel('Largest number allowed (number questions)').fill('120');
    await newForm(page).getByRole('button', { name: 'Add question' }).click();
    await expect(notice(page)).resolves.toBe('Question “Age” added.');
    await expect(row(page, 'Age').innerText()).resolves.toContain('16 to 120');
    await expect(horizontalOverflow(page)).resolves.toBe(0);

    await row(page, 'Age').getByRole('link', { name: 'Edit Age' }).click();
    await editForm(page).getByLabel('Question', { exact: true }).fill('');
    await editForm(page).getByRole('button', { name: 'Save question' }).click();
    await page.waitForLoadState('load');
    await expect(editForm(page).locator('.invalid-feedback').innerText()).resolves.toBe('must not be empty');
    await editForm(page).getByLabel('Question', { exact: true }).fill('Age on the day');
    await editForm(page).getByLabel('Show the answer at the door (check-in screen)').check();
    await editForm(page).getByRole('button', { name: 'Save question' }).click();
    await expect(notice(page)).resolves.toBe('Question “Age on the day” saved.');
    await expect(row(page, 'Age on the day').innerText()).resolves.toContain('At the door');
  } finally {
    await context.close();
  }
});
