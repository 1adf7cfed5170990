/**
 * The shopper's side of the waiting list: joining the line of a sold-out ticket type (anonymous, so
 * rate limited per client address and capped per e-mail), and reading an offer by its link's token.
 * Offers themselves are made by WaitingListOffers; booking with one is createBooking's
 * (waiting-list-acceptance.ts).
 */
import { domainProblem, retryLater } from '../../common/domain-error';
import type { RequestContext } from '../../common/request-context';
import { hashSecretToken } from '../../common/secret-token';
import type { AddressRateLimiter } from '../../db/address-rate-limiter';
import type { UnitOfWork } from '../../db/unit-of-work';
import { bookingEmailKey } from '../bookings/booking-rules';
import type { EventsService } from '../events/events.service';
import { TicketAvailability, ticketAvailability } from '../tickets/ticket-availability';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { EventEntity, EventStatus } from '../events/event.entity';
import { WaitingListEntryEntity } from './waiting-list-entry.entity';
import type { JoinWaitingListInput } from './waiting-list.inputs';
import { readWaitingListSettings, type WaitingListSettingsValues } from './waiting-list-settings';
import { WaitingListStatus } from './waiting-list-status';
import {
  WaitingListErrorCode,
  type JoinWaitingListPayload,
  type WaitingListError,
  type WaitingListOffer,
} from './waiting-list.types';

/** Ticket types of one event one e-mail address may wait for at once. */
export const MAX_ENTRIES_PER_EMAIL = 5;

export const waitingListError = (
  code: WaitingListErrorCode,
  message: string,
  field: string | null = null,
): WaitingListError => domainProblem(code, message, field);

/**
 * Writes the entry at the end of its ticket type's line; nothing when the address already waits for
 * it (the partial unique index: no row back).
 */
const INSERT_ENTRY_SQL = `
  INSERT INTO waiting_list_entry (event_id, ticket_type_id, name, email, email_key, quantity, position)
  SELECT $1, $2, $3, $4, $5, $6,
         coalesce((SELECT max(position) FROM waiting_list_entry WHERE ticket_type_id = $2), 0) + 1
  ON CONFLICT DO NOTHING
  RETURNING id, position, created_at`;
const AHEAD_SQL = `
  SELECT count(*)::int AS ahead FROM waiting_list_entry
  WHERE ticket_type_id = $1 AND status IN ('WAITING', 'OFFERED') AND (position, created_at) < ($2, $3)`;

