/** The services of the app, created once per process; resolvers reach them through the context. */
import type { DataSource } from 'typeorm';
import { EventsService } from './modules/events/events.service';
import { TicketTypesService } from './modules/tickets/ticket-types.service';

export interface Services {
  events: EventsService;
  ticketTypes: TicketTypesService;
}

export function createServices(dataSource: DataSource): Services {
  return {
    events: new EventsService(dataSource),
    ticketTypes: new TicketTypesService(dataSource),
  };
}
