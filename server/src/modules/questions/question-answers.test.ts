import { loginAs, type SignedIn } from '../../../test/auth';
import { bookViaApi, type CreateBookingData } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import {
  ANSWER_FIELDS,
  createQuestion,
  createSizeQuestions,
  UPDATE_QUESTION,
  type AnswerData,
  type QuestionData,
} from '../../../test/questions';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { BookingEntity } from '../bookings/booking.entity';
import { EmailKind, EmailMessageEntity } from '../email/email-message.entity';
import type { EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { QuestionAnswerChoiceEntity, QuestionAnswerEntity } from './question-answer.entity';

const BOOKING_ANSWERS = `query ($token: String!) { booking(token: $token) {
  answers { ...AnswerFields } tickets { id ticketTypeId answers { ...AnswerFields } } } } ${ANSWER_FIELDS}`;
const ADMIN_BOOKING = `query ($id: ID!) { adminBooking(id: $id) {
  answers { ...AnswerFields } tickets { ticketId answers { ...AnswerFields } doorAnswers { label display } } } } ${ANSWER_FIELDS}`;
const SUMMARY = `query ($eventId: ID!) { questionAnswerSummaries(eventId: $eventId) {
  question { label } answered counts { label count } } }`;
const DELETE = `mutation ($id: ID!) { deleteQuestion(id: $id) { deletedId errors { code field } } }`;

interface BookingAnswers {
  answers: AnswerData[];
  tickets: { id: string; ticketTypeId: string; answers: AnswerData[] }[];
}

let server: TestServer;
let admin: SignedIn;
let event: EventEntity;
let standard: TicketTypeEntity;
let child: TicketTypeEntity;
let size: QuestionData;
let fit: QuestionData;
let diet: QuestionData;
let company: QuestionData;

beforeEach(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
  event = await createEvent(server.dataSource, { slug: 'festival' });
  standard = await createTicketType(server.dataSource, event, { name: 'Standard', priceMinor: 2500 });
  child = await createTicketType(server.dataSource, event, { name: 'Child', priceMinor: 0, sortOrder: 1 });
  const ask = (input: Record<string, unknown>) =>
    createQuestion(server, admin.headers, { eventId: event.id, ...input });
  // A required per-attendee choice for one ticket type, with a conditional follow-up.
  ({ size, fit } = await createSizeQuestions(server, admin.headers, event.id, standard.id));
  diet = await ask({ type: 'PARAGRAPH', scope: 'ATTENDEE', label: 'Dietary needs', showAtDoor: true });
  company = await ask({ type: 'TEXT', scope: 'BOOKING', label: 'Company' });
});

afterEach(async () => {
  await server.close();
});

const pick = (question: QuestionData, index: number) => ({
  questionId: question.id,
  choiceIds: [question.choices[index].id],
});
const text = (question: QuestionData, value: string) => ({ questionId: question.id, textValue: value });

async function book(input: Record<string, unknown>): Promise<CreateBookingData['createBooking']> {
  const response = await bookViaApi(server, input);
  expect(response.errors).toBeUndefined();
  return response.data!.createBooking;
}

