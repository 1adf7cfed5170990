import { loginAs, type SignedIn } from '../../../test/auth';
import { createEvent, createTicketType } from '../../../test/factories';
import {
  CREATE_QUESTION,
  createQuestion,
  QUESTION_FIELDS,
  UPDATE_QUESTION,
  type QuestionData,
  type QuestionPayloadData,
} from '../../../test/questions';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import type { EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';

const PUBLIC_QUESTIONS = `query ($slug: String!) { event(slug: $slug) { questions { ...QuestionFields } } } ${QUESTION_FIELDS}`;
const DELETE = `mutation ($id: ID!) { deleteQuestion(id: $id) { deletedId errors { code field message } } }`;
const REORDER = `mutation ($input: ReorderQuestionsInput!) { reorderQuestions(input: $input) { questions { label } errors { code field } } }`;

let server: TestServer;
let admin: SignedIn;
let event: EventEntity;
let standard: TicketTypeEntity;

beforeEach(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
  event = await createEvent(server.dataSource, { slug: 'gala' });
  standard = await createTicketType(server.dataSource, event, { name: 'Standard' });
});

afterEach(async () => {
  await server.close();
});

async function create(input: Record<string, unknown>): Promise<QuestionPayloadData> {
  const response = await server.graphql<{ createQuestion: QuestionPayloadData }>(
    CREATE_QUESTION,
    { input: { eventId: event.id, ...input } },
    admin.headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createQuestion;
}

async function update(input: Record<string, unknown>): Promise<QuestionPayloadData> {
  const response = await server.graphql<{ updateQuestion: QuestionPayloadData }>(
    UPDATE_QUESTION,
    { input },
    admin.headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.updateQuestion;
}

async function shopperQuestions(): Promise<QuestionData[]> {
  const response = await server.graphql<{ event: { questions: QuestionData[] } }>(PUBLIC_QUESTIONS, {
    slug: 'gala',
  });
  expect(response.errors).toBeUndefined();
  return response.data!.event.questions;
}

const sizes = {
  type: 'ONE_CHOICE',
  scope: 'ATTENDEE',
  label: 'T-shirt size',
  choices: [{ label: 'M' }, { label: 'L' }],
};

describe('defining questions', () => {
  it('adds questions in order, per ticket type, with choices and a dependency, and shows them to shoppers', async () => {
    const size = await createQuestion(server, admin.headers, {
      eventId: event.id,
      ...sizes,
      required: true,
      ticketTypeIds: [standard.id],
    });
    const fit = await createQuestion(server, admin.headers, {
      eventId: event.id,
      type: 'TEXT',
      scope: 'ATTENDEE',
      label: 'Which fit for L?',
      dependsOn: { questionId: size.id, choiceId: size.choices[1].id },
    });

    expect(size).toMatchObject({ sortOrder: 0, required: true, ticketTypeIds: [standard.id] });
    expect(size.choices.map((choice) => choice.label)).toEqual(['M', 'L']);
    expect(fit).toMatchObject({
      sortOrder: 1,
      dependsOn: { questionId: size.id, choiceId: size.choices[1].id, booleanValue: null },
    });
    expect((await shopperQuestions()).map((question) => question.label)).toEqual([
      'T-shirt size',
      'Which fit for L?',
    ]);
  });

  it('refuses a definition that contradicts itself, naming every field at once', async () => {
    const other = await createEvent(server.dataSource);
    const foreign = await createTicketType(server.dataSource, other);
    const text = await createQuestion(server, admin.headers, {
      eventId: event.id,
      type: 'TEXT',
      scope: 'ATTENDEE',
      label: 'Company',
    });

    const refused = await create({
      type: 'TEXT',
      scope: 'BOOKING',
      label: 'Age',
      minNumber: 30,
      maxNumber: 18,
      choices: [{ label: 'x' }],
      ticketTypeIds: [foreign.id],
      dependsOn: { questionId: text.id, booleanValue: true },
    });

    expect(refused.question).toBeNull();
    expect(refused.errors.map((error) => [error.code, error.field])).toEqual([
      ['CHOICES_NOT_ALLOWED', 'choices'],
      ['BOUNDS_NOT_ALLOWED', 'minNumber'],
      ['MIN_ABOVE_MAX', 'maxNumber'],
      ['TICKET_TYPE_NOT_FOUND', 'ticketTypeIds.0'],
      ['DEPENDENCY_INVALID', 'dependsOn.questionId'],
    ]);
    expect((await create({ type: 'MANY_CHOICES', scope: 'BOOKING', label: 'Extras' })).errors).toEqual([
      expect.objectContaining({ code: 'CHOICES_REQUIRED', field: 'choices' }),
    ]);
  });

  it('allows one level of dependency only', async () => {
    const parent = await createQuestion(server, admin.headers, {
      eventId: event.id,
      type: 'YES_NO',
      scope: 'BOOKING',
      label: 'Vegetarian?',
    });
    const child = await createQuestion(server, admin.headers, {
      eventId: event.id,
      type: 'YES_NO',
      scope: 'BOOKING',
      label: 'Vegan?',
      dependsOn: { questionId: parent.id, booleanValue: true },
    });

    const grandchild = await create({
      type: 'TEXT',
      scope: 'BOOKING',
      label: 'Allergies',
      dependsOn: { questionId: child.id, booleanValue: true },
    });
    const parentMadeDependent = await update({
      id: parent.id,
      dependsOn: { questionId: child.id, booleanValue: false },
    });

    expect(grandchild.errors.map((error) => error.code)).toEqual(['DEPENDENCY_INVALID']);
    expect(parentMadeDependent.errors.map((error) => error.code)).toEqual(['DEPENDENCY_INVALID']);
  });

  it('renames choices by id, and hides a question instead of showing it to shoppers', async () => {
    const size = await createQuestion(server, admin.headers, { eventId: event.id, ...sizes });

    const renamed = await update({
      id: size.id,
      choices: [
        { id: size.choices[1].id, label: 'Large' },
        { id: size.choices[0].id, label: 'Medium' },
        { label: 'Small' },
      ],
    });
    expect(renamed.question!.choices).toEqual([
      { id: size.choices[1].id, label: 'Large', hidden: false },
      { id: size.choices[0].id, label: 'Medium', hidden: false },
      expect.objectContaining({ label: 'Small' }),
    ]);

    expect((await update({ id: size.id, hidden: true })).question!.hidden).toBe(true);
    expect(await shopperQuestions()).toEqual([]);
  });

  it('reorders questions and deletes an unanswered one; both are audited', async () => {
    const first = await createQuestion(server, admin.headers, { eventId: event.id, ...sizes });
    const second = await createQuestion(server, admin.headers, {
      eventId: event.id,
      type: 'TEXT',
      scope: 'BOOKING',
      label: 'Company',
    });

    const reordered = await server.graphql<{ reorderQuestions: { questions: { label: string }[] } }>(
      REORDER,
      { input: { eventId: event.id, questionIds: [second.id, first.id] } },
      admin.headers,
    );
    expect(reordered.data!.reorderQuestions.questions.map((question) => question.label)).toEqual([
      'Company',
      'T-shirt size',
    ]);
    const deleted = await server.graphql<{ deleteQuestion: { deletedId: string } }>(
      DELETE,
      { id: first.id },
      admin.headers,
    );
    expect(deleted.data!.deleteQuestion.deletedId).toBe(first.id);

    const entries = await server.dataSource.getRepository(AuditLogEntryEntity).find();
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['question.create', 'question.reorder', 'question.delete']),
    );
    const created = entries.find(
      (entry) => entry.action === 'question.create' && entry.objectId === first.id,
    )!;
    expect(created.changes).toMatchObject({ label: { before: null, after: 'T-shirt size' } });
  });

  it('is for ADMIN only: STAFF and anonymous callers are refused', async () => {
    const staff = await loginAs(server, AdminRole.STAFF);
    const input = { eventId: event.id, type: 'TEXT', scope: 'BOOKING', label: 'Company' };

    const asStaff = await server.graphql(CREATE_QUESTION, { input }, staff.headers);
    const anonymous = await server.graphql(CREATE_QUESTION, { input });

    expect(asStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await shopperQuestions()).toEqual([]);
  });
});
