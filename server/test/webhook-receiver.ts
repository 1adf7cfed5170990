/**
 * A webhook receiver on loopback, as an integrator would run one: it records every request (headers
 * and body as received) and checks each signature with the endpoint's secret. `down` makes it answer
 * 503, as a receiver that is being deployed does.
 */
import http from 'node:http';
import { verifyWebhookSignature } from '../src/modules/webhooks/webhook-signature';
import { listenOnLoopback } from './loopback-server';

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** The body parsed. */
  payload: { id: string; type: string; version: number; timestamp: string; data: Record<string, unknown> };
  /** Whether the signature verified with `receiver.secret` when it arrived (at `now()`). */
  verified: boolean;
  /** What the receiver answered. */
  answered: number;
}

export interface WebhookReceiver {
  url: string;
  /** Set once the endpoint is registered: signatures are checked with it. */
  secret: string | null;
  /** While true, every request is answered 503. */
  down: boolean;
  received: ReceivedWebhook[];
  /** The requests answered 2xx. */
  accepted(): ReceivedWebhook[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(now: () => Date): Promise<WebhookReceiver> {
  const receiver: Omit<WebhookReceiver, 'url' | 'close'> = {
    secret: null,
    down: false,
    received: [],
    accepted: () => receiver.received.filter((request) => request.answered < 300),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = {
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
      };
      const answered = receiver.down ? 503 : 204;
      receiver.received.push({
        ...headers,
        body,
        payload: JSON.parse(body),
        verified: receiver.secret !== null && verifyWebhookSignature(receiver.secret, headers, body, now()),
        answered,
      });
      res.writeHead(answered).end();
    });
  });
  const listening = await listenOnLoopback(server);
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${listening.port}/webhooks`,
    close: () => listening.close(),
  });
}