async function answersOf(token: string): Promise<BookingAnswers> {
  const response = await server.graphql<{ booking: BookingAnswers }>(BOOKING_ANSWERS, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.booking;
}

function attendees(answers: Record<string, unknown>[][], ticketType = standard) {
  return answers.map((given, index) => ({
    ticketTypeId: ticketType.id,
    name: `Attendee ${index + 1}`,
    sameAsBuyer: false,
    answers: given,
  }));
}

describe('answering at checkout', () => {
  it('asks the required question only for its ticket type, and its follow-up only when it applies', async () => {
    const refused = await book({
      ...bookingInput(event, [
        [standard, 2],
        [child, 1],
      ]),
      attendees: [
        ...attendees([[], [pick(size, 1)]]),
        // The child ticket is not asked the size question at all.
        ...attendees([[]], child),
      ],
    });

    expect(refused.booking).toBeNull();
    expect(refused.errors.map((error) => [error.code, error.field])).toEqual([
      ['ANSWER_MISSING', `attendees.0.answers.${size.id}`],
      ['ANSWER_MISSING', `attendees.1.answers.${fit.id}`],
    ]);
    expect(await server.dataSource.getRepository(BookingEntity).count()).toBe(0);
  });

  it('stores typed answers with the booking, and drops the answer to a follow-up that does not apply', async () => {
    const made = await book({
      ...bookingInput(event, [[standard, 2]]),
      attendees: attendees([
        [pick(size, 0), text(fit, 'ignored: M has no follow-up'), text(diet, 'No nuts')],
        [pick(size, 1), text(fit, 'Slim')],
      ]),
      answers: [text(company, 'ACME Ltd')],
    });
    expect(made.errors).toEqual([]);

    const seen = await answersOf(made.token!);
    expect(seen.answers.map((answer) => [answer.label, answer.display])).toEqual([['Company', 'ACME Ltd']]);
    expect(
      seen.tickets.map((ticket) => ticket.answers.map((answer) => [answer.label, answer.display])),
    ).toEqual([
      [
        ['T-shirt size', 'M'],
        ['Dietary needs', 'No nuts'],
      ],
      [
        ['T-shirt size', 'L'],
        ['Which fit?', 'Slim'],
      ],
    ]);
    // Typed rows: the choice picked is a row of its own, the buyer's answer has no ticket.
    const rows = await server.dataSource.getRepository(QuestionAnswerEntity).find();
    expect(rows).toHaveLength(5);
    expect(rows.find((row) => row.questionId === company.id)).toMatchObject({
      ticketId: null,
      textValue: 'ACME Ltd',
    });
    expect(
      await server.dataSource
        .getRepository(QuestionAnswerChoiceEntity)
        .countBy({ choiceId: size.choices[1].id }),
    ).toBe(1);
  });

  it('checks every answer against its type in one pass, naming each field', async () => {
    const ask = (input: Record<string, unknown>) =>
      createQuestion(server, admin.headers, {
        eventId: event.id,
        scope: 'BOOKING',
        label: input.type,
        ...input,
      });
    const age = await ask({ type: 'NUMBER', minNumber: 18, maxNumber: 120 });
    const born = await ask({ type: 'DATE' });
    const country = await ask({ type: 'COUNTRY' });
    const phone = await ask({ type: 'PHONE' });
    const email = await ask({ type: 'EMAIL' });
    const newsletter = await ask({ type: 'YES_NO', required: true });

    const refused = await book({
      ...bookingInput(event, [[standard, 1]]),
      attendees: attendees([[pick(size, 0), { questionId: company.id, textValue: 'buyer question' }]]),
      answers: [
        { questionId: age.id, numberValue: 12 },
        { questionId: born.id, dateValue: '2001-02-30' },
        { questionId: country.id, textValue: 'Atlantis' },
        { questionId: phone.id, textValue: '12' },
        { questionId: email.id, textValue: 'not-an-address' },
        { questionId: '00000000-0000-4000-8000-000000000000', textValue: 'x' },
      ],
    });

    expect(refused.errors.map((error) => [error.code, error.field])).toEqual(
      expect.arrayContaining([
        ['ANSWER_INVALID', `answers.${age.id}`],
        ['ANSWER_INVALID', `answers.${born.id}`],
        ['ANSWER_INVALID', `answers.${country.id}`],
        ['ANSWER_INVALID', `answers.${phone.id}`],
        ['ANSWER_INVALID', `answers.${email.id}`],
        ['ANSWER_INVALID', 'answers.00000000-0000-4000-8000-000000000000'],
        ['ANSWER_MISSING', `answers.${newsletter.id}`],
        ['ANSWER_INVALID', `attendees.0.answers.${company.id}`],
      ]),
    );
    expect(refused.errors).toHaveLength(8);
    // Messages never repeat what was typed (answers are personal data).
    expect(JSON.stringify(refused.errors)).not.toMatch(/Atlantis|not-an-address/);

    const made = await book({
      ...bookingInput(event, [[standard, 1]]),
      attendees: attendees([[pick(size, 0)]]),
      answers: [
        { questionId: age.id, numberValue: 42.5 },
        { questionId: born.id, dateValue: '1984-02-29' },
        { questionId: country.id, textValue: 'de' },
        { questionId: phone.id, textValue: '+44 20 7946 0958' },
        { questionId: email.id, textValue: 'ana@example.org' },
        { questionId: newsletter.id, booleanValue: false },
      ],
    });
    expect(made.errors).toEqual([]);
    const seen = await answersOf(made.token!);
    expect(seen.answers.map((answer) => answer.display)).toEqual([
      '42.5',
      '1984-02-29',
      'Germany',
      '+44 20 7946 0958',
      'ana@example.org',
      'No',
    ]);
  });

  it('stores the answers of a free booking in its transaction, and the confirmation e-mail sums them up', async () => {
    const made = await book({
      ...bookingInput(event, [[child, 1]]),
      attendees: attendees([[text(diet, 'Gluten-free')]], child),
      answers: [text(company, '<b>ACME</b>')],
    });

    expect(made.booking!.status).toBe('CONFIRMED');
    expect((await answersOf(made.token!)).tickets[0].answers.map((answer) => answer.display)).toEqual([
      'Gluten-free',
    ]);
    const mail = await server.dataSource
      .getRepository(EmailMessageEntity)
      .findOneByOrFail({ kind: EmailKind.BOOKING_CONFIRMATION });
    expect(mail.text).toContain(
      'Your answers:\n- You, Company: <b>ACME</b>\n- Ticket 1: Attendee 1, Dietary needs: Gluten-free\n',
    );
    expect(mail.html).toContain('Your answers');
    expect(mail.html).toContain('&lt;b&gt;ACME&lt;/b&gt;');
  });

  it('keeps the answers of bookings made at the same time apart', async () => {
    const count = 12;
    const made = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        book({
          ...bookingInput(event, [[standard, 2]]),
          attendees: attendees([
            [
              pick(size, index % 2),
              ...(index % 2 ? [text(fit, `fit ${index}`)] : []),
              text(diet, `diet ${index}-a`),
            ],
            [pick(size, 0), text(diet, `diet ${index}-b`)],
          ]),
          answers: [text(company, `company ${index}`)],
        }),
      ),
    );

    for (const [index, result] of made.entries()) {
      expect(result.errors).toEqual([]);
      const seen = await answersOf(result.token!);
      expect(seen.answers[0].display).toBe(`company ${index}`);
      expect(seen.tickets.map((ticket) => ticket.answers.map((answer) => answer.display))).toEqual([
        [index % 2 ? 'L' : 'M', ...(index % 2 ? [`fit ${index}`] : []), `diet ${index}-a`],
        ['M', `diet ${index}-b`],
      ]);
    }
  });
});

