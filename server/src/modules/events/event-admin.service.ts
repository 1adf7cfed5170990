/**
 * The events module: the event entity, the shoppers' side (events.service.ts: listing, opening by
 * slug and key; catalog-snapshots.ts: the booking path's cached catalog reads), the admin's reading
 * side (event-admin-views.service.ts: one event or the list, with sales figures) and this service,
 * the admin's changes: create, edit, publish, unpublish, cancel, duplicate, visibility and private
 * links, each one audited transaction. GraphQL lives in the *.resolver.ts / *.types.ts / *.inputs.ts
 * files beside them.
 */
import { WebhookEventType } from '../webhooks/webhook-event-types';
import { eventWebhookEvent } from '../webhooks/webhook-payloads';
import { Not, QueryFailedError, type EntityManager } from 'typeorm';
import { domainProblem, invalidInput } from '../../common/domain-error';
import { isAcceptedCurrency } from '../../common/money';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import type { BookingNotifications } from '../bookings/booking-notifications';
import type { WaitingListClosing } from '../waiting-list/waiting-list-closing';
import { cancelEventBookings, type EventCancellationOptions } from './event-cancellation';
import { setDatesStatus, shareAccessWithDates, spanDates } from './event-series.service';
import { fieldChanges, type AuditService } from '../audit/audit.service';
import { addDefaultReminderRule } from '../messages/reminder-rules.service';
import { copyEventContents } from './event-copy';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { newAccessKey } from './access-key';
import type { AdminEventViews } from './event-admin-views.service';
import {
  CURRENCY_RULE,
  type CreateEventInput,
  type DuplicateEventInput,
  type SetEventVisibilityInput,
  type UpdateEventInput,
} from './event-admin.inputs';
import { EventErrorCode, type EventError, type EventPayload } from './event-admin.types';
import { EventEntity, EventStatus, EventVisibility } from './event.entity';
import { UUID } from '../../common/uuid';

/** Event columns an audit entry compares (accessKey only as "[secret]"). */
const AUDITED_FIELDS: (keyof EventEntity & string)[] = [
  'slug',
  'title',
  'description',
  'venue',
  'startsAt',
  'endsAt',
  'timeZone',
  'currency',
  'status',
  'visibility',
  'accessKey',
  'imageUrl',
  'imageAlt',
  'sendAttendeeTickets',
  'isSeries',
];

const eventError = (code: EventErrorCode, message: string, field: string | null = null): EventError =>
  domainProblem(code, message, field);

const notFound = (): EventPayload => ({
  event: null,
  errors: [eventError(EventErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'id')],
});

function isSlugClash(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string; constraint?: string }).code === '23505' &&
    (error.driverError as { constraint?: string }).constraint === 'event_slug_key'
  );
}

const slugTaken = (field = 'slug'): EventPayload => ({
  event: null,
  errors: [eventError(EventErrorCode.SLUG_TAKEN, 'Another event already has this slug.', field)],
});

/** What integrations hear of an event's changes (webhooks), by audited action. */
const EVENT_WEBHOOKS: Record<string, Parameters<typeof eventWebhookEvent>[1] | undefined> = {
  'event.publish': WebhookEventType.EVENT_PUBLISHED,
  'event.update': WebhookEventType.EVENT_UPDATED,
  'event.setVisibility': WebhookEventType.EVENT_UPDATED,
  'event.cancel': WebhookEventType.EVENT_CANCELLED,
};

