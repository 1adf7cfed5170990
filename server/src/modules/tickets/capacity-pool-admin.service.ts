/**
 * The admin side of capacity pools (capacity-pool.entity.ts): create, change, delete, each audited.
 *
 * A pool's used count is the seats its ticket types hold or have sold. A change that can alter it
 * (its ticket types) recounts it under the locks bookings take, in their order: the event row (which
 * serialises pool changes and new ticket types), then every ticket type that is or was in the pool
 * in id order (so no booking of them is half done), then the pool. Bookings after the change read
 * the new membership; none can count seats into a pool they are no longer in.
 */
import type { EntityManager } from 'typeorm';
import { domainProblem } from '../../common/domain-error';
import { requireActor, type RequestContext } from '../../common/request-context';
import { UUID } from '../../common/uuid';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import type { FreedSeats } from '../waiting-list/waiting-list-offers';
import type { AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { CapacityPoolEntity, CapacityPoolTicketTypeEntity } from './capacity-pool.entity';
import type { CreateCapacityPoolInput, UpdateCapacityPoolInput } from './capacity-pool-admin.inputs';
import {
  CapacityPoolErrorCode,
  type AdminCapacityPool,
  type CapacityPoolError,
  type CapacityPoolPayload,
  type DeleteCapacityPoolPayload,
} from './capacity-pool-admin.types';
import { poolsOfEvents, type CapacityPoolRow } from './capacity-pools';

const error = (
  code: CapacityPoolErrorCode,
  message: string,
  field: string | null = null,
): CapacityPoolError => domainProblem(code, message, field);
const poolNotFound = () => error(CapacityPoolErrorCode.POOL_NOT_FOUND, 'No capacity pool has this id.', 'id');
const eventNotFound = () => error(CapacityPoolErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId');

/** What a pool is to be: its settings and ticket types. */
interface PoolSettings {
  name: string;
  capacity: number;
  allTicketTypes: boolean;
  ticketTypeIds: string[];
}

export function toAdminCapacityPool(row: CapacityPoolRow): AdminCapacityPool {
  return {
    id: row.id,
    eventId: row.eventId,
    name: row.name,
    capacity: row.capacity,
    used: row.usedCount,
    remaining: Math.max(0, row.capacity - row.usedCount),
    allTicketTypes: row.allTicketTypes,
    ticketTypeIds: row.ticketTypeIds,
  };
}

export class CapacityPoolAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    /** A raised or removed pool offers the seats it frees to the waiting list. */
    private readonly offers?: FreedSeats,
  ) {}

  async create(ctx: RequestContext, input: CreateCapacityPoolInput): Promise<CapacityPoolPayload> {
    requireActor(ctx);
    if (!UUID.test(input.eventId)) return { pool: null, errors: [eventNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const event = await this.lockEvent(tx.manager, input.eventId);
      if (!event) return { pool: null, errors: [eventNotFound()] };
      const settings: PoolSettings = {
        name: input.name,
        capacity: input.capacity,
        allTicketTypes: input.allTicketTypes,
        ticketTypeIds: input.allTicketTypes ? [] : [...new Set(input.ticketTypeIds)].sort(),
      };
      const errors = await this.settingErrors(
        tx.manager,
        event.id,
        settings,
        input.allTicketTypes ? [] : input.ticketTypeIds,
      );
      if (input.allTicketTypes) {
        const total = await tx.manager.findOneBy(CapacityPoolEntity, {
          eventId: event.id,
          allTicketTypes: true,
        });
        if (total) {
          errors.unshift(
            error(
              CapacityPoolErrorCode.EVENT_TOTAL_EXISTS,
              'The event already has a total capacity; change that one.',
              'allTicketTypes',
            ),
          );
        }
      }
      if (errors.length > 0) return { pool: null, errors };
      const used = await this.lockAndCount(tx.manager, event.id, settings, []);
      if (used > settings.capacity) return { pool: null, errors: [belowCommitted(used)] };
      const pool = await tx.manager.save(
        tx.manager.create(CapacityPoolEntity, {
          eventId: event.id,
          name: settings.name,
          capacity: settings.capacity,
          usedCount: used,
          allTicketTypes: settings.allTicketTypes,
        }),
      );
      await this.setMembers(tx.manager, pool.id, settings.ticketTypeIds);
      await this.record(tx, 'capacityPool.create', pool.id, null, settings, event.id);
      return { pool: await this.view(tx.manager, event.id, pool.id), errors: [] };
    });
  }

  async update(ctx: RequestContext, input: UpdateCapacityPoolInput): Promise<CapacityPoolPayload> {
    requireActor(ctx);
    if (!UUID.test(input.id)) return { pool: null, errors: [poolNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const found = await this.findPool(tx.manager, input.id);
      if (!found) return { pool: null, errors: [poolNotFound()] };
      const event = await this.lockEvent(tx.manager, found.eventId);
      const before = await this.settingsOf(tx.manager, input.id);
      if (!event || !before) return { pool: null, errors: [poolNotFound()] };
      const settings: PoolSettings = {
        name: input.name ?? before.name,
        capacity: input.capacity ?? before.capacity,
        allTicketTypes: before.allTicketTypes,
        ticketTypeIds:
          before.allTicketTypes || !input.ticketTypeIds
            ? before.ticketTypeIds
            : [...new Set(input.ticketTypeIds)].sort(),
      };
      const errors = await this.settingErrors(tx.manager, event.id, settings, input.ticketTypeIds ?? null);
      if (errors.length > 0) return { pool: null, errors };
      const used = await this.lockAndCount(tx.manager, event.id, settings, before.ticketTypeIds);
      if (used > settings.capacity) return { pool: null, errors: [belowCommitted(used)] };
      await this.setMembers(tx.manager, input.id, settings.ticketTypeIds);
      await tx.manager.query(
        `UPDATE capacity_pool SET name = $2, capacity = $3, used_count = $4, updated_at = now() WHERE id = $1`,
        [input.id, settings.name, settings.capacity, used],
      );
      await this.record(tx, 'capacityPool.update', input.id, before, settings, null);
      await this.offers?.offerFreedSeats(tx, [event.id]);
      return { pool: await this.view(tx.manager, event.id, input.id), errors: [] };
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<DeleteCapacityPoolPayload> {
    requireActor(ctx);
    if (!UUID.test(id)) return { deletedId: null, errors: [poolNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const found = await this.findPool(tx.manager, id);
      if (!found) return { deletedId: null, errors: [poolNotFound()] };
      await this.lockEvent(tx.manager, found.eventId);
      const before = await this.settingsOf(tx.manager, id);
      if (!before) return { deletedId: null, errors: [poolNotFound()] };
      // Bookings of its ticket types half done finish first; later ones no longer see the pool.
      await this.lockAndCount(tx.manager, found.eventId, before, []);
      await tx.manager.delete(CapacityPoolEntity, { id });
      await this.record(tx, 'capacityPool.delete', id, before, null, null);
      await this.offers?.offerFreedSeats(tx, [found.eventId]);
      return { deletedId: id, errors: [] };
    });
  }

  private findPool(manager: EntityManager, id: string): Promise<CapacityPoolEntity | null> {
    return manager.findOneBy(CapacityPoolEntity, { id });
  }

  private lockEvent(manager: EntityManager, id: string): Promise<EventEntity | null> {
    return manager.findOne(EventEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A pool's settings as stored (read after the event lock, so no pool change runs meanwhile). */
  private async settingsOf(manager: EntityManager, id: string): Promise<PoolSettings | null> {
    const pool = await this.findPool(manager, id);
    if (!pool) return null;
    const members = await manager.find(CapacityPoolTicketTypeEntity, {
      where: { poolId: id },
      order: { ticketTypeId: 'ASC' },
    });
    return {
      name: pool.name,
      capacity: pool.capacity,
      allTicketTypes: pool.allTicketTypes,
      ticketTypeIds: members.map((member) => member.ticketTypeId),
    };
  }

  /**
   * Every problem with the ticket types named: `given` as the input lists them (the field paths
   * count in it), else the pool's own.
   */
  private async settingErrors(
    manager: EntityManager,
    eventId: string,
    settings: PoolSettings,
    given: string[] | null,
  ): Promise<CapacityPoolError[]> {
    const errors: CapacityPoolError[] = [];
    if (!settings.allTicketTypes && settings.ticketTypeIds.length === 0) {
      errors.push(
        error(
          CapacityPoolErrorCode.NO_TICKET_TYPES,
          'Choose at least one ticket type to share the pool.',
          'ticketTypeIds',
        ),
      );
    }
    const listed = given ?? settings.ticketTypeIds;
    const valid = listed.filter((id) => UUID.test(id));
    const own = new Set(
      valid.length === 0
        ? []
        : (
            await manager.query<{ id: string }[]>(
              'SELECT id FROM ticket_type WHERE event_id = $1 AND id = ANY($2::uuid[])',
              [eventId, valid],
            )
          ).map((row) => row.id),
    );
    listed.forEach((id, index) => {
      if (!own.has(id)) {
        errors.push(
          error(
            CapacityPoolErrorCode.TICKET_TYPE_NOT_FOUND,
            'The event has no ticket type with this id.',
            `ticketTypeIds.${index}`,
          ),
        );
      }
    });
    return errors;
  }

  /**
   * Locks the ticket types that are or were in the pool (every one of the event for an event total)
   * in id order, the order bookings lock them in, and counts the seats the new members hold or sold.
   */
  private async lockAndCount(
    manager: EntityManager,
    eventId: string,
    settings: PoolSettings,
    formerIds: string[],
  ): Promise<number> {
    const rows = await manager.query<{ id: string; taken: number; member: boolean }[]>(
      `SELECT id, held_count + sold_count AS taken, ($2 OR id = ANY($3::uuid[])) AS member
       FROM ticket_type
       WHERE event_id = $1 AND ($2 OR id = ANY($3::uuid[]) OR id = ANY($4::uuid[]))
       ORDER BY id
       FOR UPDATE`,
      [eventId, settings.allTicketTypes, settings.ticketTypeIds, formerIds],
    );
    return rows.filter((row) => row.member).reduce((sum, row) => sum + row.taken, 0);
  }

  private async setMembers(manager: EntityManager, poolId: string, ticketTypeIds: string[]): Promise<void> {
    await manager.delete(CapacityPoolTicketTypeEntity, { poolId });
    if (ticketTypeIds.length > 0) {
      await manager.insert(
        CapacityPoolTicketTypeEntity,
        ticketTypeIds.map((ticketTypeId) => ({ poolId, ticketTypeId })),
      );
    }
  }

  private async view(manager: EntityManager, eventId: string, id: string): Promise<AdminCapacityPool> {
    const pools = (await poolsOfEvents(manager, [eventId])).get(eventId) ?? [];
    return toAdminCapacityPool(pools.find((pool) => pool.id === id)!);
  }

  private record(
    tx: Transaction,
    action: string,
    id: string,
    before: PoolSettings | null,
    after: PoolSettings | null,
    eventId: string | null,
  ): Promise<void> {
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    if (eventId) changes.eventId = { before: null, after: eventId };
    for (const key of ['name', 'capacity', 'allTicketTypes', 'ticketTypeIds'] as const) {
      const was = before ? before[key] : null;
      const is = after ? after[key] : null;
      if (JSON.stringify(was) !== JSON.stringify(is)) changes[key] = { before: was, after: is };
    }
    return this.audit.record(tx, { action, objectType: 'CapacityPool', objectId: id, changes });
  }
}

function belowCommitted(used: number): CapacityPoolError {
  return error(
    CapacityPoolErrorCode.CAPACITY_BELOW_COMMITTED,
    `The capacity cannot be below the ${used} seats its ticket types have already sold or held.`,
    'capacity',
  );
}
