import { loginAs, type SignedIn } from '../../../test/auth';
import { createCapacityPool, createEvent, createTicketType, DAY } from '../../../test/factories';
import { onlyError, startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import {
  QuestionChoiceEntity,
  QuestionEntity,
  QuestionScope,
  QuestionTicketTypeEntity,
  QuestionType,
} from '../questions/question.entity';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { WaiverVersionEntity } from '../waivers/waiver-version.entity';
import { EventStatus, EventVisibility } from './event.entity';

const EVENT_FIELDS = `id slug title status visibility currency timeZone accessKey privateLink startsAt endsAt imageUrl imageAlt sendAttendeeTickets
  venue { name address }
  ticketTypes { name sold held remaining revenue { amountMinor currency } }
  sales { sold held remaining capacity revenue { amountMinor } }`;
const PAYLOAD = `event { ${EVENT_FIELDS} } errors { code field message }`;

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { ${PAYLOAD} } }`;
const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { ${PAYLOAD} } }`;
const PUBLISH = `mutation ($id: ID!) { publishEvent(id: $id) { ${PAYLOAD} } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishEvent(id: $id) { ${PAYLOAD} } }`;
const CANCEL = `mutation ($id: ID!) { cancelEvent(id: $id) { ${PAYLOAD} } }`;
const DUPLICATE = `mutation ($input: DuplicateEventInput!) { duplicateEvent(input: $input) { ${PAYLOAD} } }`;
const VISIBILITY = `mutation ($input: SetEventVisibilityInput!) { setEventVisibility(input: $input) { ${PAYLOAD} } }`;
const ROTATE = `mutation ($id: ID!) { rotateEventAccessKey(id: $id) { ${PAYLOAD} } }`;
const ADMIN_EVENT = `query ($id: ID!) { adminEvent(id: $id) { ${EVENT_FIELDS} } }`;
const ADMIN_EVENTS = `query ($first: Int, $after: String, $filter: AdminEventFilterInput) {
  adminEvents(first: $first, after: $after, filter: $filter) { nodes { slug } pageInfo { hasNextPage endCursor } }
}`;
const PUBLIC_EVENT = `query ($slug: String!, $accessKey: String) { event(slug: $slug, accessKey: $accessKey) { slug } }`;

interface AdminEventView {
  id: string;
  slug: string;
  status: string;
  visibility: string;
  currency: string;
  accessKey: string | null;
  privateLink: string | null;
  imageUrl: string | null;
  imageAlt?: string | null;
  sendAttendeeTickets?: boolean;
  ticketTypes: {
    name: string;
    sold: number;
    held: number;
    remaining: number;
    revenue: { amountMinor: number } | null;
  }[];
  sales: {
    sold: number;
    held: number;
    remaining: number;
    capacity: number;
    revenue: { amountMinor: number } | null;
  };
}
type EventPayload = {
  event: AdminEventView | null;
  errors: { code: string; field: string | null; message: string }[];
};

let server: TestServer;
let admin: SignedIn;

beforeEach(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterEach(async () => {
  await server.close();
});

async function mutate(query: string, variables: Record<string, unknown>): Promise<EventPayload> {
  const response = await server.graphql<Record<string, EventPayload>>(query, variables, admin.headers);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0];
}

const newEvent = (overrides: Record<string, unknown> = {}) => ({
  slug: 'summer-gala',
  title: 'Summer Gala',
  startsAt: new Date(Date.now() + 10 * DAY).toISOString(),
  endsAt: new Date(Date.now() + 10 * DAY + 4 * 3600_000).toISOString(),
  timeZone: 'Europe/Vienna',
  venue: { name: 'Hofburg' },
  currency: 'EUR',
  ...overrides,
});

