/**
 * Sends one webhook request: a POST with the signed headers, that gives up after `timeoutMs` all told,
 * follows no redirect (a 3xx is a failed attempt), and reads at most RESPONSE_BYTES_KEPT of the answer
 * before closing it. With `allowNonPublicAddresses` off (production) it connects only to public
 * addresses (outbound-address-guard.ts), checked before any socket is opened.
 */
import http from 'node:http';
import https from 'node:https';
import { checkLiteralHost, guardedLookup } from './outbound-address-guard';

/** Response body characters kept in the delivery log. */
export const RESPONSE_BYTES_KEPT = 1000;

export interface WebhookSenderOptions {
  timeoutMs: number;
  /** Development and tests: loopback and private receivers are allowed. Never in production. */
  allowNonPublicAddresses: boolean;
}

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type WebhookResponse =
  | { ok: boolean; status: number; body: string; durationMs: number; error: null }
  | { ok: false; status: null; body: null; durationMs: number; error: string };

export class WebhookSender {
  constructor(private readonly options: WebhookSenderOptions) {}

  async send(request: WebhookRequest): Promise<WebhookResponse> {
    const started = Date.now();
    const failed = (error: string): WebhookResponse => ({
      ok: false,
      status: null,
      body: null,
      durationMs: Date.now() - started,
      error: error.slice(0, 500),
    });
    let url: URL;
    try {
      url = new URL(request.url);
      if (!this.options.allowNonPublicAddresses) checkLiteralHost(url);
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
    try {
      const { status, body } = await this.post(url, request);
      return {
        ok: status >= 200 && status < 300,
        status,
        body,
        durationMs: Date.now() - started,
        error: null,
      };
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
  }

  private post(url: URL, request: WebhookRequest): Promise<{ status: number; body: string }> {
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const outgoing = client.request(url, {
        method: 'POST',
        headers: {
          ...request.headers,
          'content-length': String(Buffer.byteLength(request.body)),
          'user-agent': 'event-sales-webhooks/1',
        },
        // A fresh connection each time, resolved (and checked) by our lookup.
        agent: false,
        ...(this.options.allowNonPublicAddresses ? {} : { lookup: guardedLookup }),
      });
      const deadline = setTimeout(
        () => outgoing.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
      outgoing.on('error', (error) => {
        clearTimeout(deadline);
        reject(error);
      });
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        const finish = () => {
          clearTimeout(deadline);
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_BYTES_KEPT),
          });
        };
        response.on('data', (chunk: Buffer) => {
          if (kept >= RESPONSE_BYTES_KEPT) return;
          chunks.push(chunk.subarray(0, RESPONSE_BYTES_KEPT - kept));
          kept += chunk.length;
          // Enough read: the rest of a large (or endless) answer is not waited for.
          if (kept >= RESPONSE_BYTES_KEPT) {
            response.destroy();
            finish();
          }
        });
        response.on('end', finish);
        response.on('error', () => finish());
      });
      outgoing.end(request.body);
    });
  }
}
