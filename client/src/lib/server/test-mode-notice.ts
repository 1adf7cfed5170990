/**
 * The "test mode" notice at the top of every page while payments go to the PayPal simulator. It is
 * written into the HTML by the server (hooks.server.ts fills the marker in app.html), outside the
 * Svelte app, so it costs the browser no JavaScript and stays put across client-side navigations.
 */
import type { Client } from '@urql/svelte';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';

/** Where app.html wants the notice. */
export const TEST_MODE_MARKER = '<!--test-mode-notice-->';

export const TEST_MODE_NOTICE_HTML =
  '<p class="text-bg-warning text-center small py-1 px-2 mb-0" role="note" data-test-mode>' +
  '<strong>Test mode:</strong> payments go to a PayPal simulator. Nothing is charged and no money moves.</p>';

const ShopInfoDocument = graphql(`
  query ShopInfo {
    shopInfo {
      paymentTestMode
    }
  }
`);

/** How long the answer is reused: it changes only when the API restarts with other settings. */
const REUSE_FOR_MS = 60_000;
let remembered: { paymentTestMode: boolean; until: number } | null = null;

/** Whether payments go to the PayPal simulator, as the API last said (asked at most once a minute). */
export async function paymentTestMode(client: Client): Promise<boolean> {
  if (remembered && remembered.until > Date.now()) return remembered.paymentTestMode;
  const result = await client.query(ShopInfoDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  const { paymentTestMode } = unwrap(result).shopInfo;
  remembered = { paymentTestMode, until: Date.now() + REUSE_FOR_MS };
  return paymentTestMode;
}

/** The page chunk with the marker filled: the notice in test mode, nothing otherwise. */
export async function fillTestModeNotice(html: string, client: Client): Promise<string> {
  if (!html.includes(TEST_MODE_MARKER)) return html;
  let notice = '';
  try {
    notice = (await paymentTestMode(client)) ? TEST_MODE_NOTICE_HTML : '';
  } catch (error) {
    // The page itself decides whether the API is needed; a notice never breaks it.
    console.error('Could not ask the API whether payments run in test mode:', error);
  }
  return html.replace(TEST_MODE_MARKER, notice);
}
