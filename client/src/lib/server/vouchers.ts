/**
 * A shopper's code (voucher) on the event page and at checkout: what it does (applyVoucher, limited
 * per address by the API), and the event as its holder sees it: the hidden ticket types it reveals
 * added, each covered type at its discounted price and with the seats a code reserves for its holders. The booking itself is priced by the API.
 */
import type { Client } from '@urql/svelte';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import type { ShopperEvent } from '$lib/server/events';

const ApplyVoucherDocument = graphql(`
  mutation ApplyVoucher($input: ApplyVoucherInput!) {
    applyVoucher(input: $input) {
      voucher {
        code
        discountKind
        discountValue
        prices {
          ticketTypeId
          unitDiscount {
            amountMinor
          }
        }
        revealedTicketTypes {
          ...ShopperTicketType
        }
        coveredTicketTypes {
          ...ShopperTicketType
        }
      }
      errors {
        message
      }
    }
  }
`);

/** A code applied: as stored, and what it takes off one ticket of each type it covers. */
export interface ShopperVoucher {
  code: string;
  /** Minor units off one ticket, by ticket type id (types it does not cover are absent). */
  discounts: Record<string, number>;
  /** What it does, in words, e.g. "20% off". */
  offer: string | null;
}

export type VoucherOutcome =
  | { voucher: ShopperVoucher; event: ShopperEvent; problem: null }
  | { voucher: null; event: ShopperEvent; problem: string };

function offerOf(kind: string, value: number): string | null {
  if (kind === 'PERCENTAGE') return `${value}% off`;
  if (kind === 'NONE') return null;
  return 'a lower price';
}

/** Applies `code` to the event (public, or private with its key): the event as the code's holder sees it. */
export async function applyShopperVoucher(
  client: Client,
  event: ShopperEvent,
  accessKey: string | null,
  code: string,
): Promise<VoucherOutcome> {
  const { applyVoucher } = unwrap(
    await client
      .mutation(ApplyVoucherDocument, {
        input: { eventSlug: event.slug, accessKey, code: code.slice(0, 64) },
      })
      .toPromise(),
  );
  const applied = applyVoucher.voucher;
  if (!applied)
    return { voucher: null, event, problem: applyVoucher.errors.map((error) => error.message).join(' ') };
  const known = new Set(event.ticketTypes.map((ticketType) => ticketType.id));
  const revealed = applied.revealedTicketTypes.filter((ticketType) => !known.has(ticketType.id));
  // The holder's view of the types it covers: seats a code reserves are available to them.
  const covered = new Map(applied.coveredTicketTypes.map((ticketType) => [ticketType.id, ticketType]));
  return {
    voucher: {
      code: applied.code,
      discounts: Object.fromEntries(
        applied.prices.map((price) => [price.ticketTypeId, price.unitDiscount.amountMinor]),
      ),
      offer: offerOf(applied.discountKind, applied.discountValue),
    },
    event: {
      ...event,
      ticketTypes: [
        ...event.ticketTypes.map((ticketType) => covered.get(ticketType.id) ?? ticketType),
        ...revealed,
      ],
    },
    problem: null,
  };
}
