import { loginAs, type SignedIn } from '../../../test/auth';
import { createEvent, createTicketType } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';

const AUDIT_LOG = `query ($first: Int, $after: String, $filter: AuditLogFilterInput) {
  auditLog(first: $first, after: $after, filter: $filter) {
    nodes { at accountId accountEmail action objectType objectId objectLabel currency currencyDecimals changes { field before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entry {
  at: string;
  accountId: string | null;
  accountEmail: string | null;
  action: string;
  objectType: string;
  objectId: string;
  objectLabel: string | null;
  currency: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}
type AuditLog = {
  auditLog: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

let server: TestServer;
let admin: SignedIn;
let otherAdmin: SignedIn;

beforeEach(async () => {
  // Every request a second after the previous one, so entries never share an instant.
  let tick = Date.now();
  server = await startTestServer({ clock: () => new Date((tick += 1000)) });
  admin = await loginAs(server, AdminRole.ADMIN);
  otherAdmin = await loginAs(server, AdminRole.ADMIN);
});

afterEach(async () => {
  await server.close();
});

async function auditLog(variables: Record<string, unknown>): Promise<AuditLog['auditLog']> {
  const response = await server.graphql<AuditLog>(AUDIT_LOG, { first: 50, ...variables }, admin.headers);
  expect(response.errors).toBeUndefined();
  return response.data!.auditLog;
}

it('shows who changed which object and how, newest first, filtered by object', async () => {
  const event = await createEvent(server.dataSource, { title: 'Old title' });
  await server.graphql(
    `mutation ($id: ID!) { updateEvent(input: { id: $id, title: "New title" }) { errors { code } } }`,
    { id: event.id },
    admin.headers,
  );
  await server.graphql(
    `mutation ($id: ID!) { cancelEvent(id: $id) { errors { code } } }`,
    { id: event.id },
    otherAdmin.headers,
  );

  const log = await auditLog({ filter: { objectType: 'Event', objectId: event.id } });
  expect(log.nodes).toEqual([
    expect.objectContaining({
      accountEmail: otherAdmin.email,
      action: 'event.cancel',
      changes: [{ field: 'status', before: 'PUBLISHED', after: 'CANCELLED' }],
    }),
    expect.objectContaining({
      accountId: admin.account.id,
      accountEmail: admin.email,
      action: 'event.update',
      objectType: 'Event',
      objectId: event.id,
      changes: [{ field: 'title', before: 'Old title', after: 'New title' }],
    }),
  ]);
});

it('names each object as a person would, with the currency of its money fields', async () => {
  const event = await createEvent(server.dataSource, { title: 'Harbour Lights', currency: 'JPY' });
  const ticketType = await createTicketType(server.dataSource, event, { name: 'Standing', priceMinor: 3000 });
  await server.graphql(
    `mutation ($id: ID!) { updateTicketType(input: { id: $id, priceMinor: 3500 }) { errors { code } } }`,
    { id: ticketType.id },
    admin.headers,
  );
  const log = await auditLog({});
  const byAction = (action: string) => log.nodes.find((entry) => entry.action === action);
  expect(byAction('ticketType.update')).toMatchObject({
    objectLabel: 'Standing · Harbour Lights',
    currency: 'JPY',
    currencyDecimals: 0,
    changes: [{ field: 'priceMinor', before: 3000, after: 3500 }],
  });
  expect(byAction('session.login')).toMatchObject({
    objectLabel: expect.stringMatching(/@example\.com$/),
    currency: null,
  });
});

it('filters by the account that acted', async () => {
  const event = await createEvent(server.dataSource);
  const ticketType = await createTicketType(server.dataSource, event);
  await server.graphql(
    `mutation ($id: ID!) { deactivateTicketType(id: $id) { errors { code } } }`,
    { id: ticketType.id },
    otherAdmin.headers,
  );

  const log = await auditLog({ filter: { accountId: otherAdmin.account.id } });
  expect(log.nodes.map((entry) => [entry.action, entry.objectType])).toEqual([
    ['ticketType.deactivate', 'TicketType'],
    ['session.login', 'AdminAccount'],
  ]);
});

it('pages through the log without repeating or skipping an entry', async () => {
  const event = await createEvent(server.dataSource);
  for (let index = 0; index < 5; index++) {
    await server.graphql(
      `mutation ($id: ID!, $title: String!) { updateEvent(input: { id: $id, title: $title }) { errors { code } } }`,
      { id: event.id, title: `Title ${index}` },
      admin.headers,
    );
  }
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const page: AuditLog['auditLog'] = await auditLog({ first: 2, after, filter: { objectId: event.id } });
    seen.push(...page.nodes.map((entry) => String(entry.changes[0].after)));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toEqual(['Title 4', 'Title 3', 'Title 2', 'Title 1', 'Title 0']);
});
