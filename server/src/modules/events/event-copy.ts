/**
 * Copies what an event sells and asks into another event (a duplicate, or a new date of a series):
 * ticket types, capacity pools (with their members), questions (with choices, ticket types and
 * conditions), the current waiver, reminder rules, the event's own e-mail texts and its waiting-list
 * settings. The copy has no sales. One step of the caller's transaction.
 */
import type { EntityManager } from 'typeorm';
import type { Transaction } from '../../db/unit-of-work';
import { copyEventEmailTexts } from '../email/event-email-texts';
import { copyReminderRules } from '../messages/reminder-rules.service';
import { QuestionChoiceEntity, QuestionEntity, QuestionTicketTypeEntity } from '../questions/question.entity';
import { CapacityPoolEntity, CapacityPoolTicketTypeEntity } from '../tickets/capacity-pool.entity';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { WaiverVersionEntity, WaiverVersionQuestionEntity } from '../waivers/waiver-version.entity';
import { WaitingListSettingsEntity } from '../waiting-list/waiting-list-entry.entity';

/** What a date changes of its series' template (all optional). */
export interface CopyOverrides {
  /** Price in minor units by the ORIGINAL ticket type's id. */
  prices?: ReadonlyMap<string, number>;
  /** Sales window of every copied ticket type (undefined: the original's). */
  salesStartAt?: Date | null;
  salesEndAt?: Date | null;
  /** The copy's total capacity (its `allTicketTypes` pool, created if the original has none). */
  totalCapacity?: number | null;
}

/** How many of each thing were copied (for the audit entry). */
export interface CopiedContents {
  ticketTypes: number;
  capacityPools: number;
  questions: number;
  waiverCopied: boolean;
  reminderRules: number;
  emailTexts: number;
  /** Whether the original had waiting-list settings of its own (else the copy keeps the defaults). */
  waitingListSettings: boolean;
}

export async function copyEventContents(
  tx: Transaction,
  fromEventId: string,
  toEventId: string,
  overrides: CopyOverrides = {},
): Promise<CopiedContents> {
  const { manager } = tx;
  const ticketTypes = await manager.find(TicketTypeEntity, {
    where: { eventId: fromEventId },
    order: { sortOrder: 'ASC', createdAt: 'ASC' },
  });
  const copiedTypes = await manager.save(
    ticketTypes.map(({ id, createdAt: _c, updatedAt: _u, poolRemaining: _p, ...ticket }) =>
      manager.create(TicketTypeEntity, {
        ...ticket,
        eventId: toEventId,
        soldCount: 0,
        heldCount: 0,
        priceMinor: overrides.prices?.get(id) ?? ticket.priceMinor,
        salesStartAt: overrides.salesStartAt !== undefined ? overrides.salesStartAt : ticket.salesStartAt,
        salesEndAt: overrides.salesEndAt !== undefined ? overrides.salesEndAt : ticket.salesEndAt,
      }),
    ),
  );
  // save returns the entities in the order given.
  const typeIds = new Map(ticketTypes.map((type, index) => [type.id, copiedTypes[index].id]));
  const capacityPools = await copyPools(manager, fromEventId, toEventId, typeIds, overrides.totalCapacity);
  const questionIds = await copyQuestions(manager, fromEventId, toEventId, typeIds);
  const waiverCopied = await copyCurrentWaiver(manager, fromEventId, toEventId, questionIds);
  const reminderRules = await copyReminderRules(tx, fromEventId, toEventId, typeIds);
  const emailTexts = await copyEventEmailTexts(manager, fromEventId, toEventId);
  const waitingListSettings = await copyWaitingListSettings(manager, fromEventId, toEventId);
  return {
    ticketTypes: copiedTypes.length,
    capacityPools,
    questions: questionIds.size,
    waiverCopied,
    reminderRules,
    emailTexts,
    waitingListSettings,
  };
}

/** The original's waiting-list settings (on/off, automatic offers, hours), when it changed them. */
async function copyWaitingListSettings(
  manager: EntityManager,
  fromEventId: string,
  toEventId: string,
): Promise<boolean> {
  const settings = await manager.findOneBy(WaitingListSettingsEntity, { eventId: fromEventId });
  if (!settings) return false;
  await manager.insert(WaitingListSettingsEntity, {
    eventId: toEventId,
    enabled: settings.enabled,
    autoOffer: settings.autoOffer,
    offerHours: settings.offerHours,
  });
  return true;
}