export class EventAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly views: Pick<AdminEventViews, 'toAdminEvents'>,
    private readonly notifications: Pick<BookingNotifications, 'eventCancelled'>,
    private readonly waitingLists: Pick<WaitingListClosing, 'closeForCancelledEvents'>,
  ) {}

  /** Creates an event as a DRAFT. ADMIN. */
  async create(ctx: RequestContext, input: CreateEventInput): Promise<EventPayload> {
    requireActor(ctx);
    if (input.endsAt <= input.startsAt) return endsBeforeStart();
    try {
      const event = await this.uow.withTransaction(ctx, async (tx) => {
        const { manager } = tx;
        if (await manager.existsBy(EventEntity, { slug: input.slug })) return null;
        const created = await manager.save(
          manager.create(EventEntity, {
            slug: input.slug,
            title: input.title,
            description: input.description,
            venue: { name: input.venue.name, address: input.venue.address },
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            timeZone: input.timeZone,
            currency: input.currency.toUpperCase(),
            status: EventStatus.DRAFT,
            visibility: input.visibility,
            accessKey: input.visibility === EventVisibility.PRIVATE ? newAccessKey() : null,
            imageUrl: input.imageUrl || null,
            imageAlt: input.imageAlt?.trim() || null,
            sendAttendeeTickets: input.sendAttendeeTickets ?? true,
            isSeries: input.isSeries ?? false,
          }),
        );
        // One reminder the day before, which the organiser can switch off or change.
        await addDefaultReminderRule(tx, created.id);
        await this.audit.record(tx, {
          action: 'event.create',
          objectType: 'Event',
          objectId: created.id,
          changes: fieldChanges(null, created, AUDITED_FIELDS, ['accessKey']),
        });
        return created;
      });
      if (!event) return slugTaken();
      return { event: (await this.views.toAdminEvents([event], ctx.now))[0], errors: [] };
    } catch (error) {
      if (isSlugClash(error)) return slugTaken();
      throw error;
    }
  }

  async update(ctx: RequestContext, input: UpdateEventInput): Promise<EventPayload> {
    return this.change(ctx, input.id, 'event.update', async (event, manager) => {
      if (input.slug != null && input.slug !== event.slug) {
        if (await manager.existsBy(EventEntity, { slug: input.slug })) return slugTaken().errors[0];
        event.slug = input.slug;
      }
      if (input.title != null) event.title = input.title;
      if (input.description != null) event.description = input.description;
      if (input.venue != null) event.venue = { name: input.venue.name, address: input.venue.address };
      if (input.startsAt != null) event.startsAt = input.startsAt;
      if (input.endsAt != null) event.endsAt = input.endsAt;
      if (input.timeZone != null) event.timeZone = input.timeZone;
      if (input.imageUrl != null) event.imageUrl = input.imageUrl === '' ? null : input.imageUrl;
      if (input.imageAlt != null) event.imageAlt = input.imageAlt.trim() || null;
      if (input.sendAttendeeTickets != null) event.sendAttendeeTickets = input.sendAttendeeTickets;
      if (event.endsAt <= event.startsAt) return endsBeforeStart().errors[0];
      if (input.currency != null && input.currency.toUpperCase() !== event.currency) {
        // Checked only on a change, so an event stored in a currency PayPal does not take (before the
        // list existed) can still be edited; it can be moved to an accepted one, never to another.
        if (!isAcceptedCurrency(input.currency.toUpperCase())) throw invalidInput('currency', CURRENCY_RULE);
        // Locks the ticket types, so no sale or hold slips in while the currency changes.
        const committed = await manager
          .createQueryBuilder(TicketTypeEntity, 'ticketType')
          .setLock('pessimistic_write')
          .where('ticketType.eventId = :id', { id: event.id })
          .getMany();
        if (committed.some((ticketType) => ticketType.soldCount + ticketType.heldCount > 0)) {
          return eventError(
            EventErrorCode.CURRENCY_LOCKED,
            'Tickets are sold or held, so the currency can no longer change.',
            'currency',
          );
        }
        event.currency = input.currency.toUpperCase();
      }
      return undefined;
    });
  }

  async publish(ctx: RequestContext, id: string): Promise<EventPayload> {
    return this.change(ctx, id, 'event.publish', async (event, manager) => {
      if (event.status === EventStatus.CANCELLED) return cancelledError();
      const active = await manager.countBy(TicketTypeEntity, { eventId: event.id, isActive: true });
      if (active === 0) {
        return eventError(
          EventErrorCode.NO_ACTIVE_TICKET_TYPES,
          'Add an active ticket type before publishing.',
        );
      }
      event.status = EventStatus.PUBLISHED;
      // A series' draft dates go on sale with it (they have its ticket types, copied).
      if (event.isSeries) await setDatesStatus(manager, event.id, EventStatus.DRAFT, EventStatus.PUBLISHED);
      return undefined;
    });
  }

  async unpublish(ctx: RequestContext, id: string): Promise<EventPayload> {
    return this.change(ctx, id, 'event.unpublish', async (event, manager) => {
      if (event.status === EventStatus.CANCELLED) return cancelledError();
      const sold = await manager
        .createQueryBuilder(TicketTypeEntity, 'ticketType')
        .innerJoin(EventEntity, 'owner', 'owner.id = ticketType.eventId')
        // A series goes back to draft with its dates, so none of them may have sales either.
        .where('(owner.id = :id OR owner.seriesId = :id)', { id: event.id })
        .andWhere('(ticketType.soldCount > 0 OR ticketType.heldCount > 0)')
        .getExists();
      if (sold) {
        return eventError(EventErrorCode.HAS_SALES, 'Tickets are sold or held; cancel the event instead.');
      }
      event.status = EventStatus.DRAFT;
      if (event.isSeries) await setDatesStatus(manager, event.id, EventStatus.PUBLISHED, EventStatus.DRAFT);
      return undefined;
    });
  }

  /**
   * Cancels an event, a date, or a series with all its dates, closing their waiting lists. With
   * options, its bookings are dealt with in the same transaction (event-cancellation.ts); cancelling
   * again does nothing more.
   */
  async cancel(
    ctx: RequestContext,
    id: string,
    options: EventCancellationOptions | null = null,
  ): Promise<EventPayload> {
    return this.change(ctx, id, 'event.cancel', async (event, manager, tx) => {
      if (event.status === EventStatus.CANCELLED) return undefined;
      event.status = EventStatus.CANCELLED;
      const eventIds = [event.id];
      if (event.isSeries) {
        const dates = await manager.find(EventEntity, {
          where: { seriesId: event.id, status: Not(EventStatus.CANCELLED) },
          lock: { mode: 'pessimistic_write' },
        });
        eventIds.push(...dates.map((date) => date.id));
        await manager.update(EventEntity, { seriesId: event.id }, { status: EventStatus.CANCELLED });
      }
      // Its waiting lists close with it (offered seats back; the people told when buyers are).
      const waiting = await this.waitingLists.closeForCancelledEvents(tx, eventIds, {
        notify: options?.notifyBuyers ?? false,
        message: options?.message,
      });
      if (options) {
        const outcome = await cancelEventBookings(tx, this.notifications, eventIds, options);
        await this.audit.record(tx, {
          action: 'event.cancelBookings',
          objectType: 'Event',
          objectId: event.id,
          changes: {
            buyersNotified: { before: null, after: outcome.notified },
            bookingsToCancel: { before: null, after: outcome.cancelJobs },
            refundPaidBookings: { before: null, after: options.refundPaidBookings },
            waitingListNotified: { before: null, after: waiting.notified },
          },
        });
      }
      if (event.seriesId) await spanDates(manager, event.seriesId);
      return undefined;
    });
  }

  async setVisibility(ctx: RequestContext, input: SetEventVisibilityInput): Promise<EventPayload> {
    return this.change(ctx, input.id, 'event.setVisibility', async (event, manager) => {
      if (event.seriesId) return partOfSeries();
      event.visibility = input.visibility;
      if (input.visibility === EventVisibility.PUBLIC) event.accessKey = null;
      else event.accessKey ??= newAccessKey();
      await shareAccessWithDates(manager, event);
      return undefined;
    });
  }

  /** A new secret key for a private event; the old link stops working with the commit. */
  async rotateAccessKey(ctx: RequestContext, id: string): Promise<EventPayload> {
    return this.change(ctx, id, 'event.rotateAccessKey', async (event, manager) => {
      if (event.seriesId) return partOfSeries();
      if (event.visibility !== EventVisibility.PRIVATE) {
        return eventError(EventErrorCode.NOT_PRIVATE, 'Only a private event has a key to rotate.', 'id');
      }
      event.accessKey = newAccessKey();
      await shareAccessWithDates(manager, event);
      return undefined;
    });
  }

  /**
   * Copies an event as a DRAFT with a new slug and no sales, with what it sells and asks
   * (event-copy.ts: ticket types, capacity pools, questions, waiver, reminder rules, e-mail texts).
   */
  async duplicate(ctx: RequestContext, input: DuplicateEventInput): Promise<EventPayload> {
    requireActor(ctx);
    if (!UUID.test(input.id)) return notFound();
    try {
      const result = await this.uow.withTransaction(ctx, async (tx) => {
        const { manager } = tx;
        const original = await manager.findOneBy(EventEntity, { id: input.id });
        if (!original) return notFound();
        const slug = input.slug ?? (await this.freeCopySlug(manager, original.slug));
        if (await manager.existsBy(EventEntity, { slug })) return slugTaken();
        const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = original;
        const copy = await manager.save(
          manager.create(EventEntity, {
            ...fields,
            slug,
            status: EventStatus.DRAFT,
            // A copy of a date stands alone; a copy of a series is a series without dates.
            seriesId: null,
            accessKey: original.visibility === EventVisibility.PRIVATE ? newAccessKey() : null,
          }),
        );
        const copied = await copyEventContents(tx, original.id, copy.id);
        await this.audit.record(tx, {
          action: 'event.duplicate',
          objectType: 'Event',
          objectId: copy.id,
          changes: {
            duplicatedFrom: { before: null, after: original.id },
            copied: { before: null, after: copied },
            ...fieldChanges(null, copy, AUDITED_FIELDS, ['accessKey']),
          },
        });
        return { event: (await this.views.toAdminEvents([copy], ctx.now, manager))[0], errors: [] };
      });
      return result;
    } catch (error) {
      if (isSlugClash(error)) return slugTaken();
      throw error;
    }
  }

  private async freeCopySlug(manager: EntityManager, slug: string): Promise<string> {
    const base = `${slug.slice(0, 90)}-copy`;
    for (let index = 1; ; index++) {
      const candidate = index === 1 ? base : `${base}-${index}`;
      if (!(await manager.existsBy(EventEntity, { slug: candidate }))) return candidate;
    }
  }

  /**
   * One change of one event: locks its row, applies `apply` (which returns an error to refuse), saves
   * and writes the audit entry with the changed fields, all in one transaction.
   */
  private async change(
    ctx: RequestContext,
    id: string,
    action: string,
    apply: (event: EventEntity, manager: EntityManager, tx: Transaction) => Promise<EventError | undefined>,
  ): Promise<EventPayload> {
    requireActor(ctx);
    if (!UUID.test(id)) return notFound();
    try {
      return await this.uow.withTransaction(ctx, async (tx) => {
        const { manager } = tx;
        const event = await manager.findOne(EventEntity, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!event) return notFound();
        const before = { ...event, venue: { ...event.venue } };
        const error = await apply(event, manager, tx);
        if (error) return { event: null, errors: [error] };
        const changes = fieldChanges(before, event, AUDITED_FIELDS, ['accessKey']);
        if (Object.keys(changes).length > 0) await manager.save(event);
        await this.audit.record(tx, {
          action,
          objectType: 'Event',
          objectId: event.id,
          changes,
        });
        const webhook = EVENT_WEBHOOKS[action];
        if (webhook && Object.keys(changes).length > 0) await eventWebhookEvent(tx, webhook, event.id);
        const saved = await manager.findOneByOrFail(EventEntity, { id });
        return { event: (await this.views.toAdminEvents([saved], ctx.now, manager))[0], errors: [] };
      });
    } catch (error) {
      if (isSlugClash(error)) return slugTaken();
      throw error;
    }
  }
}

function endsBeforeStart(): EventPayload {
  return {
    event: null,
    errors: [eventError(EventErrorCode.ENDS_BEFORE_START, 'The event must end after it starts.', 'endsAt')],
  };
}

function cancelledError(): EventError {
  return eventError(EventErrorCode.EVENT_CANCELLED, 'The event is cancelled.', 'id');
}

function partOfSeries(): EventError {
  return eventError(
    EventErrorCode.PART_OF_SERIES,
    'This is a date of a series: its visibility and link follow the series; change them there.',
    'id',
  );
}
