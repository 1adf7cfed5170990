/** The services of the app, created once per process; resolvers reach them through the context. */
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { BookingsService } from './modules/bookings/bookings.service';
import { createEmailService, type EmailService } from './modules/email/email.service';
import { EventsService } from './modules/events/events.service';
import type { PaymentServices } from './modules/payments/payment-provider';
import { TicketTypesService } from './modules/tickets/ticket-types.service';

export interface Services {
  events: EventsService;
  ticketTypes: TicketTypesService;
  /** The PayPal gateway, and whether it talks to the built-in simulator (test mode). */
  payments: PaymentServices;
  email: EmailService;
  bookings: BookingsService;
}

export function createServices(dataSource: DataSource, config: Config, payments: PaymentServices): Services {
  const events = new EventsService(dataSource);
  return {
    events,
    ticketTypes: new TicketTypesService(dataSource),
    payments: { gateway: payments.gateway, testMode: payments.testMode },
    email: createEmailService(dataSource, config.email),
    bookings: new BookingsService(dataSource, events, config.bookings),
  };
}