describe('creating events', () => {
  it('creates a draft that the public cannot see', async () => {
    const payload = await mutate(CREATE, { input: newEvent() });
    expect(payload.errors).toEqual([]);
    expect(payload.event).toMatchObject({
      slug: 'summer-gala',
      status: 'DRAFT',
      visibility: 'PUBLIC',
      accessKey: null,
    });
    expect((await server.graphql(PUBLIC_EVENT, { slug: 'summer-gala' })).data).toEqual({ event: null });
  });

  it('refuses a slug another event has, naming the field', async () => {
    await createEvent(server.dataSource, { slug: 'summer-gala' });
    expect(await mutate(CREATE, { input: newEvent() })).toEqual({
      event: null,
      errors: [{ code: 'SLUG_TAKEN', field: 'slug', message: expect.any(String) }],
    });
  });

  it('refuses an end before the start, naming the field', async () => {
    const payload = await mutate(CREATE, {
      input: newEvent({ endsAt: new Date(Date.now() + 9 * DAY).toISOString() }),
    });
    expect(payload.errors).toEqual([
      { code: 'ENDS_BEFORE_START', field: 'endsAt', message: expect.any(String) },
    ]);
  });

  it('rejects a malformed slug, an unknown time zone, a currency and an image URL as BAD_USER_INPUT', async () => {
    const response = await server.graphql(
      CREATE,
      {
        input: newEvent({
          slug: 'Not A Slug',
          timeZone: 'Mars/Olympus',
          currency: 'XYZ',
          imageUrl: 'ftp://x',
        }),
      },
      admin.headers,
    );
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((problem) => problem.field).sort()).toEqual([
      'currency',
      'imageUrl',
      'slug',
      'timeZone',
    ]);
  });

  it('keeps a picture only at an https address, with its alt text', async () => {
    const refused = await server.graphql(
      CREATE,
      { input: newEvent({ imageUrl: 'http://images.example/gala.jpg' }) },
      admin.headers,
    );
    expect(onlyError(refused).extensions?.fields?.map((problem) => problem.field)).toEqual(['imageUrl']);

    const payload = await mutate(CREATE, {
      input: newEvent({
        slug: 'gala-with-picture',
        imageUrl: 'https://images.example/gala.jpg',
        imageAlt: '  Dancers on a lit stage  ',
      }),
    });
    expect(payload.event).toMatchObject({
      imageUrl: 'https://images.example/gala.jpg',
      imageAlt: 'Dancers on a lit stage',
    });
    const cleared = await mutate(UPDATE, { input: { id: payload.event!.id, imageAlt: '' } });
    expect(cleared.event).toMatchObject({ imageAlt: null });
  });

  it('e-mails attendees their own tickets unless told not to, and keeps the setting in a copy', async () => {
    const byDefault = await mutate(CREATE, { input: newEvent({ slug: 'gala-attendee-tickets' }) });
    expect(byDefault.event!.sendAttendeeTickets).toBe(true);
    const off = await mutate(UPDATE, { input: { id: byDefault.event!.id, sendAttendeeTickets: false } });
    expect(off.event!.sendAttendeeTickets).toBe(false);
    const untouched = await mutate(UPDATE, { input: { id: byDefault.event!.id, title: 'Renamed' } });
    expect(untouched.event!.sendAttendeeTickets).toBe(false);
    const copy = await mutate(DUPLICATE, { input: { id: byDefault.event!.id } });
    expect(copy.event!.sendAttendeeTickets).toBe(false);
    const createdOff = await mutate(CREATE, {
      input: newEvent({ slug: 'gala-no-attendee-tickets', sendAttendeeTickets: false }),
    });
    expect(createdOff.event!.sendAttendeeTickets).toBe(false);
  });

  it('generates a secret key and a private link for a private event', async () => {
    const payload = await mutate(CREATE, { input: newEvent({ visibility: 'PRIVATE' }) });
    expect(payload.event!.accessKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(payload.event!.privateLink).toBe(
      `${server.config.site.publicUrl}/events/summer-gala?key=${payload.event!.accessKey}`,
    );
  });
});

