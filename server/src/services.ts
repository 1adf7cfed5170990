/** The services of the app, created once per process; resolvers reach them through the context. */
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { AccountsService } from './modules/accounts/accounts.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { LoginThrottle } from './modules/auth/login-throttle';
import { EventAdminService } from './modules/events/event-admin.service';
import { EventsService } from './modules/events/events.service';
import { TicketTypeAdminService } from './modules/tickets/ticket-type-admin.service';
import { TicketTypesService } from './modules/tickets/ticket-types.service';

export interface Services {
  events: EventsService;
  ticketTypes: TicketTypesService;
  audit: AuditService;
  auth: AuthService;
  accounts: AccountsService;
  eventAdmin: EventAdminService;
  ticketTypeAdmin: TicketTypeAdminService;
}

export function createServices(dataSource: DataSource, config: Pick<Config, 'auth' | 'site'>): Services {
  const audit = new AuditService(dataSource);
  return {
    events: new EventsService(dataSource),
    ticketTypes: new TicketTypesService(dataSource),
    audit,
    auth: new AuthService(
      dataSource,
      config.auth.session,
      new LoginThrottle(dataSource, config.auth.login),
      audit,
    ),
    accounts: new AccountsService(dataSource, audit),
    eventAdmin: new EventAdminService(dataSource, audit, config.site.publicUrl),
    ticketTypeAdmin: new TicketTypeAdminService(dataSource, audit),
  };
}
