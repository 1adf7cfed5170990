/**
 * A shopper's booking as its pages read it (the confirmation, the booking page, the checkout steps),
 * opened by the secret token of its link. An unknown token is the friendly 404, like a missing page.
 */
import { error } from '@sveltejs/kit';
import type { Client } from '@urql/svelte';
import { graphql } from '$lib/gql';
import type { ShopperBookingFragment } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';

/** An answer as the booking page shows it, and as Back to the checkout form refills it (typed values). */
export const ShopperAnswerFragmentDoc = graphql(`
  fragment ShopperAnswer on QuestionAnswer {
    questionId
    label
    display
    textValue
    numberValue
    dateValue
    booleanValue
    choices {
      id
    }
    file {
      id
      name
    }
  }
`);

export const ShopperBookingFragmentDoc = graphql(`
  fragment ShopperBooking on Booking {
    reference
    status
    holdExpiresAt
    answersEditableUntil
    confirmedAt
    cancelledAt
    account {
      paid {
        amountMinor
        currency
        decimals
      }
      payments {
        amount {
          amountMinor
          currency
          decimals
        }
        at
      }
      pending {
        amountMinor
        currency
        decimals
      }
      refunded {
        amountMinor
        currency
        decimals
      }
      refunds {
        amount {
          amountMinor
          currency
          decimals
        }
        at
      }
      retained {
        amountMinor
        currency
        decimals
      }
    }
    buyer {
      name
      email
    }
    event {
      slug
      title
      visibility
      startsAt
      endsAt
      timeZone
      waiverRequired
      questions {
        id
      }
      venue {
        name
        address
      }
    }
    lines {
      ticketTypeId
      ticketTypeName
      quantity
      unitPrice {
        amountMinor
        currency
        decimals
      }
      unitDiscount {
        amountMinor
        currency
        decimals
      }
      total {
        amountMinor
        currency
        decimals
      }
    }
    total {
      amountMinor
      currency
      decimals
    }
    voucherCode
    discount {
      amountMinor
      currency
      decimals
    }
    answers {
      ...ShopperAnswer
    }
    tickets {
      id
      ticketTypeId
      ticketTypeName
      attendeeName
      attendeeEmail
      status
      code
      shortCode
      answers {
        ...ShopperAnswer
      }
      waiver {
        status
        signature {
          signedAt
          method
        }
      }
    }
  }
`);

const ShopperBookingDocument = graphql(`
  query ShopperBooking($token: String!) {
    booking(token: $token) {
      ...ShopperBooking
    }
  }
`);

export type ShopperBooking = ShopperBookingFragment;

export const BOOKING_NOT_FOUND = 'Booking not found';

/** The token of a checkout step's link (`?booking=<token>`); without one the page is a 404. */
export function bookingTokenParam(url: URL): string {
  const token = url.searchParams.get('booking');
  if (!token) error(404, BOOKING_NOT_FOUND);
  return token;
}

/** Statuses of a booking that was paid: its own page is the place to go. */
export const PAID_STATUSES: ReadonlySet<string> = new Set(['CONFIRMED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

/** The booking of a token, or null when it opens nothing. */
export async function findShopperBooking(client: Client, token: string): Promise<ShopperBooking | null> {
  const result = await client
    .query(ShopperBookingDocument, { token }, { requestPolicy: 'network-only' })
    .toPromise();
  return unwrap(result).booking ?? null;
}

/** The booking of a link's token; a token that opens nothing is a 404. */
export async function loadShopperBooking(client: Client, token: string): Promise<ShopperBooking> {
  const booking = await findShopperBooking(client, token);
  if (!booking) error(404, BOOKING_NOT_FOUND);
  return booking;
}

/**
 * Headers of every page a booking token opens: never indexed, never stored by a cache. The token
 * never leaves in a Referer to another site: every answer of the site says `Referrer-Policy:
 * same-origin` (security-headers.ts; not no-referrer: with no-referrer browsers send `Origin: null`
 * on form posts, which SvelteKit's CSRF check refuses).
 */
export const BOOKING_PAGE_HEADERS = {
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'private, no-store',
};
