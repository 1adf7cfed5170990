/**
 * Making a booking (createBooking): read the catalog (a recent snapshot in a hot sale, fresh when in
 * doubt), apply the booking rules (booking-rules.ts), price it, then write the booking and take its
 * seats (tickets/seat-inventory.ts): a paid booking locks its ticket type rows before writing, so
 * its rows' foreign keys add no shared locks beside other bookings' updates (reserve_paid_booking.sql).
 *
 * A paid booking is one statement (reserve_paid_booking: no BEGIN/COMMIT round trips, which a hot
 * sale feels); a free one is confirmed at once in one unit of work that also runs bookingConfirmed
 * (booking-confirmed.ts) before its seats are taken.
 */
import { AdmissionGate } from '../../common/admission-gate';
import { clientAddressKey } from '../../common/client-address-key';
import type { RequestContext } from '../../common/request-context';
import type { OpenBookingLimits } from '../../config';
import { retryAfterSeconds, type AddressRateLimiter } from '../../db/address-rate-limiter';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import type { EntityManager } from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import { CatalogSnapshots } from '../events/catalog-snapshots';
import type { EventsService, EventWithTicketTypes } from '../events/events.service';
import {
  checkOpenBookingLimits,
  reservePaidBooking,
  seatsRefusal,
  takeSeatsOfNewBooking,
  type OpenBookingCheck,
} from '../tickets/seat-inventory';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import type { QuestionAnswersService, StoredAnswerRow } from '../questions/question-answers.service';
import type { Question } from '../questions/questions.types';
import { bookingConfirmed, type BookingConfirmedEffects } from './booking-confirmed';
import { CheckoutRateCount } from './checkout-rate-count';
import { hashSecretToken } from '../../common/secret-token';
import { isKeyClash, type BookingIdempotency, type KeyClaim } from './booking-idempotency';
import { newBookingReference, newTicketCode } from './booking-codes';
import { mintBookingLink, newBookingToken } from './booking-links';
import { assignTicketShortCodes } from './ticket-short-codes';
import {
  allLinesFree,
  bookingEmailKey,
  bookingError,
  openBookingLimitErrors,
  tooManyAttempts,
  busy,
  checkRequestShape,
  priceBooking,
  requestErrors,
  type CreateBookingRequest,
  type PricedLine,
} from './booking-rules';
import { BookingCause, INITIAL_STATUS } from './booking-status';
import { BookingEntity } from './booking.entity';
import { bookingView, type BookingViews } from './booking-views.service';
import { BookingErrorCode, type Booking, type BookingError } from './bookings.types';
import { TicketStatus, type TicketEntity } from './ticket.entity';
import { discountBooking } from '../vouchers/voucher-pricing';
import { invalidVoucher, ticketTypesShownWith, usesOf, withReservedSeats } from '../vouchers/voucher-rules';
import type { VoucherEntity } from '../vouchers/voucher.entity';
import type { VouchersService } from '../vouchers/vouchers.service';
import {
  claimOffer,
  findOpenOffer,
  linkOfferBooking,
  OfferGoneError,
  offerFits,
  withOfferedSeats,
  type OpenOffer,
} from '../waiting-list/waiting-list-acceptance';
import type { WaitingListOffers } from '../waiting-list/waiting-list-offers';

export type { CreateBookingRequest };

export type CreateBookingResult =
  { booking: Booking; token: string; errors: [] } | { booking: null; token: null; errors: BookingError[] };

export interface ReservationSettings {
  /** How long a new booking holds its seats. */
  holdMinutes: number;
  /** A hold's absolute lifetime (see BookingEntity.holdDeadline). */
  holdMaxMinutes: number;
  /** How long a read of an event and its ticket types may serve later bookings (see CatalogSnapshots). */
  catalogSnapshotMs: number;
  /** Caps on an event's unpaid and free bookings per buyer e-mail and per client address. */
  openLimits: OpenBookingLimits;
  /** Bookings this process makes at once, and how many may wait (see common/admission-gate.ts). */
  admission: { concurrency: number; queueLimit: number };
}