describe('updating events', () => {
  it('changes the given fields and leaves the others', async () => {
    const event = await createEvent(server.dataSource, {
      slug: 'old-slug',
      title: 'Old',
      imageUrl: 'https://x.test/a.png',
    });
    const payload = await mutate(UPDATE, {
      input: { id: event.id, slug: 'new-slug', timeZone: 'America/New_York', imageUrl: '' },
    });
    expect(payload.event).toMatchObject({ slug: 'new-slug', imageUrl: null, currency: 'EUR' });
  });

  it('refuses a slug another event has', async () => {
    await createEvent(server.dataSource, { slug: 'taken' });
    const event = await createEvent(server.dataSource);
    const payload = await mutate(UPDATE, { input: { id: event.id, slug: 'taken' } });
    expect(payload.errors.map((error) => [error.code, error.field])).toEqual([['SLUG_TAKEN', 'slug']]);
  });

  it('refuses dates that would end the event before it starts', async () => {
    const event = await createEvent(server.dataSource, { startsInDays: 5 });
    const payload = await mutate(UPDATE, {
      input: { id: event.id, startsAt: new Date(event.endsAt.getTime() + 1000).toISOString() },
    });
    expect(payload.errors.map((error) => [error.code, error.field])).toEqual([
      ['ENDS_BEFORE_START', 'endsAt'],
    ]);
  });

  it('changes the currency while nothing is sold, and refuses once tickets are sold', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event);
    expect((await mutate(UPDATE, { input: { id: event.id, currency: 'USD' } })).event?.currency).toBe('USD');

    await server.dataSource.query('UPDATE ticket_type SET sold_count = 1 WHERE id = $1', [ticketType.id]);
    const payload = await mutate(UPDATE, { input: { id: event.id, currency: 'GBP' } });
    expect(payload.errors.map((error) => [error.code, error.field])).toEqual([
      ['CURRENCY_LOCKED', 'currency'],
    ]);
  });

  it('answers EVENT_NOT_FOUND for an unknown id', async () => {
    const payload = await mutate(UPDATE, {
      input: { id: '00000000-0000-4000-8000-000000000000', title: 'x' },
    });
    expect(payload.errors.map((error) => error.code)).toEqual(['EVENT_NOT_FOUND']);
  });
});

describe('publishing', () => {
  it('refuses to publish an event without an active ticket type', async () => {
    const event = await createEvent(server.dataSource, { status: EventStatus.DRAFT });
    expect((await mutate(PUBLISH, { id: event.id })).errors.map((error) => error.code)).toEqual([
      'NO_ACTIVE_TICKET_TYPES',
    ]);
  });

  it('unpublishes an event with no sales, and refuses once something is sold', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event);
    expect((await mutate(UNPUBLISH, { id: event.id })).event?.status).toBe('DRAFT');
    await mutate(PUBLISH, { id: event.id });
    await server.dataSource.query('UPDATE ticket_type SET held_count = 2 WHERE id = $1', [ticketType.id]);
    expect((await mutate(UNPUBLISH, { id: event.id })).errors.map((error) => error.code)).toEqual([
      'HAS_SALES',
    ]);
  });

  it('cancels an event, which can then not be published again', async () => {
    const event = await createEvent(server.dataSource);
    await createTicketType(server.dataSource, event);
    expect((await mutate(CANCEL, { id: event.id })).event?.status).toBe('CANCELLED');
    expect((await mutate(PUBLISH, { id: event.id })).errors.map((error) => error.code)).toEqual([
      'EVENT_CANCELLED',
    ]);
  });
});

