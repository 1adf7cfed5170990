/**
 * A waiting-list offer read by its link's token: the offer page and the checkout that books it.
 */
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';

const WaitingListOfferDocument = graphql(`
  query WaitingListOffer($token: String!) {
    waitingListOffer(token: $token) {
      status
      open
      eventCancelled
      eventSlug
      eventTitle
      eventAccessKey
      ticketTypeId
      ticketTypeName
      quantity
      expiresAt
    }
  }
`);

/** The offer `token` opens, or null. */
export async function loadWaitingListOffer(client: App.Locals['graphql'], token: string) {
  const { waitingListOffer } = unwrap(
    await client.query(WaitingListOfferDocument, { token }, { requestPolicy: 'network-only' }).toPromise(),
  );
  return waitingListOffer ?? null;
}

/** The offer token a checkout URL carries (`offer=`), or null. */
export function offerTokenOf(url: URL): string | null {
  return url.searchParams.get('offer')?.trim() || null;
}
