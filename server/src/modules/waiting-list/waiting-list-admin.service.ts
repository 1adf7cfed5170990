/**
 * The organiser's side of the waiting list: the list, moving and removing entries, offering by hand,
 * and the event's settings; every change audited, each in one unit of work. Removing an offered entry
 * gives its seats back and offers them on in the same transaction; turning automatic offers on offers
 * whatever is free at once.
 */
import { requireActor, type RequestContext } from '../../common/request-context';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import { fieldChanges, type AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { WaitingListEntryEntity, WaitingListSettingsEntity } from './waiting-list-entry.entity';
import type { MoveWaitingListEntryInput, UpdateWaitingListSettingsInput } from './waiting-list.inputs';
import type { WaitingListOffers } from './waiting-list-offers';
import { readWaitingListSettings } from './waiting-list-settings';
import { canMove, canRemove, holdsOfferSeats, WaitingListStatus } from './waiting-list-status';
import { waitingListError } from './waiting-list.service';
import {
  WaitingListErrorCode,
  type AdminWaitingList,
  type AdminWaitingListEntry,
  type WaitingListEntryPayload,
  type WaitingListSettingsPayload,
} from './waiting-list.types';

/** The list in line per ticket type: open entries by place, then closed ones newest first. */
const LIST_SQL = `
  SELECT id, "ticketTypeId", "ticketTypeName", name, email, quantity, status, "offeredAt", "offerExpiresAt",
         "bookingId", "createdAt", place
  FROM (
    SELECT w.id, w.ticket_type_id AS "ticketTypeId", tt.name AS "ticketTypeName", w.name, w.email,
           w.quantity, w.status, w.offered_at AS "offeredAt", w.offer_expires_at AS "offerExpiresAt",
           w.booking_id AS "bookingId", w.created_at AS "createdAt", tt.sort_order, w.position,
           w.updated_at,
           CASE WHEN w.status = 'WAITING' THEN
             (row_number() OVER (PARTITION BY w.ticket_type_id, w.status = 'WAITING'
                                 ORDER BY w.position, w.created_at, w.id))::int END AS place
    FROM waiting_list_entry w JOIN ticket_type tt ON tt.id = w.ticket_type_id
    WHERE w.event_id = $1
  ) e
  WHERE $2::uuid IS NULL OR id = $2
  ORDER BY sort_order, "ticketTypeName", "ticketTypeId",
           CASE status WHEN 'OFFERED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END,
           CASE WHEN status IN ('WAITING', 'OFFERED') THEN position END, updated_at DESC`;

const entryNotFound = () =>
  waitingListError(WaitingListErrorCode.ENTRY_NOT_FOUND, 'No waiting-list entry has this id.', 'id');
const eventNotFound = () =>
  waitingListError(WaitingListErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId');

export class WaitingListAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly offers: WaitingListOffers,
  ) {}

  /** The event's settings and entries, or null for an unknown event. */
  async list(_ctx: RequestContext, eventId: string): Promise<AdminWaitingList | null> {
    const event = await this.uow.manager.findOneBy(EventEntity, { id: eventId });
    if (!event) return null;
    return {
      settings: await readWaitingListSettings(this.uow.manager, eventId),
      entries: (await this.uow.manager.query(LIST_SQL, [eventId, null])) as AdminWaitingListEntry[],
    };
  }

  /** Moves a WAITING entry to `place` among the waiting entries of its ticket type (1 = next). */
  async move(ctx: RequestContext, input: MoveWaitingListEntryInput): Promise<WaitingListEntryPayload> {
    requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const entry = await this.lockEntry(tx, input.id);
      if (!entry) return { entry: null, errors: [entryNotFound()] };
      if (!canMove(entry.status)) return { entry: null, errors: [notWaiting()] };
      // The others of the line, locked in line order (joins append after them; moves take turns).
      const others = (await tx.manager.query(
        `SELECT id, position FROM waiting_list_entry
         WHERE ticket_type_id = $1 AND status = 'WAITING' AND id <> $2
         ORDER BY position, created_at, id FOR UPDATE`,
        [entry.ticketTypeId, entry.id],
      )) as { id: string; position: number }[];
      const index = Math.min(input.place, others.length + 1) - 1;
      const before = others[index - 1]?.position;
      const after = others[index]?.position;
      const position =
        before === undefined && after === undefined
          ? entry.position
          : before === undefined
            ? after! - 1
            : after === undefined
              ? before + 1
              : (before + after) / 2;
      await tx.manager.update(WaitingListEntryEntity, entry.id, { position });
      await this.audit.record(tx, {
        action: 'waitingList.move',
        objectType: 'WaitingListEntry',
        objectId: entry.id,
        changes: { place: { before: null, after: input.place } },
      });
      return { entry: await this.view(tx, entry), errors: [] };
    });
  }

  /** Takes an entry off the list; an offered one gives its seats back, offered on to the next people. */
  async remove(ctx: RequestContext, id: string): Promise<WaitingListEntryPayload> {
    requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const entry = await this.lockEntry(tx, id);
      if (!entry) return { entry: null, errors: [entryNotFound()] };
      if (!canRemove(entry.status)) return { entry: null, errors: [notWaiting()] };
      await tx.manager.update(WaitingListEntryEntity, entry.id, { status: WaitingListStatus.REMOVED });
      if (holdsOfferSeats(entry.status)) {
        await this.offers.returnSeats(tx, [{ ticketTypeId: entry.ticketTypeId, quantity: entry.quantity }]);
        await this.offers.offerFreedSeats(tx, [entry.eventId]);
      }
      await this.audit.record(tx, {
        action: 'waitingList.remove',
        objectType: 'WaitingListEntry',
        objectId: entry.id,
        changes: { status: { before: entry.status, after: WaitingListStatus.REMOVED } },
      });
      return { entry: await this.view(tx, entry), errors: [] };
    });
  }

  /**
   * Offers seats to one WAITING entry now, whatever its place and the automatic setting: its seats are
   * held and the offer e-mail sent, or NO_SEATS_FREE.
   */
  async offer(ctx: RequestContext, id: string): Promise<WaitingListEntryPayload> {
    requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const entry = await tx.manager.findOneBy(WaitingListEntryEntity, { id });
      if (!entry) return { entry: null, errors: [entryNotFound()] };
      if (entry.status !== WaitingListStatus.WAITING) return { entry: null, errors: [notWaiting()] };
      if (!(await this.offers.offerEntry(tx, entry.eventId, entry.id))) {
        return {
          entry: null,
          errors: [
            waitingListError(
              WaitingListErrorCode.NO_SEATS_FREE,
              `${entry.quantity} seat${entry.quantity === 1 ? ' is' : 's are'} not free for this entry right now.`,
              'id',
            ),
          ],
        };
      }
      await this.audit.record(tx, {
        action: 'waitingList.offer',
        objectType: 'WaitingListEntry',
        objectId: entry.id,
        changes: { status: { before: entry.status, after: WaitingListStatus.OFFERED } },
      });
      return { entry: await this.view(tx, entry), errors: [] };
    });
  }

  /** Changes the event's settings; turning automatic offers on offers what is free at once. */
  async updateSettings(
    ctx: RequestContext,
    input: UpdateWaitingListSettingsInput,
  ): Promise<WaitingListSettingsPayload> {
    requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const event = await tx.manager.findOneBy(EventEntity, { id: input.eventId });
      if (!event) return { settings: null, errors: [eventNotFound()] };
      const before = await readWaitingListSettings(tx.manager, event.id);
      const after = {
        eventId: event.id,
        enabled: input.enabled,
        autoOffer: input.autoOffer,
        offerHours: input.offerHours,
      };
      await tx.manager.upsert(WaitingListSettingsEntity, after, ['eventId']);
      if (after.autoOffer && !before.autoOffer) await this.offers.offerFreedSeats(tx, [event.id]);
      await this.audit.record(tx, {
        action: 'waitingList.settings',
        objectType: 'Event',
        objectId: event.id,
        changes: fieldChanges(before, after, ['enabled', 'autoOffer', 'offerHours']),
      });
      return { settings: after, errors: [] };
    });
  }

  private lockEntry(tx: Transaction, id: string): Promise<WaitingListEntryEntity | null> {
    return tx.manager
      .getRepository(WaitingListEntryEntity)
      .createQueryBuilder('entry')
      .setLock('pessimistic_write')
      .where('entry.id = :id', { id })
      .getOne();
  }

  private async view(tx: Transaction, entry: WaitingListEntryEntity): Promise<AdminWaitingListEntry> {
    const [row] = (await tx.manager.query(LIST_SQL, [entry.eventId, entry.id])) as AdminWaitingListEntry[];
    return row;
  }
}

function notWaiting() {
  return waitingListError(
    WaitingListErrorCode.NOT_WAITING,
    'This entry is no longer waiting (it was offered, booked, expired or removed).',
    'id',
  );
}
