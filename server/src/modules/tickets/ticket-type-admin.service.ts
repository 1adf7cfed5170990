/**
 * The admin side of ticket types: create, edit, reorder, deactivate, delete, each audited; the
 * shoppers' side is ticket-types.service.ts, the admin view ticket-type-admin.view.ts.
 */
import type { EntityManager } from 'typeorm';
import { domainProblem } from '../../common/domain-error';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { FreedSeats } from '../waiting-list/waiting-list-offers';
import { fieldChanges, type AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { TicketTypeEntity } from './ticket-type.entity';
import type {
  CreateTicketTypeInput,
  ReorderTicketTypesInput,
  UpdateTicketTypeInput,
} from './ticket-type-admin.inputs';
import {
  TicketTypeErrorCode,
  type DeleteTicketTypePayload,
  type ReorderTicketTypesPayload,
  type TicketTypeError,
  type TicketTypePayload,
} from './ticket-type-admin.types';
import { inDisplayOrder, toAdminTicketType } from './ticket-type-admin.view';
import { withPoolRemaining } from './capacity-pools';
import { UUID } from '../../common/uuid';

const AUDITED_FIELDS: (keyof TicketTypeEntity & string)[] = [
  'name',
  'description',
  'priceMinor',
  'capacity',
  'minPerOrder',
  'maxPerOrder',
  'salesStartAt',
  'salesEndAt',
  'sortOrder',
  'isActive',
  'isHidden',
];

const error = (code: TicketTypeErrorCode, message: string, field: string | null = null): TicketTypeError =>
  domainProblem(code, message, field);

const ticketTypeNotFound = () =>
  error(TicketTypeErrorCode.TICKET_TYPE_NOT_FOUND, 'No ticket type has this id.', 'id');
const eventNotFound = () => error(TicketTypeErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId');

type Settings = Pick<
  TicketTypeEntity,
  'capacity' | 'soldCount' | 'heldCount' | 'minPerOrder' | 'maxPerOrder' | 'salesStartAt' | 'salesEndAt'
>;

/** The rules a ticket type's settings must keep, as field-level errors (empty when all hold). */
function ruleErrors(settings: Settings): TicketTypeError[] {
  const errors: TicketTypeError[] = [];
  const committed = settings.soldCount + settings.heldCount;
  if (settings.capacity < committed) {
    errors.push(
      error(
        TicketTypeErrorCode.CAPACITY_BELOW_COMMITTED,
        `The capacity cannot be below the ${committed} seats already sold or held.`,
        'capacity',
      ),
    );
  }
  if (settings.maxPerOrder < settings.minPerOrder) {
    errors.push(
      error(
        TicketTypeErrorCode.MAX_BELOW_MIN,
        'The most per order must be at least the fewest per order.',
        'maxPerOrder',
      ),
    );
  }
  if (settings.salesStartAt && settings.salesEndAt && settings.salesEndAt <= settings.salesStartAt) {
    errors.push(
      error(TicketTypeErrorCode.SALES_END_BEFORE_START, 'Sales must end after they start.', 'salesEndAt'),
    );
  }
  return errors;
}

export class TicketTypeAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    /** A raised capacity (or a type back on sale) offers its free seats to the waiting list. */
    private readonly offers?: FreedSeats,
  ) {}

  async create(ctx: RequestContext, input: CreateTicketTypeInput): Promise<TicketTypePayload> {
    requireActor(ctx);
    const errors = ruleErrors({
      ...input,
      soldCount: 0,
      heldCount: 0,
      salesStartAt: input.salesStartAt ?? null,
      salesEndAt: input.salesEndAt ?? null,
    });
    if (errors.length > 0) return { ticketType: null, errors };
    if (!UUID.test(input.eventId)) return { ticketType: null, errors: [eventNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const event = await manager.findOne(EventEntity, {
        where: { id: input.eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) return { ticketType: null, errors: [eventNotFound()] };
      const { last } = (await manager
        .createQueryBuilder(TicketTypeEntity, 'ticketType')
        .select('MAX(ticketType.sortOrder)', 'last')
        .where('ticketType.eventId = :id', { id: event.id })
        .getRawOne<{ last: number | null }>()) ?? { last: null };
      const created = await manager.save(
        manager.create(TicketTypeEntity, {
          eventId: event.id,
          name: input.name,
          description: input.description,
          priceMinor: input.priceMinor,
          capacity: input.capacity,
          soldCount: 0,
          heldCount: 0,
          minPerOrder: input.minPerOrder,
          maxPerOrder: input.maxPerOrder,
          salesStartAt: input.salesStartAt ?? null,
          salesEndAt: input.salesEndAt ?? null,
          sortOrder: last === null ? 0 : Number(last) + 1,
          isActive: true,
          isHidden: input.hidden,
        }),
      );
      await this.audit.record(tx, {
        action: 'ticketType.create',
        objectType: 'TicketType',
        objectId: created.id,
        changes: {
          eventId: { before: null, after: event.id },
          ...fieldChanges(null, created, AUDITED_FIELDS),
        },
      });
      return { ticketType: toAdminTicketType(created, event, ctx.now), errors: [] };
    });
  }

  async update(ctx: RequestContext, input: UpdateTicketTypeInput): Promise<TicketTypePayload> {
    return this.change(ctx, input.id, 'ticketType.update', (ticketType) => {
      if (input.name != null) ticketType.name = input.name;
      if (input.description != null) ticketType.description = input.description;
      if (input.priceMinor != null) ticketType.priceMinor = input.priceMinor;
      if (input.capacity != null) ticketType.capacity = input.capacity;
      if (input.minPerOrder != null) ticketType.minPerOrder = input.minPerOrder;
      if (input.maxPerOrder != null) ticketType.maxPerOrder = input.maxPerOrder;
      if (input.salesStartAt !== undefined) ticketType.salesStartAt = input.salesStartAt;
      if (input.salesEndAt !== undefined) ticketType.salesEndAt = input.salesEndAt;
      if (input.hidden != null) ticketType.isHidden = input.hidden;
      return ruleErrors(ticketType);
    });
  }

  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<TicketTypePayload> {
    return this.change(ctx, id, active ? 'ticketType.reactivate' : 'ticketType.deactivate', (ticketType) => {
      ticketType.isActive = active;
      return [];
    });
  }

  /** Deletes a ticket type that has never sold a seat and holds none; otherwise HAS_SALES. */
  async delete(ctx: RequestContext, id: string): Promise<DeleteTicketTypePayload> {
    requireActor(ctx);
    if (!UUID.test(id)) return { deletedId: null, errors: [ticketTypeNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const ticketType = await manager.findOne(TicketTypeEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ticketType) return { deletedId: null, errors: [ticketTypeNotFound()] };
      if (ticketType.soldCount + ticketType.heldCount > 0) {
        return {
          deletedId: null,
          errors: [
            error(TicketTypeErrorCode.HAS_SALES, 'Seats are sold or held; deactivate it instead.', 'id'),
          ],
        };
      }
      await manager.delete(TicketTypeEntity, { id });
      await this.audit.record(tx, {
        action: 'ticketType.delete',
        objectType: 'TicketType',
        objectId: id,
        changes: {
          eventId: { before: ticketType.eventId, after: null },
          ...fieldChanges(ticketType, {}, AUDITED_FIELDS),
        },
      });
      return { deletedId: id, errors: [] };
    });
  }

  async reorder(ctx: RequestContext, input: ReorderTicketTypesInput): Promise<ReorderTicketTypesPayload> {
    requireActor(ctx);
    if (!UUID.test(input.eventId)) return { ticketTypes: [], errors: [eventNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const event = await manager.findOne(EventEntity, {
        where: { id: input.eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) return { ticketTypes: [], errors: [eventNotFound()] };
      const existing = await manager.findBy(TicketTypeEntity, { eventId: event.id });
      const ids = new Set(existing.map((ticketType) => ticketType.id));
      const given = new Set(input.ticketTypeIds);
      if (
        given.size !== input.ticketTypeIds.length ||
        given.size !== ids.size ||
        ![...given].every((id) => ids.has(id))
      ) {
        return {
          ticketTypes: [],
          errors: [
            error(
              TicketTypeErrorCode.REORDER_MISMATCH,
              'List every ticket type of the event exactly once.',
              'ticketTypeIds',
            ),
          ],
        };
      }
      const before = inDisplayOrder(existing).map((ticketType) => ticketType.id);
      for (const [index, id] of input.ticketTypeIds.entries()) {
        await manager.update(TicketTypeEntity, { id }, { sortOrder: index });
      }
      await this.audit.record(tx, {
        action: 'ticketType.reorder',
        objectType: 'Event',
        objectId: event.id,
        changes: { ticketTypeOrder: { before, after: input.ticketTypeIds } },
      });
      const reordered = inDisplayOrder(
        await withPoolRemaining(manager, await manager.findBy(TicketTypeEntity, { eventId: event.id })),
      );
      return {
        ticketTypes: reordered.map((ticketType) => toAdminTicketType(ticketType, event, ctx.now)),
        errors: [],
      };
    });
  }

  /** One change of one ticket type under a row lock, validated, saved and audited in one transaction. */
  private async change(
    ctx: RequestContext,
    id: string,
    action: string,
    apply: (ticketType: TicketTypeEntity, manager: EntityManager) => TicketTypeError[],
  ): Promise<TicketTypePayload> {
    requireActor(ctx);
    if (!UUID.test(id)) return { ticketType: null, errors: [ticketTypeNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const ticketType = await manager.findOne(TicketTypeEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ticketType) return { ticketType: null, errors: [ticketTypeNotFound()] };
      const before = { ...ticketType };
      const errors = apply(ticketType, manager);
      if (errors.length > 0) return { ticketType: null, errors };
      const changes = fieldChanges(before, ticketType, AUDITED_FIELDS);
      if (Object.keys(changes).length > 0) await manager.save(ticketType);
      if (Object.keys(changes).length > 0) await this.offers?.offerFreedSeats(tx, [ticketType.eventId]);
      await this.audit.record(tx, {
        action,
        objectType: 'TicketType',
        objectId: id,
        changes,
      });
      const event = await manager.findOneByOrFail(EventEntity, { id: ticketType.eventId });
      const [saved] = await withPoolRemaining(manager, [
        await manager.findOneByOrFail(TicketTypeEntity, { id }),
      ]);
      return { ticketType: toAdminTicketType(saved, event, ctx.now), errors: [] };
    });
  }
}
