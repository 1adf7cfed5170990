/** Codes (vouchers) for tests: a factory, and the GraphQL documents the voucher tests share. */
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventEntity } from '../src/modules/events/event.entity';
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
