import pino from 'pino';
import { loginAs, type SignedIn } from '../../../test/auth';
import { testJobContext } from '../../../test/context';
import { bookingInput, createEvent, createTicketType, DAY, HOUR } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { eventMessagesJob } from '../../jobs/event-messages.job';
import { createRequestContext } from '../../common/request-context';
import { EmailKind, EmailMessageEntity } from '../email/email-message.entity';
import type { EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { ReminderRuleEntity } from './reminder-rule.entity';

const RULE_FIELDS = `id daysBefore hoursBefore minutesBefore audience ticketTypeIds enabled sendsAt active
  deliveries { total queued sent failed held }`;
const CREATE_RULE = /* GraphQL */ `
  mutation ($input: CreateReminderRuleInput!) {
    createReminderRule(input: $input) { reminderRule { ${RULE_FIELDS} } errors { code field message } }
  }
`;
const UPDATE_RULE = /* GraphQL */ `
  mutation ($input: UpdateReminderRuleInput!) {
    updateReminderRule(input: $input) { reminderRule { ${RULE_FIELDS} } errors { code field } }
  }
`;
const RULES = `query ($eventId: ID!) { reminderRules(eventId: $eventId) { ${RULE_FIELDS} } }`;
const DELIVERIES = `query ($ruleId: ID!) { reminderRuleDeliveries(ruleId: $ruleId) { recipient bookingReference status queuedAt } }`;
const CREATE_EVENT = /* GraphQL */ `
  mutation ($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id
      }
      errors {
        code
      }
    }
  }
`;

interface RuleView {
  id: string;
  sendsAt: string;
  active: boolean;
  enabled: boolean;
  deliveries: { total: number };
}

describe('reminder rules', () => {
  let server: TestServer;
  let admin: SignedIn;
  let now: Date;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    now = new Date();
    server = await startTestServer({ clock: () => now });
  });
  beforeEach(async () => {
    now = new Date();
    admin = await loginAs(server);
  });
  afterAll(() => server.close());

  /** One run of the job, as the queue would start it, at the test clock's `now`. */
  const runJob = () =>
    eventMessagesJob.handle(
      {},
      testJobContext(server.app.services, logger, () => now),
    );

  const reminders = (eventTitle: string) =>
    server.dataSource
      .getRepository(EmailMessageEntity)
      .createQueryBuilder('m')
      .where('m.kind = :kind', { kind: EmailKind.EVENT_REMINDER })
      .andWhere('m.subject LIKE :title', { title: `%${eventTitle}%` })
      .orderBy('m.createdAt')
      .getMany();

  async function createRule(input: Record<string, unknown>): Promise<RuleView> {
    const response = await server.graphql<{
      createReminderRule: { reminderRule: RuleView; errors: unknown[] };
    }>(CREATE_RULE, { input }, admin.headers);
    expect(response.data?.createReminderRule.errors).toEqual([]);
    return response.data!.createReminderRule.reminderRule;
  }

  /** A confirmed free booking: the first attendee with the buyer's address, the others with their own. */
  async function book(event: EventEntity, ticketType: TicketTypeEntity, attendees: number) {
    const input = bookingInput(event, [[ticketType, attendees]]);
    input.attendees = input.attendees.map((attendee, index) =>
      index === 0 ? attendee : { ...attendee, email: `guest-${index}-${input.buyer.email}` },
    );
    const result = await server.app.services.reservations.createBooking(createRequestContext({ now }), input);
    if (!result.booking) throw new Error(JSON.stringify(result.errors));
    return { booking: result.booking, input };
  }

  async function freeEvent(title: string, startsAt: Date) {
    const event = await createEvent(server.dataSource, { title, startsAt, timeZone: 'Europe/Berlin' });
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0 });
    return { event, ticketType };
  }

  it('sends at "2 days and 2 hours before" on the event’s calendar, once to each address, never to a cancelled booking', async () => {
    // Clocks in Berlin go forward on 31 March 2030: 19:00 on 1 April is 17:00 UTC, and 19:00 two
    // days earlier (30 March, winter time) is 18:00 UTC; two hours before that is 16:00 UTC.
    const title = `Spring Concert ${Date.now()}`;
    const { event, ticketType } = await freeEvent(title, new Date('2030-04-01T17:00:00Z'));
    const rule = await createRule({
      eventId: event.id,
      daysBefore: 2,
      hoursBefore: 2,
      audience: 'ATTENDEES',
    });
    expect(rule.sendsAt).toBe('2030-03-30T16:00:00.000Z');
    expect(rule.active).toBe(true);

    const kept = await book(event, ticketType, 2);
    const cancelled = await book(event, ticketType, 1);
    const cancelledNow = await server.graphql<{ cancelBooking: { errors: unknown[] } }>(
      'mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }',
      { input: { bookingId: cancelled.booking.id, reason: 'Test' } },
      admin.headers,
    );
    expect(cancelledNow.data?.cancelBooking.errors).toEqual([]);

    // 50 hours before the start in elapsed time would be 15:00 UTC: too early on the event's calendar.
    now = new Date('2030-03-30T15:30:00Z');
    await runJob();
    expect(await reminders(title)).toEqual([]);

    now = new Date('2030-03-30T16:00:00Z');
    await runJob();
    await runJob();
    now = new Date('2030-03-31T10:00:00Z');
    await runJob();
    const sent = await reminders(title);
    admin = await loginAs(server); // a session made years earlier has ended
    expect(sent.map((mail) => mail.recipients[0]).sort()).toEqual(
      [kept.input.buyer.email, `guest-1-${kept.input.buyer.email}`].sort(),
    );
    const toBuyer = sent.find((mail) => mail.recipients[0] === kept.input.buyer.email)!;
    expect(toBuyer.text).toMatch(/\/bookings\/[A-Za-z0-9_-]{20,}/);
    expect(toBuyer.listUnsubscribeUrl).toMatch(/\/unsubscribe\/[A-Za-z0-9_-]{40,}$/);
    const toGuest = sent.find((mail) => mail.recipients[0] !== kept.input.buyer.email)!;
    expect(toGuest.text).not.toMatch(/\/bookings\//);
    expect(toGuest.text).toContain(kept.booking.tickets[1].attendeeName);

    const rules = await server.graphql<{ reminderRules: RuleView[] }>(
      RULES,
      { eventId: event.id },
      admin.headers,
    );
    expect(rules.data?.reminderRules[0].deliveries.total).toBe(2);
    const deliveries = await server.graphql<{ reminderRuleDeliveries: { recipient: string }[] }>(
      DELIVERIES,
      { ruleId: rule.id },
      admin.headers,
    );
    expect(deliveries.data?.reminderRuleDeliveries).toHaveLength(2);
  });

  it('sends to buyers of the chosen ticket types only, and not for bookings made after its time', async () => {
    const title = `Workshop ${Date.now()}`;
    const startsAt = new Date(Date.now() + 30 * DAY);
    const { event, ticketType: standard } = await freeEvent(title, startsAt);
    const vip = await createTicketType(server.dataSource, event, { priceMinor: 0, name: 'VIP' });
    await createRule({ eventId: event.id, hoursBefore: 3, audience: 'BUYERS', ticketTypeIds: [vip.id] });
    const vipBooking = await book(event, vip, 3);
    await book(event, standard, 1);

    now = new Date(startsAt.getTime() - 3 * HOUR);
    await runJob();
    now = new Date(startsAt.getTime() - 2 * HOUR);
    await book(event, vip, 1);
    await runJob();
    const sent = await reminders(title);
    expect(sent.map((mail) => mail.recipients)).toEqual([[vipBooking.input.buyer.email]]);
    // All three tickets of the booking are listed in the buyer's reminder.
    for (const ticket of vipBooking.booking.tickets) expect(sent[0].text).toContain(ticket.attendeeName);
  });

  it('sends nothing for a time already past when the rule is added, or switched back on, late', async () => {
    const title = `Late Rule ${Date.now()}`;
    const startsAt = new Date(Date.now() + 20 * DAY);
    const { event, ticketType } = await freeEvent(title, startsAt);
    await book(event, ticketType, 1);

    now = new Date(startsAt.getTime() - 12 * HOUR);
    admin = await loginAs(server);
    const late = await createRule({ eventId: event.id, daysBefore: 1 });
    expect(late.active).toBe(false);
    const inTime = await createRule({ eventId: event.id, hoursBefore: 2, enabled: false });
    now = new Date(startsAt.getTime() - 1 * HOUR);
    admin = await loginAs(server);
    const switchedOn = await server.graphql<{ updateReminderRule: { reminderRule: RuleView } }>(
      UPDATE_RULE,
      { input: { id: inTime.id, enabled: true } },
      admin.headers,
    );
    expect(switchedOn.data?.updateReminderRule.reminderRule.active).toBe(false);
    await runJob();
    expect(await reminders(title)).toEqual([]);
  });

  it('gives a new event a reminder the day before, which can be switched off', async () => {
    const startsAt = new Date(Date.now() + 10 * DAY);
    const created = await server.graphql<{ createEvent: { event: { id: string } } }>(
      CREATE_EVENT,
      {
        input: {
          slug: `default-reminder-${Date.now()}`,
          title: 'Default Reminder',
          venue: { name: 'Hall', address: '' },
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
          timeZone: 'Europe/Berlin',
          currency: 'EUR',
        },
      },
      admin.headers,
    );
    const eventId = created.data!.createEvent.event.id;
    const rules = await server.graphql<{ reminderRules: (RuleView & { daysBefore: number })[] }>(
      RULES,
      { eventId },
      admin.headers,
    );
    expect(rules.data?.reminderRules).toEqual([
      expect.objectContaining({
        daysBefore: 1,
        hoursBefore: 0,
        audience: 'ATTENDEES',
        enabled: true,
        active: true,
      }),
    ]);
    const off = await server.graphql<{ updateReminderRule: { reminderRule: RuleView } }>(
      UPDATE_RULE,
      { input: { id: rules.data!.reminderRules[0].id, enabled: false } },
      admin.headers,
    );
    expect(off.data?.updateReminderRule.reminderRule).toMatchObject({ enabled: false, active: false });
    expect(
      await server.dataSource.getRepository(ReminderRuleEntity).countBy({ eventId, enabled: true }),
    ).toBe(0);
  });

  it('refuses a rule without a time, or with another event’s ticket type, naming each field', async () => {
    const { event } = await freeEvent(`Invalid ${Date.now()}`, new Date(Date.now() + 5 * DAY));
    const other = await createEvent(server.dataSource);
    const otherType = await createTicketType(server.dataSource, other);
    const response = await server.graphql<{
      createReminderRule: { errors: { code: string; field: string }[] };
    }>(CREATE_RULE, { input: { eventId: event.id, ticketTypeIds: [otherType.id] } }, admin.headers);
    expect(response.data?.createReminderRule.errors).toEqual([
      expect.objectContaining({ code: 'NO_OFFSET', field: 'daysBefore' }),
      expect.objectContaining({ code: 'UNKNOWN_TICKET_TYPE', field: 'ticketTypeIds.0' }),
    ]);
  });
});