const MINUTE = 60 * 1000;
const REFERENCE_ATTEMPTS = 8;
/**
 * How many times createBooking reads the catalog for one request: a cached copy, then fresh reads
 * while the catalog (a price, say) changes between the read and the seats.
 */
/** How long a submission refused by its buyer's cap waits for a twin submission to claim their key. */
const KEY_WINNER_WAIT_MS = 1000;
const CATALOG_READ_ATTEMPTS = 4;

/**
 * A new booking's rows in one statement: the booking, its lines and its tickets, written before any
 * seat is taken (takeSeatsOfNewBooking comes last). ON CONFLICT DO NOTHING keeps the transaction
 * usable when the random reference is taken: then nothing is written and no row comes back.
 */
const INSERT_BOOKING_ROWS_SQL = `
  WITH new_booking AS (
    INSERT INTO booking (reference, token_hash, event_id, buyer_name, buyer_email, status, total_minor,
                         currency, hold_expires_at, confirmed_at, buyer_email_key, client_address_key,
                         voucher_id, voucher_code, voucher_uses)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $20, $21, $22, $23, $24)
    ON CONFLICT DO NOTHING
    RETURNING id, created_at
  ), new_lines AS (
    INSERT INTO booking_line (booking_id, ticket_type_id, quantity, unit_price_minor, unit_discount_minor)
    SELECT b.id, l.ticket_type_id, l.quantity, l.unit_price_minor, l.unit_discount_minor
    FROM new_booking b,
         unnest($11::uuid[], $12::int[], $13::int[], $25::int[])
           AS l(ticket_type_id, quantity, unit_price_minor, unit_discount_minor)
  ), new_tickets AS (
    INSERT INTO ticket (booking_id, position, ticket_type_id, attendee_name, attendee_email, code,
                        status, issued_at)
    SELECT b.id, t.position - 1, t.ticket_type_id, t.attendee_name, t.attendee_email, t.code,
           $18::ticket_status, $19
    FROM new_booking b,
         unnest($14::uuid[], $15::text[], $16::text[], $17::text[])
           WITH ORDINALITY AS t(ticket_type_id, attendee_name, attendee_email, code, position)
    RETURNING id, position
  )
  SELECT b.id, b.created_at, array(SELECT id FROM new_tickets ORDER BY position) AS ticket_ids
  FROM new_booking b`;

/** What a new booking's row is written with, before its reference and token are drawn. */
type BookingRowFields = Pick<
  BookingEntity,
  | 'eventId'
  | 'buyerName'
  | 'buyerEmail'
  | 'buyerEmailKey'
  | 'clientAddressKey'
  | 'status'
  | 'totalMinor'
  | 'currency'
  | 'holdExpiresAt'
  | 'holdDeadline'
  | 'confirmedAt'
  | 'voucherId'
  | 'voucherCode'
  | 'voucherUses'
>;
type BookingRowCandidate = BookingRowFields & Pick<BookingEntity, 'reference' | 'tokenHash'>;
/** The row INSERT_BOOKING_ROWS_SQL and reserve_paid_booking return for a booking written. */
type InsertedBookingRow = { id: string; created_at: Date; ticket_ids: string[] };
type NewTicket = Pick<TicketEntity, 'ticketTypeId' | 'attendeeName' | 'attendeeEmail' | 'status' | 'code'> & {
  ticketTypeName: string;
};

function failed(errors: BookingError[]): CreateBookingResult {
  return { booking: null, token: null, errors };
}

function offerInvalid(field = 'waitingListOfferToken'): BookingError {
  return bookingError(
    BookingErrorCode.WAITING_LIST_OFFER_INVALID,
    field === 'lines'
      ? 'The waiting-list offer covers only its own ticket type, up to the seats held for you.'
      : 'This waiting-list offer has expired or was already used.',
    field,
  );
}

