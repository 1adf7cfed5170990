import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { clientAddress } from './client-address';

/** The address of the person behind a SvelteKit request, by the rule in client-address.ts (CLIENT_IP_HEADER). */
export function requestClientAddress(event: RequestEvent): string {
  return clientAddress(event.request.headers, env.CLIENT_IP_HEADER?.toLowerCase() || undefined, () =>
    event.getClientAddress(),
  );
}
