/** Codes (vouchers) for tests: a factory, and the GraphQL documents the voucher tests share. */
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventEntity } from '../src/modules/events/event.entity';
import { reserveVoucherSeats } from '../src/modules/tickets/seat-inventory';
import type { TicketTypeEntity } from '../src/modules/tickets/ticket-type.entity';
import { VoucherDiscountKind, VoucherEntity, VoucherUseUnit } from '../src/modules/vouchers/voucher.entity';

/** A code of `event`: 20% off all its ticket types, unlimited, unless overridden. */
export function createVoucher(
  dataSource: DataSource,
  event: Pick<EventEntity, 'id'>,
  overrides: Partial<VoucherEntity> = {},
): Promise<VoucherEntity> {
  const repository = dataSource.getRepository(VoucherEntity);
  return repository.save(
    repository.create({
      code: `TEST-${randomBytes(4).toString('hex').toUpperCase()}`,
      discountKind: VoucherDiscountKind.PERCENTAGE,
      discountValue: 20,
      revealsHidden: false,
      opensPrivateEvent: false,
      ticketTypeIds: [],
      validFrom: null,
      validUntil: null,
      maxUses: null,
      useUnit: VoucherUseUnit.BOOKINGS,
      maxPerBooking: null,
      disabledAt: null,
      ...overrides,
      eventId: event.id,
    }),
  );
}

/**
 * A code that reserves `seats` seats of `ticketType` for its holders (valid for a day unless
 * overridden), the seats set aside as createVouchers does (reserveVoucherSeats, same transaction).
 */
export function createReservingVoucher(
  dataSource: DataSource,
  event: Pick<EventEntity, 'id'>,
  ticketType: Pick<TicketTypeEntity, 'id'>,
  seats: number,
  overrides: Partial<VoucherEntity> = {},
): Promise<VoucherEntity> {
  return dataSource.transaction(async (manager) => {
    if (
      (await reserveVoucherSeats({ manager }, [{ ticketTypeId: ticketType.id, quantity: seats }])).length > 0
    ) {
      throw new Error(`ticket type ${ticketType.id} has not ${seats} seats free`);
    }
    return manager.save(
      manager.create(VoucherEntity, {
        code: `HOLD-${randomBytes(4).toString('hex').toUpperCase()}`,
        discountKind: VoucherDiscountKind.NONE,
        discountValue: 0,
        revealsHidden: false,
        opensPrivateEvent: false,
        reservesSeats: true,
        reservedSeats: seats,
        ticketTypeIds: [ticketType.id],
        validFrom: null,
        validUntil: new Date(Date.now() + 24 * 3600_000),
        maxUses: seats,
        useUnit: VoucherUseUnit.TICKETS,
        maxPerBooking: null,
        disabledAt: null,
        ...overrides,
        eventId: event.id,
      }),
    );
  });
}

/** A code's seats set aside now and its ticket type's counters, as PostgreSQL has them. */
export async function blockOf(
  dataSource: DataSource,
  voucher: Pick<VoucherEntity, 'id'>,
): Promise<{ reserved: number; used: number; held: number; sold: number; capacity: number }> {
  const [row] = (await dataSource.query(
    `SELECT v.reserved_seats AS reserved, v.used_count AS used, t.held_count AS held,
            t.sold_count AS sold, t.capacity
     FROM voucher v JOIN ticket_type t ON t.id = v.ticket_type_ids[1] WHERE v.id = $1`,
    [voucher.id],
  )) as { reserved: number; used: number; held: number; sold: number; capacity: number }[];
  return row;
}

/** A code's uses as PostgreSQL counts them. */
export async function usedCount(dataSource: DataSource, voucher: Pick<VoucherEntity, 'id'>): Promise<number> {
  const [row] = (await dataSource.query('SELECT used_count FROM voucher WHERE id = $1', [voucher.id])) as {
    used_count: number;
  }[];
  return row.used_count;
}

export const APPLY_VOUCHER = /* GraphQL */ `
  mutation ApplyVoucher($input: ApplyVoucherInput!) {
    applyVoucher(input: $input) {
      voucher {
        code
        event {
          slug
        }
        discountKind
        discountValue
        maxPerBooking
        prices {
          ticketTypeId
          unitPrice {
            amountMinor
          }
          unitDiscount {
            amountMinor
          }
          discountedUnitPrice {
            amountMinor
          }
        }
        revealedTicketTypes {
          id
          name
        }
      }
      errors {
        code
        field
        message
        retryAfterSeconds
      }
    }
  }
`;

export interface ApplyVoucherData {
  applyVoucher: {
    voucher: {
      code: string;
      event: { slug: string };
      discountKind: string;
      discountValue: number;
      maxPerBooking: number | null;
      prices: {
        ticketTypeId: string;
        unitPrice: { amountMinor: number };
        unitDiscount: { amountMinor: number };
        discountedUnitPrice: { amountMinor: number };
      }[];
      revealedTicketTypes: { id: string; name: string }[];
    } | null;
    errors: { code: string; field: string | null; message: string; retryAfterSeconds: number | null }[];
  };
}
