import { createEvent, createTicketType } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { EventEntity, EventStatus } from '../modules/events/event.entity';
import { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';
import { EntityRows } from './entity-rows';

describe('EntityRows', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(() => server.close());

  it('hydrates the entities TypeORM would (embedded columns, enums, dates, nulls)', async () => {
    const { dataSource } = server;
    const event = await createEvent(dataSource, {
      status: EventStatus.CANCELLED,
      venue: { name: 'Hall', address: 'Street 1' },
      answersEditableUntil: new Date('2030-01-02T03:04:05.678Z'),
    });
    const typeWithDates = await createTicketType(dataSource, event, {
      salesStartAt: new Date('2026-01-01T00:00:00.001Z'),
      salesEndAt: new Date('2031-06-30T21:59:59.999Z'),
    });
    const typeWithout = await createTicketType(dataSource, event, { sortOrder: 1 });

    const events = new EntityRows(dataSource, EventEntity, 'event');
    const [read] = await events.read(`SELECT ${events.selectList} FROM event event WHERE event.id = $1`, [
      event.id,
    ]);
    expect(read).toBeInstanceOf(EventEntity);
    expect(read).toEqual(await dataSource.getRepository(EventEntity).findOneByOrFail({ id: event.id }));

    const types = new EntityRows(dataSource, TicketTypeEntity, 'ticket_type');
    const readTypes = await types.read(
      `SELECT ${types.selectList} FROM ticket_type WHERE ticket_type.event_id = $1 ORDER BY sort_order`,
      [event.id],
    );
    const found = await dataSource
      .getRepository(TicketTypeEntity)
      .find({ where: { eventId: event.id }, order: { sortOrder: 'ASC' } });
    expect(readTypes.map((type) => type.id)).toEqual([typeWithDates.id, typeWithout.id]);
    expect(readTypes).toEqual(found);
  });

  it('reads only the properties it is given, each as the full read has it', async () => {
    const { dataSource } = server;
    const event = await createEvent(dataSource);
    const ticketType = await createTicketType(dataSource, event, {
      salesEndAt: new Date('2031-06-30T21:59:59.999Z'),
    });
    const types = new EntityRows<Pick<TicketTypeEntity, 'id' | 'name' | 'salesEndAt'>>(
      dataSource,
      TicketTypeEntity,
      'ticket_type',
      ['id', 'name', 'salesEndAt'],
    );
    expect(types.selectList).toBe('"ticket_type"."id", "ticket_type"."name", "ticket_type"."sales_end_at"');
    const [read] = await types.read(`SELECT ${types.selectList} FROM ticket_type WHERE ticket_type.id = $1`, [
      ticketType.id,
    ]);
    const set = Object.entries(read).filter(([, value]) => value !== undefined);
    expect(Object.fromEntries(set)).toEqual({
      id: ticketType.id,
      name: ticketType.name,
      salesEndAt: new Date('2031-06-30T21:59:59.999Z'),
    });
    expect(
      () =>
        new EntityRows<TicketTypeEntity>(dataSource, TicketTypeEntity, 'ticket_type', [
          'id',
          'poolRemaining',
        ]),
    ).toThrow('EntityRows: no column for poolRemaining');
  });
});
