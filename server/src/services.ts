/** The services of the app, created once per process; resolvers reach them through the context. */
import type { DataSource } from 'typeorm';
import { systemContext } from './common/request-context';
import type { Config } from './config';
import { UnitOfWork } from './db/unit-of-work';
import { createLogger, type Logger } from './logger';
import { BookingNotifications } from './modules/bookings/booking-notifications';
import { AccountsService } from './modules/accounts/accounts.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { LoginThrottle } from './modules/auth/login-throttle';
import { BookingAdminService } from './modules/bookings/booking-admin.service';
import { BookingsService } from './modules/bookings/bookings.service';
import { CheckoutService } from './modules/checkout/checkout.service';
import { CheckInService } from './modules/checkin/checkin.service';
import { createEmailService, type EmailService } from './modules/email/email.service';
import { EventAdminService } from './modules/events/event-admin.service';
import { EventsService } from './modules/events/events.service';
import type { PaymentServices } from './modules/payments/payment-provider';
import { TicketTypeAdminService } from './modules/tickets/ticket-type-admin.service';
import { TicketTypesService } from './modules/tickets/ticket-types.service';
import { WaiversService } from './modules/waivers/waivers.service';

export interface Services {
  /** The one unit of work every service opens its transactions with (the job runner attaches its queue). */
  unitOfWork: UnitOfWork;
  events: EventsService;
  ticketTypes: TicketTypesService;
  /** The PayPal gateway, and whether it talks to the built-in simulator (test mode). */
  payments: PaymentServices;
  email: EmailService;
  bookings: BookingsService;
  audit: AuditService;
  auth: AuthService;
  accounts: AccountsService;
  eventAdmin: EventAdminService;
  ticketTypeAdmin: TicketTypeAdminService;
  /** E-mails a booking's changes cause (confirmation, organiser notice, late-payment refund). */
  bookingNotifications: BookingNotifications;
  /** Paying with PayPal: start, capture, cancel, webhooks, reconciliation, refunds. */
  checkout: CheckoutService;
  waivers: WaiversService;
  checkIn: CheckInService;
  /** The admin side of bookings: lists, detail, cancel, refund, resend, sales figures, CSV. */
  bookingAdmin: BookingAdminService;
}

export function createServices(
  dataSource: DataSource,
  config: Config,
  payments: PaymentServices,
  logger: Logger = createLogger('silent'),
): Services {
  const uow = new UnitOfWork(dataSource);
  const events = new EventsService(dataSource);
  const email = createEmailService(dataSource, uow, config.email);
  const bookings = new BookingsService(dataSource, events, config.bookings);
  const bookingNotifications = new BookingNotifications(email, config, uow);
  // Every confirmation (paid or free) enqueues its e-mails in the confirming transaction.
  bookings.onConfirmed((manager, bookingId) => bookingNotifications.bookingConfirmed(manager, bookingId));
  const audit = new AuditService(dataSource);
  const waivers = new WaiversService(dataSource, uow, audit, email, {
    siteUrl: config.site.publicUrl,
    replyTo: config.email.organiserAddress ?? config.email.from,
    reminderHours: config.waivers.reminderHours,
  });
  // Attendees who must sign a waiver are asked in the transaction that confirms their booking.
  bookings.onConfirmed((manager, bookingId) =>
    waivers.requestSignatures(uow.join(systemContext('booking-confirmed', logger), manager), bookingId),
  );
  const checkout = new CheckoutService(dataSource, bookings, payments.gateway, bookingNotifications, {
    site: config.site,
    logger,
    webhookEventRetentionDays: config.retention.paypalWebhookEventDays,
  });
  const checkIn = new CheckInService(dataSource, uow, audit);
  return {
    unitOfWork: uow,
    events,
    ticketTypes: new TicketTypesService(dataSource),
    payments: { gateway: payments.gateway, testMode: payments.testMode },
    email,
    bookings,
    bookingNotifications,
    checkout,
    audit,
    auth: new AuthService(
      dataSource,
      uow,
      config.auth.session,
      new LoginThrottle(dataSource, config.auth.login),
      audit,
    ),
    accounts: new AccountsService(dataSource, uow, audit),
    eventAdmin: new EventAdminService(dataSource, uow, audit, config.site.publicUrl),
    ticketTypeAdmin: new TicketTypeAdminService(uow, audit),
    waivers,
    checkIn,
    bookingAdmin: new BookingAdminService(
      dataSource,
      bookings,
      checkout,
      bookingNotifications,
      checkIn,
      email,
      audit,
      logger,
      uow,
    ),
  };
}