describe('duplicating', () => {
  it('copies the event and its ticket types as a draft with a new slug and no sales', async () => {
    const event = await createEvent(server.dataSource, { slug: 'original' });
    await createTicketType(server.dataSource, event, { name: 'Standard', soldCount: 10, heldCount: 2 });
    await createTicketType(server.dataSource, event, { name: 'VIP', soldCount: 1, sortOrder: 1 });

    const copy = (await mutate(DUPLICATE, { input: { id: event.id } })).event!;
    expect(copy).toMatchObject({ slug: 'original-copy', status: 'DRAFT' });
    expect(copy.ticketTypes.map((type) => [type.name, type.sold, type.held])).toEqual([
      ['Standard', 0, 0],
      ['VIP', 0, 0],
    ]);
    expect((await mutate(DUPLICATE, { input: { id: event.id } })).event!.slug).toBe('original-copy-2');
    expect((await mutate(DUPLICATE, { input: { id: event.id, slug: 'original' } })).errors[0].code).toBe(
      'SLUG_TAKEN',
    );
  });

  it('copies the capacity pools, the checkout questions (with choices and conditions) and the waiver', async () => {
    const event = await createEvent(server.dataSource, { slug: 'with-pools' });
    const adult = await createTicketType(server.dataSource, event, { name: 'Adult' });
    const child = await createTicketType(server.dataSource, event, { name: 'Child', sortOrder: 1 });
    await createCapacityPool(server.dataSource, event, { capacity: 40, ticketTypes: [adult, child] });
    await createCapacityPool(server.dataSource, event, { capacity: 90, allTicketTypes: true });
    const questions = server.dataSource.getRepository(QuestionEntity);
    const diet = await questions.save(
      questions.create({
        eventId: event.id,
        label: 'Diet',
        type: QuestionType.ONE_CHOICE,
        scope: QuestionScope.ATTENDEE,
        sortOrder: 0,
      }),
    );
    const [vegan] = await server.dataSource.getRepository(QuestionChoiceEntity).save([
      { questionId: diet.id, label: 'Vegan', sortOrder: 0 },
      { questionId: diet.id, label: 'Anything', sortOrder: 1 },
    ]);
    await questions.save(
      questions.create({
        eventId: event.id,
        label: 'Which vegan dish?',
        type: QuestionType.TEXT,
        scope: QuestionScope.ATTENDEE,
        sortOrder: 1,
        dependsOnQuestionId: diet.id,
        dependsOnChoiceId: vegan.id,
      }),
    );
    await server.dataSource
      .getRepository(QuestionTicketTypeEntity)
      .insert({ questionId: diet.id, ticketTypeId: child.id });
    await server.dataSource.getRepository(WaiverVersionEntity).insert([
      {
        eventId: event.id,
        version: 1,
        text: 'Old terms',
        disabledAt: null,
        createdById: null,
        createdByEmail: null,
      },
      {
        eventId: event.id,
        version: 2,
        text: 'Current terms',
        disabledAt: null,
        createdById: null,
        createdByEmail: null,
      },
    ]);

    const copy = (await mutate(DUPLICATE, { input: { id: event.id } })).event!;
    const pools = await server.dataSource.query(
      `SELECT p.capacity, p.used_count, p.all_ticket_types,
              array(SELECT t.name FROM capacity_pool_ticket_type m JOIN ticket_type t ON t.id = m.ticket_type_id
                    WHERE m.pool_id = p.id AND t.event_id = p.event_id ORDER BY t.name) AS types
       FROM capacity_pool p WHERE p.event_id = $1 ORDER BY p.capacity`,
      [copy.id],
    );
    expect(pools).toEqual([
      { capacity: 40, used_count: 0, all_ticket_types: false, types: ['Adult', 'Child'] },
      { capacity: 90, used_count: 0, all_ticket_types: true, types: [] },
    ]);
    const copied = await questions.find({
      where: { eventId: copy.id },
      relations: { choices: true, ticketTypeLinks: true },
      order: { sortOrder: 'ASC' },
    });
    expect(copied.map((question) => question.label)).toEqual(['Diet', 'Which vegan dish?']);
    const copiedVegan = copied[0].choices!.find((choice) => choice.label === 'Vegan')!;
    expect(copied[1]).toMatchObject({ dependsOnQuestionId: copied[0].id, dependsOnChoiceId: copiedVegan.id });
    const copiedChild = await server.dataSource
      .getRepository(TicketTypeEntity)
      .findOneByOrFail({ eventId: copy.id, name: 'Child' });
    expect(copied[0].ticketTypeLinks!.map((link) => link.ticketTypeId)).toEqual([copiedChild.id]);
    const waivers = await server.dataSource.getRepository(WaiverVersionEntity).findBy({ eventId: copy.id });
    expect(waivers.map((waiver) => [waiver.version, waiver.text])).toEqual([[1, 'Current terms']]);
  });

  it('copies the reminder rules onto the copy’s ticket types, and the event’s own e-mail texts', async () => {
    const event = await createEvent(server.dataSource, { slug: 'with-rules' });
    const vip = await createTicketType(server.dataSource, event, { name: 'VIP' });
    const rules = [
      { daysBefore: 2, hoursBefore: 2, audience: 'BUYERS', ticketTypeIds: [vip.id], enabled: true },
      { daysBefore: 1, hoursBefore: 0, audience: 'ATTENDEES', ticketTypeIds: [], enabled: false },
    ];
    for (const rule of rules) {
      const created = await server.graphql<{ createReminderRule: { errors: unknown[] } }>(
        `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { errors { code } } }`,
        { input: { eventId: event.id, ...rule } },
        admin.headers,
      );
      expect(created.data!.createReminderRule.errors).toEqual([]);
    }
    const saved = await server.graphql<{ saveEventEmailText: { errors: unknown[] } }>(
      `mutation ($input: SaveEventEmailTextInput!) { saveEventEmailText(input: $input) { errors { code } } }`,
      {
        input: {
          eventId: event.id,
          kind: 'BOOKING_CONFIRMATION',
          subject: 'Yours: {event.title}',
          body: 'Hi',
        },
      },
      admin.headers,
    );
    expect(saved.data!.saveEventEmailText.errors).toEqual([]);

    const copy = (await mutate(DUPLICATE, { input: { id: event.id } })).event!;
    const copied = await server.graphql<{
      adminEvent: { ticketTypes: { id: string; name: string }[] };
      reminderRules: {
        daysBefore: number;
        hoursBefore: number;
        audience: string;
        ticketTypeIds: string[];
        enabled: boolean;
      }[];
      eventEmailTexts: { kind: string; subject: string; customised: boolean }[];
    }>(
      `query ($id: ID!) {
        adminEvent(id: $id) { ticketTypes { id name } }
        reminderRules(eventId: $id) { daysBefore hoursBefore audience ticketTypeIds enabled }
        eventEmailTexts(eventId: $id) { kind subject customised }
      }`,
      { id: copy.id },
      admin.headers,
    );
    const data = copied.data!;
    const copiedVip = data.adminEvent.ticketTypes.find((type) => type.name === 'VIP')!;
    expect(copiedVip.id).not.toBe(vip.id);
    expect(data.reminderRules).toEqual(
      expect.arrayContaining([
        { daysBefore: 2, hoursBefore: 2, audience: 'BUYERS', ticketTypeIds: [copiedVip.id], enabled: true },
        { daysBefore: 1, hoursBefore: 0, audience: 'ATTENDEES', ticketTypeIds: [], enabled: false },
      ]),
    );
    expect(data.reminderRules).toHaveLength(2);
    expect(data.eventEmailTexts.filter((text) => text.customised)).toEqual([
      { kind: 'BOOKING_CONFIRMATION', subject: 'Yours: {event.title}', customised: true },
    ]);
  });

  it('gives a copy of a private event a key of its own', async () => {
    const event = await createEvent(server.dataSource, { visibility: EventVisibility.PRIVATE });
    const copy = (await mutate(DUPLICATE, { input: { id: event.id } })).event!;
    expect(copy.accessKey).toEqual(expect.any(String));
    expect(copy.accessKey).not.toBe(event.accessKey);
  });
});

