/** The admin API of the outbox (mail log, mail preview, resend), over HTTP as a signed-in ADMIN. */
import { inTransaction, testContext } from '../../../test/context';
import { bookingConfirmation, waiverRequest } from '../../../test/email-views';
import { loginAs, type SignedIn } from '../../../test/auth';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { renderBookingConfirmation, renderWaiverRequest } from './email.templates';

let server: TestServer;
let admin: SignedIn;

beforeAll(async () => {
  // No SMTP_URL: mail preview, the embedded default.
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterAll(() => server.close());

beforeEach(() => server.dataSource.query('DELETE FROM email_message'));

/** Runs an operation as the signed-in ADMIN, failing on any GraphQL error. */
async function run<T = Record<string, unknown>>(source: string, variables: Record<string, unknown> = {}) {
  const response = await server.graphql<T>(source, variables, admin.headers);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

async function previewed(causeKey: string, to = 'ada@example.org'): Promise<string> {
  const message = await renderWaiverRequest(waiverRequest({ to }));
  const { email } = server.app.services;
  const id = await inTransaction(server.app.services, (tx) => email.enqueue(tx, message, causeKey));
  expect(await email.deliver(testContext(), id)).toBe('PREVIEW');
  return id;
}

const LIST = /* GraphQL */ `
  query Mail($first: Int, $after: String, $filter: EmailMessageFilterInput) {
    emailMessages(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        kind
        status
        recipients
        subject
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface ListResult {
  emailMessages: {
    nodes: { id: string; kind: string; status: string; recipients: string[]; subject: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

it('is for ADMINs only: anonymous callers and STAFF are refused', async () => {
  const staff = await loginAs(server, AdminRole.STAFF);
  const anonymous = await server.graphql('{ emailMessages { nodes { id } } }');
  const asStaff = await server.graphql('{ emailMessages { nodes { id } } }', {}, staff.headers);
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(asStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('lists messages newest first, page by page, filtered by status, kind and recipient', async () => {
  const ids: string[] = [];
  for (let index = 0; index < 5; index++) ids.push(await previewed(`waiver-request:${index}`));
  const other = await previewed('waiver-request:other', 'Grace@Example.org');
  await inTransaction(server.app.services, async (tx) =>
    server.app.services.email.enqueue(
      tx,
      await renderBookingConfirmation(bookingConfirmation()),
      'booking:1',
    ),
  );

  const seen: string[] = [];
  let after: string | null = null;
  do {
    const page: ListResult = await run<ListResult>(LIST, {
      first: 2,
      after,
      filter: { status: 'PREVIEW', kind: 'WAIVER_REQUEST' },
    });
    seen.push(...page.emailMessages.nodes.map((node) => node.id));
    after = page.emailMessages.pageInfo.hasNextPage ? page.emailMessages.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toEqual([other, ...ids.reverse()]);

  const queued = await run<ListResult>(LIST, { filter: { status: 'QUEUED' } });
  expect(queued.emailMessages.nodes.map((node) => node.kind)).toEqual(['BOOKING_CONFIRMATION']);

  const toGrace = await run<ListResult>(LIST, { filter: { recipient: 'grace@example.org' } });
  expect(toGrace.emailMessages.nodes.map((node) => node.id)).toEqual([other]);
});

it('shows one message rendered: HTML, a browser-ready preview with its QR images, text and attachments', async () => {
  const message = await renderBookingConfirmation(bookingConfirmation());
  const { email } = server.app.services;
  const id = await inTransaction(server.app.services, (tx) => email.enqueue(tx, message, 'booking:2'));
  await email.deliver(testContext(), id);

  const data = await run<{
    emailMessage: Record<string, unknown> & { attachments: Record<string, unknown>[] };
  }>(
    /* GraphQL */ `
      query One($id: ID!) {
        emailMessage(id: $id) {
          id
          status
          subject
          recipients
          replyTo
          html
          previewHtml
          text
          attempts
          lastError
          sentAt
          attachments {
            filename
            contentType
            size
            contentId
          }
        }
      }
    `,
    { id },
  );
  const shown = data.emailMessage;
  expect(shown).toMatchObject({
    id,
    status: 'PREVIEW',
    subject: 'Your tickets for Spring Concert',
    recipients: ['ada@example.org'],
    replyTo: 'hello@organiser.example.org',
    html: message.html,
    text: message.text,
    attempts: 1,
    lastError: null,
  });
  expect(shown.html).toContain('src="cid:');
  expect(shown.previewHtml).not.toContain('cid:');
  expect((shown.previewHtml as string).match(/src="data:image\/png;base64,/g)).toHaveLength(3);
  expect(shown.attachments).toHaveLength(5);
  expect(shown.attachments[3]).toMatchObject({
    filename: 'tickets-B7K2-QX9F.pdf',
    contentType: 'application/pdf',
  });
  expect(shown.attachments[4]).toEqual({
    filename: 'event.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    size: expect.any(Number),
    contentId: null,
  });

  const missing = await run<{ emailMessage: null }>(
    `{ emailMessage(id: "00000000-0000-4000-8000-000000000000") { id } }`,
  );
  expect(missing.emailMessage).toBeNull();
});

it('resends a message, and explains when it cannot', async () => {
  const id = await previewed('waiver-request:resend');
  const RESEND = /* GraphQL */ `
    mutation Resend($id: ID!) {
      resendEmailMessage(id: $id) {
        emailMessage {
          status
          attempts
        }
        errors {
          code
          field
          message
        }
      }
    }
  `;
  type Payload = { resendEmailMessage: { emailMessage: unknown; errors: { code: string }[] } };
  const first = await run<Payload>(RESEND, { id });
  expect(first.resendEmailMessage).toEqual({ emailMessage: { status: 'QUEUED', attempts: 0 }, errors: [] });
  const again = await run<Payload>(RESEND, { id });
  expect(again.resendEmailMessage.emailMessage).toBeNull();
  expect(again.resendEmailMessage.errors.map((error) => error.code)).toEqual(['NOT_RESENDABLE']);
  const unknown = await run<Payload>(RESEND, { id: '00000000-0000-4000-8000-000000000000' });
  expect(unknown.resendEmailMessage.errors.map((error) => error.code)).toEqual(['NOT_FOUND']);
});
