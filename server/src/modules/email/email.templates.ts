/**
 * The e-mail templates, one per EmailKind: MJML for the HTML part, a plain-text twin, a subject (their
 * texts are in email.sources.ts). The MJML is compiled to HTML at build time, into
 * email-html.generated.ts (`npm run email-templates -w server`): the app never loads MJML. That HTML
 * still holds mail-template tags, which every message fills with escaped values (the event's own
 * wording and organisers' Markdown arrive that way too, as values, never through MJML).
 */
import { EmailKind, type StoredAttachment } from './email-message.entity';
import { formatDateTime, formatMoney, formatTimeRange } from './email.format';
import { EMAIL_SOURCES, textDocument } from './email.sources';
import { EMAIL_HTML } from './email-html.generated';
import type {
  AccountInvitationEmail,
  AttendeeTicketEmail,
  BookingCancelledEmail,
  EventCancelledEmail,
  BookingConfirmationEmail,
  BookingLineView,
  EmailAccountView,
  EmailEventView,
  LatePaymentRefundedEmail,
  NewBookingNoticeEmail,
  PasswordResetEmail,
  WebhookEndpointDisabledEmail,
  RefundIssuedEmail,
  VoucherCodeEmail,
  WaitingListEventCancelledEmail,
  WaitingListOfferEmail,
  TicketView,
  WaiverReminderEmail,
  WaiverRequestEmail,
} from './email.views';
import { composeEmailText, type EmailText } from './email-texts';
import { compileTemplate, type CompiledTemplate, type TemplateModel } from './mail-template';
import { formatTicketShortCode } from '../bookings/booking-codes';
import type { QrSymbol } from './qr-png';
import { loadQrPng, loadTicketPdf } from './render-stack';

/** Up to this many tickets, a confirmation shows each QR code inline; beyond, a list and the PDF. */
export const INLINE_QR_TICKETS = 4;

/** A message ready for the outbox. */
export interface RenderedEmail {
  kind: EmailKind;
  to: string[];
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  attachments: StoredAttachment[];
  /**
   * Where unsubscribing goes (the List-Unsubscribe header and the footer link):
   * set on messages organisers send, never on transactional ones.
   */
  listUnsubscribeUrl?: string | null;
}

// ---- Parse once ---------------------------------------------------------------------------------

interface CompiledEmail {
  subject: CompiledTemplate;
  preheader: CompiledTemplate;
  html: CompiledTemplate;
  text: CompiledTemplate;
}

let compiled: Map<EmailKind, CompiledEmail> | undefined;

/** Every kind's templates, parsed on the first render (once per process). */
function compiledTemplates(): Map<EmailKind, CompiledEmail> {
  compiled ??= new Map(
    Object.values(EmailKind).map((kind) => {
      const source = EMAIL_SOURCES[kind];
      return [
        kind,
        {
          subject: compileTemplate(source.subject, 'text', `${kind} subject`),
          preheader: compileTemplate(source.preheader, 'text', `${kind} preheader`),
          html: compileTemplate(EMAIL_HTML[kind], 'html', `${kind} html`),
          text: compileTemplate(textDocument(source.text), 'text', `${kind} text`),
        },
      ];
    }),
  );
  return compiled;
}

// ---- Rendering ----------------------------------------------------------------------------------

function assertHttpUrl(value: string, field: string): string {
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) {
    throw new Error(`${field} must be an absolute http(s) URL`);
  }
  return value;
}

function optionalUrl(value: string | null | undefined, field: string): string | null {
  return value ? assertHttpUrl(value, field) : null;
}

/** What every template shows of an event: title, times in its zone, venue. */
export function eventModel(event: EmailEventView): TemplateModel {
  return {
    title: event.title,
    when: formatTimeRange(event.startsAt, event.endsAt, event.timeZone),
    startsAt: formatDateTime(event.startsAt, event.timeZone),
    venueName: event.venue.name,
    addressLines: event.venue.address
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

function linesModel(lines: BookingLineView[]): TemplateModel[] {
  return lines.map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitPrice: formatMoney(line.unitPrice),
    discount:
      line.unitDiscount && line.unitDiscount.amountMinor > 0
        ? `code ${line.voucherCode ?? ''}: ${formatMoney(line.unitDiscount)} off each`
        : null,
    total: formatMoney(line.total),
  }));
}

