/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why an account change was refused. */
export type AccountErrorCode =
  /** The account is disabled: enable it first. */
  | 'ACCOUNT_DISABLED'
  /** No account has this id. */
  | 'ACCOUNT_NOT_FOUND'
  /** Admins cannot change the role of, or disable, their own account (so one always remains). */
  | 'CANNOT_CHANGE_OWN_ACCOUNT'
  /** Another account already has this e-mail address (compared case-insensitively). */
  | 'EMAIL_TAKEN'
  /** The account has set its password already: there is no invitation to send again. */
  | 'INVITATION_ALREADY_ACCEPTED'
  /** The password link has expired; ask for a new one. */
  | 'LINK_EXPIRED'
  /** The password link is not one this site sent (mistyped or cut short?). */
  | 'LINK_INVALID'
  /** The password link was used already, or a newer one was sent since. */
  | 'LINK_USED'
  /** The new password is the same as the current one. */
  | 'PASSWORD_UNCHANGED'
  /** Too many wrong passwords (or password-reset requests) lately; try again after `retryAfterSeconds`. */
  | 'TOO_MANY_ATTEMPTS'
  /** The current password is not right. */
  | 'WRONG_PASSWORD';

/** One new date of a series. */
export type AddEventDateInput = {
  /** The date’s total capacity (shared by all its ticket types); default: the template’s. */
  capacity?: number | null | undefined;
  /** When the date ends; after `startsAt`. */
  endsAt: string;
  /** Prices that differ from the template’s, by the series’ ticket type. */
  priceOverrides?: Array<DatePriceOverrideInput> | null | undefined;
  /** When sales of every ticket type of the date close; default: the template’s (else its end). */
  salesEndAt?: string | null | undefined;
  /** When sales of every ticket type of the date open; default: the template’s. */
  salesStartAt?: string | null | undefined;
  /** The series. */
  seriesId: string | number;
  /** Slug of the date; default: the series’ slug and the local day (and time if the day has two). */
  slug?: string | null | undefined;
  /** When the date starts. */
  startsAt: string;
};

/** Dates of a series made by a weekly rule, on the series’ wall clock (a daylight-saving change keeps the local time). All are added, or none. */
export type AddEventDatesByRuleInput = {
  /** The date’s total capacity (shared by all its ticket types); default: the template’s. */
  capacity?: number | null | undefined;
  /** Local end time, HH:MM; earlier than startTime: on the next day. */
  endTime: string;
  /** Days (YYYY-MM-DD) left out. */
  exceptDates?: Array<string> | null | undefined;
  /** First day that may have a date, YYYY-MM-DD in the series’ time zone. */
  fromDate: string;
  /** Prices that differ from the template’s, by the series’ ticket type. */
  priceOverrides?: Array<DatePriceOverrideInput> | null | undefined;
  /** When sales of every ticket type of the date close; default: the template’s (else its end). */
  salesEndAt?: string | null | undefined;
  /** When sales of every ticket type of the date open; default: the template’s. */
  salesStartAt?: string | null | undefined;
  /** The series. */
  seriesId: string | number;
  /** Local start time, HH:MM (24 h). */
  startTime: string;
  /** Last day that may have a date, YYYY-MM-DD (inclusive). */
  untilDate: string;
  /** The days of the week with a date. */
  weekdays: Array<Weekday>;
};

/** Why an admin’s change to a booking was refused. */
export type AdminBookingErrorCode =
  /** The amount is more than can still be refunded. */
  | 'AMOUNT_EXCEEDS_REFUNDABLE'
  /** No booking has this id. */
  | 'BOOKING_NOT_FOUND'
  /** Nothing of the booking’s payment is left to refund (or it was never paid). */
  | 'NOTHING_TO_REFUND'
  /** The booking is cancelled or expired already. */
  | 'NOT_CANCELLABLE'
  /** Only a confirmed booking has a confirmation to resend. */
  | 'NOT_CONFIRMED'
  /** PayPal did not answer; nothing changed. Try again in a moment: a retry never refunds twice. */
  | 'PAYMENT_PROVIDER_UNAVAILABLE'
  /** The buyer paid while it was being cancelled: it is confirmed now. Cancel again to cancel and refund it. */
  | 'PAYMENT_RECEIVED'
  /** PayPal refused the refund (the message says why); nothing changed. */
  | 'REFUND_REFUSED';

/** Narrows an admin list of bookings; all given filters must match. */
export type AdminBookingFilterInput = {
  /** Only bookings made at or after this time. */
  createdFrom?: string | null | undefined;
  /** Only bookings made before this time. */
  createdTo?: string | null | undefined;
  /** Only bookings for this event. */
  eventId?: string | number | null | undefined;
  /** Text to find (case-insensitive) in the reference, the buyer’s name or e-mail, or an attendee’s name. */
  search?: string | null | undefined;
  /** Only bookings in one of these statuses. */
  statuses?: Array<BookingStatus> | null | undefined;
};

/** Narrows the admin list of events; all given filters must match. */
export type AdminEventFilterInput = {
  /** Leave series out (they are never booked): with `includeDates`, the list of what is booked, date by date (dashboard, booking filters). */
  excludeSeries?: boolean;
  /** Also list the dates of series (each is an event of its own); by default a series stands for its dates (see `AdminEvent.dates`). */
  includeDates?: boolean;
  /** Words to look for in the title, slug, description or venue name (case-insensitive). */
  search?: string | null | undefined;
  /** Only events in this status. */
  status?: EventStatus | null | undefined;
  /** Only upcoming or only past events. */
  time?: EventTimeFilter | null | undefined;
  /** Only public or only private events. */
  visibility?: EventVisibility | null | undefined;
};

/** What an admin account may do. */
export type AdminRole =
  /** Everything: events, ticket types and prices, bookings, cancellations and refunds, waivers, check-in, reports, e-mails, accounts and the audit log. */
  | 'ADMIN'
  /** Check attendees in (also recording paper waivers), read events, their waivers and bookings, and export bookings, attendees and signed waivers as CSV. Cannot change events or prices, cancel, refund, see the sales overview, e-mails, accounts or the audit log. */
  | 'STAFF';

/** An ADMIN's change to a booking's answers. */
export type AdminUpdateBookingAnswersInput = {
  /** The buyer's answers. */
  answers?: Array<QuestionAnswerInput>;
  /** Each attendee’s answers by ticket; a ticket left out has no answers. */
  attendees?: Array<TicketAnswersInput>;
  /** The booking. */
  bookingId: string | number;
};

/** Why a change to a booking’s answers was refused. */
export type AnswerEditErrorCode =
  /** An answer does not fit its question. */
  | 'ANSWER_INVALID'
  /** A required question is not answered. */
  | 'ANSWER_MISSING'
  /** No booking has this token or id. */
  | 'BOOKING_NOT_FOUND'
  /** The cut-off for buyers to change answers has passed (ask the organiser). */
  | 'EDITING_CLOSED'
  /** No event has this id. */
  | 'EVENT_NOT_FOUND'
  /** The booking has no valid tickets (cancelled, expired or not yet paid). */
  | 'NOT_EDITABLE'
  /** A ticket named is not one of the booking’s, or is named twice. */
  | 'TICKET_NOT_FOUND'
  /** Too many changes from the caller’s network lately; try again later. */
  | 'TOO_MANY_ATTEMPTS';

/** Why an API token change was refused. */
export type ApiTokenErrorCode =
  /** The expiry is not in the future. */
  | 'EXPIRY_IN_PAST'
  /** ADMIN or STAFF was combined with other scopes. */
  | 'INVALID_SCOPES'
  /** No API token has this id. */
  | 'TOKEN_NOT_FOUND';

/** What an API token may do (see docs/webhooks.md, "API tokens"). */
export type ApiTokenScope =
  /** Everything an ADMIN account may do, except creating API tokens and changing a password. */
  | 'ADMIN'
  /** Read-only bookings: list, read and export bookings, and read the events they belong to. */
  | 'BOOKINGS_READ'
  /** Check-in: find tickets, check them in (and undo), record paper waivers, read attendees and check-in counts and the events they belong to. */
  | 'CHECK_IN'
  /** Everything a STAFF account may do (check-in, reading events, bookings, attendees, waivers, CSV exports), except changing a password. */
  | 'STAFF';

/** A code to try on an event, before booking. */
export type ApplyVoucherInput = {
  /** A private event's secret key from its link (not needed when the code opens the event). */
  accessKey?: string | null | undefined;
  /** The code as the shopper typed it; case and spaces are ignored. */
  code: string;
  /** The event by id; give this or `eventSlug`. */
  eventId?: string | number | null | undefined;
  /** The event by slug; give this or `eventId`. */
  eventSlug?: string | null | undefined;
};

/** New name and e-mail of the attendee of one ticket of the booking. */
export type AttendeeDetailsInput = {
  /** E-mail address, optional; null or empty removes it. */
  email?: string | null | undefined;
  /** Full name. */
  name: string;
  /** The ticket (from `AdminBooking.tickets`). */
  ticketId: string | number;
};

/** The person who uses one ticket. Give one attendee per ticket booked. */
export type AttendeeInput = {
  /** The attendee's answers to the event's ATTENDEE questions asked for this ticket type (see `Event.questions`); errors name `attendees.<n>.answers.<questionId>`. */
  answers?: Array<QuestionAnswerInput>;
  /** E-mail address, optional; each attendee of a booking a different one (attendees `sameAsBuyer` aside). */
  email?: string | null | undefined;
  /** Full name, plain text of at most 100 characters; required unless `sameAsBuyer`. */
  name?: string | null | undefined;
  /** True: the attendee is the buyer (the buyer's name and e-mail are used; name and email here are ignored). */
  sameAsBuyer?: boolean;
  /** Which ticket type this attendee holds; must be one of the lines. */
  ticketTypeId: string | number;
};

/** Narrows the audit log; all given filters must match. */
export type AuditLogFilterInput = {
  /** Only entries by this account. */
  accountId?: string | number | null | undefined;
  /** Only entries about the object with this id. */
  objectId?: string | null | undefined;
  /** Only entries about this kind of object, e.g. "Event". */
  objectType?: string | null | undefined;
};

/** Why signing in was refused. */
export type AuthErrorCode =
  /** The e-mail and password do not match an active account. Deliberately the same whether or not the e-mail has an account. */
  | 'INVALID_CREDENTIALS'
  /** Too many failed sign-ins for this e-mail or from this address lately; the password was not checked. Try again after `retryAfterSeconds`. */
  | 'TOO_MANY_ATTEMPTS';

/** Why a booking could not be made. */
export type BookingErrorCode =
  /** More tickets of the type than one order may contain. */
  | 'ABOVE_MAX_PER_ORDER'
  /** An answer does not suit its question (type, bounds, choices), answers a question not asked of that person, or answers one twice; the field names it as for ANSWER_MISSING. */
  | 'ANSWER_INVALID'
  /** A required question asked of the buyer (field `answers.<questionId>`) or of an attendee (`attendees.<n>.answers.<questionId>`) is not answered. */
  | 'ANSWER_MISSING'
  /** The attendees do not match the tickets: one attendee per ticket, of a booked type. */
  | 'ATTENDEES_MISMATCH'
  /** Fewer tickets of the type than one order must contain. */
  | 'BELOW_MIN_PER_ORDER'
  /** Two attendees of the booking have the same e-mail address (attendees `sameAsBuyer` may share the buyer's). */
  | 'DUPLICATE_ATTENDEE_EMAIL'
  /** No such event, or a private event without its right key (the two look the same). */
  | 'EVENT_NOT_FOUND'
  /** The code (field `voucherCode`) cannot be used for these tickets: unknown, not valid now, disabled, used up, or for other ticket types. One error for all, so it never tells whether a code exists. */
  | 'INVALID_VOUCHER'
  /** Fewer seats of the ticket type are left than asked for. */
  | 'NOT_ENOUGH_SEATS'
  /** Sales for the ticket type have not started yet, or have ended. */
  | 'NOT_ON_SALE'
  /** The event is a series: its ticket types are a template; book one of its dates (`Event.dates`). */
  | 'SERIES_NOT_BOOKABLE'
  /** No seats of the ticket type are left. */
  | 'SOLD_OUT'
  /** The ticket type does not exist for this event or is withdrawn. */
  | 'TICKET_TYPE_NOT_FOUND'
  /** Too many createBooking calls from the caller's network lately (`CHECKOUT_RATE_LIMIT`), or too many bookings already waiting on this server (`BOOKING_QUEUE_LIMIT`); nothing was checked. Try again after `retryAfterSeconds` (also in the `Retry-After` header). */
  | 'TOO_MANY_ATTEMPTS'
  /** The buyer's e-mail address (field `buyer.email`) or the caller's network (no field) already has as many unpaid or free bookings, or tickets in them, for this event as allowed (`BOOKING_OPEN_*`). Paying for one, or its hold ending, makes room. */
  | 'TOO_MANY_OPEN_BOOKINGS'
  /** The code applies to fewer tickets per booking than the booking has of the types it covers. */
  | 'VOUCHER_LIMIT_PER_BOOKING'
  /** The waiting-list offer (field `waitingListOfferToken`) has expired, was used or removed, is for another event, or does not cover the lines (field `lines`: only its ticket type, at most its quantity). */
  | 'WAITING_LIST_OFFER_INVALID';

/** How many tickets of one type to book. */
export type BookingLineInput = {
  /** How many tickets of this type, from 1 to 50 (and within the type's own limits). */
  quantity: number;
  /** The ticket type (from `Event.ticketTypes`). */
  ticketTypeId: string | number;
};

/** Where a booking is in its life. */
export type BookingStatus =
  /** Seats are held until `holdExpiresAt` while the buyer pays. */
  | 'AWAITING_PAYMENT'
  /** Called off (by the buyer before paying, or by an admin, who may have refunded it); the seats went back on sale and the tickets are void. */
  | 'CANCELLED'
  /** Paid (or free): the tickets are issued. */
  | 'CONFIRMED'
  /** Not paid in time; the seats went back on sale. */
  | 'EXPIRED'
  /** Paid, then refunded in part. */
  | 'PARTIALLY_REFUNDED'
  /** The payment provider accepted the payment but has not completed it; seats stay held. */
  | 'PAYMENT_PENDING'
  /** Paid, then refunded in full. */
  | 'REFUNDED';

/** The person who books and pays; booking e-mails go to them. */
export type BuyerInput = {
  /** E-mail address for the confirmation and the link back to the booking. */
  email: string;
  /** Full name, plain text of at most 100 characters (no web or e-mail address). */
  name: string;
};

/** A booking to call off. */
export type CancelBookingInput = {
  /** The booking. */
  bookingId: string | number;
  /** Why, in words for the buyer (it goes into their e-mail and the audit log). */
  reason: string;
  /** Refund what is still refundable of a paid booking (through PayPal) before cancelling it. */
  refund?: boolean;
};

/** What cancelling an event (or one date of a series) does to its bookings. */
export type CancelEventOptionsInput = {
  /** Words from the organiser for the buyers’ e-mail. */
  message?: string | null | undefined;
  /** E-mail every buyer holding seats or tickets that the event is cancelled (with `message`). */
  notifyBuyers?: boolean;
  /** Cancel every paid booking with a full refund through PayPal (in the background, one job per booking). Otherwise paid bookings stay valid, to be refunded on request. */
  refundPaidBookings?: boolean;
};

/** The booking whose payment the buyer called off. */
export type CancelPaymentInput = {
  /** The secret token from the booking's link. */
  bookingToken: string;
};

/** The booking and the PayPal order the buyer approved. */
export type CapturePaymentInput = {
  /** The secret token from the booking's link. */
  bookingToken: string;
  /** The PayPal order id: the `token` query parameter PayPal adds to the return URL. */
  orderId: string;
};

/** A new role for an account. */
export type ChangeAccountRoleInput = {
  /** The account to change. */
  accountId: string | number;
  /** Its new role. */
  role: AdminRole;
};

/** A new password for the signed-in account. */
export type ChangePasswordInput = {
  /** The current password, to prove it is really the account holder. */
  currentPassword: string;
  /** The new password: 12 to 256 characters. */
  newPassword: string;
};

/** Why a ticket was not checked in. */
export type CheckInErrorCode =
  /** The ticket was checked in before (see checkedInAt and checkedInBy). */
  | 'ALREADY_CHECKED_IN'
  /** Undo: the ticket is not checked in. */
  | 'NOT_CHECKED_IN'
  /** The ticket is for another event (nothing else about it is said). */
  | 'NOT_FOR_THIS_EVENT'
  /** No ticket has this code. */
  | 'TICKET_NOT_FOUND'
  /** The ticket does not admit: its booking is not confirmed (unpaid, cancelled, refunded). */
  | 'TICKET_NOT_VALID'
  /** The event requires a waiver the attendee has not signed (online or on paper). */
  | 'WAIVER_UNSIGNED';

/** Which tickets a message counts by check-in. */
export type CheckInFilter =
  /** Checked in or not. */
  | 'ANY'
  /** Only tickets checked in. */
  | 'CHECKED_IN'
  /** Only tickets not checked in. */
  | 'NOT_CHECKED_IN';

/** A ticket to check in, by the code its QR holds or its short code as typed. */
export type CheckInTicketInput = {
  /** An id the scanner draws for this attempt and sends again when retrying it: if that attempt checked the ticket in (its answer was lost), the retry succeeds instead of ALREADY_CHECKED_IN. */
  attemptId?: string | number | null | undefined;
  /** What the QR code holds, or the short code printed under it as typed (any case; dashes and spaces ignored; I and L read as 1, O as 0). */
  code: string;
  /** The event being checked in at; a ticket for another event is then refused as NOT_FOR_THIS_EVENT, saying nothing about it. */
  eventId?: string | number | null | undefined;
};

/** A new admin account. Without `initialPassword` (the usual way) the person gets an invitation e-mail with a single-use link to choose their own password. */
export type CreateAccountInput = {
  /** E-mail address the person will sign in with. */
  email: string;
  /** Optional, for API clients that hand over a password themselves: the account gets this password (12 to 256 characters) and no invitation e-mail is sent; the person should change it after signing in. Leave it out to send an invitation instead. */
  initialPassword?: string | null | undefined;
  /** What the account may do. */
  role: AdminRole;
};

