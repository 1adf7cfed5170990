/**
 * The organiser's side of codes: make one or draw many, import and export them as CSV, switch one
 * off at once, see each code's uses and the bookings that used it. Every change is audited. What a
 * code does never changes once made (a booking priced a moment ago stays right); to change it, make
 * another and disable this one. Sending codes by e-mail is voucher-emails.ts.
 */
import { In } from 'typeorm';
import { domainProblem } from '../../common/domain-error';
import { money } from '../../common/money';
import { requireActor, type RequestContext } from '../../common/request-context';
import { toCsv } from '../../csv';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import type { FreedSeats } from '../waiting-list/waiting-list-offers';
import { fieldChanges, type AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { lockPoolsOf, releaseVoucherBlocks, reserveVoucherSeats } from '../tickets/seat-inventory';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { newVoucherCode, normalizeVoucherCode } from './voucher-codes';
import { readVoucherCsv, VOUCHER_CSV_COLUMNS, voucherCsvRow } from './voucher-csv';
import type {
  CreateVouchersInput,
  ImportVouchersInput,
  SetVoucherDisabledInput,
  VoucherSettingsInput,
} from './voucher-admin.inputs';
import { VOUCHER_CODE_PATTERN } from './voucher-admin.inputs';
import {
  VoucherAdminErrorCode,
  type AdminVoucher,
  type VoucherAdminError,
  type VoucherBooking,
  type VoucherPayload,
  type VouchersPayload,
} from './voucher-admin.types';
import { VoucherDiscountKind, VoucherEntity, VoucherUseUnit } from './voucher.entity';

const AUDITED_FIELDS: (keyof VoucherEntity & string)[] = [
  'code',
  'discountKind',
  'discountValue',
  'revealsHidden',
  'opensPrivateEvent',
  'reservesSeats',
  'ticketTypeIds',
  'validFrom',
  'validUntil',
  'maxUses',
  'useUnit',
  'maxPerBooking',
  'disabledAt',
];

export const adminError = (code: VoucherAdminErrorCode, message: string, field: string | null = null) =>
  domainProblem(code, message, field) as VoucherAdminError;

const notEnoughSeatsError = (seats: number, field: string) =>
  adminError(
    VoucherAdminErrorCode.NOT_ENOUGH_SEATS,
    `The ticket type has not ${seats} seats free to reserve.`,
    field,
  );

/** Locks ticket type rows in id order (the lock order every seat counter change follows). */
async function lockTicketTypes(tx: Transaction, ids: readonly string[]): Promise<void> {
  await tx.manager.query('SELECT id FROM ticket_type WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE', [
    ids,
  ]);
}

/** A code as organisers see it. */
export function toAdminVoucher(voucher: VoucherEntity): AdminVoucher {
  return {
    id: voucher.id,
    eventId: voucher.eventId,
    code: voucher.code,
    discountKind: voucher.discountKind,
    discountValue: voucher.discountValue,
    revealsHidden: voucher.revealsHidden,
    opensPrivateEvent: voucher.opensPrivateEvent,
    reservesSeats: voucher.reservesSeats,
    reservedSeats: voucher.reservedSeats,
    ticketTypeIds: voucher.ticketTypeIds,
    validFrom: voucher.validFrom,
    validUntil: voucher.validUntil,
    maxUses: voucher.maxUses,
    useUnit: voucher.useUnit,
    usedCount: voucher.usedCount,
    maxPerBooking: voucher.maxPerBooking,
    disabledAt: voucher.disabledAt,
    createdAt: voucher.createdAt,
  };
}

/**
 * What is wrong with codes' settings, each error naming its field under `prefix` (e.g. `settings.`),
 * given the event's ticket type ids: all problems at once.
 */
export function settingsErrors(
  settings: VoucherSettingsInput,
  eventTicketTypeIds: ReadonlySet<string>,
  prefix: string,
  now: Date,
): VoucherAdminError[] {
  const errors: VoucherAdminError[] = [];
  const { discountKind, discountValue } = settings;
  if (discountKind === VoucherDiscountKind.PERCENTAGE && (discountValue < 1 || discountValue > 100)) {
    errors.push(
      adminError(
        VoucherAdminErrorCode.INVALID_DISCOUNT,
        'A percentage must be 1 to 100.',
        `${prefix}discountValue`,
      ),
    );
  }
  if (discountKind === VoucherDiscountKind.AMOUNT_OFF && discountValue < 1) {
    errors.push(
      adminError(
        VoucherAdminErrorCode.INVALID_DISCOUNT,
        'Give the amount to take off.',
        `${prefix}discountValue`,
      ),
    );
  }
  const doesSomething = settings.revealsHidden || settings.opensPrivateEvent || settings.reservesSeats;
  if (discountKind === VoucherDiscountKind.NONE && !doesSomething) {
    errors.push(
      adminError(
        VoucherAdminErrorCode.NO_EFFECT,
        'A code without a discount must reveal hidden ticket types, open the private event or reserve seats.',
        `${prefix}discountKind`,
      ),
    );
  }
  settings.ticketTypeIds.forEach((id, index) => {
    if (!eventTicketTypeIds.has(id)) {
      errors.push(
        adminError(
          VoucherAdminErrorCode.TICKET_TYPE_NOT_FOUND,
          'This is not one of the event’s ticket types.',
          `${prefix}ticketTypeIds.${index}`,
        ),
      );
    }
  });
  if (settings.reservesSeats) errors.push(...reservationErrors(settings, prefix, now));
  if (settings.validFrom && settings.validUntil && settings.validUntil <= settings.validFrom) {
    errors.push(
      adminError(
        VoucherAdminErrorCode.VALIDITY_ENDS_BEFORE_START,
        'The code must stop being valid after it starts.',
        `${prefix}validUntil`,
      ),
    );
  }
  return errors;
}

/**
 * What a code that reserves seats needs: its block lives on one ticket type's counter, is counted in
 * tickets, has a size (`maxUses`) and an end (`validUntil`, when the unused seats go back on sale).
 */
function reservationErrors(settings: VoucherSettingsInput, prefix: string, now: Date): VoucherAdminError[] {
  const problem = (message: string, field: string) =>
    adminError(VoucherAdminErrorCode.INVALID_RESERVATION, message, `${prefix}${field}`);
  const errors: VoucherAdminError[] = [];
  if (new Set(settings.ticketTypeIds).size !== 1) {
    errors.push(problem('A code that reserves seats is for exactly one ticket type.', 'ticketTypeIds'));
  }
  if (settings.maxUses == null) {
    errors.push(problem('Say how many seats to reserve (the number of uses).', 'maxUses'));
  }
  if (settings.useUnit !== VoucherUseUnit.TICKETS) {
    errors.push(problem('A code that reserves seats counts its uses in tickets.', 'useUnit'));
  }
  if (!settings.validUntil || settings.validUntil <= now) {
    errors.push(problem('Say until when the seats are reserved (a time still to come).', 'validUntil'));
  }
  return errors;
}

/** The row a code is written with. */
export function voucherRow(
  eventId: string,
  code: string,
  settings: VoucherSettingsInput,
): Partial<VoucherEntity> {
  return {
    eventId,
    code,
    discountKind: settings.discountKind,
    discountValue: settings.discountKind === VoucherDiscountKind.NONE ? 0 : settings.discountValue,
    revealsHidden: settings.revealsHidden,
    opensPrivateEvent: settings.opensPrivateEvent,
    reservesSeats: settings.reservesSeats,
    // Set aside by reserveBlocks in the same unit of work, before the row is written.
    reservedSeats: settings.reservesSeats ? (settings.maxUses ?? 0) : 0,
    ticketTypeIds: [...new Set(settings.ticketTypeIds)],
    validFrom: settings.validFrom ?? null,
    validUntil: settings.validUntil ?? null,
    maxUses: settings.maxUses ?? null,
    useUnit: settings.useUnit,
    maxPerBooking: settings.maxPerBooking ?? null,
  };
}

export class VoucherAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    /** Reserved seats a disabled code gives back are offered to the waiting list at once. */
    private readonly offers?: FreedSeats,
  ) {}

  /** The event's codes, newest first; null for an unknown event. */
  async list(_ctx: RequestContext, eventId: string): Promise<AdminVoucher[] | null> {
    const { manager } = this.uow;
    if (!(await manager.existsBy(EventEntity, { id: eventId }))) return null;
    const vouchers = await manager.find(VoucherEntity, {
      where: { eventId },
      order: { createdAt: 'DESC', code: 'ASC' },
    });
    return vouchers.map(toAdminVoucher);
  }

  /** The bookings that used a code, newest first. */
  async bookingsOf(_ctx: RequestContext, voucherId: string): Promise<VoucherBooking[]> {
    const rows = (await this.uow.manager.query(
      `SELECT b.id, b.reference, b.status, b.buyer_name, b.buyer_email, b.voucher_uses, b.total_minor,
              b.currency, b.created_at,
              (SELECT coalesce(sum(l.quantity * l.unit_discount_minor), 0)::int
                 FROM booking_line l WHERE l.booking_id = b.id) AS discount_minor
       FROM booking b WHERE b.voucher_id = $1
       ORDER BY b.created_at DESC, b.id DESC`,
      [voucherId],
    )) as {
      id: string;
      reference: string;
      status: VoucherBooking['status'];
      buyer_name: string;
      buyer_email: string;
      voucher_uses: number;
      total_minor: number;
      currency: string;
      created_at: Date;
      discount_minor: number;
    }[];
    return rows.map((row) => ({
      bookingId: row.id,
      reference: row.reference,
      status: row.status,
      buyerName: row.buyer_name,
      buyerEmail: row.buyer_email,
      uses: row.voucher_uses,
      discount: money(row.discount_minor, row.currency),
      total: money(row.total_minor, row.currency),
      createdAt: row.created_at,
    }));
  }

  /** The event's codes as CSV (the columns importVouchers reads); null for an unknown event. */
  async csv(ctx: RequestContext, eventId: string): Promise<string | null> {
    const { manager } = this.uow;
    if (!(await manager.existsBy(EventEntity, { id: eventId }))) return null;
    const vouchers = await manager.find(VoucherEntity, {
      where: { eventId },
      order: { createdAt: 'ASC', code: 'ASC' },
    });
    return toCsv(VOUCHER_CSV_COLUMNS, vouchers.map(voucherCsvRow));
  }

  /** One code the organiser chose, or `generate.count` drawn ones, all with the same settings. */
  async create(ctx: RequestContext, input: CreateVouchersInput): Promise<VouchersPayload> {
    requireActor(ctx);
    if (Boolean(input.code) === Boolean(input.generate)) {
      return this.refused([
        adminError(VoucherAdminErrorCode.CODE_OR_GENERATE, 'Give a code, or say how many to draw.', 'code'),
      ]);
    }
    const codes = input.code
      ? [normalizeVoucherCode(input.code)]
      : Array.from({ length: input.generate!.count }, () => newVoucherCode(input.generate!.prefix));
    return this.write(
      ctx,
      input.eventId,
      codes.map((code) => ({ code, settings: input.settings, field: 'code' })),
      {
        action: input.code ? 'voucher.create' : 'voucher.generate',
        settingsField: 'settings.',
      },
    );
  }

  /** Codes from CSV text (the columns of the export); none is made if any row is wrong. */
  async import(ctx: RequestContext, input: ImportVouchersInput): Promise<VouchersPayload> {
    requireActor(ctx);
    const read = readVoucherCsv(input.csv);
    if (read.errors.length > 0) return this.refused(read.errors);
    return this.write(ctx, input.eventId, read.rows, { action: 'voucher.import', settingsField: null });
  }

  /**
   * Switches a code off or on again. Off takes effect at once: use_booking_voucher refuses a disabled
   * code in the statement that takes a booking's seats, so no booking made after this commits uses it.
   */
  async setDisabled(ctx: RequestContext, input: SetVoucherDisabledInput): Promise<VoucherPayload> {
    requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const notFound = {
        voucher: null,
        errors: [adminError(VoucherAdminErrorCode.VOUCHER_NOT_FOUND, 'No code has this id.', 'id')],
      };
      const seen = await tx.manager.findOneBy(VoucherEntity, { id: input.id });
      if (!seen) return notFound;
      // A code's block is on its ticket type's counter and its pools: lock order ticket type, pools, code.
      if (seen.reservesSeats) {
        await lockTicketTypes(tx, seen.ticketTypeIds);
        await lockPoolsOf(tx, seen.ticketTypeIds);
      }
      const voucher = await tx.manager.findOne(VoucherEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!voucher) return notFound;
      const disabledAt = input.disabled ? (voucher.disabledAt ?? tx.ctx.now) : null;
      let { reservedSeats } = voucher;
      if ((disabledAt === null) !== (voucher.disabledAt === null)) {
        if (disabledAt === null && voucher.reservesSeats && voucher.validUntil! > tx.ctx.now) {
          // On again: its uses left are set aside again, if the ticket type still has the seats.
          const seats = voucher.maxUses! - voucher.usedCount - voucher.reservedSeats;
          const blocks = [{ ticketTypeId: voucher.ticketTypeIds[0], quantity: seats }];
          if (seats > 0 && (await reserveVoucherSeats(tx, blocks)).length > 0) {
            return { voucher: null, errors: [notEnoughSeatsError(seats, 'disabled')] };
          }
          reservedSeats += Math.max(seats, 0);
        }
        await tx.manager.update(VoucherEntity, voucher.id, { disabledAt, reservedSeats });
        // Off: its unused reserved seats go back on sale at once.
        if (disabledAt !== null) {
          const released = await releaseVoucherBlocks(tx, tx.ctx.now, voucher.id);
          reservedSeats -= released;
          if (released > 0) await this.offers?.offerFreedSeats(tx, [voucher.eventId]);
        }
        await this.audit.record(tx, {
          action: input.disabled ? 'voucher.disable' : 'voucher.enable',
          objectType: 'Voucher',
          objectId: voucher.id,
          changes: fieldChanges(voucher, { ...voucher, disabledAt }, ['disabledAt']),
        });
      }
      return { voucher: toAdminVoucher({ ...voucher, disabledAt, reservedSeats }), errors: [] };
    });
  }

  /**
   * Sets the seats aside for the codes about to be written that reserve them (each its `maxUses` on
   * its ticket type, and of that type's capacity pools: reserveVoucherSeats); all or none. Returns
   * NOT_ENOUGH_SEATS naming the first code's uses field for each ticket type short of seats.
   */
  private async reserveBlocks(
    tx: Transaction,
    wanted: { settings: VoucherSettingsInput; field: string }[],
    settingsField: string | null,
  ): Promise<VoucherAdminError[]> {
    const blocks = new Map<string, { seats: number; field: string }>();
    for (const { settings, field } of wanted) {
      if (!settings.reservesSeats) continue;
      const ticketTypeId = settings.ticketTypeIds[0];
      const block = blocks.get(ticketTypeId) ?? {
        seats: 0,
        field: `${settingsField ?? `${field.replace(/\.code$/, '')}.`}maxUses`,
      };
      block.seats += settings.maxUses!;
      blocks.set(ticketTypeId, block);
    }
    if (blocks.size === 0) return [];
    const short = await reserveVoucherSeats(
      tx,
      [...blocks].map(([ticketTypeId, { seats }]) => ({ ticketTypeId, quantity: seats })),
    );
    const errors = [...blocks]
      .filter(([ticketTypeId]) => short.includes(ticketTypeId))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, { seats, field }]) => notEnoughSeatsError(seats, field));
    return errors;
  }

  /**
   * Writes codes for an event in one unit of work, after checking every one (settings, ticket types,
   * codes taken, in the event or twice in the request): all are made, or none.
   */
  async write(
    ctx: RequestContext,
    eventId: string,
    wanted: { code: string; settings: VoucherSettingsInput; field: string }[],
    how: {
      action: string;
      settingsField: string | null;
      enqueue?: (tx: Transaction, vouchers: VoucherEntity[]) => Promise<void>;
    },
  ): Promise<VouchersPayload> {
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const event = await manager.findOne(EventEntity, {
        where: { id: eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event)
        return this.refused([
          adminError(VoucherAdminErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId'),
        ]);
      const ticketTypeIds = new Set(
        (await manager.find(TicketTypeEntity, { select: { id: true }, where: { eventId } })).map(
          ({ id }) => id,
        ),
      );
      const taken = new Set(
        (
          await manager.find(VoucherEntity, {
            select: { code: true },
            where: { eventId, code: In(wanted.map((each) => each.code)) },
          })
        ).map(({ code }) => code),
      );
      const errors: VoucherAdminError[] = [];
      const seen = new Set<string>();
      wanted.forEach(({ code, settings, field }, index) => {
        const prefix = how.settingsField ?? `${field.replace(/\.code$/, '')}.`;
        if (how.settingsField === null || index === 0)
          errors.push(...settingsErrors(settings, ticketTypeIds, prefix, tx.ctx.now));
        if (code.length < 3 || code.length > 64 || !VOUCHER_CODE_PATTERN.test(code)) {
          errors.push(
            adminError(
              VoucherAdminErrorCode.INVALID_CODE,
              'A code must be 3 to 64 letters, digits, - or _.',
              field,
            ),
          );
        } else if (taken.has(code) || seen.has(code)) {
          errors.push(
            adminError(VoucherAdminErrorCode.CODE_TAKEN, `The event already has the code ${code}.`, field),
          );
        }
        seen.add(code);
      });
      if (errors.length > 0) return this.refused(errors);
      const notEnoughSeats = await this.reserveBlocks(tx, wanted, how.settingsField);
      if (notEnoughSeats.length > 0) return this.refused(notEnoughSeats);

      const vouchers = await manager.save(
        wanted.map(({ code, settings }) =>
          manager.create(VoucherEntity, voucherRow(eventId, code, settings)),
        ),
        { chunk: 200 },
      );
      if (vouchers.length === 1) {
        await this.audit.record(tx, {
          action: how.action,
          objectType: 'Voucher',
          objectId: vouchers[0].id,
          changes: {
            eventId: { before: null, after: eventId },
            ...fieldChanges(null, vouchers[0], AUDITED_FIELDS),
          },
        });
      } else {
        // Many codes at once: one entry on the event, with how many and what they do.
        await this.audit.record(tx, {
          action: how.action,
          objectType: 'Event',
          objectId: eventId,
          changes: {
            vouchers: { before: null, after: vouchers.length },
            ...fieldChanges(
              null,
              vouchers[0],
              AUDITED_FIELDS.filter((field) => field !== 'code'),
            ),
          },
        });
      }
      await how.enqueue?.(tx, vouchers);
      return { vouchers: vouchers.map(toAdminVoucher), errors: [] };
    });
  }

  private refused(errors: VoucherAdminError[]): VouchersPayload {
    return { vouchers: [], errors };
  }
}
