/**
 * A living demo catalog for the embedded default: upcoming public events in several time zones and
 * currencies, a free one, a sold-out one, a past one and a private one; one with several ticket types
 * (Berlin), one with a picture (Berlin), one that requires a waiver (Sydney). Every seat shown as sold
 * is a real confirmed booking (demo-sales.ts). Dates are relative to the first
 * start, so the demo stays "upcoming" for weeks. Seeded only into an empty database, never in production.
 */
import type { DataSource } from 'typeorm';
import { newAccessKey, privateEventLink } from '../modules/events/access-key';
import { EventEntity, EventStatus, EventVisibility } from '../modules/events/event.entity';
import { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';
import { WaiverVersionEntity } from '../modules/waivers/waiver-version.entity';
import { seedDemoSales } from './demo-sales';
import { zonedToInstant } from '../common/zoned-time';

export const DEMO_PRIVATE_EVENT_SLUG = 'founders-private-tasting';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

type TicketSeed = Partial<TicketTypeEntity> &
  Pick<TicketTypeEntity, 'name' | 'priceMinor' | 'capacity'> & {
    /** Seats sold, as confirmed bookings (demo-sales.ts). */
    sold?: number;
  };
type EventSeed = Partial<EventEntity> &
  Pick<EventEntity, 'slug' | 'title' | 'timeZone' | 'currency'> & {
    startsInDays: number;
    /** Local start time in the event's time zone, e.g. 19.5 for 19:30. */
    localHour: number;
    hours: number;
    tickets: TicketSeed[];
    /** The waiver attendees sign, when the event requires one. */
    waiver?: string;
  };

function demoEvents(): EventSeed[] {
  return [
    {
      slug: 'berlin-jazz-night',
      title: 'Berlin Jazz Night',
      description: 'An evening of modern jazz with three bands on two stages. Doors open one hour early.',
      venue: { name: 'Kesselhaus', address: 'Schoenhauser Allee 36, 10435 Berlin' },
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
      localHour: 20,
      startsInDays: 9,
      hours: 4,
      imageUrl: '/demo/berlin-jazz-night.svg',
      tickets: [
        {
          name: 'Standard',
          description: 'Standing room.',
          priceMinor: 2500,
          capacity: 300,
          maxPerOrder: 8,
          sold: 23,
        },
        { name: 'Seated', description: 'Reserved seat on the balcony.', priceMinor: 4200, capacity: 80 },
        {
          name: 'Early bird',
          description: 'Limited early price.',
          priceMinor: 1900,
          capacity: 50,
          sold: 50,
        },
      ],
    },
    {
      slug: 'brooklyn-tech-meetup',
      title: 'Brooklyn Tech Meetup',
      description: 'Lightning talks on web performance and databases, followed by pizza.',
      venue: { name: 'Pioneer Works', address: '159 Pioneer St, Brooklyn, NY 11231' },
      timeZone: 'America/New_York',
      currency: 'USD',
      localHour: 18.5,
      startsInDays: 14,
      hours: 3,
      tickets: [{ name: 'Free entry', description: 'Registration required.', priceMinor: 0, capacity: 120 }],
    },
    {
      slug: 'tokyo-design-forum',
      title: 'Tokyo Design Forum',
      description: 'A full day of talks and workshops on product and type design.',
      venue: { name: 'Tokyo International Forum', address: '3-5-1 Marunouchi, Chiyoda-ku, Tokyo' },
      timeZone: 'Asia/Tokyo',
      currency: 'JPY',
      localHour: 9,
      startsInDays: 30,
      hours: 8,
      tickets: [
        { name: 'General', priceMinor: 8000, capacity: 500 },
        {
          name: 'Workshop pass',
          description: 'Talks plus one afternoon workshop.',
          priceMinor: 15000,
          capacity: 60,
        },
      ],
    },
    {
      slug: 'sydney-harbour-run',
      title: 'Sydney Harbour Fun Run',
      description: 'A 5 km run along the harbour. Every runner must sign a waiver before the start.',
      venue: { name: 'Circular Quay', address: 'Circular Quay, Sydney NSW 2000' },
      timeZone: 'Australia/Sydney',
      currency: 'AUD',
      localHour: 7,
      startsInDays: 21,
      hours: 3,
      waiver:
        'I take part in the Sydney Harbour Fun Run at my own risk. I am fit to run 5 km, I will follow the marshals’ instructions, and I agree that photos of the run may show me.',
      tickets: [
        { name: 'Adult', priceMinor: 3500, capacity: 400, maxPerOrder: 6, sold: 9 },
        { name: 'Child (under 14)', priceMinor: 1500, capacity: 150, maxPerOrder: 6 },
      ],
    },
    {
      slug: 'london-comedy-cellar',
      title: 'London Comedy Cellar',
      description: 'Five comedians, one small room. Sold out, as always.',
      venue: { name: 'The Cellar', address: '12 Greek Street, London W1D 4DL' },
      timeZone: 'Europe/London',
      currency: 'GBP',
      localHour: 20,
      startsInDays: 5,
      hours: 2,
      tickets: [{ name: 'Seat', priceMinor: 1800, capacity: 60, sold: 60 }],
    },
    {
      slug: 'lisbon-food-festival-2-day',
      title: 'Lisbon Food Festival',
      description: 'Two days of Portuguese street food, wine and music by the river.',
      venue: { name: 'LX Factory', address: 'R. Rodrigues de Faria 103, 1300-501 Lisboa' },
      timeZone: 'Europe/Lisbon',
      currency: 'EUR',
      localHour: 11,
      startsInDays: 45,
      hours: 30,
      tickets: [
        { name: 'Day pass', priceMinor: 1200, capacity: 1000, minPerOrder: 1, maxPerOrder: 10 },
        {
          name: 'Weekend pass',
          priceMinor: 2000,
          capacity: 400,
          salesStartAt: new Date(Date.now() + 7 * DAY),
        },
      ],
    },
    {
      slug: 'autumn-gala-last-year',
      title: 'Autumn Gala (last season)',
      description: 'Last season’s gala. It is over; it stays for the records.',
      venue: { name: 'Grand Ballroom', address: 'Ringstrasse 1, Vienna' },
      timeZone: 'Europe/Vienna',
      currency: 'EUR',
      localHour: 19,
      startsInDays: -40,
      hours: 5,
      tickets: [{ name: 'Gala ticket', priceMinor: 9000, capacity: 200, sold: 187 }],
    },
    {
      slug: DEMO_PRIVATE_EVENT_SLUG,
      title: 'Founders’ Private Tasting',
      description: 'An invitation-only wine tasting for our founding supporters.',
      venue: { name: 'The Vault', address: '7 Cellar Lane, Bordeaux' },
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      localHour: 18,
      startsInDays: 12,
      hours: 3,
      visibility: EventVisibility.PRIVATE,
      tickets: [{ name: 'Invitation', priceMinor: 5000, capacity: 40, maxPerOrder: 2 }],
    },
  ];
}

/** The instant at `hour` o'clock (18.5: 18:30) local time in `timeZone`, `days` after `now`'s date. */
export function atLocalTime(now: Date, days: number, hour: number, timeZone: string): Date {
  const day = new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
  const [hours, minutes] = [Math.floor(hour), Math.round((hour % 1) * 60)];
  const pad = (value: number) => String(value).padStart(2, '0');
  return zonedToInstant(day, `${pad(hours)}:${pad(minutes)}`, timeZone);
}

/** Seeds the demo catalog if the database has no events yet. Returns how many events were created. */
export async function seedDemoCatalog(dataSource: DataSource, now = new Date()): Promise<number> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(EventEntity)) > 0) return 0;
    const seeds = demoEvents();
    for (const { tickets, waiver, startsInDays, localHour, hours, ...fields } of seeds) {
      const startsAt = atLocalTime(now, startsInDays, localHour, fields.timeZone);
      const event = await manager.save(
        manager.create(EventEntity, {
          description: '',
          venue: { name: 'To be announced', address: '' },
          status: EventStatus.PUBLISHED,
          visibility: EventVisibility.PUBLIC,
          ...fields,
          accessKey: fields.visibility === EventVisibility.PRIVATE ? newAccessKey() : null,
          startsAt,
          endsAt: new Date(startsAt.getTime() + hours * HOUR),
        }),
      );
      if (waiver)
        await manager.save(
          manager.create(WaiverVersionEntity, { eventId: event.id, version: 1, text: waiver }),
        );
      for (const [index, { sold = 0, ...ticket }] of tickets.entries()) {
        // The counter says what the bookings below hold, written with them in this transaction.
        const ticketType = await manager.save(
          manager.create(TicketTypeEntity, {
            description: '',
            sortOrder: index,
            ...ticket,
            soldCount: sold,
            eventId: event.id,
          }),
        );
        const confirmedAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - (index + 2) * DAY);
        await seedDemoSales(manager, event, ticketType, sold, confirmedAt);
      }
    }
    return seeds.length;
  });
}

/** The secret link of the demo's private event, if the database has it. */
export async function demoPrivateEventLink(dataSource: DataSource, siteUrl: string): Promise<string | null> {
  const event = await dataSource
    .getRepository(EventEntity)
    .findOneBy({ slug: DEMO_PRIVATE_EVENT_SLUG, visibility: EventVisibility.PRIVATE });
  return event?.accessKey ? privateEventLink(siteUrl, event.slug, event.accessKey) : null;
}