/**
 * The account rows (label, amount): each payment and refund with its date in the event's zone, what
 * PayPal is still completing, and what the organiser holds; or that nothing was charged.
 */
function accountModel(account: EmailAccountView | null | undefined, timeZone: string): TemplateModel | null {
  if (!account) return null;
  const amount = (amountMinor: number) => formatMoney({ amountMinor, currency: account.currency });
  const rows = [
    ...account.payments.map((payment) => ({
      label: `Paid on ${formatDateTime(payment.at, timeZone)}`,
      amount: amount(payment.amountMinor),
    })),
    ...(account.pendingMinor > 0
      ? [{ label: 'Payment PayPal is still completing', amount: amount(account.pendingMinor) }]
      : []),
    ...account.refunds.map((refund) => ({
      label: `Refunded on ${formatDateTime(refund.at, timeZone)}`,
      amount: amount(refund.amountMinor),
    })),
  ];
  if (account.paidMinor > 0) {
    rows.push({ label: 'Still held by the organiser', amount: amount(account.retainedMinor) });
  } else if (account.pendingMinor === 0) {
    rows.push({ label: 'Nothing was charged', amount: amount(0) });
  }
  return { rows };
}

function ticketCountText(count: number): string {
  return count === 1 ? '1 ticket' : `${count} tickets`;
}

/** A subject is one header line: no line breaks may reach it. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Fills the compiled template of `kind` with `model` (values escaped) into a message for the outbox. */
export async function render(
  kind: EmailKind,
  envelope: { to: string; replyTo: string },
  model: TemplateModel,
  attachments: StoredAttachment[] = [],
): Promise<RenderedEmail> {
  const template = compiledTemplates().get(kind)!;
  const subject = oneLine(template.subject(model));
  const full = { ...model, subject, preheader: oneLine(template.preheader(model)) };
  return {
    kind,
    to: [envelope.to],
    replyTo: envelope.replyTo,
    subject,
    html: template.html(full),
    text: template.text(full),
    attachments,
  };
}

/** The placeholders every editable e-mail about an event has. */
function eventValues(event: EmailEventView) {
  return {
    'event.title': event.title,
    'event.startsAt': formatDateTime(event.startsAt, event.timeZone),
    'event.venue': event.venue.name,
  };
}

/** Tickets as the templates show them: the short code formatted, a Content-ID for each QR image. */
function ticketsWithCids(tickets: TicketView[]) {
  return tickets.map((ticket, index) => ({
    ...ticket,
    shortCode: formatTicketShortCode(ticket.shortCode),
    cid: `ticket-${index + 1}.qr@event-sales`,
  }));
}

type CidTicket = ReturnType<typeof ticketsWithCids>[number];

/** What the templates may show of a ticket (never the code the QR image holds). */
function ticketModels(tickets: CidTicket[]): TemplateModel[] {
  return tickets.map(({ cid, shortCode, attendeeName, ticketTypeName }) => ({
    cid,
    shortCode,
    attendeeName,
    ticketTypeName,
  }));
}

type QrTicket = CidTicket & { qrSymbol: QrSymbol };

/** The tickets with their QR symbols, computed once for the inline images and the PDF's. */
async function withQrSymbols(tickets: CidTicket[]): Promise<QrTicket[]> {
  const { qrSymbol } = await loadQrPng();
  return tickets.map((ticket) => ({ ...ticket, qrSymbol: qrSymbol(ticket.code) }));
}

/** The QR images the HTML shows inline (`cid:`). */
async function qrAttachments(tickets: QrTicket[]): Promise<StoredAttachment[]> {
  const { qrCodePng } = await loadQrPng();
  return tickets.map((ticket) => ({
    filename: `ticket-${ticket.shortCode}.png`,
    contentType: 'image/png',
    cid: ticket.cid,
    contentBase64: qrCodePng(ticket.qrSymbol).toString('base64'),
  }));
}