export class BookingReservationService {
  /** The event, its ticket types and its questions, as a booking is checked against them. */
  private readonly catalogSnapshots: CatalogSnapshots<EventWithTicketTypes & { questions: Question[] }>;
  /** How many createBooking calls run and wait in this process (see createBooking). */
  readonly admission: AdmissionGate;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
    private readonly settings: ReservationSettings,
    private readonly confirmed: BookingConfirmedEffects,
    /** createBooking calls per client address (CHECKOUT_RATE_LIMIT). */
    private readonly rateLimiter: AddressRateLimiter,
    /** The event's codes (modules/vouchers): read fresh for every booking that gives one. */
    private readonly vouchers: VouchersService,
    /** The event's checkout questions: answers checked with the request, stored with the booking. */
    private readonly questions: QuestionAnswersService,
    /** Resubmissions with an idempotency key (booking-idempotency.ts); without it keys are ignored. */
    private readonly keyed?: { idempotency: BookingIdempotency; views: BookingViews },
    /** Seats of an offer booked in part go on to the next people in line (modules/waiting-list). */
    private readonly offers?: WaitingListOffers,
  ) {
    this.catalogSnapshots = new CatalogSnapshots(async (reference) => {
      const found = await events.findWithActiveTicketTypes(reference);
      return found && { ...found, questions: await questions.questionsForBooking(found.event.id) };
    }, settings.catalogSnapshotMs);
    this.admission = new AdmissionGate(settings.admission.concurrency, settings.admission.queueLimit);
  }

  /**
   * Reserves seats: checks the request against the catalog (sales window, min/max per order, seats)
   * and prices it, then writes the booking and, last, holds every line's seats with one conditional
   * UPDATE each (see reserve). A free booking (total 0) is confirmed in the same transaction. Business
   * problems come back as `errors`; malformed requests throw an InvalidInputError.
   *
   * The catalog comes from CatalogSnapshots, so in a hot sale most bookings cost one statement. A copy
   * read earlier is used only to say yes: any refusal is made again on a fresh read, a paid booking
   * from a copy is refused by PostgreSQL if the catalog changed since (CATALOG_CHANGED: start over on
   * a fresh read), and a free one, which that check does not cover, is always made from a fresh read.
   *
   * At most `admission.concurrency` run at once in this process; others wait their turn, and past
   * `admission.queueLimit` waiting the answer is TOO_MANY_ATTEMPTS (busy: try again in a second).
   */
  createBooking(ctx: RequestContext, request: CreateBookingRequest): Promise<CreateBookingResult> {
    return this.admission.run(
      () => this.makeBooking(ctx, request),
      () => failed([busy()]),
    );
  }

  /**
   * Every call counts once against its address's limit (CheckoutRateCount): a paid booking in its own
   * statement, anything else here, and a caller past the limit is told so instead of anything else.
   */
  private async makeBooking(
    ctx: RequestContext,
    request: CreateBookingRequest,
  ): Promise<CreateBookingResult> {
    const rateCount = new CheckoutRateCount(this.rateLimiter, ctx.clientAddress);
    let result: CreateBookingResult;
    try {
      result = await this.attemptBooking(ctx, request, rateCount);
    } catch (error) {
      // A malformed request counts too; if counting fails as well, the first error is the one to tell.
      const limited = await rateCount.count().catch(() => null);
      if (limited) return failed([limited]);
      throw error;
    }
    const limited = await rateCount.count();
    return limited ? failed([limited]) : result;
  }

  private async attemptBooking(
    ctx: RequestContext,
    request: CreateBookingRequest,
    rateCount: CheckoutRateCount,
  ): Promise<CreateBookingResult> {
    checkRequestShape(request);
    const claim = this.keyed?.idempotency.claimOf(request) ?? null;
    if (claim) {
      const earlier = await this.keyed!.idempotency.previous(ctx, claim);
      if (earlier) {
        const limited = await rateCount.count();
        return limited ? failed([limited]) : this.replay(ctx, earlier);
      }
    }
    const eventReference = request.eventId ? { id: request.eventId } : { slug: request.eventSlug! };
    // A waiting-list offer: its seats are held for this buyer alone (waiting-list-acceptance.ts).
    const offer = request.waitingListOfferToken
      ? await findOpenOffer(this.uow.manager, request.waitingListOfferToken, ctx.now)
      : null;
    if (request.waitingListOfferToken && !offer) return failed([offerInvalid()]);

    let fresh = false;
    for (let attempt = 1; ; attempt++) {
      const { found, cached } = await this.catalogSnapshots.get(eventReference, { fresh });
      fresh = true;
      const voucher = found ? await this.vouchers.forBooking(ctx, found.event, request.voucherCode) : null;
      // The offer's holder may open the (private) event it was made for.
      const accessKey =
        offer && offer.eventId === found?.event.id ? found.event.accessKey : request.accessKey;
      if (!found || !voucher || !this.vouchers.eventOpenTo(found.event, accessKey, voucher.usable)) {
        if (cached) continue;
        return failed([
          bookingError(
            BookingErrorCode.EVENT_NOT_FOUND,
            'There is no such event.',
            request.eventId ? 'eventId' : 'eventSlug',
          ),
        ]);
      }
      const { event, ticketTypes } = found;
      if (event.isSeries) {
        return failed([
          bookingError(
            BookingErrorCode.SERIES_NOT_BOOKABLE,
            'This is a series of dates: pick one of its dates to book.',
            request.eventId ? 'eventId' : 'eventSlug',
          ),
        ]);
      }
      if (offer && offer.eventId !== event.id) return failed([offerInvalid()]);
      const shown = withOfferedSeats(
        withReservedSeats(ticketTypesShownWith(ticketTypes, voucher.usable), voucher.usable),
        offer,
      );
      const byId = new Map(shown.map((ticketType) => [ticketType.id, ticketType]));
      const answers = this.questions.checkRequest(found.questions, request);
      const errors = [
        ...requestErrors(request, byId, event, ctx.now),
        ...voucher.errors(request, byId),
        ...answers.errors,
        ...(answers.errors.length === 0 ? await this.questions.fileErrors(answers.rows, null) : []),
        ...(offer && !offerFits(offer, request.lines) ? [offerInvalid('lines')] : []),
      ];
      if (errors.length > 0) {
        if (cached) continue;
        return failed(errors);
      }
      // A free booking, and one with a code (which may make it free), is made from a fresh read.
      if (cached && (allLinesFree(request, byId) || voucher.usable || offer)) continue;

      try {
        return await this.reserve(
          ctx,
          request,
          event,
          byId,
          claim,
          voucher.usable,
          answers.rows,
          offer,
          rateCount,
        );
      } catch (error) {
        if (error instanceof OfferGoneError) return failed([offerInvalid()]);
        // The same form submitted twice at once: the other submission's booking is the answer.
        if (claim && isKeyClash(error)) return this.replayWinner(ctx, claim);
        const refusal = seatsRefusal(error);
        if (!refusal) throw error;
        if (refusal.reason === 'RATE_LIMITED') {
          rateCount.settledByStatement();
          return failed([tooManyAttempts(retryAfterSeconds(refusal.retryAfterMs))]);
        }
        // The code's last uses went to other bookings (or it was disabled) since it was read.
        if (refusal.reason === 'VOUCHER_USED_UP') return failed([invalidVoucher()]);
        if (refusal.reason === 'OPEN_BOOKING_LIMIT') {
          // The same form submitted many times at once fills its buyer's cap with its own copies: the
          // copy that claims the key is the answer for the ones the cap refused.
          const winner = claim ? await this.awaitKeyWinner(claim) : null;
          if (winner) return this.replay(ctx, winner);
          return failed(openBookingLimitErrors(refusal.exceeded, this.seatCap(ticketTypes)));
        }
        // What was read no longer holds (and the price read is the one charged): start over.
        if (cached || refusal.reason !== 'SEATS_UNAVAILABLE') {
          if (attempt < CATALOG_READ_ATTEMPTS) continue;
          throw new Error(`the catalog of event ${event.id} kept changing during a booking`, {
            cause: error,
          });
        }
        const index = request.lines.findIndex((line) => line.ticketTypeId === refusal.ticketTypeId);
        const name = byId.get(refusal.ticketTypeId!)!.name;
        return failed([
          bookingError(
            BookingErrorCode.SOLD_OUT,
            `Not enough "${name}" tickets are left.`,
            `lines.${index}.quantity`,
            refusal.ticketTypeId,
          ),
        ]);
      }
    }
  }

  /**
   * The reservation, priced from the ticket types read by createBooking. Everything that can happen
   * before the transaction does (total, codes, the view's rows); in it, one statement writes the
   * booking, its lines and tickets, and the seats are taken last. Throws what taking the seats raises
   * (see seatsRefusal), nothing left written.
   */
  private async reserve(
    ctx: RequestContext,
    request: CreateBookingRequest,
    event: EventEntity,
    ticketTypes: Map<string, TicketTypeEntity>,
    claim: KeyClaim | null,
    voucher: VoucherEntity | null,
    answers: StoredAnswerRow[],
    offer: OpenOffer | null,
    rateCount: CheckoutRateCount,
  ): Promise<CreateBookingResult> {
    const now = ctx.now;
    const listPriced = priceBooking(request, ticketTypes);
    const priced = voucher ? discountBooking(listPriced, voucher) : listPriced;
    const { free } = priced;
    const fields: BookingRowFields = {
      eventId: event.id,
      buyerName: priced.buyerName,
      buyerEmail: priced.buyerEmail,
      buyerEmailKey: bookingEmailKey(priced.buyerEmail),
      clientAddressKey: ctx.clientAddress === null ? null : clientAddressKey(ctx.clientAddress),
      status: INITIAL_STATUS[free ? BookingCause.RESERVED_FREE : BookingCause.RESERVED],
      totalMinor: priced.totalMinor,
      currency: event.currency,
      holdExpiresAt: free ? null : new Date(now.getTime() + this.settings.holdMinutes * MINUTE),
      holdDeadline: free ? null : new Date(now.getTime() + this.settings.holdMaxMinutes * MINUTE),
      confirmedAt: free ? now : null,
      voucherId: voucher?.id ?? null,
      voucherCode: voucher?.code ?? null,
      voucherUses: voucher ? usesOf(voucher, request.lines) : 0,
    };
    // A free booking's tickets are issued at once: their codes are drawn here, outside the transaction.
    const tickets: NewTicket[] = priced.tickets.map((ticket) => ({
      ...ticket,
      status: free ? TicketStatus.ISSUED : TicketStatus.PENDING,
      code: free ? newTicketCode() : null,
    }));
    const limitsCheck: OpenBookingCheck = {
      event_id: event.id,
      buyer_email_key: fields.buyerEmailKey!,
      client_address_key: fields.clientAddressKey,
      seats: tickets.length,
      limits: {
        per_email: this.settings.openLimits.perEmail,
        per_address: this.settings.openLimits.perAddress,
        seats: this.seatCap([...ticketTypes.values()]),
      },
    };
    // A booking with a waiting-list offer is exempt from the open-booking caps (its seats are its own).
    const limits = offer ? null : limitsCheck.limits;
    const freeSteps = async (tx: Transaction) => {
      if (!offer) await checkOpenBookingLimits(tx, limitsCheck);
      const inserted = await this.insertBookingRows(fields, (candidate) =>
        this.insertFreeBookingRows(tx, candidate, priced.lines, tickets, now),
      );
      await assignTicketShortCodes(tx.manager, inserted.ticketIds);
      await this.questions.store(tx, inserted.booking.id, inserted.ticketIds, answers);
      // Claimed first: a free booking that loses the race for its key is never written at all.
      if (claim) await this.keyed!.idempotency.claim(tx.manager, inserted.booking.id, claim);
      await bookingConfirmed(this.confirmed, tx, inserted.booking.id);
      await takeSeatsOfNewBooking(tx, inserted.booking.id);
      return inserted;
    };
    const paidRows = (manager: EntityManager) =>
      this.insertBookingRows(fields, async (candidate) => {
        // Only a paid booking in a statement of its own counts the call in it (in an offer's
        // transaction a later step could roll the count back); a retry with another reference does not.
        const rateLimit = offer ? undefined : rateCount.forStatement();
        const reserved = await reservePaidBooking(manager, {
          ...limitsCheck,
          rate_limit: rateLimit,
          limits,
          reference: candidate.reference,
          token_hash: candidate.tokenHash,
          event_id: candidate.eventId,
          catalog_version: event.catalogVersion,
          buyer_name: candidate.buyerName,
          buyer_email: candidate.buyerEmail,
          total_minor: candidate.totalMinor,
          currency: candidate.currency,
          hold_expires_at: candidate.holdExpiresAt!.toISOString(),
          hold_deadline: candidate.holdDeadline!.toISOString(),
          voucher_id: candidate.voucherId,
          voucher_code: candidate.voucherCode,
          voucher_uses: candidate.voucherUses,
          lines: priced.lines.map((line) => ({
            ticket_type_id: line.ticketTypeId,
            quantity: line.quantity,
            unit_price_minor: line.unitPriceMinor,
            unit_discount_minor: line.unitDiscountMinor,
          })),
          tickets: tickets.map((ticket) => ({
            ticket_type_id: ticket.ticketTypeId,
            attendee_name: ticket.attendeeName,
            attendee_email: ticket.attendeeEmail,
          })),
          answers,
        });
        if (rateLimit) rateCount.settledByStatement();
        return reserved;
      });
    if (offer || free) {
      const limited = await rateCount.count();
      if (limited) return failed([limited]);
    }
    const written = offer
      ? // The offer's seats go back and the booking takes them in one transaction (entry, ticket
        // types, pools: the lock order of offers); the rest of a partly booked offer goes on.
        await this.uow.withTransaction(ctx, async (tx) => {
          if (!(await claimOffer(tx, offer))) throw new OfferGoneError();
          const inserted = free ? await freeSteps(tx) : await paidRows(tx.manager);
          await linkOfferBooking(tx, offer.id, inserted.booking.id);
          if (tickets.length < offer.quantity) await this.offers?.offerFreedSeats(tx, [event.id]);
          return inserted;
        })
      : free
        ? await this.uow.withTransaction(ctx, freeSteps)
        : await paidRows(this.uow.manager);

    if (claim && !free) {
      try {
        await this.keyed!.idempotency.claim(this.uow.manager, written.booking.id, claim);
      } catch (error) {
        if (!isKeyClash(error)) throw error;
        await this.keyed!.idempotency.releaseLoser(ctx, written.booking.id);
        return this.replayWinner(ctx, claim);
      }
    }

    const view = bookingView(
      written.booking,
      event,
      priced.lines,
      tickets.map((ticket, position) => ({ ...ticket, id: written.ticketIds[position] })),
    );
    return { booking: view, token: written.token, errors: [] };
  }

  /**
   * The most seats an event's unpaid and free bookings may take per buyer e-mail and per address:
   * BOOKING_OPEN_SEATS_FACTOR times the largest max-per-order of its ticket types on sale.
   */
  private seatCap(ticketTypes: Iterable<TicketTypeEntity>): number {
    const largestOrder = Math.max(1, ...[...ticketTypes].map((ticketType) => ticketType.maxPerOrder));
    return this.settings.openLimits.seatsFactor * largestOrder;
  }

  /**
   * The answer for a resubmitted form: the booking its key made, with a new link's token that opens
   * it (only digests of tokens are kept, so the first answer's token cannot be given again).
   */
  private async replay(ctx: RequestContext, booking: BookingEntity): Promise<CreateBookingResult> {
    const view = await this.keyed!.views.viewOf(ctx, booking);
    if (!view) throw new Error(`booking ${booking.id} has no event`);
    return { booking: view, token: await mintBookingLink(this.uow.manager, booking.id), errors: [] };
  }

  /**
   * The booking that claims `claim`'s key, waiting up to KEY_WINNER_WAIT_MS for a submission of the
   * same form still under way to claim it (a paid hold claims its key just after its statement).
   */
  private async awaitKeyWinner(claim: KeyClaim): Promise<BookingEntity | null> {
    const deadline = Date.now() + KEY_WINNER_WAIT_MS;
    for (;;) {
      const winner = await this.keyed!.idempotency.winner(claim);
      if (winner || Date.now() >= deadline) return winner;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async replayWinner(ctx: RequestContext, claim: KeyClaim): Promise<CreateBookingResult> {
    const winner = await this.keyed!.idempotency.winner(claim);
    if (!winner) throw new Error('the booking that claimed an idempotency key is gone');
    return this.replay(ctx, winner);
  }

  /**
   * Writes a booking with `insert` (one statement that writes nothing and returns no row when the
   * random reference is taken), trying another reference on the rare clash.
   */
  private async insertBookingRows(
    fields: BookingRowFields,
    insert: (candidate: BookingRowCandidate) => Promise<InsertedBookingRow[]>,
  ): Promise<{ booking: BookingEntity; ticketIds: string[]; token: string }> {
    for (let attempt = 1; attempt <= REFERENCE_ATTEMPTS; attempt++) {
      const token = newBookingToken();
      const candidate = { ...fields, reference: newBookingReference(), tokenHash: hashSecretToken(token) };
      const inserted = await insert(candidate);
      if (inserted.length === 1) {
        const booking = this.uow.manager.create(BookingEntity, {
          ...candidate,
          id: inserted[0].id,
          paymentProvider: null,
          providerOrderId: null,
          providerCaptureId: null,
          createdAt: inserted[0].created_at,
          updatedAt: inserted[0].created_at,
        });
        return { booking, ticketIds: inserted[0].ticket_ids, token };
      }
    }
    throw new Error(`no free booking reference after ${REFERENCE_ATTEMPTS} attempts`);
  }

  /** A confirmed (free) booking's rows with issued tickets, in the caller's transaction (no seats). */
  private async insertFreeBookingRows(
    tx: Transaction,
    candidate: BookingRowCandidate,
    lines: PricedLine[],
    tickets: Pick<TicketEntity, 'ticketTypeId' | 'attendeeName' | 'attendeeEmail' | 'code'>[],
    issuedAt: Date,
  ): Promise<InsertedBookingRow[]> {
    const result = await tx.manager.queryRunner!.query(
      INSERT_BOOKING_ROWS_SQL,
      [
        candidate.reference,
        candidate.tokenHash,
        candidate.eventId,
        candidate.buyerName,
        candidate.buyerEmail,
        candidate.status,
        candidate.totalMinor,
        candidate.currency,
        candidate.holdExpiresAt,
        candidate.confirmedAt,
        lines.map((line) => line.ticketTypeId),
        lines.map((line) => line.quantity),
        lines.map((line) => line.unitPriceMinor),
        tickets.map((ticket) => ticket.ticketTypeId),
        tickets.map((ticket) => ticket.attendeeName),
        tickets.map((ticket) => ticket.attendeeEmail),
        tickets.map((ticket) => ticket.code),
        TicketStatus.ISSUED,
        issuedAt,
        candidate.buyerEmailKey,
        candidate.clientAddressKey,
        candidate.voucherId,
        candidate.voucherCode,
        candidate.voucherUses,
        lines.map((line) => line.unitDiscountMinor),
      ],
      true,
    );
    return result.records as InsertedBookingRow[];
  }
}
