/** Factories: each builds a valid row with sensible defaults; a test overrides only what it is about. */
import { createRequestContext } from '../src/common/request-context';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CreateBookingRequest } from '../src/modules/bookings/booking-rules';
import type { Booking } from '../src/modules/bookings/bookings.types';
import { newAccessKey } from '../src/modules/events/access-key';
import { EventEntity, EventStatus, EventVisibility } from '../src/modules/events/event.entity';
import { TicketTypeEntity } from '../src/modules/tickets/ticket-type.entity';
import type { Services } from '../src/services';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let sequence = 0;
const unique = () => `${++sequence}-${randomBytes(3).toString('hex')}`;

export type EventOverrides = Partial<Omit<EventEntity, 'venue'>> & {
  venue?: Partial<EventEntity['venue']>;
  /** Start this many days from now (negative: in the past); ignored when startsAt is given. */
  startsInDays?: number;
  durationHours?: number;
};

export async function createEvent(
  dataSource: DataSource,
  overrides: EventOverrides = {},
): Promise<EventEntity> {
  const { startsInDays = 7, durationHours = 3, venue, ...fields } = overrides;
  const startsAt = fields.startsAt ?? new Date(Date.now() + startsInDays * DAY);
  const visibility = fields.visibility ?? EventVisibility.PUBLIC;
  const repository = dataSource.getRepository(EventEntity);
  return repository.save(
    repository.create({
      slug: `event-${unique()}`,
      title: 'Test Event',
      description: 'A test event.',
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
      status: EventStatus.PUBLISHED,
      imageUrl: null,
      ...fields,
      visibility,
      accessKey: fields.accessKey ?? (visibility === EventVisibility.PRIVATE ? newAccessKey() : null),
      venue: { name: 'Test Hall', address: '1 Test Street', ...venue },
      startsAt,
      endsAt: fields.endsAt ?? new Date(startsAt.getTime() + durationHours * HOUR),
    }),
  );
}

export async function createTicketType(
  dataSource: DataSource,
  event: Pick<EventEntity, 'id'>,
  overrides: Partial<TicketTypeEntity> = {},
): Promise<TicketTypeEntity> {
  const repository = dataSource.getRepository(TicketTypeEntity);
  return repository.save(
    repository.create({
      name: `Ticket ${unique()}`,
      description: '',
      priceMinor: 2500,
      capacity: 100,
      soldCount: 0,
      heldCount: 0,
      minPerOrder: 1,
      maxPerOrder: 10,
      salesStartAt: null,
      salesEndAt: null,
      sortOrder: 0,
      isActive: true,
      ...overrides,
      eventId: event.id,
    }),
  );
}

/**
 * A capacity pool shared by `ticketTypes` (or, with allTicketTypes, the event's total capacity), empty:
 * for tests made before any seat of its ticket types is taken.
 */
export async function createCapacityPool(
  dataSource: DataSource,
  event: Pick<EventEntity, 'id'>,
  pool: { capacity: number; ticketTypes?: Pick<TicketTypeEntity, 'id'>[]; allTicketTypes?: boolean },
): Promise<{ id: string }> {
  const [{ id }] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO capacity_pool (event_id, name, capacity, all_ticket_types) VALUES ($1, $2, $3, $4) RETURNING id`,
    [event.id, `Pool ${unique()}`, pool.capacity, pool.allTicketTypes ?? false],
  );
  for (const ticketType of pool.ticketTypes ?? []) {
    await dataSource.query(
      'INSERT INTO capacity_pool_ticket_type (pool_id, ticket_type_id) VALUES ($1, $2)',
      [id, ticketType.id],
    );
  }
  return { id };
}

/** A pool's counter as the database has it. */
export async function poolUsedCount(dataSource: DataSource, pool: { id: string }): Promise<number> {
  const [row] = await dataSource.query<{ used_count: number }[]>(
    'SELECT used_count FROM capacity_pool WHERE id = $1',
    [pool.id],
  );
  return row.used_count;
}

export { DAY, HOUR };

/** One line of a booking request: a ticket type and how many. */
export type BookingLineSpec = [ticketType: Pick<TicketTypeEntity, 'id'>, quantity: number];

/**
 * A valid createBooking input for `event`: the lines given, a buyer, and one named attendee per ticket.
 * Override any part (e.g. attendees) to make it invalid.
 */
export function bookingInput(
  event: Pick<EventEntity, 'id'>,
  lines: BookingLineSpec[],
  overrides: Partial<CreateBookingRequest> = {},
): CreateBookingRequest {
  const id = unique();
  return {
    eventId: event.id,
    lines: lines.map(([ticketType, quantity]) => ({ ticketTypeId: ticketType.id, quantity })),
    buyer: { name: `Buyer ${id}`, email: `buyer-${id}@example.org` },
    attendees: lines.flatMap(([ticketType, quantity]) =>
      Array.from({ length: quantity }, (_, index) => ({
        ticketTypeId: ticketType.id,
        name: `Attendee ${index + 1} of ${id}`,
        email: null,
        sameAsBuyer: false,
      })),
    ),
    ...overrides,
  };
}

/** A booking made through the service (seats held, or confirmed if free), for tests about later steps. */
export async function createBooking(
  services: Services,
  event: Pick<EventEntity, 'id'>,
  lines: BookingLineSpec[],
  now = new Date(),
): Promise<{ booking: Booking; token: string }> {
  const result = await services.reservations.createBooking(
    createRequestContext({ now }),
    bookingInput(event, lines),
  );
  if (!result.booking) throw new Error(`booking failed: ${JSON.stringify(result.errors)}`);
  return { booking: result.booking, token: result.token };
}
