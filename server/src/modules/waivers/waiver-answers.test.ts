/**
 * Waivers that require answers (#20 point 5), over HTTP against a real PostgreSQL: a version lists
 * questions of its event, the signing page asks those still unanswered, and signWaiver refuses
 * (every missing or invalid answer at once, named) until they are answered, then stores them as the
 * booking's typed answers, audited without their words.
 */
import { loginAs, type SignedIn } from '../../../test/auth';
import { ANSWER_FIELDS, createQuestion, type AnswerData, type QuestionData } from '../../../test/questions';
import { startTestServer, type TestServer } from '../../../test/test-server';
import {
  SET_EVENT_WAIVER,
  bookFree,
  createWaiverEvent,
  type SignWaiverData,
  type WaiverEvent,
} from '../../../test/waivers';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { WaiverSignatureEntity } from './waiver-signature.entity';

const TO_SIGN = /* GraphQL */ `
  query ($token: String!) {
    waiverToSign(token: $token) {
      questions {
        id
        label
      }
      answers {
        ...AnswerFields
      }
    }
  }
  ${ANSWER_FIELDS}
`;
const SIGN = /* GraphQL */ `
  mutation ($input: SignWaiverInput!) {
    signWaiver(input: $input) {
      signature {
        version
        signerName
      }
      errors {
        code
        field
        message
      }
    }
  }
`;
const OPEN = /* GraphQL */ `
  mutation ($input: OpenWaiverSigningInput!) {
    openWaiverSigning(input: $input) {
      signingToken
      errors {
        code
      }
    }
  }
`;
const BOOKING = `query ($token: String!) { booking(token: $token) {
  answers { ...AnswerFields } tickets { id answers { ...AnswerFields } } } } ${ANSWER_FIELDS}`;

interface ToSign {
  waiverToSign: { questions: { id: string; label: string }[]; answers: AnswerData[] };
}
interface BookingView {
  booking: { answers: AnswerData[]; tickets: { id: string; answers: AnswerData[] }[] };
}

let server: TestServer;
let admin: SignedIn;
let waiverEvent: WaiverEvent;
let birth: QuestionData;
let phone: QuestionData;
let shirt: QuestionData;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  waiverEvent = await createWaiverEvent(server, admin, null);
  const ask = (input: Record<string, unknown>) =>
    createQuestion(server, admin.headers, { eventId: waiverEvent.event.id, ...input });
  birth = await ask({ type: 'DATE', scope: 'ATTENDEE', label: 'Date of birth' });
  phone = await ask({ type: 'PHONE', scope: 'BOOKING', label: 'Emergency phone' });
  shirt = await ask({ type: 'TEXT', scope: 'ATTENDEE', label: 'T-shirt' });
});

