/** The services of the app, created once per process; resolvers reach them through the context. */
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { AddressRateLimiter } from './db/address-rate-limiter';
import { UnitOfWork } from './db/unit-of-work';
import { createLogger, type Logger } from './logger';
import { BookingNotifications } from './modules/bookings/booking-notifications';
import { AccountsService } from './modules/accounts/accounts.service';
import { ApiTokensService } from './modules/api-tokens/api-tokens.service';
import { AuditService } from './modules/audit/audit.service';
import { WebhookDeliveryService } from './modules/webhooks/webhook-delivery.service';
import { WebhookEndpointsService } from './modules/webhooks/webhook-endpoints.service';
import { WebhookSender } from './modules/webhooks/webhook-sender';
import { AuthService } from './modules/auth/auth.service';
import { LoginThrottle } from './modules/auth/login-throttle';
import { PasswordLinksService } from './modules/auth/password-links.service';
import { AccountEmails } from './modules/accounts/account-emails';
import { AdminBookingViews } from './modules/bookings/booking-admin-views.service';
import { BookingAdminService } from './modules/bookings/booking-admin.service';
import { BookingDetailsAdminService } from './modules/bookings/booking-details-admin.service';
import { BookingLifecycleService } from './modules/bookings/booking-lifecycle.service';
import { BookingIdempotency } from './modules/bookings/booking-idempotency';
import { BookingReservationService } from './modules/bookings/booking-reservation.service';
import { BookingViews } from './modules/bookings/booking-views.service';
import { CheckoutService } from './modules/checkout/checkout.service';
import { PaymentRefundsService } from './modules/checkout/payment-refunds.service';
import { PaymentSettlementService } from './modules/checkout/payment-settlement.service';
import { PayPalWebhooksService } from './modules/checkout/paypal-webhooks.service';
import { ReconciliationService } from './modules/checkout/reconciliation.service';
import { ReportsService } from './modules/reports/reports.service';
import { CheckInService } from './modules/checkin/checkin.service';
import { createEmailService, type EmailService } from './modules/email/email.service';
import { AdminEventViews } from './modules/events/event-admin-views.service';
import { EventAdminService } from './modules/events/event-admin.service';
import { EventDateViews } from './modules/events/event-dates.views';
import { EventSeriesService } from './modules/events/event-series.service';
import { EventsService } from './modules/events/events.service';
import type { PaymentServices } from './modules/payments/payment-provider';
import { QuestionAdminService } from './modules/questions/question-admin.service';
import { QuestionFilesService } from './modules/questions/question-files.service';
import { QuestionAnswersService } from './modules/questions/question-answers.service';
import { TicketTypeAdminService } from './modules/tickets/ticket-type-admin.service';
import { CapacityPoolAdminService } from './modules/tickets/capacity-pool-admin.service';
import { TicketTypesService } from './modules/tickets/ticket-types.service';
import { WaiverLinks } from './modules/waivers/waiver-links';
import { WaiverRemindersService } from './modules/waivers/waiver-reminders.service';
import { WaiverSigningService } from './modules/waivers/waiver-signing.service';
import { WaiverTextsService } from './modules/waivers/waiver-texts.service';
import { WaiverViews } from './modules/waivers/waiver-views.service';
import { EventMessageSendingService } from './modules/messages/event-message-sending.service';
import { EventEmailTextsService } from './modules/messages/event-email-texts.service';
import { EventMessagesService } from './modules/messages/event-messages.service';
import { ReminderRulesService } from './modules/messages/reminder-rules.service';
import { ReminderSendingService } from './modules/messages/reminder-sending.service';
import { UnsubscribeService } from './modules/messages/unsubscribe.service';
import { VouchersService } from './modules/vouchers/vouchers.service';
import { AnswerEditingService } from './modules/questions/answer-editing.service';
import { VoucherAdminService } from './modules/vouchers/voucher-admin.service';
import { WaitingListAdminService } from './modules/waiting-list/waiting-list-admin.service';
import { WaitingListClosing } from './modules/waiting-list/waiting-list-closing';
import { WaitingListOffers } from './modules/waiting-list/waiting-list-offers';
import { WaitingListService } from './modules/waiting-list/waiting-list.service';
import { VoucherEmails } from './modules/vouchers/voucher-emails';

