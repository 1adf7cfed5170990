import { redirect } from '@sveltejs/kit';
import { CombinedError } from '@urql/svelte';
import { fetchUpcomingEvents, parseDay, type UpcomingEventsFilters } from '$lib/events/upcoming-events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const filters: UpcomingEventsFilters = {
    search: url.searchParams.get('q')?.trim().slice(0, 200) ?? '',
    from: parseDay(url.searchParams.get('from')),
    to: parseDay(url.searchParams.get('to')),
  };
  const after = url.searchParams.get('after');
  const filterError =
    filters.from && filters.to && filters.to < filters.from ? 'The last day is before the first day.' : null;
  if (filterError) return { filters, filterError, page: { events: [], nextCursor: null }, isFirstPage: true };

  try {
    const page = await fetchUpcomingEvents(locals.graphql, filters, after);
    return { filters, filterError, page, isFirstPage: !after };
  } catch (error) {
    // A cursor from an old or edited link: start the list again rather than fail.
    if (after && error instanceof CombinedError && error.graphQLErrors.some(isBadInput)) {
      const firstPage = new URL(url);
      firstPage.searchParams.delete('after');
      redirect(303, `${firstPage.pathname}${firstPage.search}`);
    }
    throw error;
  }
};

function isBadInput(error: { extensions?: Record<string, unknown> }): boolean {
  return error.extensions?.code === 'BAD_USER_INPUT';
}