/** The tickets given, as the attached PDF (a page each), reusing QR symbols the e-mail computed. */
async function ticketsPdfAttachment(
  event: EmailEventView,
  bookingReference: string,
  tickets: (CidTicket & Partial<QrTicket>)[],
  filename: string,
): Promise<StoredAttachment> {
  const { renderTicketsPdf } = await loadTicketPdf();
  const pdf = await renderTicketsPdf({ event, bookingReference, tickets });
  return { filename, contentType: 'application/pdf', cid: null, contentBase64: pdf.toString('base64') };
}

/**
 * The editable e-mails take the event's own wording of their subject and opening (`text`, see
 * email-texts.ts), or the default when it is null; a text that fails to render throws.
 */
export async function renderBookingConfirmation(
  view: BookingConfirmationEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  const bookingUrl = assertHttpUrl(view.bookingUrl, 'bookingUrl');
  // A few tickets show their QR codes inline; more are listed with their short codes and come as the
  // attached PDF, so the HTML stays far below Gmail's 102 KB clipping limit at any count.
  const inline = view.tickets.length <= INLINE_QR_TICKETS;
  const tickets = ticketsWithCids(view.tickets);
  const models = ticketModels(tickets);
  const inlineTickets = inline ? await withQrSymbols(tickets) : [];
  return render(
    EmailKind.BOOKING_CONFIRMATION,
    view,
    {
      ...composeEmailText(EmailKind.BOOKING_CONFIRMATION, text, {
        ...eventValues(view.event),
        'buyer.name': view.buyerName,
        'booking.reference': view.bookingReference,
        'booking.total': formatMoney(view.total),
        'booking.ticketCount': ticketCountText(view.tickets.length),
        'booking.url': bookingUrl,
      }),
      buyerName: view.buyerName,
      bookingReference: view.bookingReference,
      event: eventModel(view.event),
      lines: linesModel(view.lines),
      total: formatMoney(view.total),
      account: accountModel(view.account, view.event.timeZone),
      ticketCountText: ticketCountText(view.tickets.length),
      tickets: models,
      inlineTickets: inline ? models : [],
      listedTickets: inline ? [] : models,
      hasListedTickets: !inline,
      bookingUrl,
      ticketsPdfUrl: `${bookingUrl}/tickets.pdf`,
      answers: (view.answers ?? []).map((answer) => ({ ...answer })),
      hasAnswers: (view.answers ?? []).length > 0,
    },
    [
      ...(inline ? await qrAttachments(inlineTickets) : []),
      await ticketsPdfAttachment(
        view.event,
        view.bookingReference,
        inline ? inlineTickets : tickets,
        `tickets-${view.bookingReference}.pdf`,
      ),
      {
        filename: 'event.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        cid: null,
        contentBase64: Buffer.from(view.calendarFile, 'utf8').toString('base64'),
      },
    ],
  );
}

/**
 * An attendee's own ticket(s), to their own address: QR codes inline (an attendee has one ticket, as
 * attendees of a booking cannot share an address) and the same tickets as a PDF. No booking link.
 */
export async function renderAttendeeTicket(
  view: AttendeeTicketEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  const tickets = await withQrSymbols(ticketsWithCids(view.tickets));
  const models = ticketModels(tickets);
  return render(
    EmailKind.ATTENDEE_TICKET,
    view,
    {
      ...composeEmailText(EmailKind.ATTENDEE_TICKET, text, {
        ...eventValues(view.event),
        'attendee.name': view.attendeeName,
        'booking.reference': view.bookingReference,
      }),
      attendeeName: view.attendeeName,
      bookingReference: view.bookingReference,
      event: eventModel(view.event),
      ticketCountText: ticketCountText(view.tickets.length),
      tickets: models,
      inlineTickets: models,
      waiverRequired: view.waiverRequired,
    },
    [
      ...(await qrAttachments(tickets)),
      await ticketsPdfAttachment(
        view.event,
        view.bookingReference,
        tickets,
        `ticket-${tickets[0]?.shortCode ?? view.bookingReference}.pdf`,
      ),
    ],
  );
}