describe('answers after checkout', () => {
  async function bookWithAnswers() {
    const made = await book({
      ...bookingInput(event, [[standard, 1]]),
      attendees: attendees([[pick(size, 1), text(fit, 'Regular'), text(diet, 'Vegan')]]),
      answers: [text(company, 'ACME Ltd')],
    });
    expect(made.errors).toEqual([]);
    return made.booking!;
  }

  it('keeps answers when a choice is renamed, hides an answered choice left out, and refuses to delete an answered question', async () => {
    await bookWithAnswers();

    const renamed = await server.graphql<{ updateQuestion: { question: QuestionData } }>(
      UPDATE_QUESTION,
      { input: { id: size.id, choices: [{ id: size.choices[0].id, label: 'Medium' }] } },
      admin.headers,
    );
    const deleted = await server.graphql<{ deleteQuestion: { deletedId: string | null; errors: unknown[] } }>(
      DELETE,
      { id: size.id },
      admin.headers,
    );

    // "L" was picked: left out of the list, it is hidden, not deleted (and the follow-up on it stays valid).
    expect(renamed.data!.updateQuestion.question.choices).toEqual([
      { id: size.choices[0].id, label: 'Medium', hidden: false },
      { id: size.choices[1].id, label: 'L', hidden: true },
    ]);
    expect(deleted.data!.deleteQuestion).toEqual({
      deletedId: null,
      errors: [{ code: 'HAS_ANSWERS', field: 'id' }],
    });
  });

  it('shows ADMIN every answer and STAFF only those shown at the door', async () => {
    const booking = await bookWithAnswers();
    const staff = await loginAs(server, AdminRole.STAFF);
    type AdminView = {
      adminBooking: {
        answers: AnswerData[];
        tickets: { answers: AnswerData[]; doorAnswers: { label: string; display: string }[] }[];
      };
    };

    const asAdmin = await server.graphql<AdminView>(ADMIN_BOOKING, { id: booking.id }, admin.headers);
    const asStaff = await server.graphql<AdminView>(ADMIN_BOOKING, { id: booking.id }, staff.headers);

    expect(asAdmin.data!.adminBooking.answers.map((answer) => answer.display)).toEqual(['ACME Ltd']);
    expect(asAdmin.data!.adminBooking.tickets[0].answers.map((answer) => answer.display)).toEqual([
      'L',
      'Regular',
      'Vegan',
    ]);
    expect(asStaff.data!.adminBooking.answers).toEqual([]);
    expect(asStaff.data!.adminBooking.tickets[0].answers.map((answer) => answer.display)).toEqual(['Vegan']);
    expect(asStaff.data!.adminBooking.tickets[0].doorAnswers).toEqual([
      { label: 'Dietary needs', display: 'Vegan' },
    ]);
  });

  it('counts the answers per choice over confirmed bookings', async () => {
    const seat = await createQuestion(server, admin.headers, {
      eventId: event.id,
      type: 'ONE_CHOICE',
      scope: 'ATTENDEE',
      label: 'Seat',
      ticketTypeIds: [child.id],
      choices: [{ label: 'Front' }, { label: 'Back' }],
    });
    // Free bookings are confirmed at once; the paid one only holds seats and is not counted.
    for (const index of [0, 1, 1]) {
      const made = await book({
        ...bookingInput(event, [[child, 1]]),
        attendees: attendees([[pick(seat, index)]], child),
      });
      expect(made.errors).toEqual([]);
    }
    await bookWithAnswers();

    const response = await server.graphql<{
      questionAnswerSummaries: {
        question: { label: string };
        answered: number;
        counts: { label: string; count: number }[];
      }[];
    }>(SUMMARY, { eventId: event.id }, admin.headers);

    const byLabel = new Map(
      response.data!.questionAnswerSummaries.map((summary) => [summary.question.label, summary]),
    );
    expect(byLabel.get('Seat')).toEqual({
      question: { label: 'Seat' },
      answered: 3,
      counts: [
        { label: 'Front', count: 1 },
        { label: 'Back', count: 2 },
      ],
    });
    expect(byLabel.get('T-shirt size')!.answered).toBe(0);
  });

  it('exports one formula-safe column per question in the attendees CSV; STAFF get the door questions only', async () => {
    const made = await book({
      ...bookingInput(event, [[child, 1]]),
      attendees: attendees([[text(diet, '=SUM(A1)')]], child),
      answers: [text(company, 'ACME Ltd')],
    });
    expect(made.errors).toEqual([]);
    const staff = await loginAs(server, AdminRole.STAFF);
    const csv = `query ($eventId: ID!) { eventAttendeesCsv(eventId: $eventId) }`;

    const asAdmin = await server.graphql<{ eventAttendeesCsv: string }>(
      csv,
      { eventId: event.id },
      admin.headers,
    );
    const asStaff = await server.graphql<{ eventAttendeesCsv: string }>(
      csv,
      { eventId: event.id },
      staff.headers,
    );

    const [adminHeader, adminRow] = asAdmin.data!.eventAttendeesCsv.split('\r\n');
    expect(adminHeader).toMatch(/,waiver_signed_at,T-shirt size,Which fit\?,Dietary needs,Company$/);
    expect(adminRow).toMatch(/,,,'=SUM\(A1\),ACME Ltd$/);
    const [staffHeader, staffRow] = asStaff.data!.eventAttendeesCsv.split('\r\n');
    expect(staffHeader).toMatch(/,waiver_signed_at,Dietary needs$/);
    expect(staffRow).toMatch(/,'=SUM\(A1\)$/);
  });
});