describe('visibility and private links', () => {
  it('generates a key when made private and removes it when made public', async () => {
    const event = await createEvent(server.dataSource, { slug: 'members' });
    const made = (await mutate(VISIBILITY, { input: { id: event.id, visibility: 'PRIVATE' } })).event!;
    expect(made.accessKey).toEqual(expect.any(String));
    expect((await server.graphql(PUBLIC_EVENT, { slug: 'members' })).data).toEqual({ event: null });

    const back = (await mutate(VISIBILITY, { input: { id: event.id, visibility: 'PUBLIC' } })).event!;
    expect(back).toMatchObject({ visibility: 'PUBLIC', accessKey: null, privateLink: null });
  });

  it('rotates the key of a private event: the old link stops working at once', async () => {
    const event = await createEvent(server.dataSource, {
      slug: 'secret',
      visibility: EventVisibility.PRIVATE,
    });
    const oldKey = event.accessKey;
    expect((await server.graphql(PUBLIC_EVENT, { slug: 'secret', accessKey: oldKey })).data).toEqual({
      event: { slug: 'secret' },
    });

    const rotated = (await mutate(ROTATE, { id: event.id })).event!;
    expect(rotated.accessKey).not.toBe(oldKey);
    expect((await server.graphql(PUBLIC_EVENT, { slug: 'secret', accessKey: oldKey })).data).toEqual({
      event: null,
    });
    expect(
      (await server.graphql(PUBLIC_EVENT, { slug: 'secret', accessKey: rotated.accessKey })).data,
    ).toEqual({
      event: { slug: 'secret' },
    });
  });

  it('refuses to rotate the key of a public event', async () => {
    const event = await createEvent(server.dataSource);
    expect((await mutate(ROTATE, { id: event.id })).errors.map((error) => error.code)).toEqual([
      'NOT_PRIVATE',
    ]);
  });
});