function waiverModel(
  kind: EmailKind.WAIVER_REQUEST | EmailKind.WAIVER_REMINDER,
  view: WaiverRequestEmail,
  text: EmailText | null,
): TemplateModel {
  const signingUrl = assertHttpUrl(view.signingUrl, 'signingUrl');
  return {
    ...composeEmailText(kind, text, {
      ...eventValues(view.event),
      'attendee.name': view.attendeeName,
      'waiver.url': signingUrl,
    }),
    attendeeName: view.attendeeName,
    event: eventModel(view.event),
    signingUrl,
  };
}

export async function renderWaiverRequest(
  view: WaiverRequestEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  return render(EmailKind.WAIVER_REQUEST, view, waiverModel(EmailKind.WAIVER_REQUEST, view, text));
}

export async function renderWaiverReminder(
  view: WaiverReminderEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  return render(EmailKind.WAIVER_REMINDER, view, waiverModel(EmailKind.WAIVER_REMINDER, view, text));
}

export async function renderEventCancelled(
  view: EventCancelledEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  const bookingUrl = optionalUrl(view.bookingUrl, 'bookingUrl');
  return render(EmailKind.EVENT_CANCELLED, view, {
    ...composeEmailText(EmailKind.EVENT_CANCELLED, text, {
      ...eventValues(view.event),
      'buyer.name': view.buyerName,
      'booking.reference': view.bookingReference,
      'booking.url': bookingUrl ?? '',
    }),
    eventTitle: view.event.title,
    message: view.message?.trim() || null,
    refundFollows: view.refundFollows,
    event: eventModel(view.event),
    bookingUrl,
  });
}

export async function renderBookingCancelled(
  view: BookingCancelledEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  const bookingUrl = optionalUrl(view.bookingUrl, 'bookingUrl');
  return render(EmailKind.BOOKING_CANCELLED, view, {
    ...composeEmailText(EmailKind.BOOKING_CANCELLED, text, {
      ...eventValues(view.event),
      'buyer.name': view.buyerName,
      'booking.reference': view.bookingReference,
      'booking.url': bookingUrl ?? '',
    }),
    buyerName: view.buyerName,
    bookingReference: view.bookingReference,
    event: eventModel(view.event),
    reason: view.reason?.trim() || null,
    refund: view.refund && view.refund.amountMinor > 0 ? formatMoney(view.refund) : null,
    account: accountModel(view.account, view.event.timeZone),
    bookingUrl,
  });
}

export async function renderRefundIssued(
  view: RefundIssuedEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  const bookingUrl = optionalUrl(view.bookingUrl, 'bookingUrl');
  return render(EmailKind.REFUND_ISSUED, view, {
    ...composeEmailText(EmailKind.REFUND_ISSUED, text, {
      ...eventValues(view.event),
      'buyer.name': view.buyerName,
      'booking.reference': view.bookingReference,
      'refund.amount': formatMoney(view.amount),
      'booking.url': bookingUrl ?? '',
    }),
    buyerName: view.buyerName,
    bookingReference: view.bookingReference,
    event: eventModel(view.event),
    amount: formatMoney(view.amount),
    isFullRefund: view.isFullRefund,
    reason: view.reason?.trim() || null,
    account: accountModel(view.account, view.event.timeZone),
    bookingUrl,
  });
}

export async function renderLatePaymentRefunded(
  view: LatePaymentRefundedEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  return render(EmailKind.LATE_PAYMENT_REFUNDED, view, {
    ...composeEmailText(EmailKind.LATE_PAYMENT_REFUNDED, text, {
      ...eventValues(view.event),
      'buyer.name': view.buyerName,
      'payment.amount': formatMoney(view.amount),
    }),
    buyerName: view.buyerName,
    event: eventModel(view.event),
    amount: formatMoney(view.amount),
    eventUrl: optionalUrl(view.eventUrl, 'eventUrl'),
  });
}

