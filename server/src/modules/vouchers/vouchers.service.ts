/**
 * Codes on the shopper's side: what a code does before booking (applyVoucher, limited per address so
 * codes cannot be found by trying), and the code a booking gives (read fresh for every booking by the
 * reservation service, which prices with it; its use is counted by PostgreSQL with the seats).
 */
import { money } from '../../common/money';
import type { RequestContext } from '../../common/request-context';
import type { AddressRateLimiter } from '../../db/address-rate-limiter';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { TicketTypesById } from '../bookings/booking-rules';
import type { BookingError } from '../bookings/bookings.types';
import type { EventEntity } from '../events/event.entity';
import type { EventsService } from '../events/events.service';
import { TicketAvailability } from '../tickets/ticket-availability';
import type { TicketTypesService } from '../tickets/ticket-types.service';
import { normalizeVoucherCode } from './voucher-codes';
import { unitDiscount, voucherAppliesTo } from './voucher-pricing';
import {
  INVALID_VOUCHER_MESSAGE,
  ticketTypesShownWith,
  usesLeft,
  voucherErrors,
  voucherUsableAt,
  withReservedSeats,
} from './voucher-rules';
import { VoucherEntity } from './voucher.entity';
import type { ApplyVoucherInput } from './vouchers.inputs';
import { VoucherErrorCode, type ApplyVoucherPayload, type VoucherError } from './vouchers.types';

/** The code a booking request gives, as the reservation service uses it. */
export interface BookingVoucher {
  /** The code, if it exists and is valid now (it reveals hidden types and prices the booking); else null. */
  usable: VoucherEntity | null;
  /** What is wrong with using it for the request (none when the request gives no code). */
  errors(
    request: { lines: { ticketTypeId: string; quantity: number }[] },
    byId: TicketTypesById,
  ): BookingError[];
}

const NO_VOUCHER: BookingVoucher = { usable: null, errors: () => [] };

function voucherError(code: VoucherErrorCode, message: string, retryAfterSeconds: number | null = null) {
  const error: VoucherError = { code, message, field: 'code', retryAfterSeconds };
  return error;
}

export class VouchersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
    private readonly ticketTypes: TicketTypesService,
    /** applyVoucher calls per client address (CHECKOUT_RATE_LIMIT). */
    private readonly rateLimiter: AddressRateLimiter,
  ) {}

  /** The event's code as typed (case and spaces ignored), whatever its state; null when none. */
  findForEvent(eventId: string, typed: string): Promise<VoucherEntity | null> {
    return this.uow.manager.findOneBy(VoucherEntity, { eventId, code: normalizeVoucherCode(typed) });
  }

  /** The code a booking request gives for `event` (read now, never from a cache). */
  async forBooking(
    ctx: RequestContext,
    event: EventEntity,
    typed: string | null | undefined,
  ): Promise<BookingVoucher> {
    if (!typed) return NO_VOUCHER;
    const voucher = await this.findForEvent(event.id, typed);
    return {
      usable: voucher && voucherUsableAt(voucher, ctx.now) ? voucher : null,
      errors: (request, byId) => voucherErrors(request, voucher, byId, ctx.now),
    };
  }

  /**
   * Whether a shopper may open the event: as EventsService.isVisible, or, for a private event, with a
   * usable code that opens it (never a draft: a published event is visible with its own key).
   */
  eventOpenTo(
    event: EventEntity,
    accessKey: string | null | undefined,
    voucher: VoucherEntity | null,
  ): boolean {
    if (this.events.isVisible(event, accessKey)) return true;
    return Boolean(voucher?.opensPrivateEvent && this.events.isVisible(event, event.accessKey));
  }

  /**
   * What a code does on an event before booking: prices of the ticket types it covers and the hidden
   * ones it reveals. Every reason to refuse (no such event, a private event the caller may not see,
   * no such code, not valid now, disabled, used up, covering nothing on offer) gives one answer.
   */
  async applyVoucher(ctx: RequestContext, input: ApplyVoucherInput): Promise<ApplyVoucherPayload> {
    const verdict = await this.rateLimiter.consume(ctx.clientAddress);
    if (!verdict.allowed) {
      const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
      return {
        voucher: null,
        errors: [
          voucherError(
            VoucherErrorCode.TOO_MANY_ATTEMPTS,
            `Too many codes tried from your network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
            verdict.retryAfterSeconds,
          ),
        ],
      };
    }
    const invalid: ApplyVoucherPayload = {
      voucher: null,
      errors: [voucherError(VoucherErrorCode.INVALID_VOUCHER, INVALID_VOUCHER_MESSAGE)],
    };
    if (Boolean(input.eventId) === Boolean(input.eventSlug)) return invalid;
    const found = await this.events.findWithActiveTicketTypes(
      input.eventId ? { id: input.eventId } : { slug: input.eventSlug! },
    );
    if (!found) return invalid;
    const { event } = found;
    const voucher = await this.findForEvent(event.id, input.code);
    if (!voucher || !voucherUsableAt(voucher, ctx.now) || usesLeft(voucher) === 0) return invalid;
    if (!this.eventOpenTo(event, input.accessKey, voucher)) return invalid;
    const covered = withReservedSeats(ticketTypesShownWith(found.ticketTypes, voucher), voucher)
      .filter((ticketType) => voucherAppliesTo(voucher, ticketType.id))
      .map((ticketType) => this.ticketTypes.toPublicView(ctx, ticketType, event));
    if (!covered.some((view) => view.availability !== TicketAvailability.SALES_ENDED)) return invalid;
    const revealed = new Set(
      found.ticketTypes.filter((ticketType) => ticketType.isHidden).map(({ id }) => id),
    );
    return {
      voucher: {
        code: voucher.code,
        event,
        discountKind: voucher.discountKind,
        discountValue: voucher.discountValue,
        maxPerBooking: voucher.maxPerBooking,
        prices: covered.map((view) => {
          const discount = unitDiscount(voucher, view.price.amountMinor);
          return {
            ticketTypeId: view.id,
            unitPrice: view.price,
            unitDiscount: money(discount, event.currency),
            discountedUnitPrice: money(view.price.amountMinor - discount, event.currency),
          };
        }),
        revealedTicketTypes: covered.filter((view) => revealed.has(view.id)),
        coveredTicketTypes: covered,
      },
      errors: [],
    };
  }
}
