/**
 * The admin API of the outbox, on a schema that includes the admin resolver. It is not part of the
 * app's schema until the auth checker guards it (see email.admin.resolver.ts).
 */
import { graphql, isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { bookingConfirmation, waiverRequest } from '../../../test/email-views';
import { createMigratedTestDatabase, type TestDatabase } from '../../../test/test-database';
import { testConfig } from '../../../test/test-server';
import { createDataSource } from '../../db/data-source';
import type { GraphQLContext } from '../../graphql/context';
import { createLoaders } from '../../graphql/loaders';
import { buildAppSchema, resolvers } from '../../graphql/schema';
import { createLogger } from '../../logger';
import { startPaymentProvider, type PaymentProvider } from '../payments/payment-provider';
import { createServices, type Services } from '../../services';
import { EmailAdminResolver } from './email.admin.resolver';
import { renderBookingConfirmation, renderWaiverRequest } from './email.templates';

let database: TestDatabase;
let dataSource: DataSource;
let services: Services;
let payments: PaymentProvider;
let schema: GraphQLSchema;

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  dataSource = createDataSource({ url: database.url, poolSize: 4 });
  await dataSource.initialize();
  // No SMTP_URL: mail preview, the embedded default.
  const config = testConfig(database.url);
  payments = await startPaymentProvider(config, createLogger('silent'));
  services = createServices(dataSource, config, payments);
  schema = await buildSchema({ resolvers: [...resolvers, EmailAdminResolver], validate: true });
});

afterAll(async () => {
  await payments.stop();
  await dataSource.destroy();
  await database.drop();
});

beforeEach(() => dataSource.query('DELETE FROM email_message'));

async function run<T = Record<string, unknown>>(
  source: string,
  variableValues: Record<string, unknown> = {},
) {
  const contextValue: GraphQLContext = {
    requestId: 'test',
    logger: createLogger('silent'),
    now: new Date(),
    services,
    loaders: createLoaders(services),
  };
  const result = await graphql({ schema, source, variableValues, contextValue });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

async function previewed(causeKey: string, to = 'ada@example.org'): Promise<string> {
  const message = await renderWaiverRequest(waiverRequest({ to }));
  const id = await dataSource.transaction((manager) => services.email.enqueue(manager, message, causeKey));
  expect(await services.email.deliver(id)).toBe('PREVIEW');
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

it('is not part of the public API until the auth checker guards it', async () => {
  const appSchema = await buildAppSchema();
  expect(appSchema.getQueryType()?.getFields().emailMessages).toBeUndefined();
  expect(appSchema.getType('EmailMessage')).toBeUndefined();
});

it('describes every type, field, argument and enum value it adds', () => {
  const undocumented: string[] = [];
  const ours = ['EmailMessage', 'EmailMessageConnection', 'EmailMessageEdge', 'EmailAttachment', 'EmailKind'];
  ours.push('EmailStatus', 'EmailMessageFilterInput', 'EmailMessageError', 'EmailMessageErrorCode');
  ours.push('ResendEmailMessagePayload', 'Query', 'Mutation');
  for (const name of ours) {
    const type = schema.getType(name);
    if (!type) throw new Error(`${name} is missing`);
    if (!type.description && name !== 'Query' && name !== 'Mutation') undocumented.push(name);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undocumented.push(`${name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) undocumented.push(`${name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) undocumented.push(`${name}.${value.name}`);
    }
  }
  expect(undocumented).toEqual([]);
});

it('lists messages newest first, page by page, filtered by status, kind and recipient', async () => {
  const ids: string[] = [];
  for (let index = 0; index < 5; index++) ids.push(await previewed(`waiver-request:${index}`));
  const other = await previewed('waiver-request:other', 'Grace@Example.org');
  await dataSource.transaction(async (manager) =>
    services.email.enqueue(manager, await renderBookingConfirmation(bookingConfirmation()), 'booking:1'),
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
  const id = await dataSource.transaction((manager) => services.email.enqueue(manager, message, 'booking:2'));
  await services.email.deliver(id);

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
  expect(shown.attachments).toHaveLength(4);
  expect(shown.attachments[3]).toEqual({
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