describe('admin queries', () => {
  it('shows sales per ticket type and in total', async () => {
    const event = await createEvent(server.dataSource);
    await createTicketType(server.dataSource, event, {
      name: 'A',
      priceMinor: 1500,
      capacity: 50,
      soldCount: 10,
      heldCount: 3,
    });
    await createTicketType(server.dataSource, event, {
      name: 'B',
      priceMinor: 4000,
      capacity: 20,
      soldCount: 2,
      sortOrder: 1,
    });

    const response = await server.graphql<{ adminEvent: AdminEventView }>(
      ADMIN_EVENT,
      { id: event.id },
      admin.headers,
    );
    expect(response.data!.adminEvent.ticketTypes).toEqual([
      { name: 'A', sold: 10, held: 3, remaining: 37, revenue: { amountMinor: 15000, currency: 'EUR' } },
      { name: 'B', sold: 2, held: 0, remaining: 18, revenue: { amountMinor: 8000, currency: 'EUR' } },
    ]);
    expect(response.data!.adminEvent.sales).toEqual({
      sold: 12,
      held: 3,
      remaining: 55,
      capacity: 70,
      revenue: { amountMinor: 23000 },
    });
  });

  it('lets STAFF read events and sales counts, but not revenue', async () => {
    const staff = await loginAs(server, AdminRole.STAFF);
    const event = await createEvent(server.dataSource);
    await createTicketType(server.dataSource, event, { soldCount: 1 });
    const response = await server.graphql<{ adminEvent: AdminEventView }>(
      ADMIN_EVENT,
      { id: event.id },
      staff.headers,
    );

    expect(response.data!.adminEvent.sales).toMatchObject({ sold: 1, revenue: null });
    expect(response.data!.adminEvent.ticketTypes[0]).toMatchObject({ sold: 1, revenue: null });
    expect(new Set(response.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });

  it('lists every event with filters on status, visibility, time and text, page by page', async () => {
    await createEvent(server.dataSource, {
      slug: 'draft-jazz',
      status: EventStatus.DRAFT,
      title: 'Jazz',
      startsInDays: 1,
    });
    await createEvent(server.dataSource, {
      slug: 'private-rock',
      visibility: EventVisibility.PRIVATE,
      startsInDays: 2,
    });
    await createEvent(server.dataSource, {
      slug: 'cancelled',
      status: EventStatus.CANCELLED,
      startsInDays: 3,
    });
    await createEvent(server.dataSource, { slug: 'past-one', startsInDays: -10 });
    await createEvent(server.dataSource, { slug: 'past-two', startsInDays: -5 });

    const slugs = async (variables: Record<string, unknown>) => {
      const response = await server.graphql<{ adminEvents: { nodes: { slug: string }[] } }>(
        ADMIN_EVENTS,
        { first: 50, ...variables },
        admin.headers,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.adminEvents.nodes.map((node) => node.slug);
    };

    expect(await slugs({})).toEqual(['past-one', 'past-two', 'draft-jazz', 'private-rock', 'cancelled']);
    expect(await slugs({ filter: { status: 'DRAFT' } })).toEqual(['draft-jazz']);
    expect(await slugs({ filter: { visibility: 'PRIVATE' } })).toEqual(['private-rock']);
    expect(await slugs({ filter: { time: 'UPCOMING' } })).toEqual([
      'draft-jazz',
      'private-rock',
      'cancelled',
    ]);
    expect(await slugs({ filter: { time: 'PAST' } })).toEqual(['past-two', 'past-one']);
    expect(await slugs({ filter: { search: 'jazz' } })).toEqual(['draft-jazz']);

    const first = await server.graphql<{
      adminEvents: { nodes: { slug: string }[]; pageInfo: { endCursor: string } };
    }>(ADMIN_EVENTS, { first: 2 }, admin.headers);
    expect(await slugs({ first: 2, after: first.data!.adminEvents.pageInfo.endCursor })).toEqual([
      'draft-jazz',
      'private-rock',
    ]);
  });
});

describe('the cost of admin lists', () => {
  it('lets an admin fetch a page of 50 events with their ticket types and sales', async () => {
    const response = await server.graphql(
      `{ adminEvents(first: 50) { nodes { ${EVENT_FIELDS} } pageInfo { hasNextPage } } }`,
      {},
      admin.headers,
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('the audit trail of events', () => {
  it('records each change with who made it and the changed fields, never the key itself', async () => {
    const event = await createEvent(server.dataSource, {
      title: 'Before',
      visibility: EventVisibility.PRIVATE,
    });
    await mutate(UPDATE, { input: { id: event.id, title: 'After' } });
    await mutate(ROTATE, { id: event.id });

    const entries = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .find({ where: { objectId: event.id }, order: { at: 'ASC', action: 'DESC' } });
    expect(entries.map((entry) => [entry.action, entry.accountEmail, entry.changes])).toEqual([
      ['event.update', admin.email, { title: { before: 'Before', after: 'After' } }],
      ['event.rotateAccessKey', admin.email, { accessKey: { before: '[secret]', after: '[secret]' } }],
    ]);
    expect(JSON.stringify(entries)).not.toContain(event.accessKey);
  });
});