export interface Services {
  /** The one unit of work every service opens its transactions with (the job runner attaches its queue). */
  unitOfWork: UnitOfWork;
  events: EventsService;
  ticketTypes: TicketTypesService;
  /** The PayPal gateway, and whether it talks to the built-in simulator (test mode). */
  payments: PaymentServices;
  email: EmailService;
  /** Codes on the shopper's side: applyVoucher, and the code a booking gives. */
  vouchers: VouchersService;
  /** The organiser's side of codes: create, draw, import, export, disable, uses. */
  voucherAdmin: VoucherAdminService;
  /** Codes sent by e-mail (one per address, through the outbox). */
  voucherEmails: VoucherEmails;
  /** Making a booking (createBooking). */
  reservations: BookingReservationService;
  /** Every change of a booking's status after it was made; each step takes a `tx`. */
  bookingLifecycle: BookingLifecycleService;
  /** Reading bookings: the shopper's view, lookups by id, token or provider order. */
  bookingViews: BookingViews;
  audit: AuditService;
  auth: AuthService;
  /** API tokens: made, listed and revoked by ADMINs; resolved to their actor on every bearer request. */
  apiTokens: ApiTokensService;
  /** Delivering the webhook outbox (the deliver-webhook jobs). */
  webhookDelivery: WebhookDeliveryService;
  /** The admin side of webhooks: endpoints, the delivery log, resend. */
  webhookEndpoints: WebhookEndpointsService;
  /** Setting a password through an e-mailed link: "forgot password", invitations accepted. */
  passwordLinks: PasswordLinksService;
  accounts: AccountsService;
  /** The admin's view of events: one by id, or the list, with sales figures. */
  adminEventViews: AdminEventViews;
  /** The admin's changes to events: create, edit, publish, cancel, duplicate, private links. */
  eventAdmin: EventAdminService;
  /** Dates of a series: adding them (one, or by a weekly rule). */
  eventSeries: EventSeriesService;
  /** Reading the dates of a series: the shoppers' date picker and the admins' list. */
  eventDateViews: EventDateViews;
  ticketTypeAdmin: TicketTypeAdminService;
  capacityPoolAdmin: CapacityPoolAdminService;
  /** The waiting list, the shopper's side: joining, reading an offer. */
  waitingList: WaitingListService;
  /** The waiting list, the organiser's side: the list, move, remove, offer by hand, settings. */
  waitingListAdmin: WaitingListAdminService;
  /** Offers of freed seats to the people waiting (called where seats come back; the sweep job). */
  waitingListOffers: WaitingListOffers;
  /** E-mails a booking's changes cause (confirmation, organiser notice, late-payment refund). */
  bookingNotifications: BookingNotifications;
  /** Paying with PayPal, the shopper's side: start, capture, cancel. */
  checkout: CheckoutService;
  /** Applying what PayPal reports about a capture to its booking. */
  paymentSettlement: PaymentSettlementService;
  /** Refunds through PayPal. */
  paymentRefunds: PaymentRefundsService;
  /** PayPal's webhook events (and forgetting old ones). */
  paypalWebhooks: PayPalWebhooksService;
  /** Settling PayPal orders whose buyer never came back (the reconcile-payments job). */
  reconciliation: ReconciliationService;
  /** The waiver texts of events (versions, set and disabled by admins) and whether one is required. */
  waiverTexts: WaiverTextsService;
  /** Asking attendees to sign, signing through a link, resending links, paper waivers. */
  waiverSigning: WaiverSigningService;
  /** Reminding attendees who have not signed (the waiver-reminders job). */
  waiverReminders: WaiverRemindersService;
  /** Where tickets stand with their event's waiver (the ticket waiver loader). */
  waiverViews: WaiverViews;
  checkIn: CheckInService;
  /** The admin side of bookings, reading: list, detail, e-mails. */
  adminBookingViews: AdminBookingViews;
  /** The admin side of bookings, changes: cancel, refund, resend the confirmation. */
  bookingAdmin: BookingAdminService;
  /** The admin's corrections of a booking's buyer and attendee details. */
  bookingDetailsAdmin: BookingDetailsAdminService;
  /** The CSV exports (bookings, attendees, signed waivers) and the sales overview. */
  reports: ReportsService;
  /** Reminder rules of events (admin), and sending the due ones (the event-messages job). */
  reminderRules: ReminderRulesService;
  reminderSending: ReminderSendingService;
  /** Messages organisers write to an event's people (admin), and sending them (the job). */
  eventMessages: EventMessagesService;
  eventEmailTexts: EventEmailTextsService;
  eventMessageSending: EventMessageSendingService;
  /** Following an unsubscribe link from a message or reminder. */
  unsubscribes: UnsubscribeService;
  /** The admin's changes to an event's checkout questions. */
  questionAdmin: QuestionAdminService;
  /** Checkout questions asked, answers checked, stored and read (pages, e-mails, check-in, admin). */
  questionAnswers: QuestionAnswersService;
  /** Files answering FILE questions: uploads, the check of an answer's file, downloads, clean-up. */
  questionFiles: QuestionFilesService;
  answerEditing: AnswerEditingService;
}