/** A new API token. */
export type CreateApiTokenInput = {
  /** When the token stops working by itself; leave out for a token that works until revoked. */
  expiresAt?: string | null | undefined;
  /** What the token is for, e.g. "Door scanner script" (1 to 100 characters). */
  name: string;
  /** What the token may do: ADMIN or STAFF alone (a whole role), or one or more narrower scopes (BOOKINGS_READ, CHECK_IN). */
  scopes: Array<ApiTokenScope>;
};

/** A booking request: the event (by id or slug, plus the key of a private event), tickets, buyer and attendees. Prices are never sent: the server computes the total. */
export type CreateBookingInput = {
  /** A private event's secret key from its link; ignored for public events. */
  accessKey?: string | null | undefined;
  /** The buyer's answers to the event's BOOKING questions (see `Event.questions`); errors name `answers.<questionId>`. Every answer is checked in one pass and stored with the booking. */
  answers?: Array<QuestionAnswerInput>;
  /** One attendee per ticket (as many of each ticket type as its line's quantity), at most 50. */
  attendees: Array<AttendeeInput>;
  /** Who books and pays. */
  buyer: BuyerInput;
  /** The event by id; give this or `eventSlug`. */
  eventId?: string | number | null | undefined;
  /** The event by slug; give this or `eventId`. */
  eventSlug?: string | null | undefined;
  /** A random key (22 to 100 characters of A-Z, a-z, 0-9, - and _; at least 128 bits) made once per checkout form. Sending the same request again with it returns the same booking instead of holding seats twice; sending changed details with it releases the earlier unpaid booking (if PayPal has not been started for it) and makes a new one. Keep it as secret as the booking token: it opens the booking. */
  idempotencyKey?: string | null | undefined;
  /** Ticket types and quantities, 1 to 50 lines, each type at most once. */
  lines: Array<BookingLineInput>;
  /** A code (voucher) of the event: a discount on the tickets it covers, hidden ticket types it reveals, or a private event it opens. Case and spaces are ignored. Its use is counted with the seats, so a used-up code refuses the booking (INVALID_VOUCHER). */
  voucherCode?: string | null | undefined;
  /** The token of a waiting-list offer (from the offer e-mail’s link): the booking takes the seats held for it (its ticket type only, at most its quantity) and the offer is used up. Without it those seats cannot be bought. */
  waitingListOfferToken?: string | null | undefined;
};

/** A new capacity pool of an event. */
export type CreateCapacityPoolInput = {
  /** The event’s total capacity: every ticket type of the event, also ones added later (one per event). */
  allTicketTypes?: boolean;
  /** Seats the ticket types in it may take together. */
  capacity: number;
  /** The event it belongs to. */
  eventId: string | number;
  /** Name shown to admins, e.g. "Main room". */
  name: string;
  /** The ticket types that share it (at least one, unless `allTicketTypes`). */
  ticketTypeIds?: Array<string | number>;
};

/** A new event. It starts as a DRAFT that only admins see. */
export type CreateEventInput = {
  /** ISO 4217 currency of every price of the event, e.g. EUR: one PayPal accepts (see the `currencies` query). */
  currency: string;
  /** Description (plain text, may be empty). */
  description?: string;
  /** When it ends; must be after `startsAt`. */
  endsAt: string;
  /** What the picture shows, in a sentence, for people who cannot see it (its alt text). */
  imageAlt?: string | null | undefined;
  /** Address (https) of a picture of the event; the site shows it on the event page and in lists. */
  imageUrl?: string | null | undefined;
  /** Make a series: a template (ticket types, pools, questions, texts) whose dates are added with addEventDate / addEventDatesByRule and booked one by one; the series itself is never booked. Fixed at creation. */
  isSeries?: boolean;
  /** E-mail each attendee who has an address of their own (other than the buyer’s) their own ticket when the booking is confirmed; the buyer always gets every ticket. */
  sendAttendeeTickets?: boolean;
  /** Unique, URL-safe name for the event page address. */
  slug: string;
  /** When it starts. */
  startsAt: string;
  /** IANA time zone the event is shown in, e.g. Europe/Berlin. */
  timeZone: string;
  /** Title shown to shoppers. */
  title: string;
  /** Where it takes place. */
  venue: VenueInput;
  /** PUBLIC (listed) or PRIVATE (secret link only; a key is generated). */
  visibility?: EventVisibility;
};

/** A new question for an event; it goes to the end of the event’s list. */
export type CreateQuestionInput = {
  /** The choices of a choice question, in order (at most 100); none for other types. */
  choices?: Array<QuestionChoiceInput>;
  /** Ask it only when another answer is so. */
  dependsOn?: QuestionDependencyInput | null | undefined;
  /** The event that asks it. */
  eventId: string | number;
  /** FILE: the kinds of file accepted (at least one). */
  fileKinds?: Array<FileKind>;
  /** A hint shown under the question (at most 1000 characters). */
  helpText?: string;
  /** The question, as the form shows it (1 to 200 characters). */
  label: string;
  /** FILE: the largest file accepted, in bytes (the server’s UPLOAD_MAX_BYTES caps it). */
  maxFileBytes?: number | null | undefined;
  /** NUMBER: the largest answer allowed. */
  maxNumber?: number | null | undefined;
  /** NUMBER: the smallest answer allowed. */
  minNumber?: number | null | undefined;
  /** True: must be answered whenever it is asked. */
  required?: boolean;
  /** Asked of the buyer once, or of every attendee; cannot be changed later. */
  scope: QuestionScope;
  /** True: the check-in screen shows the answer. */
  showAtDoor?: boolean;
  /** The ticket types it is asked for; empty: all. */
  ticketTypeIds?: Array<string | number>;
  /** What kind of answer it takes; cannot be changed later. */
  type: QuestionType;
};

/** A new reminder rule: "N days and H hours before the start". */
export type CreateReminderRuleInput = {
  /** Who it goes to. */
  audience?: MessageAudience;
  /** Whole days before the start (event’s calendar). */
  daysBefore?: number;
  /** False: kept, but sends nothing until switched on. */
  enabled?: boolean;
  /** The event to remind of. */
  eventId: string | number;
  /** Hours before that. */
  hoursBefore?: number;
  /** Minutes before that. */
  minutesBefore?: number;
  /** Only these ticket types; empty: every type. */
  ticketTypeIds?: Array<string | number>;
};

/** A new ticket type for an event; it goes to the end of the event’s list. */
export type CreateTicketTypeInput = {
  /** Seats in total. */
  capacity: number;
  /** What the ticket includes (plain text, may be empty). */
  description?: string;
  /** The event it belongs to. */
  eventId: string | number;
  /** Hidden: left out of the catalog, shown and sold only with an access code that covers it. */
  hidden?: boolean;
  /** Most tickets of this type one order may contain. */
  maxPerOrder?: number;
  /** Fewest tickets of this type one order may contain. */
  minPerOrder?: number;
  /** Name shown to shoppers, e.g. "Standard". */
  name: string;
  /** Price of one ticket in minor units of the event currency (0 for free). */
  priceMinor: number;
  /** When sales close; null: when the event ends. */
  salesEndAt?: string | null | undefined;
  /** When sales open; null: on publishing. */
  salesStartAt?: string | null | undefined;
};

/** One code the organiser chose, or many the shop draws, for an event. */
export type CreateVouchersInput = {
  /** The code (letters, digits, - and _); give this or `generate`. */
  code?: string | null | undefined;
  /** The event. */
  eventId: string | number;
  /** Codes to draw; give this or `code`. */
  generate?: GenerateVoucherCodesInput | null | undefined;
  /** What the codes do and their limits. */
  settings: VoucherSettingsInput;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** What it is for (at most 200 characters). */
  description?: string | null | undefined;
  /** The kinds of events it receives. */
  eventTypes: Array<WebhookEventType>;
  /** Where deliveries are POSTed: https:// (http:// and loopback addresses only outside production). */
  url: string;
};

/** Whether a date of a series can be booked now. */
export type DateAvailability =
  /** The date is cancelled. */
  | 'CANCELLED'
  /** Sales have not opened yet, or have closed. */
  | 'NOT_ON_SALE'
  /** At least one ticket type of the date is on sale. */
  | 'ON_SALE'
  /** Every seat of the date is sold or held. */
  | 'SOLD_OUT';

/** A price of a new date that differs from its series’ ticket type. */
export type DatePriceOverrideInput = {
  /** The date’s price, in minor units of the currency. */
  priceMinor: number;
  /** A ticket type of the SERIES (the template). */
  ticketTypeId: string | number;
};

/** A copy of an event. */
export type DuplicateEventInput = {
  /** The event to copy. */
  id: string | number;
  /** Slug of the copy; default: the original slug with "-copy" (and a number if taken). */
  slug?: string | null | undefined;
};

/** What an e-mail is about. */
export type EmailKind =
  /** Invites a new admin account, with a single-use link to set its password. */
  | 'ACCOUNT_INVITATION'
  /** An attendee's own ticket (QR code, PDF), sent to their own address; no link to the buyer's booking. */
  | 'ATTENDEE_TICKET'
  /** Tells a buyer their booking was cancelled. */
  | 'BOOKING_CANCELLED'
  /** Tickets (QR codes), order summary and calendar entry for a buyer. */
  | 'BOOKING_CONFIRMATION'
  /** Tells a buyer the event (or the date) they booked was cancelled, with the organiser’s message. */
  | 'EVENT_CANCELLED'
  /** A message an organiser wrote to the buyers or attendees of an event. */
  | 'EVENT_MESSAGE'
  /** A reminder of an event, sent by one of the event's reminder rules. */
  | 'EVENT_REMINDER'
  /** Tells a buyer their payment came after the reservation expired and was refunded. */
  | 'LATE_PAYMENT_REFUNDED'
  /** Tells the organiser's address about a new booking. */
  | 'NEW_BOOKING_NOTICE'
  /** A single-use link to set a new password ("forgot password"). */
  | 'PASSWORD_RESET'
  /** Tells a buyer money was refunded (in full or in part). */
  | 'REFUND_ISSUED'
  /** A code (voucher) for an event, sent by its organiser, with a link that applies it. */
  | 'VOUCHER_CODE'
  /** Tells someone on a waiting list that the event (or the date) was cancelled and nothing was charged, with the organiser’s message. */
  | 'WAITING_LIST_EVENT_CANCELLED'
  /** Seats held for someone on a waiting list, with the link that books them before the offer expires. */
  | 'WAITING_LIST_OFFER'
  /** Reminds an attendee who has not signed the waiver before the event. */
  | 'WAIVER_REMINDER'
  /** Asks one attendee to sign the event waiver, with their signing link. */
  | 'WAIVER_REQUEST'
  /** Tells the ADMINs that a webhook endpoint was disabled because its deliveries kept failing. */
  | 'WEBHOOK_ENDPOINT_DISABLED';

/** Why an e-mail could not be acted on. */
export type EmailMessageErrorCode =
  /** No e-mail has this id. */
  | 'NOT_FOUND'
  /** The e-mail is still queued: it will be sent without a resend. */
  | 'NOT_RESENDABLE';

/** Narrows the list of e-mails; all given filters must match. */
export type EmailMessageFilterInput = {
  /** Only e-mails of this kind. */
  kind?: EmailKind | null | undefined;
  /** Only e-mails to this address (case-insensitive, whole address). */
  recipient?: string | null | undefined;
  /** Only e-mails with this status. */
  status?: EmailStatus | null | undefined;
};

/** Where an e-mail is on its way out. */
export type EmailStatus =
  /** Given up on after a permanent rejection or too many failures; can be resent. */
  | 'FAILED'
  /** Not sent: a recipient had already been sent `EMAIL_MAX_PER_RECIPIENT_PER_HOUR` messages within the hour (`lastError` says so). Kept, never dropped: an admin can send it (resendEmail). */
  | 'HELD'
  /** Mail preview (no SMTP server configured): kept for reading, sent to nobody. */
  | 'PREVIEW'
  /** Waiting to be sent (or being sent right now); retried after failures. */
  | 'QUEUED'
  /** Accepted by the SMTP server. */
  | 'SENT';

/** Why an e-mail text was refused. */
export type EmailTextErrorCode =
  /** The event has no booking with this reference (preview). */
  | 'BOOKING_NOT_FOUND'
  /** No event has this id. */
  | 'EVENT_NOT_FOUND'
  /** This kind of e-mail has no text an organiser can change per event. */
  | 'NOT_EDITABLE'
  /** The text uses a {placeholder} this e-mail does not have. */
  | 'UNKNOWN_PLACEHOLDER';

/** Draws one code per address and e-mails it (through the outbox). */
export type EmailVouchersInput = {
  /** The event. */
  eventId: string | number;
  /** A few words from the organiser, shown above the code. */
  message?: string;
  /** Put before every code (letters, digits and _). */
  prefix?: string;
  /** The addresses, 1 to 1000; each gets its own code. */
  recipients: Array<string>;
  /** What the codes do and their limits. */
  settings: VoucherSettingsInput;
};

/** Why an event change was refused. */
export type EventErrorCode =
  /** Tickets are sold or held, so the currency can no longer change. */
  | 'CURRENCY_LOCKED'
  /** The end would not be after the start. */
  | 'ENDS_BEFORE_START'
  /** The event is cancelled; it cannot be published or unpublished. */
  | 'EVENT_CANCELLED'
  /** No event has this id. */
  | 'EVENT_NOT_FOUND'
  /** Tickets are sold or held; cancel the event instead of unpublishing it. */
  | 'HAS_SALES'
  /** Dates can be added only to a series (createEvent with isSeries). */
  | 'NOT_A_SERIES'
  /** Only a private event has a key to rotate. */
  | 'NOT_PRIVATE'
  /** An event needs an active ticket type to be published. */
  | 'NO_ACTIVE_TICKET_TYPES'
  /** The event is a date of a series and follows it here: change the series instead. */
  | 'PART_OF_SERIES'
  /** Another event already has this slug. */
  | 'SLUG_TAKEN'
  /** The series has no ticket type with this id. */
  | 'TICKET_TYPE_NOT_FOUND';

/** Narrows the list of upcoming events. */
export type EventFilterInput = {
  /** Words to look for in the title, description or venue name (case-insensitive). */
  search?: string | null | undefined;
  /** Only events starting before this instant. */
  startsBefore?: string | null | undefined;
  /** Only events starting at or after this instant. */
  startsFrom?: string | null | undefined;
};

/** A message to the buyers or attendees of an event. */
export type EventMessageInput = {
  /** Who it goes to. */
  audience?: MessageAudience;
  /** Body in Markdown (raw HTML shows as text). Placeholders: {name}, {event.title}, {event.startsAt}, {event.venue}, {booking.reference}, {booking.url} (buyers only; also as a link target, [text]({booking.url})). */
  body: string;
  /** The event. */
  eventId: string | number;
  /** Who among them; default: everyone. */
  filter?: RecipientFilterInput | null | undefined;
  /** Subject line; placeholders such as {event.title} are filled in per recipient. */
  subject: string;
};

/** Where a message to attendees is. */
export type EventMessageStatus =
  /** Called off before it went out (or while it did: the rest is not sent). */
  | 'CANCELLED'
  /** Waiting for its send time. */
  | 'SCHEDULED'
  /** Its e-mails are being written to the outbox. */
  | 'SENDING'
  /** Every recipient’s e-mail is in the outbox; see each recipient’s delivery. */
  | 'SENT';

/** Where an event is in its life. */
export type EventStatus =
  /** Called off; no longer on sale. */
  | 'CANCELLED'
  /** Being prepared; only admins see it. */
  | 'DRAFT'
  /** Visible (to everyone, or to holders of the link if private) and on sale. */
  | 'PUBLISHED';

/** Events that have not ended yet, or have. */
export type EventTimeFilter =
  /** Already ended; most recent first. */
  | 'PAST'
  /** Not ended yet (including running now); soonest first. */
  | 'UPCOMING';

/** Who can find an event. */
export type EventVisibility =
  /** Never listed; reachable only through its secret link. */
  | 'PRIVATE'
  /** Listed in the public catalog. */
  | 'PUBLIC';

/** A kind of file a FILE question accepts, recognised by its content (not its name). */
export type FileKind =
  /** A JPEG image (image/jpeg). */
  | 'JPEG'
  /** A PDF document (application/pdf). */
  | 'PDF'
  /** A PNG image (image/png). */
  | 'PNG';

/** Codes the shop draws: a prefix and how many, each unguessable (80 random bits). */
export type GenerateVoucherCodesInput = {
  /** How many codes, 1 to 1000. */
  count: number;
  /** Put before every code, e.g. "VIP" gives "VIP-7KQ2M9X4TB3HZ8NP". */
  prefix?: string;
};

/** Codes from a CSV file, in the columns adminVouchersCsv writes. */
export type ImportVouchersInput = {
  /** CSV text with a header row: code, discount_kind, discount_value, use_unit, max_uses, max_per_booking, valid_from, valid_until, reveals_hidden, opens_private_event, ticket_type_ids (separated by spaces), reserves_seats. Only `code` and `discount_kind` are required; used_count, disabled and other columns are ignored. */
  csv: string;
  /** The event the codes are for. */
  eventId: string | number;
};

/** Joining the waiting list of a sold-out ticket type. */
export type JoinWaitingListInput = {
  /** The key of a private event (from its link). */
  accessKey?: string | null | undefined;
  /** E-mail address the offer is sent to. */
  email: string;
  /** The event. */
  eventId: string | number;
  /** Name, plain text of at most 100 characters (no web or e-mail address). */
  name: string;
  /** Seats wanted: 1 up to the ticket type’s maximum per order. */
  quantity: number;
  /** The sold-out ticket type. */
  ticketTypeId: string | number;
};

/** Credentials of an admin account. */
export type LoginInput = {
  /** E-mail address of the account (case does not matter). */
  email: string;
  /** Password of the account. */
  password: string;
};

/** Who a reminder or message goes to. */
export type MessageAudience =
  /** Each distinct address among a booking’s attendees (an attendee without one counts as the buyer). */
  | 'ATTENDEES'
  /** The buyer of each booking, one e-mail per booking, with the booking’s link. */
  | 'BUYERS';

