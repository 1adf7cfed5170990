import { benchInMemory, inMemoryEvent } from '$lib/server/bench-in-memory';
import { loadShopperEvent, PRIVATE_EVENT_HEADERS } from '$lib/server/events';
import { applyShopperVoucher } from '$lib/server/vouchers';
import type { PageServerLoad } from './$types';

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
  // The key goes back into the page only for the event it opens (the calendar and checkout links).
  return {
    event: applied?.event ?? found,
    accessKey: isPrivate ? accessKey : null,
    voucher: applied?.voucher ?? null,
    voucherCode: code,
    voucherProblem: applied?.problem ?? null,
  };
};