export function createServices(
  dataSource: DataSource,
  config: Config,
  payments: PaymentServices,
  logger: Logger = createLogger('silent'),
): Services {
  const uow = new UnitOfWork(dataSource);
  const events = new EventsService(dataSource, config.site.publicUrl);
  const email = createEmailService(dataSource, uow, config.email);
  const bookingNotifications = new BookingNotifications(email, config);
  const audit = new AuditService(dataSource);
  const auth = new AuthService(
    dataSource,
    uow,
    config.auth.session,
    new LoginThrottle(dataSource, config.auth.login),
    audit,
  );
  const accountEmails = new AccountEmails(email, config);
  const waiverSettings = {
    siteUrl: config.site.publicUrl,
    replyTo: config.email.organiserAddress ?? config.email.from,
    reminderHours: config.waivers.reminderHours,
  };
  const waiverLinks = new WaiverLinks(email, waiverSettings);
  const questionFiles = new QuestionFilesService(
    uow,
    config.uploads,
    new AddressRateLimiter(dataSource, 'questionFileUpload', config.uploads.rateLimit),
  );
  const questionAnswers = new QuestionAnswersService(uow, questionFiles);
  const waiverSigning = new WaiverSigningService(dataSource, uow, audit, waiverLinks, questionAnswers);
  // What every confirmation (paid or free) causes in its transaction: see booking-confirmed.ts.
  const confirmed = { notifications: bookingNotifications, waivers: waiverSigning };
  const waitingListSettings = {
    publicUrl: config.site.publicUrl,
    replyTo: config.email.organiserAddress ?? config.email.from,
  };
  const waitingListOffers = new WaitingListOffers(email, waitingListSettings);
  const bookingLifecycle = new BookingLifecycleService(config.bookings, confirmed, waitingListOffers);
  const bookingViews = new BookingViews(uow, events);
  const ticketTypes = new TicketTypesService(dataSource);
  const vouchers = new VouchersService(
    uow,
    events,
    ticketTypes,
    new AddressRateLimiter(dataSource, 'applyVoucher', config.bookings.rateLimit),
  );
  const voucherAdmin = new VoucherAdminService(uow, audit, waitingListOffers);
  const reservations = new BookingReservationService(
    uow,
    events,
    config.bookings,
    confirmed,
    new AddressRateLimiter(dataSource, 'createBooking', config.bookings.rateLimit),
    vouchers,
    questionAnswers,
    { idempotency: new BookingIdempotency(uow, bookingLifecycle), views: bookingViews },
    waitingListOffers,
  );
  const paymentRefunds = new PaymentRefundsService(
    uow,
    bookingLifecycle,
    payments.gateway,
    bookingNotifications,
    logger,
  );
  const paymentSettlement = new PaymentSettlementService(
    uow,
    bookingLifecycle,
    bookingViews,
    payments.gateway,
    paymentRefunds,
    bookingNotifications,
    logger,
  );
  const checkout = new CheckoutService(
    uow,
    bookingLifecycle,
    bookingViews,
    payments.gateway,
    paymentSettlement,
    {
      site: config.site,
      logger,
      rateLimiter: new AddressRateLimiter(dataSource, 'startPayment', config.bookings.rateLimit),
    },
  );
  const checkIn = new CheckInService(dataSource, uow, audit);
  const adminEventViews = new AdminEventViews(dataSource, config.site.publicUrl);
  const adminBookingViews = new AdminBookingViews(uow, checkIn, email);
  const messageEmails = {
    publicUrl: config.site.publicUrl,
    replyTo: config.email.organiserAddress ?? config.email.from,
  };
  const webhookDelivery = new WebhookDeliveryService(
    dataSource,
    uow,
    new WebhookSender({
      timeoutMs: config.webhooks.timeoutMs,
      allowNonPublicAddresses: config.webhooks.allowNonPublicAddresses,
    }),
    email,
    {
      siteUrl: config.site.publicUrl,
      replyTo: config.email.organiserAddress ?? config.email.from,
      claimSeconds: Math.ceil(config.webhooks.timeoutMs / 1000) + 30,
      logRetentionDays: config.retention.webhookLogDays,
    },
  );
  return {
    unitOfWork: uow,
    events,
    ticketTypes,
    vouchers,
    voucherAdmin,
    voucherEmails: new VoucherEmails(voucherAdmin, email, {
      publicUrl: config.site.publicUrl,
      replyTo: config.email.organiserAddress ?? config.email.from,
    }),
    payments: {
      gateway: payments.gateway,
      testMode: payments.testMode,
      webhookCertOrigins: payments.webhookCertOrigins,
    },
    email,
    reservations,
    bookingLifecycle,
    bookingViews,
    bookingNotifications,
    checkout,
    paymentSettlement,
    paymentRefunds,
    paypalWebhooks: new PayPalWebhooksService(uow, bookingViews, payments.gateway, paymentSettlement, {
      webhookEventRetentionDays: config.retention.paypalWebhookEventDays,
    }),
    reconciliation: new ReconciliationService(uow, bookingViews, payments.gateway, paymentSettlement, logger),
    audit,
    auth,
    apiTokens: new ApiTokensService(dataSource, uow, audit),
    webhookDelivery,
    webhookEndpoints: new WebhookEndpointsService(
      dataSource,
      uow,
      audit,
      webhookDelivery,
      config.isProduction,
    ),
    passwordLinks: new PasswordLinksService(
      dataSource,
      uow,
      auth,
      accountEmails,
      new AddressRateLimiter(dataSource, 'password-reset', {
        points: config.auth.passwordLinks.resetMaxRequests,
        windowSeconds: config.auth.passwordLinks.resetWindowSeconds,
      }),
      audit,
      config.auth.passwordLinks,
    ),
    accounts: new AccountsService(dataSource, uow, audit, accountEmails, config.auth.passwordLinks),
    adminEventViews,
    eventAdmin: new EventAdminService(
      uow,
      audit,
      adminEventViews,
      bookingNotifications,
      new WaitingListClosing(waitingListOffers, email, waitingListSettings),
    ),
    eventSeries: new EventSeriesService(uow, audit, adminEventViews),
    eventDateViews: new EventDateViews(dataSource, ticketTypes, adminEventViews),
    ticketTypeAdmin: new TicketTypeAdminService(uow, audit, waitingListOffers),
    capacityPoolAdmin: new CapacityPoolAdminService(uow, audit, waitingListOffers),
    waitingList: new WaitingListService(
      uow,
      events,
      new AddressRateLimiter(dataSource, 'joinWaitingList', config.bookings.rateLimit),
    ),
    waitingListAdmin: new WaitingListAdminService(uow, audit, waitingListOffers),
    waitingListOffers,
    waiverTexts: new WaiverTextsService(dataSource, uow, audit),
    waiverSigning,
    waiverReminders: new WaiverRemindersService(dataSource, uow, waiverLinks, waiverSettings),
    waiverViews: new WaiverViews(dataSource),
    checkIn,
    adminBookingViews,
    bookingAdmin: new BookingAdminService(
      uow,
      bookingLifecycle,
      bookingViews,
      adminBookingViews,
      paymentSettlement,
      paymentRefunds,
      bookingNotifications,
      audit,
      logger,
    ),
    bookingDetailsAdmin: new BookingDetailsAdminService(uow, adminBookingViews, bookingNotifications, audit),
    reports: new ReportsService(uow, checkIn, questionAnswers),
    questionAdmin: new QuestionAdminService(uow, audit),
    questionAnswers,
    questionFiles,
    answerEditing: new AnswerEditingService(
      uow,
      questionAnswers,
      audit,
      new AddressRateLimiter(dataSource, 'updateBookingAnswers', config.bookings.rateLimit),
    ),
    reminderRules: new ReminderRulesService(uow, audit),
    reminderSending: new ReminderSendingService(dataSource, uow, email, messageEmails),
    eventMessages: new EventMessagesService(uow, audit, messageEmails),
    eventEmailTexts: new EventEmailTextsService(uow, audit, messageEmails),
    eventMessageSending: new EventMessageSendingService(dataSource, uow, email, messageEmails),
    unsubscribes: new UnsubscribeService(
      uow,
      new AddressRateLimiter(dataSource, 'unsubscribe', config.bookings.rateLimit),
    ),
  };
}