/** Why a reminder or message change was refused. */
export type MessageErrorCode =
  /** No event has this id. */
  | 'EVENT_NOT_FOUND'
  /** No message has this id. */
  | 'MESSAGE_NOT_FOUND'
  /** The message has already gone out, or was cancelled. */
  | 'NOT_CANCELLABLE'
  /** A reminder needs a time before the start (days, hours or minutes). */
  | 'NO_OFFSET'
  /** The filter matches nobody. */
  | 'NO_RECIPIENTS'
  /** No reminder rule has this id. */
  | 'REMINDER_RULE_NOT_FOUND'
  /** The send time is after the event has ended. */
  | 'SEND_AT_AFTER_END'
  /** The text uses a {placeholder} that does not exist. */
  | 'UNKNOWN_PLACEHOLDER'
  /** A ticket type id is not one of the event’s. */
  | 'UNKNOWN_TICKET_TYPE';

/** Moving a waiting entry to another place in its line. */
export type MoveWaitingListEntryInput = {
  /** The entry (WAITING). */
  id: string | number;
  /** Its new place among the waiting entries of its ticket type: 1 = next. */
  place: number;
};

/** A ticket of a booking whose attendee is to sign now, from the booking page. */
export type OpenWaiverSigningInput = {
  /** The secret token of the booking’s link. */
  bookingToken: string;
  /** The ticket whose attendee signs. */
  ticketId: string | number;
};

/** Why a payment step did not go through. */
export type PaymentErrorCode =
  /** The amount paid differs from the booking total; the payment was refunded in full. */
  | 'AMOUNT_MISMATCH'
  /** An admin (the organiser) cancelled the booking. An approved payment is not taken any more; one PayPal took anyway is refunded in full (a pending one once it completes). The message says which applies. */
  | 'BOOKING_CANCELLED'
  /** The booking token opens no booking. */
  | 'BOOKING_NOT_FOUND'
  /** The seats are no longer held for this booking. If a payment arrived anyway it was refunded in full; book again. */
  | 'HOLD_EXPIRED'
  /** The booking is not waiting for payment (already paid, pending, cancelled or refunded). */
  | 'NOT_AWAITING_PAYMENT'
  /** The PayPal order is not the one started for this booking. */
  | 'ORDER_MISMATCH'
  /** PayPal declined the payment; nothing was charged. The seats stay held until the hold expires: start the payment again. */
  | 'PAYMENT_DECLINED'
  /** The buyer has not approved the payment at PayPal yet. */
  | 'PAYMENT_NOT_APPROVED'
  /** PayPal could not be reached or did not answer. Nothing is charged twice: try again; a payment that went through is picked up automatically. */
  | 'PAYMENT_PROVIDER_UNAVAILABLE'
  /** PayPal could not capture with the way the buyer chose to pay (INSTRUMENT_DECLINED) or needs the buyer to act (PAYER_ACTION_REQUIRED); nothing was charged. Send the buyer to `approvalUrl`, PayPal's page for the same order, to choose another way to pay; the seats stay held, and the return from there captures as usual. */
  | 'RETURN_TO_PAYPAL'
  /** Too many startPayment calls from the caller's network lately (`CHECKOUT_RATE_LIMIT`); nothing was done. Try again after `retryAfterSeconds` (also in the `Retry-After` header). */
  | 'TOO_MANY_ATTEMPTS';

/** A draft text to preview with a booking’s data (or sample data). */
export type PreviewEventEmailTextInput = {
  /** Opening text in Markdown with {placeholders}. */
  body: string;
  /** Fill it in with this booking of the event; left out: sample data. */
  bookingReference?: string | null | undefined;
  /** The event. */
  eventId: string | number;
  /** Which e-mail (see eventEmailTexts for those that can change). */
  kind: EmailKind;
  /** Subject with {placeholders}; one line. */
  subject: string;
};

/** An answer to one question. Set the field of the question’s type (see `QuestionType`); an empty answer (no value, blank text, no choices) counts as unanswered. */
export type QuestionAnswerInput = {
  /** YES_NO answers. */
  booleanValue?: boolean | null | undefined;
  /** ONE_CHOICE (one id) and MANY_CHOICES answers. */
  choiceIds?: Array<string | number> | null | undefined;
  /** DATE answers, YYYY-MM-DD. */
  dateValue?: string | null | undefined;
  /** FILE answers: the id POST /uploads/questions/<questionId> answered for the file (each upload answers once). */
  fileId?: string | number | null | undefined;
  /** NUMBER answers. */
  numberValue?: number | null | undefined;
  /** The question answered (from `Event.questions`). */
  questionId: string | number;
  /** TEXT, PARAGRAPH, COUNTRY, PHONE and EMAIL answers. */
  textValue?: string | null | undefined;
};

/** A choice of a choice question: a new one (no id) or an existing one (its id). */
export type QuestionChoiceInput = {
  /** True: no longer offered, answers kept. */
  hidden?: boolean;
  /** An existing choice to keep (renamed, reordered); none for a new one. */
  id?: string | number | null | undefined;
  /** What the choice says (1 to 200 characters). */
  label: string;
};

/** Ask a question only when another answer has a given value. */
export type QuestionDependencyInput = {
  /** For a YES_NO question: asked when answered this. */
  booleanValue?: boolean | null | undefined;
  /** For a choice question: asked when this choice is picked. */
  choiceId?: string | number | null | undefined;
  /** The question depended on: YES_NO or a choice question of the same scope. */
  questionId: string | number;
};

/** Why a change to an event’s questions was refused. */
export type QuestionErrorCode =
  /** Only NUMBER questions have bounds. */
  | 'BOUNDS_NOT_ALLOWED'
  /** Only ONE_CHOICE and MANY_CHOICES questions have choices. */
  | 'CHOICES_NOT_ALLOWED'
  /** A choice question needs at least one choice offered. */
  | 'CHOICES_REQUIRED'
  /** A choice id named is not one of the question’s choices. */
  | 'CHOICE_NOT_FOUND'
  /** The question depended on must be another question of the event, of the same scope, YES_NO (with `booleanValue`) or a choice question (with one of its `choiceId`s), and not itself dependent; a question others depend on cannot depend on one. */
  | 'DEPENDENCY_INVALID'
  /** No event has this id. */
  | 'EVENT_NOT_FOUND'
  /** A FILE question needs at least one kind of file and a size limit. */
  | 'FILE_KINDS_REQUIRED'
  /** Only FILE questions have kinds of file and a size limit. */
  | 'FILE_SETTINGS_NOT_ALLOWED'
  /** The question or choice has answers: hide it instead of deleting it. */
  | 'HAS_ANSWERS'
  /** Other questions depend on this question or choice: change them first. */
  | 'HAS_DEPENDENTS'
  /** The smallest answer allowed would be above the largest. */
  | 'MIN_ABOVE_MAX'
  /** No question has this id. */
  | 'QUESTION_NOT_FOUND'
  /** The list must name every question of the event exactly once. */
  | 'REORDER_MISMATCH'
  /** A ticket type named is not one of the event’s. */
  | 'TICKET_TYPE_NOT_FOUND'
  /** The event asks as many questions as allowed (100). */
  | 'TOO_MANY_QUESTIONS';

/** Who answers a question. */
export type QuestionScope =
  /** Every attendee it is asked of (`AttendeeInput.answers`). */
  | 'ATTENDEE'
  /** The buyer, once per booking (`CreateBookingInput.answers`). */
  | 'BOOKING';

/** What kind of answer a question takes, and so which field of `QuestionAnswerInput` carries it. */
export type QuestionType =
  /** A country as its ISO 3166-1 alpha-2 code (`textValue`, e.g. "DE"). */
  | 'COUNTRY'
  /** A calendar date (`dateValue`, YYYY-MM-DD). */
  | 'DATE'
  /** An e-mail address (`textValue`). */
  | 'EMAIL'
  /** A file of one of the question’s `fileKinds`, at most `maxFileBytes` (`fileId`: the id POST /uploads/questions/<questionId> answered). */
  | 'FILE'
  /** Any of the question’s choices (`choiceIds`, each at most once). */
  | 'MANY_CHOICES'
  /** A number (`numberValue`) within the question’s `minNumber`..`maxNumber`. */
  | 'NUMBER'
  /** Exactly one of the question’s choices (`choiceIds` with one id). */
  | 'ONE_CHOICE'
  /** Several lines of text (`textValue`, at most 5000 characters). */
  | 'PARAGRAPH'
  /** A phone number in international form (`textValue`, e.g. "+44 20 7946 0958"). */
  | 'PHONE'
  /** One line of text (`textValue`, at most 200 characters). */
  | 'TEXT'
  /** Yes or no (`booleanValue`). */
  | 'YES_NO';

/** Which bookings’ people a message goes to; a ticket must match every part. */
export type RecipientFilterInput = {
  /** Only bookings in these statuses; default: those with valid tickets (confirmed, partly refunded). */
  bookingStatuses?: Array<BookingStatus> | null | undefined;
  /** By check-in. */
  checkIn?: CheckInFilter;
  /** Only tickets of these types; empty: every type. */
  ticketTypeIds?: Array<string | number>;
  /** By waiver. */
  waiver?: WaiverFilter;
};

/** A waiver signed on paper, recorded by staff. */
export type RecordPaperWaiverInput = {
  /** The name the attendee signed with. */
  signerName: string;
  /** The attendee’s ticket. */
  ticketId: string | number;
};

/** Money to give back for a booking. */
export type RefundBookingInput = {
  /** How much, in minor units of the booking currency; omitted: everything still refundable. */
  amountMinor?: number | null | undefined;
  /** The booking. */
  bookingId: string | number;
  /** A key the client makes once per intended refund (e.g. a UUID when the dialog opens) and sends with every retry: requests with the same key make at most one refund. Omitted: the refunded-so-far sum and amount stand in for it. */
  idempotencyKey?: string | null | undefined;
  /** Why, in words for the buyer (it goes into their e-mail and the refund record). */
  reason: string;
};

/** A new order for an event’s questions. */
export type ReorderQuestionsInput = {
  /** The event. */
  eventId: string | number;
  /** Every question id of the event, exactly once, in the new order. */
  questionIds: Array<string | number>;
};

/** A new display order for an event’s ticket types. */
export type ReorderTicketTypesInput = {
  /** The event. */
  eventId: string | number;
  /** Every ticket type id of the event, exactly once, in the new order. */
  ticketTypeIds: Array<string | number>;
};

/** Whose password to reset ("forgot password"). */
export type RequestPasswordResetInput = {
  /** E-mail address of the account (case does not matter). */
  email: string;
};

/** A booking whose confirmation e-mail to send again. */
export type ResendBookingConfirmationInput = {
  /** The booking. */
  bookingId: string | number;
};

/** An event’s own subject and opening text for one of its e-mails. */
export type SaveEventEmailTextInput = {
  /** Opening text in Markdown with {placeholders}. */
  body: string;
  /** The event. */
  eventId: string | number;
  /** Which e-mail (see eventEmailTexts for those that can change). */
  kind: EmailKind;
  /** Subject with {placeholders}; one line. */
  subject: string;
};

/** A message to send now or at a time. */
export type SendEventMessageInput = {
  /** Who it goes to. */
  audience?: MessageAudience;
  /** Body in Markdown (raw HTML shows as text). Placeholders: {name}, {event.title}, {event.startsAt}, {event.venue}, {booking.reference}, {booking.url} (buyers only; also as a link target, [text]({booking.url})). */
  body: string;
  /** The event. */
  eventId: string | number;
  /** Who among them; default: everyone. */
  filter?: RecipientFilterInput | null | undefined;
  /** When to send; null or past: now. */
  sendAt?: string | null | undefined;
  /** Subject line; placeholders such as {event.title} are filled in per recipient. */
  subject: string;
};

/** Until when buyers may change their answers. */
export type SetAnswersEditableUntilInput = {
  /** The event. */
  eventId: string | number;
  /** The cut-off; null: until the event starts. */
  until?: string | null | undefined;
};

/** Who can find an event. */
export type SetEventVisibilityInput = {
  /** The event to change. */
  id: string | number;
  /** PRIVATE generates a secret key (kept if it has one); PUBLIC removes the key. */
  visibility: EventVisibility;
};

/** A new version of an event’s waiver text. */
export type SetEventWaiverInput = {
  /** The event. */
  eventId: string | number;
  /** Questions of the event (from `Event.questions`, not hidden) that must be answered before this version can be signed: an ATTENDEE question for the signer’s ticket, a BOOKING question for their booking. The signing page asks the missing ones. */
  requiredQuestionIds?: Array<string | number>;
  /** The waiver text (plain text, 1 to 50,000 characters). */
  text: string;
};

/** A password chosen through an e-mailed link (invitation or reset). */
export type SetPasswordWithLinkInput = {
  /** The new password: 12 to 256 characters. */
  newPassword: string;
  /** The token from the link in the e-mail. */
  token: string;
};

/** A code to switch off (at once) or on again. */
export type SetVoucherDisabledInput = {
  /** True: no booking can use it from now on. False: usable again. */
  disabled: boolean;
  /** The code. */
  id: string | number;
};

/** An attendee’s signature through their signing link. */
export type SignWaiverInput = {
  /** Must be true: the signer agrees to the waiver text shown. */
  agree: boolean;
  /** Answers to the questions the waiver requires that are not answered yet (`WaiverToSign.questions`), checked as at checkout and stored with the booking; errors name `answers.<questionId>`. */
  answers?: Array<QuestionAnswerInput>;
  /** The signer’s full name, as typed. */
  fullName: string;
  /** The token of the signing link. */
  token: string;
};

/** Which booking to pay. */
export type StartPaymentInput = {
  /** The secret token from the booking's link (as returned by createBooking). */
  bookingToken: string;
};

/** The answers of the attendee of one ticket of the booking. */
export type TicketAnswersInput = {
  /** Every answer of this attendee; a question left out counts as unanswered. */
  answers?: Array<QuestionAnswerInput>;
  /** The ticket (from `Booking.tickets`). */
  ticketId: string | number;
};

/** Whether a ticket type can be bought now, and if not, why. */
export type TicketAvailability =
  /** Sales have not started yet; see `salesStartAt`. */
  | 'NOT_YET_ON_SALE'
  /** Can be bought now. */
  | 'ON_SALE'
  /** Sales are over (the window closed, or the event ended or was cancelled). */
  | 'SALES_ENDED'
  /** No seats are left. */
  | 'SOLD_OUT';

/** Whether a ticket can be used. */
export type TicketStatus =
  /** Valid: its code admits the attendee. */
  | 'ISSUED'
  /** Reserved; issued once the booking is confirmed. */
  | 'PENDING'
  /** Not valid (the booking expired, was cancelled or refunded). */
  | 'VOID';

/** A check-in to undo. */
export type UndoCheckInInput = {
  /** The event being checked in at; a ticket of another event is refused as NOT_FOR_THIS_EVENT. */
  eventId?: string | number | null | undefined;
  /** The ticket checked in. */
  ticketId: string | number;
};

/** A buyer's change to their booking's answers, by the booking link's token. */
export type UpdateBookingAnswersInput = {
  /** The buyer's answers. */
  answers?: Array<QuestionAnswerInput>;
  /** Each attendee’s answers by ticket; a ticket left out has no answers. */
  attendees?: Array<TicketAnswersInput>;
  /** The secret token of the booking’s link. */
  token: string;
};

/** Corrected buyer and attendee details of a booking (validated as at checkout); what is left out stays as it is. */
export type UpdateBookingDetailsInput = {
  /** Attendees to change, by ticket. */
  attendees?: Array<AttendeeDetailsInput> | null | undefined;
  /** The booking. */
  bookingId: string | number;
  /** The buyer’s new name and e-mail. */
  buyer?: BuyerInput | null | undefined;
  /** Also send the confirmation with the tickets again, to the (new) buyer address. Only for bookings with valid tickets. */
  resendConfirmation?: boolean;
};

/** Changes to a capacity pool; fields left out stay as they are. */
export type UpdateCapacityPoolInput = {
  /** New capacity; never below the seats its ticket types have sold and held. */
  capacity?: number | null | undefined;
  /** The pool to change. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** The ticket types in it from now on (ignored for the event total, which has them all). */
  ticketTypeIds?: Array<string | number> | null | undefined;
};

/** Changes to an event; fields left out (or null) stay as they are. */
export type UpdateEventInput = {
  /** New ISO 4217 currency, one PayPal accepts (see the `currencies` query); refused once tickets are sold or held. */
  currency?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New end; must stay after the start. */
  endsAt?: string | null | undefined;
  /** The event to change. */
  id: string | number;
  /** New alt text of the picture (what it shows); an empty string removes it. */
  imageAlt?: string | null | undefined;
  /** New picture address; an empty string removes the picture. */
  imageUrl?: string | null | undefined;
  /** Whether each attendee with an address of their own is e-mailed their own ticket on confirmation; null: unchanged. */
  sendAttendeeTickets?: boolean | null | undefined;
  /** New slug (the old page address stops working). */
  slug?: string | null | undefined;
  /** New start. */
  startsAt?: string | null | undefined;
  /** New IANA time zone. */
  timeZone?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** New venue (name and address together). */
  venue?: VenueInput | null | undefined;
};

/** Changes to a question; fields left out stay as they are. For bounds and dependsOn an explicit null removes them. */
export type UpdateQuestionInput = {
  /** The full new list of choices, in order: existing ones by id (renamed, hidden or shown), new ones without. A choice left out is deleted, or hidden when answers picked it. */
  choices?: Array<QuestionChoiceInput> | null | undefined;
  /** New dependency; null: always asked. */
  dependsOn?: QuestionDependencyInput | null | undefined;
  /** FILE: the kinds of file accepted. */
  fileKinds?: Array<FileKind> | null | undefined;
  /** New hint. */
  helpText?: string | null | undefined;
  /** True: no longer asked (its answers are kept); false: asked again. */
  hidden?: boolean | null | undefined;
  /** The question to change. */
  id: string | number;
  /** New label. */
  label?: string | null | undefined;
  /** FILE: the largest file accepted, in bytes. */
  maxFileBytes?: number | null | undefined;
  /** NUMBER: new largest answer; null: no bound. */
  maxNumber?: number | null | undefined;
  /** NUMBER: new smallest answer; null: no bound. */
  minNumber?: number | null | undefined;
  /** Whether it must be answered. */
  required?: boolean | null | undefined;
  /** Whether the check-in screen shows the answer. */
  showAtDoor?: boolean | null | undefined;
  /** The ticket types it is asked for; empty: all. */
  ticketTypeIds?: Array<string | number> | null | undefined;
};

