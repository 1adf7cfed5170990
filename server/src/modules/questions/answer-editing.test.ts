import { loginAs, type SignedIn } from '../../../test/auth';
import { bookViaApi } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import {
  ANSWER_FIELDS,
  createQuestion,
  UPDATE_QUESTION,
  type AnswerData,
  type QuestionData,
} from '../../../test/questions';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { BookingEntity } from '../bookings/booking.entity';
import type { EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';

const BUYER_UPDATE = `mutation ($input: UpdateBookingAnswersInput!) {
  updateBookingAnswers(input: $input) { saved errors { code field message } } }`;
const ADMIN_UPDATE = `mutation ($input: AdminUpdateBookingAnswersInput!) {
  adminUpdateBookingAnswers(input: $input) { saved errors { code field message } } }`;
const SET_CUTOFF = `mutation ($input: SetAnswersEditableUntilInput!) {
  setAnswersEditableUntil(input: $input) { answersEditableUntil errors { code field } } }`;
const BOOKING = `query ($token: String!) { booking(token: $token) { answersEditableUntil
  answers { ...AnswerFields } tickets { id answers { ...AnswerFields } } } } ${ANSWER_FIELDS}`;

interface Payload {
  saved: boolean;
  errors: { code: string; field: string | null; message: string }[];
}
interface BookingView {
  answersEditableUntil: string | null;
  answers: AnswerData[];
  tickets: { id: string; answers: AnswerData[] }[];
}

let server: TestServer;
let admin: SignedIn;
let event: EventEntity;
let camper: TicketTypeEntity;
let camping: QuestionData;
let diet: QuestionData;
let company: QuestionData;
let age: QuestionData;
let token: string;
let ticketIds: string[];

beforeEach(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
  event = await createEvent(server.dataSource, { slug: 'answers-camp', startsInDays: 10 });
  camper = await createTicketType(server.dataSource, event, { name: 'Camper', priceMinor: 0 });
  const ask = (input: Record<string, unknown>) =>
    createQuestion(server, admin.headers, { eventId: event.id, ...input });
  camping = await ask({ type: 'YES_NO', scope: 'ATTENDEE', label: 'Camping?', required: true });
  diet = await ask({ type: 'PARAGRAPH', scope: 'ATTENDEE', label: 'Dietary needs' });
  company = await ask({ type: 'TEXT', scope: 'BOOKING', label: 'Company' });
  age = await ask({ type: 'NUMBER', scope: 'BOOKING', label: 'Age', minNumber: 16 });
  const made = await bookViaApi(server, {
    ...bookingInput(event, [[camper, 2]]),
    answers: [{ questionId: company.id, textValue: 'Old Co' }],
    attendees: [0, 1].map((index) => ({
      ticketTypeId: camper.id,
      name: `Camper ${index + 1}`,
      sameAsBuyer: false,
      answers: [
        { questionId: camping.id, booleanValue: true },
        { questionId: diet.id, textValue: 'Vegan' },
      ],
    })),
  });
  expect(made.data!.createBooking.errors).toEqual([]);
  token = made.data!.createBooking.token!;
  ticketIds = (await view()).tickets.map((ticket) => ticket.id);
});

afterEach(async () => {
  await server.close();
});