async function setWaiverRequiring(questionIds: string[]) {
  const response = await server.graphql<{
    setEventWaiver: {
      waiver: { versions: { version: number; requiredQuestions: { label: string }[] }[] } | null;
      errors: { code: string; field: string | null }[];
    };
  }>(
    SET_EVENT_WAIVER.replace('isCurrent', 'isCurrent requiredQuestions { label }'),
    { input: { eventId: waiverEvent.event.id, text: 'At my own risk.', requiredQuestionIds: questionIds } },
    admin.headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.setEventWaiver;
}

/** A free booking of one attendee (with `overrides`) and its signing link's token. */
async function bookAndOpen(overrides: Parameters<typeof bookFree>[3] = {}) {
  const { token: bookingToken } = await bookFree(server, waiverEvent, ['Ada Lovelace'], overrides);
  const view = await server.graphql<BookingView>(BOOKING, { token: bookingToken });
  const ticketId = view.data!.booking.tickets[0].id;
  const opened = await server.graphql<{ openWaiverSigning: { signingToken: string } }>(OPEN, {
    input: { bookingToken, ticketId },
  });
  return { bookingToken, ticketId, token: opened.data!.openWaiverSigning.signingToken };
}

async function sign(token: string, answers: Record<string, unknown>[] = []) {
  const response = await server.graphql<SignWaiverData>(SIGN, {
    input: { token, fullName: 'Ada Lovelace', agree: true, answers },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.signWaiver;
}

async function signedCount() {
  return server.dataSource.getRepository(WaiverSignatureEntity).count({
    where: { eventId: waiverEvent.event.id, signerName: 'Ada Lovelace' },
  });
}

describe('waiver versions that require answers', () => {
  it('lists the required questions on the version and refuses a question of another event or an unknown id', async () => {
    const set = await setWaiverRequiring([phone.id, birth.id]);
    expect(set.errors).toEqual([]);
    // In the event's order, whatever order they were picked in.
    expect(set.waiver!.versions[0].requiredQuestions).toEqual([
      { label: 'Date of birth' },
      { label: 'Emergency phone' },
    ]);

    const other = await createWaiverEvent(server, admin, null);
    const foreign = await createQuestion(server, admin.headers, {
      eventId: other.event.id,
      type: 'TEXT',
      scope: 'ATTENDEE',
      label: 'Elsewhere',
    });
    // A file is answered at checkout or on the booking page, never on the (plain form) signing page.
    const passport = await createQuestion(server, admin.headers, {
      eventId: waiverEvent.event.id,
      type: 'FILE',
      scope: 'BOOKING',
      label: 'Copy of your passport',
      fileKinds: ['PDF'],
      maxFileBytes: 4096,
    });
    const refused = await setWaiverRequiring([birth.id, foreign.id, 'not-a-question', passport.id]);
    expect(refused.waiver).toBeNull();
    expect(refused.errors).toEqual([
      expect.objectContaining({ code: 'QUESTION_NOT_FOUND', field: 'requiredQuestionIds.1' }),
      expect.objectContaining({ code: 'QUESTION_NOT_FOUND', field: 'requiredQuestionIds.2' }),
      expect.objectContaining({ code: 'QUESTION_NOT_FOUND', field: 'requiredQuestionIds.3' }),
    ]);
  });
});

describe('signing a waiver that requires answers', () => {
  it('refuses to sign until every required answer is given, naming each missing or invalid one at once', async () => {
    await setWaiverRequiring([birth.id, phone.id]);
    const { token } = await bookAndOpen();

    const page = await server.graphql<ToSign>(TO_SIGN, { token });
    expect(page.data!.waiverToSign.questions.map((question) => question.label)).toEqual([
      'Date of birth',
      'Emergency phone',
    ]);
    expect(page.data!.waiverToSign.answers).toEqual([]);

    const bare = await sign(token);
    expect(bare.signature).toBeNull();
    expect(bare.errors).toEqual([
      {
        code: 'ANSWER_MISSING',
        field: `answers.${phone.id}`,
        message: 'Answer “Emergency phone” before signing.',
      },
      {
        code: 'ANSWER_MISSING',
        field: `answers.${birth.id}`,
        message: 'Answer “Date of birth” before signing.',
      },
    ]);

    // The same rules as at checkout: no 30 February; a question not required here is refused.
    const wrong = await sign(token, [
      { questionId: birth.id, dateValue: '1990-02-30' },
      { questionId: shirt.id, textValue: 'M' },
    ]);
    expect(wrong.errors).toEqual([
      expect.objectContaining({ code: 'ANSWER_INVALID', field: `answers.${shirt.id}` }),
      expect.objectContaining({ code: 'ANSWER_MISSING', field: `answers.${phone.id}` }),
      {
        code: 'ANSWER_INVALID',
        field: `answers.${birth.id}`,
        message: '“Date of birth”: Must be a date (YYYY-MM-DD).',
      },
    ]);
    expect(await signedCount()).toBe(0);
    const stored = await server.dataSource.query(
      'SELECT 1 FROM question_answer a JOIN question q ON q.id = a.question_id WHERE q.event_id = $1',
      [waiverEvent.event.id],
    );
    expect(stored).toHaveLength(0);
  });

  it('stores the answers typed when signing as typed answers of the attendee and the booking, audited without their words', async () => {
    await setWaiverRequiring([birth.id, phone.id]);
    const { bookingToken, ticketId, token } = await bookAndOpen();

    const signed = await sign(token, [
      { questionId: birth.id, dateValue: '1990-04-01' },
      { questionId: phone.id, textValue: ' +49 30 1234567 ' },
    ]);
    expect(signed.errors).toEqual([]);
    expect(signed.signature).toEqual({ version: 1, signerName: 'Ada Lovelace' });

    const rows = await server.dataSource.query(
      `SELECT ticket_id, question_id, date_value::text AS date_value, text_value
         FROM question_answer WHERE question_id = ANY($1::uuid[]) ORDER BY text_value NULLS FIRST`,
      [[birth.id, phone.id]],
    );
    expect(rows).toEqual([
      { ticket_id: ticketId, question_id: birth.id, date_value: '1990-04-01', text_value: null },
      { ticket_id: null, question_id: phone.id, date_value: null, text_value: '+49 30 1234567' },
    ]);
    const view = await server.graphql<BookingView>(BOOKING, { token: bookingToken });
    expect(view.data!.booking.answers.map((answer) => answer.display)).toEqual(['+49 30 1234567']);
    expect(view.data!.booking.tickets[0].answers.map((answer) => answer.display)).toEqual(['1990-04-01']);

    const [entry] = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ action: 'waiver.signerAnswers', objectType: 'booking' });
    expect(entry.changes).toEqual({
      answersChanged: { before: null, after: ['Buyer: Emergency phone', 'Ticket 1: Date of birth'] },
    });
    expect(JSON.stringify(entry)).not.toContain('1990');
  });

  it('asks only what is not answered yet, and refuses to change an answer given at checkout', async () => {
    await setWaiverRequiring([birth.id, phone.id]);
    const { token } = await bookAndOpen({ answers: [{ questionId: phone.id, textValue: '+4930555555' }] });

    const page = await server.graphql<ToSign>(TO_SIGN, { token });
    expect(page.data!.waiverToSign.questions.map((question) => question.label)).toEqual([
      'Date of birth',
      'Emergency phone',
    ]);
    expect(page.data!.waiverToSign.answers.map((answer) => [answer.label, answer.display])).toEqual([
      ['Emergency phone', '+4930555555'],
    ]);

    const changing = await sign(token, [
      { questionId: birth.id, dateValue: '1990-04-01' },
      { questionId: phone.id, textValue: '+4930666666' },
    ]);
    expect(changing.errors).toEqual([
      expect.objectContaining({ code: 'ANSWER_INVALID', field: `answers.${phone.id}` }),
    ]);
    const signed = await sign(token, [{ questionId: birth.id, dateValue: '1990-04-01' }]);
    expect(signed.errors).toEqual([]);
    expect(await signedCount()).toBe(1);
  });

  it('signs as before when the version requires no answers', async () => {
    await setWaiverRequiring([]);
    const { token } = await bookAndOpen();
    const page = await server.graphql<ToSign>(TO_SIGN, { token });
    expect(page.data!.waiverToSign).toEqual({ questions: [], answers: [] });
    expect((await sign(token)).errors).toEqual([]);
  });
});