/** Changes to a reminder rule; fields left out stay as they are. */
export type UpdateReminderRuleInput = {
  /** Who it goes to. */
  audience?: MessageAudience | null | undefined;
  /** Whole days before the start. */
  daysBefore?: number | null | undefined;
  /** Switch on or off. Switching on (or changing the time) never sends for a time already past. */
  enabled?: boolean | null | undefined;
  /** Hours before that. */
  hoursBefore?: number | null | undefined;
  /** The rule to change. */
  id: string | number;
  /** Minutes before that. */
  minutesBefore?: number | null | undefined;
  /** Only these ticket types; empty: every type. */
  ticketTypeIds?: Array<string | number> | null | undefined;
};

/** Changes to a ticket type; fields left out stay as they are. For the sales window, an explicit null removes that limit. */
export type UpdateTicketTypeInput = {
  /** New capacity; never below the seats sold and held. */
  capacity?: number | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** Hide it (shown and sold only with an access code that covers it) or show it again. */
  hidden?: boolean | null | undefined;
  /** The ticket type to change. */
  id: string | number;
  /** New most per order. */
  maxPerOrder?: number | null | undefined;
  /** New fewest per order. */
  minPerOrder?: number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New price in minor units (applies to future sales). */
  priceMinor?: number | null | undefined;
  /** New end of sales; null: when the event ends. */
  salesEndAt?: string | null | undefined;
  /** New start of sales; null: on publishing. */
  salesStartAt?: string | null | undefined;
};

/** An event’s waiting-list settings. */
export type UpdateWaitingListSettingsInput = {
  /** Whether freed seats are offered to the next people in line at once. */
  autoOffer: boolean;
  /** Whether shoppers may join the list of a sold-out ticket type. */
  enabled: boolean;
  /** The event. */
  eventId: string | number;
  /** Hours an offer holds its seats, 1 to 168. */
  offerHours: number;
};

/** Changes to a webhook endpoint; fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** What it is for. */
  description?: string | null | undefined;
  /** False disables it (it receives nothing new; deliveries waiting stay waiting); true enables it again and its waiting deliveries go out. */
  enabled?: boolean | null | undefined;
  /** The event types it receives from now on. */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /** The endpoint. */
  id: string | number;
  /** A new URL (same rules as when created). */
  url?: string | null | undefined;
};

/** Where an event takes place. */
export type VenueInput = {
  /** Postal address (may be empty). */
  address?: string;
  /** Name of the place, e.g. "Town Hall". */
  name: string;
};

/** Why an organiser’s change to codes was refused. */
export type VoucherAdminErrorCode =
  /** Give either `code` or `generate`. */
  | 'CODE_OR_GENERATE'
  /** The event already has this code (codes are compared in upper case). */
  | 'CODE_TAKEN'
  /** No event has this id. */
  | 'EVENT_NOT_FOUND'
  /** A code must be 3 to 64 letters, digits, - or _. */
  | 'INVALID_CODE'
  /** The CSV text cannot be read, or a row is incomplete (the field names the row). */
  | 'INVALID_CSV'
  /** A percentage must be 1 to 100; an amount or a set price needs a value. */
  | 'INVALID_DISCOUNT'
  /** A code that reserves seats needs exactly one ticket type, a number of uses and an end of validity. */
  | 'INVALID_RESERVATION'
  /** The ticket type has not that many seats free to reserve for the codes. */
  | 'NOT_ENOUGH_SEATS'
  /** The code would do nothing: no discount, reveals, opens and reserves nothing. */
  | 'NO_EFFECT'
  /** A ticket type given is not one of the event’s. */
  | 'TICKET_TYPE_NOT_FOUND'
  /** `validUntil` must be after `validFrom`. */
  | 'VALIDITY_ENDS_BEFORE_START'
  /** No code has this id. */
  | 'VOUCHER_NOT_FOUND';

/** What a code takes off each ticket it covers (rounded half up to a minor unit; never below zero). */
export type VoucherDiscountKind =
  /** `discountValue` minor units off each ticket, at most its price. */
  | 'AMOUNT_OFF'
  /** Nothing: an access code only (hidden ticket types, a private event). */
  | 'NONE'
  /** `discountValue` percent (1 to 100) off each ticket. */
  | 'PERCENTAGE'
  /** Each ticket costs `discountValue` minor units, or its own price if lower. */
  | 'SET_PRICE';

/** What codes do and how often they may be used (shared by create, import and e-mail). */
export type VoucherSettingsInput = {
  /** What the code takes off each ticket it covers. */
  discountKind: VoucherDiscountKind;
  /** Percent (1-100) for PERCENTAGE; minor units of the event currency for AMOUNT_OFF and SET_PRICE. */
  discountValue?: number;
  /** How many tickets of one booking it may cover; null: no limit. */
  maxPerBooking?: number | null | undefined;
  /** How many uses it has (in `useUnit`); null: no limit. */
  maxUses?: number | null | undefined;
  /** Opens the event, when private, without its private link. */
  opensPrivateEvent?: boolean;
  /** Reserves seats for its holders: `maxUses` seats of its one ticket type (`ticketTypeIds`) are set aside when it is made and sold only with it, until used or until `validUntil` (required), when the unused ones go back on sale. Uses are counted in TICKETS. */
  reservesSeats?: boolean;
  /** An access code: reveals the hidden ticket types it covers. */
  revealsHidden?: boolean;
  /** The ticket types it covers; empty: all of the event. */
  ticketTypeIds?: Array<string | number>;
  /** What one use is. */
  useUnit?: VoucherUseUnit;
  /** Valid from; null: at once. */
  validFrom?: string | null | undefined;
  /** Valid until (exclusive); null: no end. */
  validUntil?: string | null | undefined;
};

/** What one use of a code is, for its `maxUses`. */
export type VoucherUseUnit =
  /** Each booking is one use, whatever its tickets. */
  | 'BOOKINGS'
  /** Each ticket of a booking the code covers is one use. */
  | 'TICKETS';

/** Why a waiting-list request was refused. */
export type WaitingListErrorCode =
  /** More seats than one order of this ticket type may have. */
  | 'ABOVE_MAX_PER_ORDER'
  /** This e-mail address is already waiting for this ticket type. */
  | 'ALREADY_ON_LIST'
  /** No waiting-list entry has this id. */
  | 'ENTRY_NOT_FOUND'
  /** There is no such event (or not without its private key). */
  | 'EVENT_NOT_FOUND'
  /** Seats of this ticket type are still for sale: book them instead. */
  | 'NOT_SOLD_OUT'
  /** The entry is no longer waiting (offered, booked, expired or removed). */
  | 'NOT_WAITING'
  /** Not enough seats are free for the entry’s quantity right now. */
  | 'NO_SEATS_FREE'
  /** The event has no such ticket type on sale. */
  | 'TICKET_TYPE_NOT_FOUND'
  /** Too many requests from this address; see `retryAfterSeconds`. */
  | 'TOO_MANY_ATTEMPTS'
  /** This e-mail address is waiting for too many ticket types of the event. */
  | 'TOO_MANY_ENTRIES'
  /** The event’s waiting list is turned off, or its sales have ended. */
  | 'WAITING_LIST_CLOSED';

/** Where a waiting-list entry is. */
export type WaitingListStatus =
  /** Booked with the offer (`bookingId`). */
  | 'ACCEPTED'
  /** Closed because the event (or its date) was cancelled; an offer’s seats went back, and the person was told when the organiser chose to notify. */
  | 'EVENT_CANCELLED'
  /** The offer ran out unused; its seats went to the next person. */
  | 'EXPIRED'
  /** Seats are held for the person until `offerExpiresAt`; the offer e-mail went out. */
  | 'OFFERED'
  /** Taken off the list by an organiser. */
  | 'REMOVED'
  /** In line for seats. */
  | 'WAITING';

/** Why a waiver operation was refused. */
export type WaiverErrorCode =
  /** This waiver is signed already; it cannot be signed again. */
  | 'ALREADY_SIGNED'
  /** An answer does not fit its question, or is not asked on the page. */
  | 'ANSWER_INVALID'
  /** A question the waiver requires is not answered yet. */
  | 'ANSWER_MISSING'
  /** No event has this id. */
  | 'EVENT_NOT_FOUND'
  /** No waiver belongs to this link (unknown or mistyped token). */
  | 'NOT_FOUND'
  /** A required question is not a (visible) question of this event, or is a FILE question (not asked on the signing page). */
  | 'QUESTION_NOT_FOUND'
  /** No ticket has this id. */
  | 'TICKET_NOT_FOUND'
  /** The ticket is not issued on a confirmed booking. */
  | 'TICKET_NOT_VALID'
  /** The event requires no waiver at the moment. */
  | 'WAIVER_NOT_REQUIRED';

/** Which tickets a message counts by the event waiver. */
export type WaiverFilter =
  /** Whatever the waiver status. */
  | 'ANY'
  /** Only attendees who signed the waiver. */
  | 'SIGNED'
  /** Only attendees asked to sign who have not signed yet. */
  | 'UNSIGNED';

/** How a waiver was signed. */
export type WaiverSignatureMethod =
  /** By the attendee, through their signing link. */
  | 'ONLINE'
  /** On paper; an admin or staff member recorded it. */
  | 'PAPER';

/** Where an attendee stands with the event’s waiver. */
export type WaiverStatus =
  /** The event requires no waiver (and the attendee signed none). */
  | 'NOT_REQUIRED'
  /** The attendee signed (online or on paper), on some version of the waiver. */
  | 'SIGNED'
  /** The event requires a waiver and the attendee has not signed it. */
  | 'UNSIGNED';

/** Which deliveries of an endpoint to list. */
export type WebhookDeliveriesInput = {
  /** The endpoint. */
  endpointId: string | number;
  /** How many, newest first (1 to 100). */
  first?: number;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt of its retry schedule (about 3 days) failed; it can be resent. */
  | 'FAILED'
  /** Waiting for its first or next attempt (or being attempted). */
  | 'PENDING';

/** Why a webhook change was refused. */
export type WebhookErrorCode =
  /** The delivery is being attempted right now. */
  | 'DELIVERY_IN_PROGRESS'
  /** No delivery has this id. */
  | 'DELIVERY_NOT_FOUND'
  /** No webhook endpoint has this id. */
  | 'ENDPOINT_NOT_FOUND'
  /** The URL is not one deliveries may go to (see the field’s message). */
  | 'INVALID_URL';

/** A kind of event a webhook endpoint can receive; the delivered body’s `type` is given in each. */
export type WebhookEventType =
  /** `booking.cancelled`: An admin cancelled a booking (its seats went back on sale, its tickets stopped admitting). */
  | 'BOOKING_CANCELLED'
  /** `booking.confirmed`: A booking was confirmed: paid (capture completed) or free; its tickets are issued. */
  | 'BOOKING_CONFIRMED'
  /** `booking.refunded`: A refund of a booking was recorded, in full or in part (`data.refund.full`); sent once per refund. */
  | 'BOOKING_REFUNDED'
  /** `event.cancelled`: An event was cancelled. */
  | 'EVENT_CANCELLED'
  /** `event.published`: An event was published: it is on sale (public, or to holders of its private link). */
  | 'EVENT_PUBLISHED'
  /** `event.updated`: An admin changed an event’s details (title, times, venue, visibility ...). */
  | 'EVENT_UPDATED'
  /** `ticket.checked_in`: A ticket was checked in at the door. */
  | 'TICKET_CHECKED_IN'
  /** `waiting_list.offered`: Seats were offered to someone on a waiting list (held for them until `data.offer.expiresAt`; the offer e-mail is on its way). */
  | 'WAITING_LIST_OFFERED'
  /** `waiver.signed`: An attendee signed their waiver (online through their link, or on paper as recorded at the door). */
  | 'WAIVER_SIGNED';

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

export type UpcomingEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: EventFilterInput | null | undefined;
}>;