async function view(): Promise<BookingView> {
  const response = await server.graphql<{ booking: BookingView }>(BOOKING, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.booking;
}

const words = (answers: AnswerData[]) => answers.map((answer) => `${answer.label}=${answer.display}`);

async function buyerUpdate(input: Record<string, unknown>): Promise<Payload> {
  const response = await server.graphql<{ updateBookingAnswers: Payload }>(BUYER_UPDATE, {
    input: { token, ...input },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.updateBookingAnswers;
}

async function auditEntries(action: string) {
  return server.dataSource.getRepository(AuditLogEntryEntity).findBy({ action });
}

async function bookingId(): Promise<string> {
  return (await server.dataSource.getRepository(BookingEntity).findOneByOrFail({})).id;
}

describe('buyers changing their answers', () => {
  it('checks the new answers as at checkout, every problem at once, and changes nothing when refused', async () => {
    const refused = await buyerUpdate({
      answers: [{ questionId: age.id, numberValue: 12 }],
      attendees: [
        { ticketId: ticketIds[0], answers: [{ questionId: diet.id, textValue: 'None' }] },
        { ticketId: ticketIds[1], answers: [{ questionId: camping.id, booleanValue: false }] },
      ],
    });
    expect(refused.saved).toBe(false);
    expect(refused.errors.map((error) => [error.code, error.field])).toEqual([
      ['ANSWER_INVALID', `answers.${age.id}`],
      ['ANSWER_MISSING', `attendees.0.answers.${camping.id}`],
    ]);
    const unchanged = await view();
    expect(words(unchanged.answers)).toEqual(['Company=Old Co']);
    expect(words(unchanged.tickets[0].answers)).toEqual(['Camping?=Yes', 'Dietary needs=Vegan']);
  });

  it('replaces the answers, audited by which answers changed and never by what they say', async () => {
    const saved = await buyerUpdate({
      answers: [
        { questionId: company.id, textValue: 'New Co' },
        { questionId: age.id, numberValue: 30 },
      ],
      attendees: [
        { ticketId: ticketIds[0], answers: [{ questionId: camping.id, booleanValue: true }] },
        {
          ticketId: ticketIds[1],
          answers: [
            { questionId: camping.id, booleanValue: false },
            { questionId: diet.id, textValue: 'Vegan' },
          ],
        },
      ],
    });
    expect(saved).toEqual({ saved: true, errors: [] });
    const after = await view();
    expect(words(after.answers)).toEqual(['Company=New Co', 'Age=30']);
    expect(words(after.tickets[0].answers)).toEqual(['Camping?=Yes']);
    expect(words(after.tickets[1].answers)).toEqual(['Camping?=No', 'Dietary needs=Vegan']);

    const [entry] = await auditEntries('booking.buyerUpdateAnswers');
    expect(entry.changes).toEqual({
      answersChanged: {
        before: null,
        after: ['Buyer: Company', 'Buyer: Age', 'Ticket 1: Dietary needs', 'Ticket 2: Camping?'],
      },
    });
    expect(JSON.stringify(entry.changes)).not.toMatch(/New Co|Vegan/);
  });

  it('keeps the answers to a hidden question, which the form no longer asks', async () => {
    const hidden = await server.graphql(
      UPDATE_QUESTION,
      { input: { id: company.id, hidden: true } },
      admin.headers,
    );
    expect(hidden.errors).toBeUndefined();
    const saved = await buyerUpdate({
      attendees: ticketIds.map((ticketId) => ({
        ticketId,
        answers: [{ questionId: camping.id, booleanValue: true }],
      })),
    });
    expect(saved.errors).toEqual([]);
    expect(words((await view()).answers)).toEqual(['Company=Old Co']);
  });

  it('refuses a ticket of another booking or a token that opens nothing', async () => {
    const stranger = await buyerUpdate({
      attendees: [{ ticketId: '00000000-0000-4000-8000-000000000000', answers: [] }],
    });
    expect(stranger.errors.map((error) => [error.code, error.field])).toContainEqual([
      'TICKET_NOT_FOUND',
      'attendees.0.ticketId',
    ]);
    const response = await server.graphql<{ updateBookingAnswers: Payload }>(BUYER_UPDATE, {
      input: { token: 'not-a-token', attendees: [] },
    });
    expect(response.data!.updateBookingAnswers.errors.map((error) => error.code)).toEqual([
      'BOOKING_NOT_FOUND',
    ]);
  });
});

describe('the cut-off and the organiser', () => {
  it('lets the buyer change answers until the event starts, or until the organiser’s cut-off', async () => {
    expect(new Date((await view()).answersEditableUntil!).getTime()).toBe(event.startsAt.getTime());
    const past = new Date(Date.now() - 60_000);
    const set = await server.graphql<{ setAnswersEditableUntil: { answersEditableUntil: string } }>(
      SET_CUTOFF,
      { input: { eventId: event.id, until: past.toISOString() } },
      admin.headers,
    );
    expect(new Date(set.data!.setAnswersEditableUntil.answersEditableUntil).getTime()).toBe(past.getTime());
    expect((await view()).answersEditableUntil).toBeNull();

    const closed = await buyerUpdate({ attendees: [] });
    expect(closed.errors.map((error) => error.code)).toEqual(['EDITING_CLOSED']);
    expect(words((await view()).answers)).toEqual(['Company=Old Co']);
  });

  it('lets an ADMIN change answers after the cut-off, checked the same way and audited; STAFF may not', async () => {
    await server.graphql(
      SET_CUTOFF,
      { input: { eventId: event.id, until: new Date(0).toISOString() } },
      admin.headers,
    );
    const id = await bookingId();
    const input = {
      bookingId: id,
      answers: [{ questionId: company.id, textValue: 'Fixed Co' }],
      attendees: ticketIds.map((ticketId) => ({ ticketId, answers: [] })),
    };
    const missing = await server.graphql<{ adminUpdateBookingAnswers: Payload }>(
      ADMIN_UPDATE,
      { input },
      admin.headers,
    );
    expect(missing.data!.adminUpdateBookingAnswers.errors.map((error) => error.field)).toEqual([
      `attendees.0.answers.${camping.id}`,
      `attendees.1.answers.${camping.id}`,
    ]);

    input.attendees = ticketIds.map((ticketId) => ({
      ticketId,
      answers: [{ questionId: camping.id, booleanValue: true }] as never[],
    }));
    const staff = await loginAs(server, AdminRole.STAFF);
    const forbidden = await server.graphql(ADMIN_UPDATE, { input }, staff.headers);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const saved = await server.graphql<{ adminUpdateBookingAnswers: Payload }>(
      ADMIN_UPDATE,
      { input },
      admin.headers,
    );
    expect(saved.data!.adminUpdateBookingAnswers).toEqual({ saved: true, errors: [] });
    expect(words((await view()).answers)).toEqual(['Company=Fixed Co']);
    const [entry] = await auditEntries('booking.updateAnswers');
    expect(entry).toMatchObject({ accountEmail: admin.email, objectId: id });
    expect(entry.changes).toEqual({
      answersChanged: {
        before: null,
        after: ['Buyer: Company', 'Ticket 1: Dietary needs', 'Ticket 2: Dietary needs'],
      },
    });
  });
});