export class WaitingListService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
    /** joinWaitingList calls per client address. */
    private readonly rateLimiter: AddressRateLimiter,
  ) {}

  /**
   * Puts a person at the end of the line of a sold-out ticket type. Every problem with the request
   * comes back at once; a malformed request was refused before (BAD_USER_INPUT).
   */
  async join(ctx: RequestContext, input: JoinWaitingListInput): Promise<JoinWaitingListPayload> {
    const verdict = await this.rateLimiter.consume(ctx.clientAddress);
    if (!verdict.allowed) {
      return {
        place: null,
        errors: [
          retryLater(
            WaitingListErrorCode.TOO_MANY_ATTEMPTS,
            'Too many requests.',
            verdict.retryAfterSeconds,
          ) as WaitingListError,
        ],
      };
    }
    const refused = (errors: WaitingListError[]) => ({ place: null, errors });
    const found = await this.events.findWithActiveTicketTypes({ id: input.eventId });
    if (!found || !this.events.isVisible(found.event, input.accessKey)) {
      return refused([
        waitingListError(WaitingListErrorCode.EVENT_NOT_FOUND, 'There is no such event.', 'eventId'),
      ]);
    }
    const { event, ticketTypes } = found;
    const ticketType = ticketTypes.find(
      (candidate) => candidate.id === input.ticketTypeId && !candidate.isHidden,
    );
    if (!ticketType) {
      return refused([
        waitingListError(
          WaitingListErrorCode.TICKET_TYPE_NOT_FOUND,
          'The event has no such ticket type on sale.',
          'ticketTypeId',
        ),
      ]);
    }
    const settings = await readWaitingListSettings(this.uow.manager, event.id);
    const errors: WaitingListError[] = [];
    const availability = ticketAvailability(ticketType, event, ctx.now);
    if (!settings.enabled || availability === TicketAvailability.SALES_ENDED) {
      errors.push(
        waitingListError(
          WaitingListErrorCode.WAITING_LIST_CLOSED,
          'This event has no waiting list open.',
          'ticketTypeId',
        ),
      );
    } else if (availability !== TicketAvailability.SOLD_OUT) {
      errors.push(
        waitingListError(
          WaitingListErrorCode.NOT_SOLD_OUT,
          `"${ticketType.name}" tickets are not sold out: book them instead.`,
          'ticketTypeId',
        ),
      );
    }
    if (input.quantity > ticketType.maxPerOrder) {
      errors.push(
        waitingListError(
          WaitingListErrorCode.ABOVE_MAX_PER_ORDER,
          `At most ${ticketType.maxPerOrder} "${ticketType.name}" tickets per order.`,
          'quantity',
        ),
      );
    }
    const emailKey = bookingEmailKey(input.email);
    const waiting = await this.uow.manager.count(WaitingListEntryEntity, {
      where: [
        { eventId: event.id, emailKey, status: WaitingListStatus.WAITING },
        { eventId: event.id, emailKey, status: WaitingListStatus.OFFERED },
      ],
    });
    if (waiting >= MAX_ENTRIES_PER_EMAIL) {
      errors.push(
        waitingListError(
          WaitingListErrorCode.TOO_MANY_ENTRIES,
          `One e-mail address may wait for at most ${MAX_ENTRIES_PER_EMAIL} ticket types of an event.`,
          'email',
        ),
      );
    }
    if (errors.length > 0) return refused(errors);

    const [row] = (await this.uow.manager.query(INSERT_ENTRY_SQL, [
      event.id,
      ticketType.id,
      input.name.trim(),
      input.email.trim(),
      emailKey,
      input.quantity,
    ])) as { id: string; position: number; created_at: Date }[];
    if (!row) {
      return refused([
        waitingListError(
          WaitingListErrorCode.ALREADY_ON_LIST,
          `This e-mail address is already on the waiting list for "${ticketType.name}".`,
          'email',
        ),
      ]);
    }
    const [{ ahead }] = (await this.uow.manager.query(AHEAD_SQL, [
      ticketType.id,
      row.position,
      row.created_at,
    ])) as {
      ahead: number;
    }[];
    return {
      place: {
        ticketTypeId: ticketType.id,
        quantity: input.quantity,
        ahead,
        offerHours: settings.offerHours,
      },
      errors: [],
    };
  }

  /** The event's settings (defaults without a row). */
  settings(_ctx: RequestContext, eventId: string): Promise<WaitingListSettingsValues> {
    return readWaitingListSettings(this.uow.manager, eventId);
  }

  /** The offer a link's token opens, or null when it opens none. */
  async offerByToken(ctx: RequestContext, token: string): Promise<WaitingListOffer | null> {
    const entry = await this.uow.manager.findOneBy(WaitingListEntryEntity, {
      offerTokenHash: hashSecretToken(token),
    });
    if (!entry) return null;
    const event = await this.uow.manager.findOneByOrFail(EventEntity, { id: entry.eventId });
    const ticketType = await this.uow.manager.findOneByOrFail(TicketTypeEntity, { id: entry.ticketTypeId });
    // An offer made before its date was cancelled keeps its seats until it expires, but is no use.
    const eventCancelled = event.status === EventStatus.CANCELLED;
    const inTime =
      entry.status === WaitingListStatus.OFFERED &&
      entry.offerExpiresAt !== null &&
      entry.offerExpiresAt > ctx.now;
    return {
      // An offer past its time that the sweep has not reached yet is expired all the same.
      status:
        entry.status === WaitingListStatus.OFFERED && !inTime ? WaitingListStatus.EXPIRED : entry.status,
      open: inTime && !eventCancelled,
      eventCancelled,
      eventSlug: event.slug,
      eventTitle: event.title,
      eventAccessKey: event.accessKey,
      ticketTypeId: ticketType.id,
      ticketTypeName: ticketType.name,
      quantity: entry.quantity,
      expiresAt: entry.offerExpiresAt,
    };
  }
}
