/** Facts about the shop every storefront page needs, such as whether payments run in test mode. */
import type { Client } from '@urql/svelte';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';

const ShopInfoDocument = graphql(`
  query ShopInfo {
    shopInfo {
      paymentTestMode
    }
  }
`);

export interface ShopInfo {
  paymentTestMode: boolean;
}

export async function loadShopInfo(client: Client): Promise<ShopInfo> {
  const result = await client.query(ShopInfoDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  return unwrap(result).shopInfo;
}