export type UpcomingEventsQuery = { events: { edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string, imageUrl: string | null, imageAlt: string | null, isSeries: boolean, dateCount: number, venue: { name: string }, dates: Array<{ startsAt: string }>, ticketTypes: Array<{ availability: TicketAvailability, price: { amountMinor: number, currency: string, decimals: number } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminActionMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminActionMeQuery = { me: { role: AdminRole } | null };

export type CheckoutQuestionFieldsFragment = { id: string, label: string, helpText: string, type: QuestionType, scope: QuestionScope, required: boolean, minNumber: number | null, maxNumber: number | null, fileKinds: Array<FileKind>, maxFileBytes: number | null, ticketTypeIds: Array<string>, choices: Array<{ id: string, label: string }>, dependsOn: { questionId: string, choiceId: string | null, booleanValue: boolean | null } | null };

export type AdminAttendeeFieldsFragment = { ticketId: string, code: string | null, shortCode: string | null, attendeeName: string, attendeeEmail: string | null, ticketTypeName: string, bookingReference: string, bookingStatus: BookingStatus, valid: boolean, checkedInAt: string | null, checkedInBy: string | null, waiverStatus: WaiverStatus, waiverMethod: WaiverSignatureMethod | null, waiverVersion: number | null, waiverSignedAt: string | null, doorAnswers: Array<{ questionId: string, label: string, display: string }> };

export type AdminAttendeeEventFieldsFragment = { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string };

export type ShopperAnswerFragment = { questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null };

export type ShopperBookingFragment = { reference: string, status: BookingStatus, holdExpiresAt: string | null, answersEditableUntil: string | null, confirmedAt: string | null, cancelledAt: string | null, voucherCode: string | null, account: { paid: { amountMinor: number, currency: string, decimals: number }, payments: Array<{ at: string, amount: { amountMinor: number, currency: string, decimals: number } }>, pending: { amountMinor: number, currency: string, decimals: number }, refunded: { amountMinor: number, currency: string, decimals: number }, refunds: Array<{ at: string, amount: { amountMinor: number, currency: string, decimals: number } }>, retained: { amountMinor: number, currency: string, decimals: number } }, buyer: { name: string, email: string }, event: { slug: string, title: string, visibility: EventVisibility, startsAt: string, endsAt: string, timeZone: string, waiverRequired: boolean, questions: Array<{ id: string }>, venue: { name: string, address: string } }, lines: Array<{ ticketTypeId: string, ticketTypeName: string, quantity: number, unitPrice: { amountMinor: number, currency: string, decimals: number }, unitDiscount: { amountMinor: number, currency: string, decimals: number }, total: { amountMinor: number, currency: string, decimals: number } }>, total: { amountMinor: number, currency: string, decimals: number }, discount: { amountMinor: number, currency: string, decimals: number }, answers: Array<{ questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null }>, tickets: Array<{ id: string, ticketTypeId: string, ticketTypeName: string, attendeeName: string, attendeeEmail: string | null, status: TicketStatus, code: string | null, shortCode: string | null, answers: Array<{ questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null }>, waiver: { status: WaiverStatus, signature: { signedAt: string, method: WaiverSignatureMethod } | null } }> };

export type ShopperBookingQueryVariables = Exact<{
  token: string;
}>;


export type ShopperBookingQuery = { booking: { reference: string, status: BookingStatus, holdExpiresAt: string | null, answersEditableUntil: string | null, confirmedAt: string | null, cancelledAt: string | null, voucherCode: string | null, account: { paid: { amountMinor: number, currency: string, decimals: number }, payments: Array<{ at: string, amount: { amountMinor: number, currency: string, decimals: number } }>, pending: { amountMinor: number, currency: string, decimals: number }, refunded: { amountMinor: number, currency: string, decimals: number }, refunds: Array<{ at: string, amount: { amountMinor: number, currency: string, decimals: number } }>, retained: { amountMinor: number, currency: string, decimals: number } }, buyer: { name: string, email: string }, event: { slug: string, title: string, visibility: EventVisibility, startsAt: string, endsAt: string, timeZone: string, waiverRequired: boolean, questions: Array<{ id: string }>, venue: { name: string, address: string } }, lines: Array<{ ticketTypeId: string, ticketTypeName: string, quantity: number, unitPrice: { amountMinor: number, currency: string, decimals: number }, unitDiscount: { amountMinor: number, currency: string, decimals: number }, total: { amountMinor: number, currency: string, decimals: number } }>, total: { amountMinor: number, currency: string, decimals: number }, discount: { amountMinor: number, currency: string, decimals: number }, answers: Array<{ questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null }>, tickets: Array<{ id: string, ticketTypeId: string, ticketTypeName: string, attendeeName: string, attendeeEmail: string | null, status: TicketStatus, code: string | null, shortCode: string | null, answers: Array<{ questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null }>, waiver: { status: WaiverStatus, signature: { signedAt: string, method: WaiverSignatureMethod } | null } }> } | null };

export type DeliveryCountFieldsFragment = { total: number, queued: number, sent: number, failed: number, held: number };

export type MessageDeliveryFieldsFragment = { emailMessageId: string, recipient: string, bookingReference: string, status: EmailStatus, queuedAt: string, sentAt: string | null, error: string | null };

export type ReminderRuleFieldsFragment = { id: string, daysBefore: number, hoursBefore: number, minutesBefore: number, audience: MessageAudience, ticketTypeIds: Array<string>, enabled: boolean, active: boolean, sendsAt: string, deliveries: { total: number, queued: number, sent: number, failed: number, held: number } };

export type ShopperTicketTypeFragment = { id: string, name: string, description: string, availability: TicketAvailability, remaining: number, minPerOrder: number, maxPerOrder: number, maxPurchasable: number, salesStartAt: string | null, salesEndAt: string, price: { amountMinor: number, currency: string, decimals: number } };

export type EventPageQueryVariables = Exact<{
  slug: string;
  accessKey?: string | null | undefined;
}>;


export type EventPageQuery = { event: { id: string, slug: string, title: string, description: string, status: EventStatus, visibility: EventVisibility, startsAt: string, endsAt: string, timeZone: string, currency: string, imageUrl: string | null, imageAlt: string | null, waiverRequired: boolean, isSeries: boolean, dateCount: number, venue: { name: string, address: string }, dates: Array<{ id: string, slug: string, startsAt: string, endsAt: string, availability: DateAvailability, seatsLeft: number }>, series: { slug: string, title: string, dateCount: number } | null, ticketTypes: Array<{ id: string, name: string, description: string, availability: TicketAvailability, remaining: number, minPerOrder: number, maxPerOrder: number, maxPurchasable: number, salesStartAt: string | null, salesEndAt: string, price: { amountMinor: number, currency: string, decimals: number } }>, questions: Array<{ id: string, label: string, helpText: string, type: QuestionType, scope: QuestionScope, required: boolean, minNumber: number | null, maxNumber: number | null, fileKinds: Array<FileKind>, maxFileBytes: number | null, ticketTypeIds: Array<string>, choices: Array<{ id: string, label: string }>, dependsOn: { questionId: string, choiceId: string | null, booleanValue: boolean | null } | null }> } | null };

type UserErrorFields_AccountError_Fragment = { field: string | null, message: string };

type UserErrorFields_AdminBookingError_Fragment = { field: string | null, message: string };

type UserErrorFields_AnswerEditError_Fragment = { field: string | null, message: string };

type UserErrorFields_ApiTokenError_Fragment = { field: string | null, message: string };

type UserErrorFields_AuthError_Fragment = { field: string | null, message: string };

type UserErrorFields_BookingError_Fragment = { field: string | null, message: string };

type UserErrorFields_CapacityPoolError_Fragment = { field: string | null, message: string };

type UserErrorFields_CheckInError_Fragment = { field: string | null, message: string };

type UserErrorFields_EmailMessageError_Fragment = { field: string | null, message: string };

type UserErrorFields_EmailTextError_Fragment = { field: string | null, message: string };

type UserErrorFields_EventError_Fragment = { field: string | null, message: string };

type UserErrorFields_MessageError_Fragment = { field: string | null, message: string };

type UserErrorFields_PaymentError_Fragment = { field: string | null, message: string };

type UserErrorFields_QuestionError_Fragment = { field: string | null, message: string };

type UserErrorFields_TicketTypeError_Fragment = { field: string | null, message: string };

type UserErrorFields_VoucherAdminError_Fragment = { field: string | null, message: string };

type UserErrorFields_VoucherError_Fragment = { field: string | null, message: string };

type UserErrorFields_WaitingListError_Fragment = { field: string | null, message: string };

type UserErrorFields_WaiverError_Fragment = { field: string | null, message: string };

type UserErrorFields_WebhookError_Fragment = { field: string | null, message: string };

export type UserErrorFieldsFragment =
  | UserErrorFields_AccountError_Fragment
  | UserErrorFields_AdminBookingError_Fragment
  | UserErrorFields_AnswerEditError_Fragment
  | UserErrorFields_ApiTokenError_Fragment
  | UserErrorFields_AuthError_Fragment
  | UserErrorFields_BookingError_Fragment
  | UserErrorFields_CapacityPoolError_Fragment
  | UserErrorFields_CheckInError_Fragment
  | UserErrorFields_EmailMessageError_Fragment
  | UserErrorFields_EmailTextError_Fragment
  | UserErrorFields_EventError_Fragment
  | UserErrorFields_MessageError_Fragment
  | UserErrorFields_PaymentError_Fragment
  | UserErrorFields_QuestionError_Fragment
  | UserErrorFields_TicketTypeError_Fragment
  | UserErrorFields_VoucherAdminError_Fragment
  | UserErrorFields_VoucherError_Fragment
  | UserErrorFields_WaitingListError_Fragment
  | UserErrorFields_WaiverError_Fragment
  | UserErrorFields_WebhookError_Fragment
;

export type PasswordRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordRulesQuery = { passwordRules: { minLength: number, maxLength: number } };

export type ShopInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopInfoQuery = { shopInfo: { paymentTestMode: boolean } };

export type ApplyVoucherMutationVariables = Exact<{
  input: ApplyVoucherInput;
}>;


export type ApplyVoucherMutation = { applyVoucher: { voucher: { code: string, discountKind: VoucherDiscountKind, discountValue: number, prices: Array<{ ticketTypeId: string, unitDiscount: { amountMinor: number } }>, revealedTicketTypes: Array<{ id: string, name: string, description: string, availability: TicketAvailability, remaining: number, minPerOrder: number, maxPerOrder: number, maxPurchasable: number, salesStartAt: string | null, salesEndAt: string, price: { amountMinor: number, currency: string, decimals: number } }>, coveredTicketTypes: Array<{ id: string, name: string, description: string, availability: TicketAvailability, remaining: number, minPerOrder: number, maxPerOrder: number, maxPurchasable: number, salesStartAt: string | null, salesEndAt: string, price: { amountMinor: number, currency: string, decimals: number } }> } | null, errors: Array<{ message: string }> } };

export type WaitingListOfferQueryVariables = Exact<{
  token: string;
}>;


export type WaitingListOfferQuery = { waitingListOffer: { status: WaitingListStatus, open: boolean, eventCancelled: boolean, eventSlug: string, eventTitle: string, eventAccessKey: string | null, ticketTypeId: string, ticketTypeName: string, quantity: number, expiresAt: string | null } | null };

export type AdminMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMeQuery = { me: { id: string, email: unknown, role: AdminRole } | null };

export type DashboardSalesFiguresFragment = { ticketsSold: number, bookings: number, revenue: Array<{ currency: string, gross: { amountMinor: number, currency: string, decimals: number }, refunded: { amountMinor: number, currency: string, decimals: number }, net: { amountMinor: number, currency: string, decimals: number } }> };

export type AdminDashboardQueryVariables = Exact<{
  isAdmin: boolean;
}>;


export type AdminDashboardQuery = { salesOverview?: { timeZone: string, today: { ticketsSold: number, bookings: number, revenue: Array<{ currency: string, gross: { amountMinor: number, currency: string, decimals: number }, refunded: { amountMinor: number, currency: string, decimals: number }, net: { amountMinor: number, currency: string, decimals: number } }> }, last7Days: { ticketsSold: number, bookings: number, revenue: Array<{ currency: string, gross: { amountMinor: number, currency: string, decimals: number }, refunded: { amountMinor: number, currency: string, decimals: number }, net: { amountMinor: number, currency: string, decimals: number } }> }, last30Days: { ticketsSold: number, bookings: number, revenue: Array<{ currency: string, gross: { amountMinor: number, currency: string, decimals: number }, refunded: { amountMinor: number, currency: string, decimals: number }, net: { amountMinor: number, currency: string, decimals: number } }> }, daily: Array<{ date: string, ticketsSold: number, revenue: Array<{ currency: string, gross: { amountMinor: number, decimals: number } }> }> }, recentBookings: { nodes: Array<{ id: string, reference: string, status: BookingStatus, createdAt: string, ticketCount: number, buyer: { name: string }, event: { title: string }, total: { amountMinor: number, currency: string, decimals: number } }> }, adminEvents: { nodes: Array<{ id: string, title: string, status: EventStatus, visibility: EventVisibility, startsAt: string, timeZone: string, sales: { capacity: number, sold: number, held: number, remaining: number, revenue?: { amountMinor: number, currency: string, decimals: number } | null }, ticketTypes: Array<{ id: string, name: string, active: boolean, capacity: number, sold: number, held: number, remaining: number }>, capacityPools: Array<{ id: string, name: string, capacity: number, used: number, remaining: number, allTicketTypes: boolean }> }>, pageInfo: { hasNextPage: boolean } }, emailMessages?: { nodes: Array<{ id: string, subject: string, recipients: Array<string>, lastError: string | null, updatedAt: string }>, pageInfo: { hasNextPage: boolean } } };

export type AdminAccountsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminAccountsQuery = { adminAccounts: { nodes: Array<{ id: string, email: unknown, role: AdminRole, disabled: boolean, invitationPending: boolean, createdAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type AdminCreateAccountMutation = { createAccount: { account: { id: string, email: unknown } | null, errors: Array<{ code: AccountErrorCode, field: string | null, message: string }> } };

export type AdminResendInvitationMutationVariables = Exact<{
  accountId: string | number;
}>;


export type AdminResendInvitationMutation = { resendInvitation: { account: { id: string, email: unknown } | null, errors: Array<{ code: AccountErrorCode, field: string | null, message: string }> } };

export type AdminChangeAccountRoleMutationVariables = Exact<{
  input: ChangeAccountRoleInput;
}>;


export type AdminChangeAccountRoleMutation = { changeAccountRole: { account: { id: string, role: AdminRole } | null, errors: Array<{ code: AccountErrorCode, field: string | null, message: string }> } };

export type AdminDisableAccountMutationVariables = Exact<{
  accountId: string | number;
}>;


export type AdminDisableAccountMutation = { disableAccount: { account: { id: string } | null, errors: Array<{ code: AccountErrorCode, field: string | null, message: string }> } };

export type AdminEnableAccountMutationVariables = Exact<{
  accountId: string | number;
}>;


export type AdminEnableAccountMutation = { enableAccount: { account: { id: string } | null, errors: Array<{ code: AccountErrorCode, field: string | null, message: string }> } };

export type AdminApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminApiTokensQuery = { apiTokens: Array<{ id: string, name: string, hint: string, scopes: Array<ApiTokenScope>, createdByEmail: unknown, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> };

export type AdminCreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type AdminCreateApiTokenMutation = { createApiToken: { secret: string | null, token: { id: string, name: string } | null, errors: Array<{ code: ApiTokenErrorCode, field: string | null, message: string }> } };

export type AdminRevokeApiTokenMutationVariables = Exact<{
  tokenId: string | number;
}>;


export type AdminRevokeApiTokenMutation = { revokeApiToken: { token: { id: string, name: string } | null, errors: Array<{ code: ApiTokenErrorCode, field: string | null, message: string }> } };

export type AdminAuditLogQueryVariables = Exact<{
  filter?: AuditLogFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { nodes: Array<{ id: string, at: string, action: string, objectType: string, objectId: string, objectLabel: string | null, currency: string | null, currencyDecimals: number | null, accountId: string | null, accountEmail: string | null, changes: Array<{ field: string, before: unknown, after: unknown }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminBookingsCsvQueryVariables = Exact<{
  filter?: AdminBookingFilterInput | null | undefined;
}>;


export type AdminBookingsCsvQuery = { adminBookingsCsv: string };

export type AdminBookingListQueryVariables = Exact<{
  filter?: AdminBookingFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminBookingListQuery = { adminBookings: { nodes: Array<{ id: string, reference: string, status: BookingStatus, createdAt: string, ticketCount: number, buyer: { name: string, email: string }, event: { id: string, title: string, timeZone: string }, total: { amountMinor: number, currency: string, decimals: number }, refunded: { amountMinor: number, currency: string, decimals: number } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, adminEvents: { nodes: Array<{ id: string, title: string, startsAt: string, timeZone: string }> } };

export type AdminBookingDetailQueryVariables = Exact<{
  id: string | number;
  isAdmin: boolean;
}>;


export type AdminBookingDetailQuery = { adminBooking: { id: string, reference: string, status: BookingStatus, createdAt: string, confirmedAt: string | null, holdExpiresAt: string | null, cancelledAt: string | null, cancellationReason: string | null, ticketCount: number, voucherCode: string | null, buyer: { name: string, email: string }, event: { id: string, title: string, startsAt: string, timeZone: string }, lines: Array<{ ticketTypeId: string, ticketTypeName: string, quantity: number, unitPrice: { amountMinor: number, currency: string, decimals: number }, unitDiscount: { amountMinor: number, currency: string, decimals: number }, total: { amountMinor: number, currency: string, decimals: number } }>, total: { amountMinor: number, currency: string, decimals: number }, refunded: { amountMinor: number, currency: string, decimals: number }, refundable: { amountMinor: number, currency: string, decimals: number }, answers: Array<{ questionId: string, label: string, display: string, file: { id: string, name: string } | null }>, tickets: Array<{ ticketId: string, ticketTypeName: string, attendeeName: string, attendeeEmail: string | null, status: TicketStatus, code: string | null, checkedInAt: string | null, checkedInBy: string | null, waiverStatus: WaiverStatus, waiverSignedAt: string | null, answers: Array<{ questionId: string, label: string, display: string, file: { id: string, name: string } | null }> }>, payments: Array<{ provider: string, orderId: string, captureId: string, status: string, paidBooking: boolean, createdAt: string, amount: { amountMinor: number, currency: string, decimals: number } }>, refunds: Array<{ id: string, reason: string, requestedBy: string | null, ofBookingPayment: boolean, createdAt: string, amount: { amountMinor: number, currency: string, decimals: number } }>, emails?: Array<{ id: string, kind: EmailKind, subject: string, status: EmailStatus, recipients: Array<string>, createdAt: string }> | null } | null };

export type AdminCancelBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type AdminCancelBookingMutation = { cancelBooking: { booking: { id: string, status: BookingStatus } | null, errors: Array<{ code: AdminBookingErrorCode, field: string | null, message: string }> } };

export type AdminRefundBookingMutationVariables = Exact<{
  input: RefundBookingInput;
}>;


export type AdminRefundBookingMutation = { refundBooking: { booking: { id: string, status: BookingStatus } | null, errors: Array<{ code: AdminBookingErrorCode, field: string | null, message: string }> } };

export type AdminResendBookingConfirmationMutationVariables = Exact<{
  input: ResendBookingConfirmationInput;
}>;


export type AdminResendBookingConfirmationMutation = { resendBookingConfirmation: { booking: { id: string } | null, errors: Array<{ code: AdminBookingErrorCode, field: string | null, message: string }> } };

export type AdminResendWaiverRequestMutationVariables = Exact<{
  ticketId: string | number;
}>;


export type AdminResendWaiverRequestMutation = { resendWaiverRequest: { ticketId: string | null, errors: Array<{ code: WaiverErrorCode, field: string | null, message: string }> } };

export type AdminUpdateBookingDetailsMutationVariables = Exact<{
  input: UpdateBookingDetailsInput;
}>;


export type AdminUpdateBookingDetailsMutation = { updateBookingDetails: { booking: { id: string } | null, errors: Array<{ code: AdminBookingErrorCode, field: string | null, message: string }> } };

export type AdminBookingAnswersQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminBookingAnswersQuery = { adminBooking: { id: string, reference: string, event: { id: string, title: string }, answers: Array<{ questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null }>, tickets: Array<{ ticketTypeId: string, ticketTypeName: string, attendeeName: string, id: string, answers: Array<{ questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null }> }> } | null };

export type AdminEventCheckoutQuestionsQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminEventCheckoutQuestionsQuery = { eventQuestions: Array<{ hidden: boolean, id: string, label: string, helpText: string, type: QuestionType, scope: QuestionScope, required: boolean, minNumber: number | null, maxNumber: number | null, fileKinds: Array<FileKind>, maxFileBytes: number | null, ticketTypeIds: Array<string>, choices: Array<{ hidden: boolean, id: string, label: string }>, dependsOn: { questionId: string, choiceId: string | null, booleanValue: boolean | null } | null }> };

export type AdminUpdateBookingAnswersMutationVariables = Exact<{
  input: AdminUpdateBookingAnswersInput;
}>;


export type AdminUpdateBookingAnswersMutation = { adminUpdateBookingAnswers: { saved: boolean, errors: Array<{ code: AnswerEditErrorCode, field: string | null, message: string }> } };

export type AdminEmailListQueryVariables = Exact<{
  filter?: EmailMessageFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminEmailListQuery = { emailMessages: { nodes: Array<{ id: string, kind: EmailKind, status: EmailStatus, subject: string, recipients: Array<string>, createdAt: string, sentAt: string | null, attempts: number, lastError: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminEmailMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminEmailMessageQuery = { emailMessage: { id: string, kind: EmailKind, status: EmailStatus, subject: string, recipients: Array<string>, replyTo: string | null, createdAt: string, updatedAt: string, sentAt: string | null, attempts: number, lastError: string | null, previewHtml: string, text: string, attachments: Array<{ filename: string, contentType: string, size: number }> } | null };

export type AdminResendEmailMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminResendEmailMessageMutation = { resendEmailMessage: { emailMessage: { id: string, status: EmailStatus } | null, errors: Array<{ code: EmailMessageErrorCode, message: string }> } };

export type AdminEventListQueryVariables = Exact<{
  filter?: AdminEventFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminEventListQuery = { adminEvents: { nodes: Array<{ id: string, slug: string, title: string, status: EventStatus, visibility: EventVisibility, startsAt: string, timeZone: string, isSeries: boolean, dateCount: number, sales: { capacity: number, sold: number, held: number } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminQuestionAnswerSummariesQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminQuestionAnswerSummariesQuery = { adminEvent: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string } | null, questionAnswerSummaries: Array<{ answered: number, question: { id: string, label: string, type: QuestionType, scope: QuestionScope, hidden: boolean }, counts: Array<{ label: string, count: number }> }> };

export type AdminEventAttendeesCsvQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminEventAttendeesCsvQuery = { eventAttendeesCsv: string | null, adminEvent: { slug: string } | null };

export type AdminEventAttendeesQueryVariables = Exact<{
  eventId: string | number;
  first: number;
  after?: string | null | undefined;
  search: string;
  searching: boolean;
}>;


export type AdminEventAttendeesQuery = { adminEvent: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string } | null, eventWaiver: { required: boolean, current: { version: number } | null } | null, eventQuestions: Array<{ id: string, label: string, hidden: boolean }>, eventAttendees?: { nodes: Array<{ ticketId: string, code: string | null, shortCode: string | null, attendeeName: string, attendeeEmail: string | null, ticketTypeName: string, bookingReference: string, bookingStatus: BookingStatus, valid: boolean, checkedInAt: string | null, checkedInBy: string | null, waiverStatus: WaiverStatus, waiverMethod: WaiverSignatureMethod | null, waiverVersion: number | null, waiverSignedAt: string | null, answers: Array<{ questionId: string, display: string }>, doorAnswers: Array<{ questionId: string, label: string, display: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, findTickets?: Array<{ ticketId: string, code: string | null, shortCode: string | null, attendeeName: string, attendeeEmail: string | null, ticketTypeName: string, bookingReference: string, bookingStatus: BookingStatus, valid: boolean, checkedInAt: string | null, checkedInBy: string | null, waiverStatus: WaiverStatus, waiverMethod: WaiverSignatureMethod | null, waiverVersion: number | null, waiverSignedAt: string | null, answers: Array<{ questionId: string, display: string }>, doorAnswers: Array<{ questionId: string, label: string, display: string }> }> };

export type AdminRecordPaperWaiverMutationVariables = Exact<{
  input: RecordPaperWaiverInput;
}>;


export type AdminRecordPaperWaiverMutation = { recordPaperWaiver: { ticketId: string | null, signature: { version: number, signerName: string } | null, errors: Array<{ code: WaiverErrorCode, field: string | null, message: string }> } };

export type AdminCheckInEventQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminCheckInEventQuery = { adminEvent: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string } | null, eventWaiver: { required: boolean } | null, checkInCounts: { checkedIn: number, expected: number } };

export type AdminFindTicketsQueryVariables = Exact<{
  eventId: string | number;
  search: string;
}>;


export type AdminFindTicketsQuery = { findTickets: Array<{ ticketId: string, code: string | null, shortCode: string | null, attendeeName: string, attendeeEmail: string | null, ticketTypeName: string, bookingReference: string, bookingStatus: BookingStatus, valid: boolean, checkedInAt: string | null, checkedInBy: string | null, waiverStatus: WaiverStatus, waiverMethod: WaiverSignatureMethod | null, waiverVersion: number | null, waiverSignedAt: string | null, doorAnswers: Array<{ questionId: string, label: string, display: string }> }> };

export type AdminCheckInTicketMutationVariables = Exact<{
  input: CheckInTicketInput;
}>;


export type AdminCheckInTicketMutation = { checkInTicket: { ticket: { ticketId: string, code: string | null, shortCode: string | null, attendeeName: string, attendeeEmail: string | null, ticketTypeName: string, bookingReference: string, bookingStatus: BookingStatus, valid: boolean, checkedInAt: string | null, checkedInBy: string | null, waiverStatus: WaiverStatus, waiverMethod: WaiverSignatureMethod | null, waiverVersion: number | null, waiverSignedAt: string | null, doorAnswers: Array<{ questionId: string, label: string, display: string }> } | null, errors: Array<{ code: CheckInErrorCode, checkedInAt: string | null, checkedInBy: string | null, field: string | null, message: string }> } };

export type AdminUndoCheckInMutationVariables = Exact<{
  input: UndoCheckInInput;
}>;


export type AdminUndoCheckInMutation = { undoCheckIn: { ticket: { ticketId: string, code: string | null, shortCode: string | null, attendeeName: string, attendeeEmail: string | null, ticketTypeName: string, bookingReference: string, bookingStatus: BookingStatus, valid: boolean, checkedInAt: string | null, checkedInBy: string | null, waiverStatus: WaiverStatus, waiverMethod: WaiverSignatureMethod | null, waiverVersion: number | null, waiverSignedAt: string | null, doorAnswers: Array<{ questionId: string, label: string, display: string }> } | null, errors: Array<{ code: CheckInErrorCode, field: string | null, message: string }> } };

export type AdminEventDatesQueryVariables = Exact<{
  id: string | number;
  isAdmin: boolean;
}>;


export type AdminEventDatesQuery = { adminEvent: { id: string, slug: string, title: string, status: EventStatus, isSeries: boolean, timeZone: string, dates: Array<{ id: string, slug: string, startsAt: string, endsAt: string, status: EventStatus, sold: number, held: number, capacity: number, revenue?: { amountMinor: number, currency: string, decimals: number } | null }> } | null };

export type AdminEventDatesAddedFragment = { dates: Array<{ id: string }>, errors: Array<{ code: EventErrorCode, field: string | null, message: string }> };

export type AdminAddEventDateMutationVariables = Exact<{
  input: AddEventDateInput;
}>;


export type AdminAddEventDateMutation = { addEventDate: { dates: Array<{ id: string }>, errors: Array<{ code: EventErrorCode, field: string | null, message: string }> } };

export type AdminAddEventDatesByRuleMutationVariables = Exact<{
  input: AddEventDatesByRuleInput;
}>;


export type AdminAddEventDatesByRuleMutation = { addEventDatesByRule: { dates: Array<{ id: string }>, errors: Array<{ code: EventErrorCode, field: string | null, message: string }> } };

export type AdminCancelEventDateMutationVariables = Exact<{
  id: string | number;
  options?: CancelEventOptionsInput | null | undefined;
}>;


export type AdminCancelEventDateMutation = { cancelEvent: { event: { id: string, status: EventStatus } | null, errors: Array<{ code: EventErrorCode, field: string | null, message: string }> } };

export type AdminEventSavedDetailsFragment = { id: string, slug: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string, currency: string, imageUrl: string | null, imageAlt: string | null, sendAttendeeTickets: boolean, venue: { name: string, address: string } };

export type AdminEventEditorQueryVariables = Exact<{
  id: string | number;
  isAdmin: boolean;
}>;


export type AdminEventEditorQuery = { adminEvent: { status: EventStatus, isSeries: boolean, visibility: EventVisibility, accessKey: string | null, currencyDecimals: number, id: string, slug: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string, currency: string, imageUrl: string | null, imageAlt: string | null, sendAttendeeTickets: boolean, series: { id: string, title: string } | null, sales: { capacity: number, sold: number, revenue?: { amountMinor: number, currency: string, decimals: number } | null }, ticketTypes: Array<{ id: string, name: string, description: string, active: boolean, capacity: number, sold: number, held: number, minPerOrder: number, maxPerOrder: number, salesStartAt: string | null, salesEndAt: string | null, price: { amountMinor: number, currency: string, decimals: number } }>, capacityPools: Array<{ id: string, name: string, capacity: number, used: number, remaining: number, allTicketTypes: boolean, ticketTypeIds: Array<string> }>, venue: { name: string, address: string } } | null, eventWaiver: { required: boolean, current: { version: number } | null } | null, currencies: Array<{ code: string, name: string }> };

export type AdminEventDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminEventDetailsQuery = { adminEvent: { id: string, slug: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string, currency: string, imageUrl: string | null, imageAlt: string | null, sendAttendeeTickets: boolean, venue: { name: string, address: string } } | null };

export type AdminEventCurrencyAndZoneQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminEventCurrencyAndZoneQuery = { adminEvent: { id: string, currency: string, currencyDecimals: number, timeZone: string } | null };

export type AdminEventTicketTypeOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminEventTicketTypeOrderQuery = { adminEvent: { id: string, ticketTypes: Array<{ id: string }> } | null };

export type AdminUpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type AdminUpdateEventMutation = { updateEvent: { event: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminPublishEventMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminPublishEventMutation = { publishEvent: { event: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminUnpublishEventMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminUnpublishEventMutation = { unpublishEvent: { event: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminCancelEventMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminCancelEventMutation = { cancelEvent: { event: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminDuplicateEventMutationVariables = Exact<{
  input: DuplicateEventInput;
}>;


export type AdminDuplicateEventMutation = { duplicateEvent: { event: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminSetEventVisibilityMutationVariables = Exact<{
  input: SetEventVisibilityInput;
}>;


export type AdminSetEventVisibilityMutation = { setEventVisibility: { event: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminRotateEventAccessKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRotateEventAccessKeyMutation = { rotateEventAccessKey: { event: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminCreateTicketTypeMutationVariables = Exact<{
  input: CreateTicketTypeInput;
}>;


export type AdminCreateTicketTypeMutation = { createTicketType: { ticketType: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminUpdateTicketTypeMutationVariables = Exact<{
  input: UpdateTicketTypeInput;
}>;


export type AdminUpdateTicketTypeMutation = { updateTicketType: { ticketType: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminDeactivateTicketTypeMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeactivateTicketTypeMutation = { deactivateTicketType: { ticketType: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminReactivateTicketTypeMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminReactivateTicketTypeMutation = { reactivateTicketType: { ticketType: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminDeleteTicketTypeMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteTicketTypeMutation = { deleteTicketType: { deletedId: string | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminReorderTicketTypesMutationVariables = Exact<{
  input: ReorderTicketTypesInput;
}>;


export type AdminReorderTicketTypesMutation = { reorderTicketTypes: { errors: Array<{ field: string | null, message: string }> } };

export type AdminCreateCapacityPoolMutationVariables = Exact<{
  input: CreateCapacityPoolInput;
}>;


export type AdminCreateCapacityPoolMutation = { createCapacityPool: { pool: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminUpdateCapacityPoolMutationVariables = Exact<{
  input: UpdateCapacityPoolInput;
}>;


export type AdminUpdateCapacityPoolMutation = { updateCapacityPool: { pool: { id: string } | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminDeleteCapacityPoolMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteCapacityPoolMutation = { deleteCapacityPool: { deletedId: string | null, errors: Array<{ field: string | null, message: string }> } };

export type AdminEventPoolSalesQueryVariables = Exact<{
  id: string | number;
  timeZone: string;
}>;


export type AdminEventPoolSalesQuery = { salesOverview: { timeZone: string, pools: Array<{ poolId: string, name: string, allTicketTypes: boolean, capacity: number, used: number, sold: number, ticketsSold: number, ticketsReturned: number, daily: Array<{ date: string, ticketsSold: number, ticketsReturned: number }> }> } };

export type AdminEventEmailTextsQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminEventEmailTextsQuery = { adminEvent: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string } | null, eventEmailTexts: Array<{ kind: EmailKind, title: string, sentWhen: string, subject: string, customised: boolean, lastFailure: string | null, lastFailureAt: string | null, updatedAt: string | null, updatedByEmail: string | null }> | null };

export type AdminEventEmailTextQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminEventEmailTextQuery = { adminEvent: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string } | null, eventEmailTexts: Array<{ kind: EmailKind, title: string, sentWhen: string, subject: string, body: string, customised: boolean, defaultSubject: string, defaultBody: string, lastFailure: string | null, placeholders: Array<{ name: string, description: string }> }> | null };

export type AdminPreviewEventEmailTextQueryVariables = Exact<{
  input: PreviewEventEmailTextInput;
}>;


export type AdminPreviewEventEmailTextQuery = { previewEventEmailText: { subject: string | null, html: string | null, text: string | null, bookingReference: string | null, errors: Array<{ code: EmailTextErrorCode, field: string | null, message: string }> } };

export type AdminSaveEventEmailTextMutationVariables = Exact<{
  input: SaveEventEmailTextInput;
}>;


export type AdminSaveEventEmailTextMutation = { saveEventEmailText: { emailText: { kind: EmailKind } | null, errors: Array<{ code: EmailTextErrorCode, field: string | null, message: string }> } };

export type AdminResetEventEmailTextMutationVariables = Exact<{
  eventId: string | number;
  kind: EmailKind;
}>;


export type AdminResetEventEmailTextMutation = { resetEventEmailText: { emailText: { kind: EmailKind } | null, errors: Array<{ code: EmailTextErrorCode, field: string | null, message: string }> } };

export type AdminEventMessagesQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminEventMessagesQuery = { adminEvent: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string, ticketTypes: Array<{ id: string, name: string }> } | null, reminderRules: Array<{ id: string, daysBefore: number, hoursBefore: number, minutesBefore: number, audience: MessageAudience, ticketTypeIds: Array<string>, enabled: boolean, active: boolean, sendsAt: string, deliveries: { total: number, queued: number, sent: number, failed: number, held: number } }>, eventMessages: Array<{ id: string, subject: string, audience: MessageAudience, status: EventMessageStatus, sendAt: string, recipientCount: number | null, createdByEmail: string | null, filter: { waiver: WaiverFilter, checkIn: CheckInFilter, ticketTypeIds: Array<string>, bookingStatuses: Array<BookingStatus> }, deliveries: { total: number, queued: number, sent: number, failed: number, held: number } }> };

export type AdminPreviewEventMessageQueryVariables = Exact<{
  input: EventMessageInput;
}>;


export type AdminPreviewEventMessageQuery = { previewEventMessage: { recipientCount: number, sampleRecipient: string | null, subject: string | null, html: string | null, text: string | null, errors: Array<{ code: MessageErrorCode, field: string | null, message: string }> } };

export type AdminSendEventMessageMutationVariables = Exact<{
  input: SendEventMessageInput;
}>;


export type AdminSendEventMessageMutation = { sendEventMessage: { message: { id: string } | null, errors: Array<{ code: MessageErrorCode, field: string | null, message: string }> } };

export type AdminCreateReminderRuleMutationVariables = Exact<{
  input: CreateReminderRuleInput;
}>;


export type AdminCreateReminderRuleMutation = { createReminderRule: { reminderRule: { id: string } | null, errors: Array<{ code: MessageErrorCode, field: string | null, message: string }> } };

export type AdminUpdateReminderRuleMutationVariables = Exact<{
  input: UpdateReminderRuleInput;
}>;


export type AdminUpdateReminderRuleMutation = { updateReminderRule: { reminderRule: { id: string } | null, errors: Array<{ code: MessageErrorCode, field: string | null, message: string }> } };

export type AdminDeleteReminderRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteReminderRuleMutation = { deleteReminderRule: { deletedId: string | null, errors: Array<{ code: MessageErrorCode, field: string | null, message: string }> } };

export type AdminCancelEventMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminCancelEventMessageMutation = { cancelEventMessage: { message: { id: string } | null, errors: Array<{ code: MessageErrorCode, field: string | null, message: string }> } };

export type AdminEventMessageProgressQueryVariables = Exact<{
  eventId: string | number;
  messageId: string | number;
}>;


export type AdminEventMessageProgressQuery = { adminEvent: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string } | null, eventMessage: { id: string, eventId: string, subject: string, body: string, status: EventMessageStatus, sendAt: string, recipientCount: number | null, deliveries: { total: number, queued: number, sent: number, failed: number, held: number } } | null, eventMessageDeliveries: Array<{ emailMessageId: string, recipient: string, bookingReference: string, status: EmailStatus, queuedAt: string, sentAt: string | null, error: string | null }> };

export type AdminReminderRuleDeliveriesQueryVariables = Exact<{
  eventId: string | number;
  ruleId: string | number;
}>;


export type AdminReminderRuleDeliveriesQuery = { adminEvent: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string, ticketTypes: Array<{ id: string, name: string }> } | null, reminderRules: Array<{ id: string, daysBefore: number, hoursBefore: number, minutesBefore: number, audience: MessageAudience, ticketTypeIds: Array<string>, enabled: boolean, active: boolean, sendsAt: string, deliveries: { total: number, queued: number, sent: number, failed: number, held: number } }>, reminderRuleDeliveries: Array<{ emailMessageId: string, recipient: string, bookingReference: string, status: EmailStatus, queuedAt: string, sentAt: string | null, error: string | null }> };

export type AdminEventQuestionsQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminEventQuestionsQuery = { adminEvent: { id: string, title: string, timeZone: string, startsAt: string, answersEditableUntil: string | null, ticketTypes: Array<{ id: string, name: string }> } | null, eventQuestions: Array<{ id: string, label: string, helpText: string, type: QuestionType, scope: QuestionScope, required: boolean, showAtDoor: boolean, hidden: boolean, minNumber: number | null, maxNumber: number | null, fileKinds: Array<FileKind>, maxFileBytes: number | null, ticketTypeIds: Array<string>, choices: Array<{ id: string, label: string, hidden: boolean }>, dependsOn: { questionId: string, choiceId: string | null, booleanValue: boolean | null } | null }> };

export type AdminCreateQuestionMutationVariables = Exact<{
  input: CreateQuestionInput;
}>;


export type AdminCreateQuestionMutation = { createQuestion: { question: { id: string, label: string } | null, errors: Array<{ code: QuestionErrorCode, field: string | null, message: string }> } };

export type AdminUpdateQuestionMutationVariables = Exact<{
  input: UpdateQuestionInput;
}>;


export type AdminUpdateQuestionMutation = { updateQuestion: { question: { id: string, label: string, hidden: boolean } | null, errors: Array<{ code: QuestionErrorCode, field: string | null, message: string }> } };

export type AdminReorderQuestionsMutationVariables = Exact<{
  input: ReorderQuestionsInput;
}>;


export type AdminReorderQuestionsMutation = { reorderQuestions: { questions: Array<{ id: string }>, errors: Array<{ code: QuestionErrorCode, field: string | null, message: string }> } };

export type AdminDeleteQuestionMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteQuestionMutation = { deleteQuestion: { deletedId: string | null, errors: Array<{ code: QuestionErrorCode, field: string | null, message: string }> } };

export type AdminSetAnswersEditableUntilMutationVariables = Exact<{
  input: SetAnswersEditableUntilInput;
}>;


export type AdminSetAnswersEditableUntilMutation = { setAnswersEditableUntil: { answersEditableUntil: string | null, errors: Array<{ code: AnswerEditErrorCode, field: string | null, message: string }> } };

export type AdminVouchersCsvQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminVouchersCsvQuery = { adminVouchersCsv: string | null, adminEvent: { slug: string } | null };

export type AdminEventVouchersQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminEventVouchersQuery = { adminEvent: { id: string, title: string, currency: string, currencyDecimals: number, timeZone: string, ticketTypes: Array<{ id: string, name: string, hidden: boolean }> } | null, adminVouchers: Array<{ id: string, code: string, discountKind: VoucherDiscountKind, discountValue: number, revealsHidden: boolean, opensPrivateEvent: boolean, reservesSeats: boolean, reservedSeats: number, ticketTypeIds: Array<string>, validFrom: string | null, validUntil: string | null, maxUses: number | null, useUnit: VoucherUseUnit, usedCount: number, maxPerBooking: number | null, disabledAt: string | null, bookings: Array<{ bookingId: string, reference: string, status: BookingStatus, uses: number }> }> | null };

export type AdminVouchersMadeFragment = { vouchers: Array<{ code: string }>, errors: Array<{ code: VoucherAdminErrorCode, field: string | null, message: string }> };

export type AdminCreateVouchersMutationVariables = Exact<{
  input: CreateVouchersInput;
}>;


export type AdminCreateVouchersMutation = { createVouchers: { vouchers: Array<{ code: string }>, errors: Array<{ code: VoucherAdminErrorCode, field: string | null, message: string }> } };

export type AdminEmailVouchersMutationVariables = Exact<{
  input: EmailVouchersInput;
}>;


export type AdminEmailVouchersMutation = { emailVouchers: { vouchers: Array<{ code: string }>, errors: Array<{ code: VoucherAdminErrorCode, field: string | null, message: string }> } };

export type AdminImportVouchersMutationVariables = Exact<{
  input: ImportVouchersInput;
}>;


export type AdminImportVouchersMutation = { importVouchers: { vouchers: Array<{ code: string }>, errors: Array<{ code: VoucherAdminErrorCode, field: string | null, message: string }> } };

export type AdminSetVoucherDisabledMutationVariables = Exact<{
  input: SetVoucherDisabledInput;
}>;


export type AdminSetVoucherDisabledMutation = { setVoucherDisabled: { voucher: { code: string, disabledAt: string | null } | null, errors: Array<{ code: VoucherAdminErrorCode, field: string | null, message: string }> } };

export type AdminWaitingListQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminWaitingListQuery = { adminEvent: { id: string, title: string, timeZone: string } | null, waitingList: { settings: { enabled: boolean, autoOffer: boolean, offerHours: number }, entries: Array<{ id: string, ticketTypeId: string, ticketTypeName: string, name: string, email: string, quantity: number, place: number | null, status: WaitingListStatus, offerExpiresAt: string | null, createdAt: string }> } | null };

export type AdminWaitingListEntryChangedFragment = { entry: { id: string, name: string, status: WaitingListStatus, place: number | null } | null, errors: Array<{ code: WaitingListErrorCode, field: string | null, message: string }> };

export type AdminMoveWaitingListEntryMutationVariables = Exact<{
  input: MoveWaitingListEntryInput;
}>;


export type AdminMoveWaitingListEntryMutation = { moveWaitingListEntry: { entry: { id: string, name: string, status: WaitingListStatus, place: number | null } | null, errors: Array<{ code: WaitingListErrorCode, field: string | null, message: string }> } };

export type AdminRemoveWaitingListEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRemoveWaitingListEntryMutation = { removeWaitingListEntry: { entry: { id: string, name: string, status: WaitingListStatus, place: number | null } | null, errors: Array<{ code: WaitingListErrorCode, field: string | null, message: string }> } };

export type AdminOfferWaitingListEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminOfferWaitingListEntryMutation = { offerWaitingListEntry: { entry: { id: string, name: string, status: WaitingListStatus, place: number | null } | null, errors: Array<{ code: WaitingListErrorCode, field: string | null, message: string }> } };

export type AdminUpdateWaitingListSettingsMutationVariables = Exact<{
  input: UpdateWaitingListSettingsInput;
}>;


export type AdminUpdateWaitingListSettingsMutation = { updateWaitingListSettings: { settings: { enabled: boolean } | null, errors: Array<{ code: WaitingListErrorCode, field: string | null, message: string }> } };

export type AdminEventWaiverQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminEventWaiverQuery = { adminEvent: { id: string, slug: string, title: string, startsAt: string, endsAt: string, timeZone: string } | null, eventWaiver: { required: boolean, current: { id: string, version: number } | null, versions: Array<{ id: string, version: number, text: string, createdAt: string, createdByEmail: string | null, isCurrent: boolean, requiredQuestions: Array<{ id: string, label: string }> }> } | null, eventQuestions: Array<{ id: string, label: string, scope: QuestionScope, type: QuestionType, hidden: boolean }> };

export type AdminSetEventWaiverMutationVariables = Exact<{
  input: SetEventWaiverInput;
}>;


export type AdminSetEventWaiverMutation = { setEventWaiver: { waiver: { current: { version: number } | null } | null, errors: Array<{ code: WaiverErrorCode, field: string | null, message: string }> } };

export type AdminDisableEventWaiverMutationVariables = Exact<{
  eventId: string | number;
}>;


export type AdminDisableEventWaiverMutation = { disableEventWaiver: { waiver: { required: boolean } | null, errors: Array<{ code: WaiverErrorCode, field: string | null, message: string }> } };

export type AdminWaiverSignaturesCsvQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AdminWaiverSignaturesCsvQuery = { waiverSignaturesCsv: string | null, adminEvent: { slug: string } | null };

export type AdminCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type AdminCreateEventMutation = { createEvent: { event: { id: string } | null, errors: Array<{ code: EventErrorCode, field: string | null, message: string }> } };

export type AdminEventCurrenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminEventCurrenciesQuery = { currencies: Array<{ code: string, name: string }> };

export type AdminChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type AdminChangePasswordMutation = { changePassword: { account: { id: string } | null, errors: Array<{ code: AccountErrorCode, retryAfterSeconds: number | null, field: string | null, message: string }> } };

export type AdminWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, lastSuccessAt: string | null, createdAt: string }> };

export type AdminCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type AdminCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string | null, endpoint: { id: string, url: string } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type AdminUpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type AdminUpdateWebhookEndpointMutation = { updateWebhookEndpoint: { endpoint: { id: string, url: string, enabled: boolean } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type AdminDeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { endpoint: { id: string, url: string } | null, errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type AdminWebhookLogQueryVariables = Exact<{
  input: WebhookDeliveriesInput;
}>;


export type AdminWebhookLogQuery = { webhookEndpoints: Array<{ id: string, url: string, enabled: boolean, disabledReason: string | null }>, webhookDeliveries: Array<{ id: string, webhookId: string, type: string, status: WebhookDeliveryStatus, attemptCount: number, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string, requestBody: string, attempts: Array<{ attemptedAt: string, responseStatus: number | null, durationMs: number, responseBody: string | null, error: string | null }> }> };

export type AdminResendWebhookDeliveryMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type AdminResendWebhookDeliveryMutation = { resendWebhookDelivery: { errors: Array<{ code: WebhookErrorCode, field: string | null, message: string }> } };

export type AdminRequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type AdminRequestPasswordResetMutation = { requestPasswordReset: { accepted: boolean, errors: Array<{ code: AccountErrorCode, field: string | null, message: string }> } };

export type AdminLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AdminLoginMutation = { login: { account: { id: string, role: AdminRole } | null, errors: Array<{ code: AuthErrorCode, retryAfterSeconds: number | null, field: string | null, message: string }> } };

export type AdminLoginMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminLoginMeQuery = { me: { id: string } | null };

export type AdminLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogoutMutation = { logout: { errors: Array<{ code: AuthErrorCode, message: string }> } };

export type AdminPasswordLinkQueryVariables = Exact<{
  token: string;
}>;


export type AdminPasswordLinkQuery = { passwordLink: { link: { email: unknown, invitation: boolean, expiresAt: string } | null, errors: Array<{ code: AccountErrorCode, field: string | null, message: string }> } };

export type AdminSetPasswordWithLinkMutationVariables = Exact<{
  input: SetPasswordWithLinkInput;
}>;


export type AdminSetPasswordWithLinkMutation = { setPasswordWithLink: { account: { id: string } | null, errors: Array<{ code: AccountErrorCode, field: string | null, message: string }> } };

export type OpenWaiverSigningMutationVariables = Exact<{
  input: OpenWaiverSigningInput;
}>;


export type OpenWaiverSigningMutation = { openWaiverSigning: { signingToken: string | null, errors: Array<{ code: WaiverErrorCode, message: string }> } };

export type ShopperBookingAnswersQueryVariables = Exact<{
  token: string;
}>;


export type ShopperBookingAnswersQuery = { booking: { reference: string, answersEditableUntil: string | null, event: { title: string, timeZone: string, questions: Array<{ id: string, label: string, helpText: string, type: QuestionType, scope: QuestionScope, required: boolean, minNumber: number | null, maxNumber: number | null, fileKinds: Array<FileKind>, maxFileBytes: number | null, ticketTypeIds: Array<string>, choices: Array<{ id: string, label: string }>, dependsOn: { questionId: string, choiceId: string | null, booleanValue: boolean | null } | null }> }, answers: Array<{ questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null }>, tickets: Array<{ id: string, ticketTypeId: string, ticketTypeName: string, attendeeName: string, answers: Array<{ questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null }> }> } | null };

export type UpdateBookingAnswersMutationVariables = Exact<{
  input: UpdateBookingAnswersInput;
}>;


export type UpdateBookingAnswersMutation = { updateBookingAnswers: { saved: boolean, errors: Array<{ code: AnswerEditErrorCode, field: string | null, message: string }> } };

export type BookingTicketsPdfQueryVariables = Exact<{
  token: string;
}>;


export type BookingTicketsPdfQuery = { booking: { reference: string, ticketsPdf: string | null } | null };

export type CreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type CreateBookingMutation = { createBooking: { token: string | null, booking: { status: BookingStatus } | null, errors: Array<{ code: BookingErrorCode, field: string | null, message: string }> } };

export type CancelPaymentMutationVariables = Exact<{
  input: CancelPaymentInput;
}>;


export type CancelPaymentMutation = { cancelPayment: { booking: { status: BookingStatus } | null, errors: Array<{ code: PaymentErrorCode, message: string }> } };

export type StartPaymentMutationVariables = Exact<{
  input: StartPaymentInput;
}>;


export type StartPaymentMutation = { startPayment: { approvalUrl: string | null, errors: Array<{ code: PaymentErrorCode, message: string }> } };

export type CapturePaymentMutationVariables = Exact<{
  input: CapturePaymentInput;
}>;


export type CapturePaymentMutation = { capturePayment: { approvalUrl: string | null, booking: { status: BookingStatus, event: { slug: string, title: string, visibility: EventVisibility } } | null, errors: Array<{ code: PaymentErrorCode, message: string }> } };

export type EventCalendarQueryVariables = Exact<{
  slug: string;
  accessKey?: string | null | undefined;
}>;


export type EventCalendarQuery = { event: { slug: string, visibility: EventVisibility, calendarFile: string } | null };

export type EventWaitingListQueryVariables = Exact<{
  slug: string;
  accessKey?: string | null | undefined;
}>;


export type EventWaitingListQuery = { event: { id: string, waitingListOpen: boolean } | null };

export type JoinWaitingListMutationVariables = Exact<{
  input: JoinWaitingListInput;
}>;


export type JoinWaitingListMutation = { joinWaitingList: { place: { ahead: number, quantity: number, offerHours: number } | null, errors: Array<{ code: WaitingListErrorCode, field: string | null, message: string }> } };

export type UnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeMutation = { unsubscribe: { unsubscribed: boolean, eventTitle: string | null, retryAfterSeconds: number | null } };

export type ShopperWaiverToSignQueryVariables = Exact<{
  token: string;
}>;


export type ShopperWaiverToSignQuery = { waiverToSign: { eventTitle: string, eventStartsAt: string, eventEndsAt: string, eventTimeZone: string, attendeeName: string, version: number | null, text: string | null, signature: { signedAt: string, signerName: string, version: number, method: WaiverSignatureMethod } | null, questions: Array<{ id: string, label: string, helpText: string, type: QuestionType, scope: QuestionScope, required: boolean, minNumber: number | null, maxNumber: number | null, fileKinds: Array<FileKind>, maxFileBytes: number | null, ticketTypeIds: Array<string>, choices: Array<{ id: string, label: string }>, dependsOn: { questionId: string, choiceId: string | null, booleanValue: boolean | null } | null }>, answers: Array<{ questionId: string, label: string, display: string, textValue: string | null, numberValue: number | null, dateValue: string | null, booleanValue: boolean | null, choices: Array<{ id: string }>, file: { id: string, name: string } | null }> } | null };

export type ShopperSignWaiverMutationVariables = Exact<{
  input: SignWaiverInput;
}>;


export type ShopperSignWaiverMutation = { signWaiver: { signature: { signedAt: string } | null, errors: Array<{ code: WaiverErrorCode, field: string | null, message: string }> } };

export const CheckoutQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minNumber"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileKinds"}},{"kind":"Field","name":{"kind":"Name","value":"maxFileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}}]}}]}}]} as unknown as DocumentNode<CheckoutQuestionFieldsFragment, unknown>;
export const AdminAttendeeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendeeTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"bookingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"waiverStatus"}},{"kind":"Field","name":{"kind":"Name","value":"waiverMethod"}},{"kind":"Field","name":{"kind":"Name","value":"waiverVersion"}},{"kind":"Field","name":{"kind":"Name","value":"waiverSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doorAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<AdminAttendeeFieldsFragment, unknown>;
export const AdminAttendeeEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<AdminAttendeeEventFieldsFragment, unknown>;
export const ShopperAnswerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"dateValue"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ShopperAnswerFragment, unknown>;
export const ShopperBookingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersEditableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"waiverRequired"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voucherCode"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"dateValue"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ShopperBookingFragment, unknown>;
export const MessageDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<MessageDeliveryFieldsFragment, unknown>;
export const DeliveryCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]} as unknown as DocumentNode<DeliveryCountFieldsFragment, unknown>;
export const ReminderRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"hoursBefore"}},{"kind":"Field","name":{"kind":"Name","value":"minutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryCountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]} as unknown as DocumentNode<ReminderRuleFieldsFragment, unknown>;
export const ShopperTicketTypeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperTicketType"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"minPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"maxPurchasable"}},{"kind":"Field","name":{"kind":"Name","value":"salesStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesEndAt"}}]}}]} as unknown as DocumentNode<ShopperTicketTypeFragment, unknown>;
export const DashboardSalesFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSalesFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketsSold"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"gross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSalesFiguresFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const AdminEventDatesAddedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminEventDatesAdded"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventDatesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminEventDatesAddedFragment, unknown>;
export const AdminEventSavedDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminEventSavedDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"imageAlt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAttendeeTickets"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<AdminEventSavedDetailsFragment, unknown>;
export const AdminVouchersMadeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVouchersMade"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VouchersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminVouchersMadeFragment, unknown>;
export const AdminWaitingListEntryChangedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWaitingListEntryChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListEntryPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminWaitingListEntryChangedFragment, unknown>;
export const UpcomingEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"imageAlt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isSeries"}},{"kind":"Field","name":{"kind":"Name","value":"dateCount"}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UpcomingEventsQuery, UpcomingEventsQueryVariables>;
export const AdminActionMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminActionMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AdminActionMeQuery, AdminActionMeQueryVariables>;
export const ShopperBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopperBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperBooking"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"dateValue"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersEditableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"waiverRequired"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voucherCode"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShopperBookingQuery, ShopperBookingQueryVariables>;
export const EventPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"imageAlt"}},{"kind":"Field","name":{"kind":"Name","value":"waiverRequired"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isSeries"}},{"kind":"Field","name":{"kind":"Name","value":"dateCount"}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dateCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperTicketType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutQuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperTicketType"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"minPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"maxPurchasable"}},{"kind":"Field","name":{"kind":"Name","value":"salesStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesEndAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minNumber"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileKinds"}},{"kind":"Field","name":{"kind":"Name","value":"maxFileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}}]}}]}}]} as unknown as DocumentNode<EventPageQuery, EventPageQueryVariables>;
export const PasswordRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]} as unknown as DocumentNode<PasswordRulesQuery, PasswordRulesQueryVariables>;
export const ShopInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentTestMode"}}]}}]}}]} as unknown as DocumentNode<ShopInfoQuery, ShopInfoQueryVariables>;
export const ApplyVoucherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyVoucher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyVoucherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyVoucher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"discountKind"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revealedTicketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperTicketType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredTicketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperTicketType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperTicketType"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"minPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"maxPurchasable"}},{"kind":"Field","name":{"kind":"Name","value":"salesStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesEndAt"}}]}}]} as unknown as DocumentNode<ApplyVoucherMutation, ApplyVoucherMutationVariables>;
export const WaitingListOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingListOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingListOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"eventCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"eventSlug"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventAccessKey"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<WaitingListOfferQuery, WaitingListOfferQueryVariables>;
export const AdminMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AdminMeQuery, AdminMeQueryVariables>;
export const AdminDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSalesFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last7Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSalesFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last30Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSalesFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsSold"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"gross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recentBookings"},"name":{"kind":"Name","value":"adminBookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"time"},"value":{"kind":"EnumValue","value":"UPCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeDates"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"excludeSeries"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityPools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"allTicketTypes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FAILED"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSalesFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketsSold"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"gross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const AdminAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAccountsQuery, AdminAccountsQueryVariables>;
export const AdminCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCreateAccountMutation, AdminCreateAccountMutationVariables>;
export const AdminResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminResendInvitationMutation, AdminResendInvitationMutationVariables>;
export const AdminChangeAccountRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminChangeAccountRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAccountRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAccountRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminChangeAccountRoleMutation, AdminChangeAccountRoleMutationVariables>;
export const AdminDisableAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDisableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminDisableAccountMutation, AdminDisableAccountMutationVariables>;
export const AdminEnableAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminEnableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminEnableAccountMutation, AdminEnableAccountMutationVariables>;
export const AdminApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdByEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AdminApiTokensQuery, AdminApiTokensQueryVariables>;
export const AdminCreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCreateApiTokenMutation, AdminCreateApiTokenMutationVariables>;
export const AdminRevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tokenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tokenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tokenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminRevokeApiTokenMutation, AdminRevokeApiTokenMutationVariables>;
export const AdminAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"currencyDecimals"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountEmail"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminBookingsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminBookingsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminBookingFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminBookingsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<AdminBookingsCsvQuery, AdminBookingsCsvQueryVariables>;
export const AdminBookingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminBookingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminBookingFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminBookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeDates"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"excludeSeries"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<AdminBookingListQuery, AdminBookingListQueryVariables>;
export const AdminBookingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminBookingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketCount"}},{"kind":"Field","name":{"kind":"Name","value":"voucherCode"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"waiverStatus"}},{"kind":"Field","name":{"kind":"Name","value":"waiverSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"captureId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidBooking"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ofBookingPayment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminBookingDetailQuery, AdminBookingDetailQueryVariables>;
export const AdminCancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCancelBookingMutation, AdminCancelBookingMutationVariables>;
export const AdminRefundBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRefundBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminRefundBookingMutation, AdminRefundBookingMutationVariables>;
export const AdminResendBookingConfirmationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendBookingConfirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendBookingConfirmationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendBookingConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminResendBookingConfirmationMutation, AdminResendBookingConfirmationMutationVariables>;
export const AdminResendWaiverRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendWaiverRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendWaiverRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminResendWaiverRequestMutation, AdminResendWaiverRequestMutationVariables>;
export const AdminUpdateBookingDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateBookingDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBookingDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBookingDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUpdateBookingDetailsMutation, AdminUpdateBookingDetailsMutationVariables>;
export const AdminBookingAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminBookingAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperAnswer"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"dateValue"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminBookingAnswersQuery, AdminBookingAnswersQueryVariables>;
export const AdminEventCheckoutQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventCheckoutQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutQuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minNumber"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileKinds"}},{"kind":"Field","name":{"kind":"Name","value":"maxFileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}}]}}]}}]} as unknown as DocumentNode<AdminEventCheckoutQuestionsQuery, AdminEventCheckoutQuestionsQueryVariables>;
export const AdminUpdateBookingAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateBookingAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateBookingAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateBookingAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUpdateBookingAnswersMutation, AdminUpdateBookingAnswersMutationVariables>;
export const AdminEmailListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmailList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailMessageFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmailListQuery, AdminEmailListQueryVariables>;
export const AdminEmailMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmailMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"previewHtml"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmailMessageQuery, AdminEmailMessageQueryVariables>;
export const AdminResendEmailMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendEmailMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendEmailMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResendEmailMessageMutation, AdminResendEmailMessageMutationVariables>;
export const AdminEventListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEventFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isSeries"}},{"kind":"Field","name":{"kind":"Name","value":"dateCount"}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEventListQuery, AdminEventListQueryVariables>;
export const AdminQuestionAnswerSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminQuestionAnswerSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionAnswerSummaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<AdminQuestionAnswerSummariesQuery, AdminQuestionAnswerSummariesQueryVariables>;
export const AdminEventAttendeesCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventAttendeesCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventAttendeesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<AdminEventAttendeesCsvQuery, AdminEventAttendeesCsvQueryVariables>;
export const AdminEventAttendeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventAttendees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"searching"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventWaiver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventAttendees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"searching"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeFields"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"searching"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeFields"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendeeTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"bookingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"waiverStatus"}},{"kind":"Field","name":{"kind":"Name","value":"waiverMethod"}},{"kind":"Field","name":{"kind":"Name","value":"waiverVersion"}},{"kind":"Field","name":{"kind":"Name","value":"waiverSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doorAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<AdminEventAttendeesQuery, AdminEventAttendeesQueryVariables>;
export const AdminRecordPaperWaiverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRecordPaperWaiver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaperWaiverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPaperWaiver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminRecordPaperWaiverMutation, AdminRecordPaperWaiverMutationVariables>;
export const AdminCheckInEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCheckInEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventWaiver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<AdminCheckInEventQuery, AdminCheckInEventQueryVariables>;
export const AdminFindTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFindTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendeeTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"bookingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"waiverStatus"}},{"kind":"Field","name":{"kind":"Name","value":"waiverMethod"}},{"kind":"Field","name":{"kind":"Name","value":"waiverVersion"}},{"kind":"Field","name":{"kind":"Name","value":"waiverSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doorAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<AdminFindTicketsQuery, AdminFindTicketsQueryVariables>;
export const AdminCheckInTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCheckInTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendeeTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"bookingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"waiverStatus"}},{"kind":"Field","name":{"kind":"Name","value":"waiverMethod"}},{"kind":"Field","name":{"kind":"Name","value":"waiverVersion"}},{"kind":"Field","name":{"kind":"Name","value":"waiverSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doorAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCheckInTicketMutation, AdminCheckInTicketMutationVariables>;
export const AdminUndoCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUndoCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UndoCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendeeTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"bookingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"waiverStatus"}},{"kind":"Field","name":{"kind":"Name","value":"waiverMethod"}},{"kind":"Field","name":{"kind":"Name","value":"waiverVersion"}},{"kind":"Field","name":{"kind":"Name","value":"waiverSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doorAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUndoCheckInMutation, AdminUndoCheckInMutationVariables>;
export const AdminEventDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSeries"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminEventDatesQuery, AdminEventDatesQueryVariables>;
export const AdminAddEventDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddEventDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEventDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEventDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminEventDatesAdded"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminEventDatesAdded"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventDatesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AdminAddEventDateMutation, AdminAddEventDateMutationVariables>;
export const AdminAddEventDatesByRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddEventDatesByRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEventDatesByRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEventDatesByRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminEventDatesAdded"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminEventDatesAdded"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventDatesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AdminAddEventDatesByRuleMutation, AdminAddEventDatesByRuleMutationVariables>;
export const AdminCancelEventDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCancelEventDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelEventOptionsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCancelEventDateMutation, AdminCancelEventDateMutationVariables>;
export const AdminEventEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminEventSavedDetails"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isSeries"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"}},{"kind":"Field","name":{"kind":"Name","value":"currencyDecimals"}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isAdmin"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"minPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"salesStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesEndAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityPools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"allTicketTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventWaiver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminEventSavedDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"imageAlt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAttendeeTickets"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<AdminEventEditorQuery, AdminEventEditorQueryVariables>;
export const AdminEventDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminEventSavedDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminEventSavedDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"imageAlt"}},{"kind":"Field","name":{"kind":"Name","value":"sendAttendeeTickets"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<AdminEventDetailsQuery, AdminEventDetailsQueryVariables>;
export const AdminEventCurrencyAndZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventCurrencyAndZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"currencyDecimals"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<AdminEventCurrencyAndZoneQuery, AdminEventCurrencyAndZoneQueryVariables>;
export const AdminEventTicketTypeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventTicketTypeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEventTicketTypeOrderQuery, AdminEventTicketTypeOrderQueryVariables>;
export const AdminUpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUpdateEventMutation, AdminUpdateEventMutationVariables>;
export const AdminPublishEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminPublishEventMutation, AdminPublishEventMutationVariables>;
export const AdminUnpublishEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUnpublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUnpublishEventMutation, AdminUnpublishEventMutationVariables>;
export const AdminCancelEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCancelEventMutation, AdminCancelEventMutationVariables>;
export const AdminDuplicateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDuplicateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminDuplicateEventMutation, AdminDuplicateEventMutationVariables>;
export const AdminSetEventVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetEventVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEventVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEventVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminSetEventVisibilityMutation, AdminSetEventVisibilityMutationVariables>;
export const AdminRotateEventAccessKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRotateEventAccessKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateEventAccessKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminRotateEventAccessKeyMutation, AdminRotateEventAccessKeyMutationVariables>;
export const AdminCreateTicketTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateTicketType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicketType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCreateTicketTypeMutation, AdminCreateTicketTypeMutationVariables>;
export const AdminUpdateTicketTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateTicketType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicketType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUpdateTicketTypeMutation, AdminUpdateTicketTypeMutationVariables>;
export const AdminDeactivateTicketTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivateTicketType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateTicketType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminDeactivateTicketTypeMutation, AdminDeactivateTicketTypeMutationVariables>;
export const AdminReactivateTicketTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReactivateTicketType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateTicketType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminReactivateTicketTypeMutation, AdminReactivateTicketTypeMutationVariables>;
export const AdminDeleteTicketTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteTicketType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTicketType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminDeleteTicketTypeMutation, AdminDeleteTicketTypeMutationVariables>;
export const AdminReorderTicketTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReorderTicketTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderTicketTypesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderTicketTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminReorderTicketTypesMutation, AdminReorderTicketTypesMutationVariables>;
export const AdminCreateCapacityPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateCapacityPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCapacityPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCapacityPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCreateCapacityPoolMutation, AdminCreateCapacityPoolMutationVariables>;
export const AdminUpdateCapacityPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateCapacityPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapacityPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCapacityPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUpdateCapacityPoolMutation, AdminUpdateCapacityPoolMutationVariables>;
export const AdminDeleteCapacityPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteCapacityPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCapacityPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminDeleteCapacityPoolMutation, AdminDeleteCapacityPoolMutationVariables>;
export const AdminEventPoolSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventPoolSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"pools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allTicketTypes"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsSold"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsSold"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsReturned"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminEventPoolSalesQuery, AdminEventPoolSalesQueryVariables>;
export const AdminEventEmailTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventEmailTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventEmailTexts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sentWhen"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailureAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByEmail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<AdminEventEmailTextsQuery, AdminEventEmailTextsQueryVariables>;
export const AdminEventEmailTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventEmailText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventEmailTexts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sentWhen"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSubject"}},{"kind":"Field","name":{"kind":"Name","value":"defaultBody"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<AdminEventEmailTextQuery, AdminEventEmailTextQueryVariables>;
export const AdminPreviewEventEmailTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPreviewEventEmailText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewEventEmailTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewEventEmailText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminPreviewEventEmailTextQuery, AdminPreviewEventEmailTextQueryVariables>;
export const AdminSaveEventEmailTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSaveEventEmailText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveEventEmailTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEventEmailText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminSaveEventEmailTextMutation, AdminSaveEventEmailTextMutationVariables>;
export const AdminResetEventEmailTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResetEventEmailText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetEventEmailText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailText"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminResetEventEmailTextMutation, AdminResetEventEmailTextMutationVariables>;
export const AdminEventMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdByEmail"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiver"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"bookingStatuses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryCountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"hoursBefore"}},{"kind":"Field","name":{"kind":"Name","value":"minutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryCountFields"}}]}}]}}]} as unknown as DocumentNode<AdminEventMessagesQuery, AdminEventMessagesQueryVariables>;
export const AdminPreviewEventMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPreviewEventMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewEventMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"sampleRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminPreviewEventMessageQuery, AdminPreviewEventMessageQueryVariables>;
export const AdminSendEventMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSendEventMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendEventMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendEventMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminSendEventMessageMutation, AdminSendEventMessageMutationVariables>;
export const AdminCreateReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReminderRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCreateReminderRuleMutation, AdminCreateReminderRuleMutationVariables>;
export const AdminUpdateReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReminderRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUpdateReminderRuleMutation, AdminUpdateReminderRuleMutationVariables>;
export const AdminDeleteReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminDeleteReminderRuleMutation, AdminDeleteReminderRuleMutationVariables>;
export const AdminCancelEventMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCancelEventMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEventMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCancelEventMessageMutation, AdminCancelEventMessageMutationVariables>;
export const AdminEventMessageProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventMessageProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventMessageDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<AdminEventMessageProgressQuery, AdminEventMessageProgressQueryVariables>;
export const AdminReminderRuleDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminReminderRuleDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderRuleDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"hoursBefore"}},{"kind":"Field","name":{"kind":"Name","value":"minutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryCountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<AdminReminderRuleDeliveriesQuery, AdminReminderRuleDeliveriesQueryVariables>;
export const AdminEventQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersEditableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"showAtDoor"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"minNumber"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileKinds"}},{"kind":"Field","name":{"kind":"Name","value":"maxFileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEventQuestionsQuery, AdminEventQuestionsQueryVariables>;
export const AdminCreateQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCreateQuestionMutation, AdminCreateQuestionMutationVariables>;
export const AdminUpdateQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUpdateQuestionMutation, AdminUpdateQuestionMutationVariables>;
export const AdminReorderQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReorderQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderQuestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminReorderQuestionsMutation, AdminReorderQuestionsMutationVariables>;
export const AdminDeleteQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminDeleteQuestionMutation, AdminDeleteQuestionMutationVariables>;
export const AdminSetAnswersEditableUntilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetAnswersEditableUntil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAnswersEditableUntilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAnswersEditableUntil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answersEditableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminSetAnswersEditableUntilMutation, AdminSetAnswersEditableUntilMutationVariables>;
export const AdminVouchersCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminVouchersCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminVouchersCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<AdminVouchersCsvQuery, AdminVouchersCsvQueryVariables>;
export const AdminEventVouchersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventVouchers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"currencyDecimals"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminVouchers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"discountKind"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}},{"kind":"Field","name":{"kind":"Name","value":"revealsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"opensPrivateEvent"}},{"kind":"Field","name":{"kind":"Name","value":"reservesSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"useUnit"}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerBooking"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEventVouchersQuery, AdminEventVouchersQueryVariables>;
export const AdminCreateVouchersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateVouchers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVouchersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVouchers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVouchersMade"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVouchersMade"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VouchersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AdminCreateVouchersMutation, AdminCreateVouchersMutationVariables>;
export const AdminEmailVouchersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminEmailVouchers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailVouchersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailVouchers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVouchersMade"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVouchersMade"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VouchersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AdminEmailVouchersMutation, AdminEmailVouchersMutationVariables>;
export const AdminImportVouchersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminImportVouchers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportVouchersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importVouchers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVouchersMade"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVouchersMade"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VouchersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AdminImportVouchersMutation, AdminImportVouchersMutationVariables>;
export const AdminSetVoucherDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetVoucherDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetVoucherDisabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVoucherDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminSetVoucherDisabledMutation, AdminSetVoucherDisabledMutationVariables>;
export const AdminWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"autoOffer"}},{"kind":"Field","name":{"kind":"Name","value":"offerHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWaitingListQuery, AdminWaitingListQueryVariables>;
export const AdminMoveWaitingListEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminMoveWaitingListEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveWaitingListEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveWaitingListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWaitingListEntryChanged"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWaitingListEntryChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListEntryPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AdminMoveWaitingListEntryMutation, AdminMoveWaitingListEntryMutationVariables>;
export const AdminRemoveWaitingListEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemoveWaitingListEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWaitingListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWaitingListEntryChanged"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWaitingListEntryChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListEntryPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AdminRemoveWaitingListEntryMutation, AdminRemoveWaitingListEntryMutationVariables>;
export const AdminOfferWaitingListEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOfferWaitingListEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerWaitingListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminWaitingListEntryChanged"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminWaitingListEntryChanged"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListEntryPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<AdminOfferWaitingListEntryMutation, AdminOfferWaitingListEntryMutationVariables>;
export const AdminUpdateWaitingListSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateWaitingListSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWaitingListSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWaitingListSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUpdateWaitingListSettingsMutation, AdminUpdateWaitingListSettingsMutationVariables>;
export const AdminEventWaiverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventWaiver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAttendeeEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventWaiver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByEmail"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAttendeeEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<AdminEventWaiverQuery, AdminEventWaiverQueryVariables>;
export const AdminSetEventWaiverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetEventWaiver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEventWaiverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEventWaiver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminSetEventWaiverMutation, AdminSetEventWaiverMutationVariables>;
export const AdminDisableEventWaiverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDisableEventWaiver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableEventWaiver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminDisableEventWaiverMutation, AdminDisableEventWaiverMutationVariables>;
export const AdminWaiverSignaturesCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWaiverSignaturesCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiverSignaturesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]},{"kind":"Field","name":{"kind":"Name","value":"adminEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<AdminWaiverSignaturesCsvQuery, AdminWaiverSignaturesCsvQueryVariables>;
export const AdminCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCreateEventMutation, AdminCreateEventMutationVariables>;
export const AdminEventCurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEventCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminEventCurrenciesQuery, AdminEventCurrenciesQueryVariables>;
export const AdminChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminChangePasswordMutation, AdminChangePasswordMutationVariables>;
export const AdminWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AdminWebhookEndpointsQuery, AdminWebhookEndpointsQueryVariables>;
export const AdminCreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminCreateWebhookEndpointMutation, AdminCreateWebhookEndpointMutationVariables>;
export const AdminUpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUpdateWebhookEndpointMutation, AdminUpdateWebhookEndpointMutationVariables>;
export const AdminDeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminDeleteWebhookEndpointMutation, AdminDeleteWebhookEndpointMutationVariables>;
export const AdminWebhookLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhookLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestBody"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWebhookLogQuery, AdminWebhookLogQueryVariables>;
export const AdminResendWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminResendWebhookDeliveryMutation, AdminResendWebhookDeliveryMutationVariables>;
export const AdminRequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminRequestPasswordResetMutation, AdminRequestPasswordResetMutationVariables>;
export const AdminLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminLoginMutation, AdminLoginMutationVariables>;
export const AdminLoginMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLoginMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminLoginMeQuery, AdminLoginMeQueryVariables>;
export const AdminLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminLogoutMutation, AdminLogoutMutationVariables>;
export const AdminPasswordLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPasswordLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminPasswordLinkQuery, AdminPasswordLinkQueryVariables>;
export const AdminSetPasswordWithLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetPasswordWithLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordWithLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordWithLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminSetPasswordWithLinkMutation, AdminSetPasswordWithLinkMutationVariables>;
export const OpenWaiverSigningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenWaiverSigning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenWaiverSigningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openWaiverSigning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signingToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OpenWaiverSigningMutation, OpenWaiverSigningMutationVariables>;
export const ShopperBookingAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopperBookingAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"answersEditableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutQuestionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperAnswer"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minNumber"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileKinds"}},{"kind":"Field","name":{"kind":"Name","value":"maxFileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"dateValue"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ShopperBookingAnswersQuery, ShopperBookingAnswersQueryVariables>;
export const UpdateBookingAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBookingAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBookingAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBookingAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateBookingAnswersMutation, UpdateBookingAnswersMutationVariables>;
export const BookingTicketsPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingTicketsPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsPdf"}}]}}]}}]} as unknown as DocumentNode<BookingTicketsPdfQuery, BookingTicketsPdfQueryVariables>;
export const CreateBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBookingMutation, CreateBookingMutationVariables>;
export const CancelPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelPaymentMutation, CancelPaymentMutationVariables>;
export const StartPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartPaymentMutation, StartPaymentMutationVariables>;
export const CapturePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CapturePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapturePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capturePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CapturePaymentMutation, CapturePaymentMutationVariables>;
export const EventCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFile"}}]}}]}}]} as unknown as DocumentNode<EventCalendarQuery, EventCalendarQueryVariables>;
export const EventWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventWaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitingListOpen"}}]}}]}}]} as unknown as DocumentNode<EventWaitingListQuery, EventWaitingListQueryVariables>;
export const JoinWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinWaitingListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWaitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ahead"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"offerHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JoinWaitingListMutation, JoinWaitingListMutationVariables>;
export const UnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const ShopperWaiverToSignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopperWaiverToSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiverToSign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopperAnswer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minNumber"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileKinds"}},{"kind":"Field","name":{"kind":"Name","value":"maxFileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopperAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"dateValue"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ShopperWaiverToSignQuery, ShopperWaiverToSignQueryVariables>;
export const ShopperSignWaiverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopperSignWaiver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignWaiverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signWaiver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopperSignWaiverMutation, ShopperSignWaiverMutationVariables>;