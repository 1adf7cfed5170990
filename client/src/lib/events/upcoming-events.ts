/**
 * One page of the upcoming-events list, used by the home page's server load (first render) and by
 * its "Load more" button in the browser, each with its own GraphQL client.
 *
 * The date filter means calendar days where each event takes place (an event at 23:30 in Los Angeles
 * on 1 December is on 1 December). The API filters by instants, so the site asks for a window
 * widened by the largest UTC offsets and keeps the events whose local day matches.
 */
import type { Client } from '@urql/svelte';
import { formatMoney, localDay } from '$lib/format';
import { graphql } from '$lib/gql';
import type { UpcomingEventsQuery } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';

export const UpcomingEventsDocument = graphql(`
  query UpcomingEvents($first: Int!, $after: String, $filter: EventFilterInput) {
    events(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          slug
          title
          startsAt
          endsAt
          timeZone
          imageUrl
          imageAlt
          venue {
            name
          }
          isSeries
          dateCount
          dates(first: 1) {
            startsAt
          }
          ticketTypes {
            availability
            price {
              amountMinor
              currency
              decimals
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type UpcomingEvent = UpcomingEventsQuery['events']['edges'][number]['node'];

export interface UpcomingEventsFilters {
  search: string;
  /** First day (YYYY-MM-DD), in each event's own time zone. */
  from: string | null;
  /** Last day (YYYY-MM-DD), inclusive. */
  to: string | null;
}

export interface UpcomingEventsPage {
  events: UpcomingEvent[];
  /** Cursor to continue after this page; null when there is nothing more. */
  nextCursor: string | null;
}

export const PAGE_SIZE = 12;
const HOUR = 60 * 60 * 1000;
// Time zones reach from UTC-12 to UTC+14.
const MAX_AHEAD_OF_UTC = 14 * HOUR;
const MAX_BEHIND_UTC = 12 * HOUR;
// Bounds the API calls one page may take when the widened window holds many non-matching events.
const MAX_ROUNDS = 5;

function dayStartUtc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export async function fetchUpcomingEvents(
  client: Client,
  filters: UpcomingEventsFilters,
  after: string | null,
  pageSize = PAGE_SIZE,
): Promise<UpcomingEventsPage> {
  const { search, from, to } = filters;
  const filter = {
    search: search || undefined,
    startsFrom: from ? new Date(dayStartUtc(from) - MAX_AHEAD_OF_UTC).toISOString() : undefined,
    startsBefore: to ? new Date(dayStartUtc(to) + 24 * HOUR + MAX_BEHIND_UTC).toISOString() : undefined,
  };
  const matches = (event: UpcomingEvent) => {
    const day = localDay(event.startsAt, event.timeZone);
    return (!from || day >= from) && (!to || day <= to);
  };

  const events: UpcomingEvent[] = [];
  let cursor = after;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = await client
      .query(
        UpcomingEventsDocument,
        { first: pageSize, after: cursor, filter },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const { edges, pageInfo } = unwrap(result).events;
    for (const [index, edge] of edges.entries()) {
      if (!matches(edge.node)) continue;
      events.push(edge.node);
      if (events.length === pageSize) {
        const more = index < edges.length - 1 || pageInfo.hasNextPage;
        return { events, nextCursor: more ? edge.cursor : null };
      }
    }
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return { events, nextCursor: null };
    cursor = pageInfo.endCursor;
  }
  return { events, nextCursor: cursor };
}

/** "2026-12-01" when the text is a real calendar day, else null. */
export function parseDay(text: string | null): string | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : null;
}

/** What a card says about buying: the price line, and whether anything is left. */
export function priceSummary(event: UpcomingEvent): {
  priceLabel: string | null;
  soldOut: boolean;
  onSaleSoon: boolean;
} {
  // Only what can be bought now sets the price shown: a sold-out or not-yet-on-sale type is no offer.
  const prices = event.ticketTypes
    .filter((ticket) => ticket.availability === 'ON_SALE')
    .map((ticket) => ticket.price);
  const amounts = prices.map((price) => price.amountMinor);
  let priceLabel: string | null = null;
  if (prices.length > 0) {
    const lowest = Math.min(...amounts);
    if (Math.max(...amounts) === 0) priceLabel = 'Free';
    else if (lowest === 0) priceLabel = 'Free and paid tickets';
    else priceLabel = `From ${formatMoney({ ...prices[0], amountMinor: lowest })}`;
  }
  const availabilities = event.ticketTypes.map((ticket) => ticket.availability);
  const onSale = availabilities.includes('ON_SALE');
  return {
    priceLabel,
    soldOut: !onSale && availabilities.length > 0 && availabilities.every((a) => a === 'SOLD_OUT'),
    onSaleSoon: !onSale && availabilities.includes('NOT_YET_ON_SALE'),
  };
}

/** Guards a list against an event that moved between pages while the shopper was reading. */
export function uniqueById<T extends { id: string }>(events: T[]): T[] {
  const seen = new Set<string>();
  return events.filter((event) => !seen.has(event.id) && seen.add(event.id));
}

/** "?q=jazz&after=…": the next page of the same list, for browsers without JavaScript. */
export function nextPageQuery(filters: UpcomingEventsFilters, cursor: string): string {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  params.set('after', cursor);
  return `?${params}`;
}