export async function renderNewBookingNotice(
  view: NewBookingNoticeEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  return render(EmailKind.NEW_BOOKING_NOTICE, view, {
    ...composeEmailText(EmailKind.NEW_BOOKING_NOTICE, text, {
      ...eventValues(view.event),
      'buyer.name': view.buyerName,
      'buyer.email': view.buyerEmail,
      'booking.reference': view.bookingReference,
      'booking.total': formatMoney(view.total),
      'booking.ticketCount': ticketCountText(view.ticketCount),
    }),
    bookingReference: view.bookingReference,
    buyerName: view.buyerName,
    buyerEmail: view.buyerEmail,
    event: eventModel(view.event),
    lines: linesModel(view.lines),
    total: formatMoney(view.total),
    ticketCountText: ticketCountText(view.ticketCount),
    adminUrl: optionalUrl(view.adminUrl, 'adminUrl'),
  });
}

/** Link expiry in e-mails about accounts: UTC, since an admin's own time zone is not known. */
function expiryText(at: Date): string {
  return formatDateTime(at, 'UTC');
}

export async function renderAccountInvitation(view: AccountInvitationEmail): Promise<RenderedEmail> {
  return render(EmailKind.ACCOUNT_INVITATION, view, {
    invitedBy: view.invitedBy,
    role: view.role,
    roleDescription: view.roleDescription,
    setPasswordUrl: assertHttpUrl(view.setPasswordUrl, 'setPasswordUrl'),
    expiresAt: expiryText(view.expiresAt),
  });
}

export async function renderVoucherCode(view: VoucherCodeEmail): Promise<RenderedEmail> {
  return render(EmailKind.VOUCHER_CODE, view, {
    event: eventModel(view.event),
    code: view.code,
    offer: view.offer,
    message: view.message,
    eventUrl: assertHttpUrl(view.eventUrl, 'eventUrl'),
    validUntil: view.validUntil ? formatDateTime(view.validUntil, view.event.timeZone) : null,
  });
}

export async function renderWaitingListOffer(view: WaitingListOfferEmail): Promise<RenderedEmail> {
  return render(EmailKind.WAITING_LIST_OFFER, view, {
    event: eventModel(view.event),
    name: view.name,
    ticketTypeName: view.ticketTypeName,
    quantity: view.quantity,
    offerUrl: assertHttpUrl(view.offerUrl, 'offerUrl'),
    expiresAt: formatDateTime(view.expiresAt, view.event.timeZone),
  });
}

export async function renderWaitingListEventCancelled(
  view: WaitingListEventCancelledEmail,
  text: EmailText | null = null,
): Promise<RenderedEmail> {
  return render(EmailKind.WAITING_LIST_EVENT_CANCELLED, view, {
    ...composeEmailText(EmailKind.WAITING_LIST_EVENT_CANCELLED, text, {
      ...eventValues(view.event),
      name: view.name,
      'ticketType.name': view.ticketTypeName,
    }),
    eventTitle: view.event.title,
    message: view.message?.trim() || null,
    event: eventModel(view.event),
  });
}

export async function renderPasswordReset(view: PasswordResetEmail): Promise<RenderedEmail> {
  return render(EmailKind.PASSWORD_RESET, view, {
    resetUrl: assertHttpUrl(view.resetUrl, 'resetUrl'),
    expiresAt: expiryText(view.expiresAt),
  });
}

export async function renderWebhookEndpointDisabled(
  view: WebhookEndpointDisabledEmail,
): Promise<RenderedEmail> {
  return render(EmailKind.WEBHOOK_ENDPOINT_DISABLED, view, {
    endpointUrl: view.endpointUrl,
    reason: view.reason,
    webhooksUrl: assertHttpUrl(view.webhooksUrl, 'webhooksUrl'),
  });
}
