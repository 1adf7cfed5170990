/**
 * The admin side of reminder rules: list, create, change, delete, each audited. New events get a
 * default rule (the day before, to attendees) in the transaction that creates them
 * (`addDefaultReminderRule`); it is an ordinary rule the organiser can switch off or delete.
 * Sending is reminder-sending.service.ts.
 */
import type { EntityManager } from 'typeorm';
import { domainProblem } from '../../common/domain-error';
import { requireActor, type RequestContext } from '../../common/request-context';
import { UUID } from '../../common/uuid';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import { fieldChanges, type AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { deliveryCounts, deliveryList } from './message-deliveries';
import type { CreateReminderRuleInput, UpdateReminderRuleInput } from './messages.inputs';
import {
  MessageErrorCode,
  type DeleteReminderRulePayload,
  type MessageDelivery,
  type MessageError,
  type ReminderRule,
  type ReminderRulePayload,
} from './messages.types';
import { REMINDER_SENDS_AT_SQL } from './reminder-sending.service';
import { MessageAudience, ReminderRuleEntity } from './reminder-rule.entity';

const AUDITED_FIELDS: (keyof ReminderRuleEntity & string)[] = [
  'offsetDays',
  'offsetMinutes',
  'audience',
  'ticketTypeIds',
  'enabled',
];

export const messageError = (code: MessageErrorCode, message: string, field: string | null = null) =>
  domainProblem(code, message, field) as MessageError;

const ruleNotFound = () =>
  messageError(MessageErrorCode.REMINDER_RULE_NOT_FOUND, 'No reminder rule has this id.', 'id');

/** The day before the start, to every attendee: what a new event reminds of unless switched off. */
export async function addDefaultReminderRule(tx: Transaction, eventId: string): Promise<void> {
  await tx.manager.insert(ReminderRuleEntity, {
    eventId,
    offsetDays: 1,
    offsetMinutes: 0,
    audience: MessageAudience.ATTENDEES,
    ticketTypeIds: [],
    enabled: true,
    activeFrom: tx.ctx.now,
  });
}

/**
 * Gives a copy of an event (event-admin.service.ts duplicate) the original's reminder rules, each
 * switched on or off as it was and in force from now, its ticket types mapped to the copy's
 * (`ticketTypeIds`: original id -> copy's id). A rule whose ticket types are all gone is left out
 * rather than widened to every type. Returns how many were copied.
 */
export async function copyReminderRules(
  tx: Transaction,
  fromEventId: string,
  toEventId: string,
  ticketTypeIds: ReadonlyMap<string, string>,
): Promise<number> {
  const rules = await tx.manager.find(ReminderRuleEntity, {
    where: { eventId: fromEventId },
    order: { createdAt: 'ASC' },
  });
  const copies = rules.flatMap((rule) => {
    const mapped = rule.ticketTypeIds.flatMap((id) => ticketTypeIds.get(id) ?? []);
    if (rule.ticketTypeIds.length > 0 && mapped.length === 0) return [];
    return [
      {
        eventId: toEventId,
        offsetDays: rule.offsetDays,
        offsetMinutes: rule.offsetMinutes,
        audience: rule.audience,
        ticketTypeIds: mapped,
        enabled: rule.enabled,
        activeFrom: tx.ctx.now,
      },
    ];
  });
  if (copies.length > 0) await tx.manager.insert(ReminderRuleEntity, copies);
  return copies.length;
}

/** The ticket type ids that are not the event's (an error each, naming its position). */
export async function unknownTicketTypes(
  manager: EntityManager,
  eventId: string,
  ticketTypeIds: string[],
  field: string,
): Promise<MessageError[]> {
  const valid = ticketTypeIds.filter((id) => UUID.test(id));
  const found = new Set(
    valid.length
      ? (
          await manager
            .createQueryBuilder(TicketTypeEntity, 'type')
            .select('type.id', 'id')
            .where('type.eventId = :eventId AND type.id IN (:...ids)', { eventId, ids: valid })
            .getRawMany<{ id: string }>()
        ).map((row) => row.id)
      : [],
  );
  return ticketTypeIds.flatMap((id, index) =>
    found.has(id)
      ? []
      : [
          messageError(
            MessageErrorCode.UNKNOWN_TICKET_TYPE,
            'Not a ticket type of this event.',
            `${field}.${index}`,
          ),
        ],
  );
}

export class ReminderRulesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** The event's rules with their send times and delivery counts, soonest first. ADMIN. */
  async list(_ctx: RequestContext, eventId: string): Promise<ReminderRule[]> {
    if (!UUID.test(eventId)) return [];
    return this.views(this.uow.manager, { eventId });
  }

  /** Who a rule has reached, and how each e-mail went. ADMIN. */
  async deliveries(_ctx: RequestContext, ruleId: string): Promise<MessageDelivery[]> {
    if (!UUID.test(ruleId)) return [];
    return deliveryList(this.uow.manager, 'reminder_delivery', ruleId);
  }

  async create(ctx: RequestContext, input: CreateReminderRuleInput): Promise<ReminderRulePayload> {
    requireActor(ctx);
    const offsetErrors = offsetProblems(input.daysBefore, input.hoursBefore * 60 + input.minutesBefore);
    if (!UUID.test(input.eventId)) {
      return { reminderRule: null, errors: [eventNotFound(), ...offsetErrors] };
    }
    return this.uow.withTransaction(ctx, async (tx) => {
      const event = await tx.manager.findOneBy(EventEntity, { id: input.eventId });
      if (!event) return { reminderRule: null, errors: [eventNotFound(), ...offsetErrors] };
      const errors = [
        ...offsetErrors,
        ...(await unknownTicketTypes(tx.manager, event.id, input.ticketTypeIds, 'ticketTypeIds')),
      ];
      if (errors.length > 0) return { reminderRule: null, errors };
      const rule = await tx.manager.save(
        tx.manager.create(ReminderRuleEntity, {
          eventId: event.id,
          offsetDays: input.daysBefore,
          offsetMinutes: input.hoursBefore * 60 + input.minutesBefore,
          audience: input.audience,
          ticketTypeIds: [...new Set(input.ticketTypeIds)],
          enabled: input.enabled,
          activeFrom: ctx.now,
        }),
      );
      await this.audit.record(tx, {
        action: 'reminderRule.create',
        objectType: 'ReminderRule',
        objectId: rule.id,
        changes: fieldChanges(null, rule, AUDITED_FIELDS),
      });
      return { reminderRule: (await this.views(tx.manager, { id: rule.id }))[0], errors: [] };
    });
  }

  /**
   * Changes a rule. A new time, or switching it on, counts from now: a send time that has passed
   * sends nothing (recipients already reached are not reached again either way).
   */
  async update(ctx: RequestContext, input: UpdateReminderRuleInput): Promise<ReminderRulePayload> {
    requireActor(ctx);
    if (!UUID.test(input.id)) return { reminderRule: null, errors: [ruleNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const rule = await tx.manager.findOne(ReminderRuleEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!rule) return { reminderRule: null, errors: [ruleNotFound()] };
      const before = { ...rule };
      const hours = input.hoursBefore ?? Math.floor(rule.offsetMinutes / 60);
      const minutes = input.minutesBefore ?? rule.offsetMinutes % 60;
      rule.offsetDays = input.daysBefore ?? rule.offsetDays;
      rule.offsetMinutes = hours * 60 + minutes;
      rule.audience = input.audience ?? rule.audience;
      rule.ticketTypeIds = input.ticketTypeIds ? [...new Set(input.ticketTypeIds)] : rule.ticketTypeIds;
      rule.enabled = input.enabled ?? rule.enabled;
      const errors = [
        ...offsetProblems(rule.offsetDays, rule.offsetMinutes),
        ...(input.ticketTypeIds
          ? await unknownTicketTypes(tx.manager, rule.eventId, input.ticketTypeIds, 'ticketTypeIds')
          : []),
      ];
      if (errors.length > 0) return { reminderRule: null, errors };
      const newTime = rule.offsetDays !== before.offsetDays || rule.offsetMinutes !== before.offsetMinutes;
      if (newTime || (rule.enabled && !before.enabled)) rule.activeFrom = ctx.now;
      await tx.manager.save(rule);
      await this.audit.record(tx, {
        action: 'reminderRule.update',
        objectType: 'ReminderRule',
        objectId: rule.id,
        changes: fieldChanges(before, rule, AUDITED_FIELDS),
      });
      return { reminderRule: (await this.views(tx.manager, { id: rule.id }))[0], errors: [] };
    });
  }

  /** Deletes a rule; what it sent stays in the outbox. */
  async delete(ctx: RequestContext, id: string): Promise<DeleteReminderRulePayload> {
    requireActor(ctx);
    if (!UUID.test(id)) return { deletedId: null, errors: [ruleNotFound()] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const rule = await tx.manager.findOneBy(ReminderRuleEntity, { id });
      if (!rule) return { deletedId: null, errors: [ruleNotFound()] };
      await tx.manager.delete(ReminderRuleEntity, { id });
      await this.audit.record(tx, {
        action: 'reminderRule.delete',
        objectType: 'ReminderRule',
        objectId: id,
        changes: fieldChanges(rule, {}, AUDITED_FIELDS),
      });
      return { deletedId: id, errors: [] };
    });
  }

  private async views(
    manager: EntityManager,
    where: { eventId: string } | { id: string },
  ): Promise<ReminderRule[]> {
    const rows = (await manager.query(
      `SELECT r.*, ${REMINDER_SENDS_AT_SQL} AS sends_at
         FROM reminder_rule r JOIN event e ON e.id = r.event_id
        WHERE ${'eventId' in where ? 'r.event_id' : 'r.id'} = $1
        ORDER BY sends_at, r.id`,
      ['eventId' in where ? where.eventId : where.id],
    )) as {
      id: string;
      event_id: string;
      offset_days: number;
      offset_minutes: number;
      audience: MessageAudience;
      ticket_type_ids: string[];
      enabled: boolean;
      active_from: Date;
      sends_at: Date;
    }[];
    const counts = await deliveryCounts(
      manager,
      'reminder_delivery',
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({
      id: row.id,
      eventId: row.event_id,
      daysBefore: row.offset_days,
      hoursBefore: Math.floor(row.offset_minutes / 60),
      minutesBefore: row.offset_minutes % 60,
      audience: row.audience,
      ticketTypeIds: row.ticket_type_ids,
      enabled: row.enabled,
      sendsAt: row.sends_at,
      active: row.enabled && row.sends_at >= row.active_from,
      deliveries: counts.get(row.id)!,
    }));
  }
}

function eventNotFound(): MessageError {
  return messageError(MessageErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId');
}

function offsetProblems(days: number, minutes: number): MessageError[] {
  return days > 0 || minutes > 0
    ? []
    : [
        messageError(
          MessageErrorCode.NO_OFFSET,
          'Choose how long before the start: days, hours or minutes.',
          'daysBefore',
        ),
      ];
}
