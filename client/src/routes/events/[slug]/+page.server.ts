import { benchInMemory, inMemoryEvent } from '$lib/server/bench-in-memory';
import { loadShopperEvent, PRIVATE_EVENT_HEADERS } from '$lib/server/events';
import { applyShopperVoucher } from '$lib/server/vouchers';
import type { Actions, PageServerLoad } from './$types';
import { joinWaitingList, waitingListOpen } from './waiting-list.server';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const accessKey = url.searchParams.get('key');
  const read = () => loadShopperEvent(locals.queryApi, params.slug, accessKey);
  // Only for `npm run bench`, never in production (lib/server/bench-in-memory.ts).
  const fromMemory = benchInMemory(url);
  if (fromMemory) setHeaders({ 'x-bench-in-memory': 'yes' });
  const found = fromMemory ? await inMemoryEvent(`${params.slug} ${accessKey ?? ''}`, read) : await read();
  const isPrivate = found.visibility === 'PRIVATE';
  if (isPrivate) setHeaders(PRIVATE_EVENT_HEADERS);
  // A code from the link (`?voucher=`) or the code form: hidden types it reveals, prices with it
  // (such a page is never cached: lib/server/cache-control.ts).
  const code = url.searchParams.get('voucher')?.trim() || null;
  const applied = code
    ? await applyShopperVoucher(locals.graphql, found, isPrivate ? accessKey : null, code)
    : null;
  // A sold-out ticket type offers the waiting list, unless the organiser turned it off.
  const soldOut = found.ticketTypes.some((ticketType) => ticketType.availability === 'SOLD_OUT');
  const waitingList =
    soldOut &&
    !fromMemory &&
    (await waitingListOpen(locals.graphql, params.slug, isPrivate ? accessKey : null));
  // The key goes back into the page only for the event it opens (the calendar and checkout links).
  return {
    waitingList,
    event: applied?.event ?? found,
    accessKey: isPrivate ? accessKey : null,
    voucher: applied?.voucher ?? null,
    voucherCode: code,
    voucherProblem: applied?.problem ?? null,
  };
};

export const actions: Actions = {
  joinWaitingList: async ({ locals, params, url, request }) => {
    const accessKey = url.searchParams.get('key');
    const event = await loadShopperEvent(locals.queryApi, params.slug, accessKey);
    return joinWaitingList(
      locals.graphql,
      event.id,
      event.visibility === 'PRIVATE' ? accessKey : null,
      await request.formData(),
    );
  },
};
