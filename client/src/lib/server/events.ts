/**
 * Loads one event the way a shopper may see it: public by slug, private only with its key. A wrong
 * or missing key is the same 404 as a slug that does not exist, so links cannot be probed.
 */
import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import type { EventPageQuery } from '$lib/gql/graphql';
import type { ApiQuery } from './graphql';

/** A ticket type as a shopper sees it (the event page, checkout, and those a code reveals). */
export const ShopperTicketTypeFragment = graphql(`
  fragment ShopperTicketType on TicketType {
    id
    name
    description
    availability
    price {
      amountMinor
      currency
      decimals
    }
    remaining
    minPerOrder
    maxPerOrder
    maxPurchasable
    salesStartAt
    salesEndAt
  }
`);

/** The event as its page, its calendar file and the checkout read it. */
export const EventPageDocument = graphql(`
  query EventPage($slug: String!, $accessKey: String) {
    event(slug: $slug, accessKey: $accessKey) {
      id
      slug
      title
      description
      status
      visibility
      startsAt
      endsAt
      timeZone
      currency
      imageUrl
      imageAlt
      waiverRequired
      venue {
        name
        address
      }
      isSeries
      dateCount
      dates(first: 200) {
        id
        slug
        startsAt
        endsAt
        availability
        seatsLeft
      }
      series {
        slug
        title
        dateCount
      }
      ticketTypes {
        ...ShopperTicketType
      }
      questions {
        ...CheckoutQuestionFields
      }
    }
  }
`);

export type ShopperEvent = NonNullable<EventPageQuery['event']>;

export const EVENT_NOT_FOUND = 'Event not found';

export async function loadShopperEvent(
  queryApi: ApiQuery,
  slug: string,
  accessKey: string | null,
): Promise<ShopperEvent> {
  const { event } = await queryApi(EventPageDocument, { slug, accessKey: accessKey || null });
  if (!event) error(404, EVENT_NOT_FOUND);
  return event;
}

/** Headers for a private event's responses: never indexed, never cached by shared caches. */
export const PRIVATE_EVENT_HEADERS = {
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'private, no-store',
};