async function copyPools(
  manager: EntityManager,
  fromEventId: string,
  toEventId: string,
  typeIds: ReadonlyMap<string, string>,
  totalCapacity: number | null | undefined,
): Promise<number> {
  const pools = await manager.findBy(CapacityPoolEntity, { eventId: fromEventId });
  if (totalCapacity != null && !pools.some((pool) => pool.allTicketTypes)) {
    pools.push(
      manager.create(CapacityPoolEntity, { name: 'Total capacity', capacity: 0, allTicketTypes: true }),
    );
  }
  for (const pool of pools) {
    const copy = await manager.save(
      manager.create(CapacityPoolEntity, {
        eventId: toEventId,
        name: pool.name,
        capacity: pool.allTicketTypes && totalCapacity != null ? totalCapacity : pool.capacity,
        usedCount: 0,
        allTicketTypes: pool.allTicketTypes,
      }),
    );
    if (!pool.id) continue;
    const members = await manager.findBy(CapacityPoolTicketTypeEntity, { poolId: pool.id });
    await manager.insert(
      CapacityPoolTicketTypeEntity,
      members.map((member) => ({ poolId: copy.id, ticketTypeId: typeIds.get(member.ticketTypeId)! })),
    );
  }
  return pools.length;
}

/** Copies the questions; returns original question id -> copy's id. */
async function copyQuestions(
  manager: EntityManager,
  fromEventId: string,
  toEventId: string,
  typeIds: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const questions = await manager.find(QuestionEntity, {
    where: { eventId: fromEventId },
    relations: { choices: true, ticketTypeLinks: true },
    order: { sortOrder: 'ASC' },
  });
  const questionIds = new Map<string, string>();
  const choiceIds = new Map<string, string>();
  for (const question of questions) {
    const { id, createdAt: _c, updatedAt: _u, choices = [], ticketTypeLinks = [], ...fields } = question;
    const copy = await manager.save(
      manager.create(QuestionEntity, {
        ...fields,
        eventId: toEventId,
        // Conditions point at copies, set below once every question and choice exists.
        dependsOnQuestionId: null,
        dependsOnChoiceId: null,
      }),
    );
    questionIds.set(id, copy.id);
    for (const choice of choices) {
      const saved = await manager.save(
        manager.create(QuestionChoiceEntity, {
          questionId: copy.id,
          label: choice.label,
          sortOrder: choice.sortOrder,
          hidden: choice.hidden,
        }),
      );
      choiceIds.set(choice.id, saved.id);
    }
    if (ticketTypeLinks.length > 0) {
      await manager.insert(
        QuestionTicketTypeEntity,
        ticketTypeLinks.map((link) => ({
          questionId: copy.id,
          ticketTypeId: typeIds.get(link.ticketTypeId)!,
        })),
      );
    }
  }
  for (const question of questions) {
    if (!question.dependsOnQuestionId) continue;
    await manager.update(QuestionEntity, questionIds.get(question.id)!, {
      dependsOnQuestionId: questionIds.get(question.dependsOnQuestionId) ?? null,
      dependsOnChoiceId: question.dependsOnChoiceId
        ? (choiceIds.get(question.dependsOnChoiceId) ?? null)
        : null,
    });
  }
  return questionIds;
}

/** The original's newest waiver version (if any), as the copy's first. */
async function copyCurrentWaiver(
  manager: EntityManager,
  fromEventId: string,
  toEventId: string,
  questionIds: ReadonlyMap<string, string>,
): Promise<boolean> {
  const current = await manager.findOne(WaiverVersionEntity, {
    where: { eventId: fromEventId },
    order: { version: 'DESC' },
  });
  if (!current) return false;
  const copy = await manager.save(
    manager.create(WaiverVersionEntity, {
      eventId: toEventId,
      version: 1,
      text: current.text,
      disabledAt: current.disabledAt,
      createdById: current.createdById,
      createdByEmail: current.createdByEmail,
    }),
  );
  const links = await manager.findBy(WaiverVersionQuestionEntity, { versionId: current.id });
  if (links.length > 0) {
    await manager.insert(
      WaiverVersionQuestionEntity,
      links.map((link) => ({ versionId: copy.id, questionId: questionIds.get(link.questionId)! })),
    );
  }
  return true;
}
