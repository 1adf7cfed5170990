/** The services of the app, created once per process; resolvers reach them through the context. */
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { EmailService } from './modules/email/email.service';
import { createMailTransport } from './modules/email/email.transport';
import { EventsService } from './modules/events/events.service';
import { TicketTypesService } from './modules/tickets/ticket-types.service';

export interface Services {
  events: EventsService;
  ticketTypes: TicketTypesService;
  email: EmailService;
}

export function createServices(dataSource: DataSource, config: Config): Services {
  return {
    events: new EventsService(dataSource),
    ticketTypes: new TicketTypesService(dataSource),
    email: new EmailService(dataSource, {
      transport: createMailTransport(config.email),
      maxAttempts: config.email.maxAttempts,
    }),
  };
}
