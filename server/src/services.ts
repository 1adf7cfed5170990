/** The services of the app, created once per process; resolvers reach them through the context. */
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { BookingsService } from './modules/bookings/bookings.service';
import { EventsService } from './modules/events/events.service';
import { TicketTypesService } from './modules/tickets/ticket-types.service';

export interface Services {
  events: EventsService;
  ticketTypes: TicketTypesService;
  bookings: BookingsService;
}

export function createServices(dataSource: DataSource, config: Pick<Config, 'bookings'>): Services {
  const events = new EventsService(dataSource);
  return {
    events,
    ticketTypes: new TicketTypesService(dataSource),
    bookings: new BookingsService(dataSource, events, config.bookings),
  };
}
