/**
 * A built-in PayPal for test mode and tests: an HTTP server on loopback that speaks the OAuth 2,
 * Orders v2, Payments v2 and webhook-verification endpoints that @paypal/paypal-server-sdk calls, with
 * PayPal's JSON shapes and error bodies, plus an approval page where a person clicks Approve or Cancel.
 *
 * Tests steer it through typed methods (failNext, setNextCaptureOutcome, completePendingCapture,
 * sendWebhook ...) or the same controls over HTTP under /__simulator (loopback callers only).
 * Orders, captures and refunds live in memory (SimulatedLedger) and are lost on stop.
 *
 * Over 400 lines on purpose: this file is the HTTP side (routing, auth, idempotency, webhook
 * delivery, test controls); the ledger, fault queue, pages, error bodies and signatures are beside it.
 *
 * What it answers is checked against facts from PayPal's OpenAPI specifications in
 * paypal-spec-conformance.test.ts; docs/paypal-simulator.md says what it covers and what it cannot.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from '../../../logger';
import { minorUnitsToDecimal } from '../../../common/money';
import { approvalPage, messagePage, pageHeaders } from './approval-page';
import { debugId, errors, type SimulatedResponse } from './paypal-error-bodies';
import { asObject, malformedJson, optionalString, parseJsonObject } from './request-parsing';
import {
  SIMULATOR_WEBHOOK_EVENT_TYPES,
  SimulatedLedger,
  type CaptureRefusal,
  type SimulatedCaptureOutcome,
  type SimulatorWebhookEventType,
  type WebhookEvent,
} from './simulated-ledger';
import {
  CAPTURE_REFUSALS,
  FaultQueue,
  parseFault,
  SIMULATOR_OPERATIONS,
  type SimulatorFault,
  type SimulatorOperation,
} from './simulator-faults';
import { isValidWebhookSignature, signWebhook, WEBHOOK_AUTH_ALGO } from './webhook-signature';

export { SIMULATOR_OPERATIONS, SIMULATOR_WEBHOOK_EVENT_TYPES };
export type { SimulatorFault, SimulatorOperation };
export type { CaptureRefusal, SimulatedCaptureOutcome, SimulatorWebhookEventType, WebhookEvent };
export { SIMULATOR_MERCHANT_ID } from './simulated-ledger';

export interface WebhookMessage {
  event: WebhookEvent;
  /** The exact body sent (compact JSON of `event`). */
  body: string;
  /** The transmission headers PayPal sends, lower-case. */
  headers: Record<string, string>;
}

export interface WebhookDelivery extends WebhookMessage {
  url: string;
  /** HTTP status of the receiver's answer, or undefined when it could not be reached. */
  status?: number;
  error?: string;
}

export interface PayPalSimulatorOptions {
  /** Loopback port; 0 (default) lets the OS pick a free one. */
  port?: number;
  /** The client credentials the token endpoint accepts. */
  clientId?: string;
  clientSecret?: string;
  /** The webhook id events are signed for (PAYPAL_WEBHOOK_ID of the app). */
  webhookId?: string;
  /** Where events are POSTed; without one, events are only built and recorded. */
  webhookUrl?: string;
  /** Emit events on their own when orders and captures change, as PayPal does (default true). */
  autoWebhooks?: boolean;
  logger?: Logger;
  /** Milliseconds since the epoch, for PayPal-Request-Id windows (tests move it on); default Date.now. */
  clock?: () => number;
}

/** An API request as the simulator received it (the Authorization header left out), for tests to inspect. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export const SIMULATOR_CLIENT_ID = 'simulator-client-id';
export const SIMULATOR_CLIENT_SECRET = 'simulator-client-secret';
export const SIMULATOR_WEBHOOK_ID = 'WH-SIMULATOR-0000000000000000';

/** A request as the handlers see it: parsed once, body kept raw. */
interface SimulatorRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  remoteAddress: string | undefined;
}

const TOKEN_LIFETIME_SECONDS = 32400;
/** How many API requests `requests` keeps (the latest), so a long test-mode run does not grow it. */
const RECORDED_REQUESTS = 500;
const HOUR_MS = 3_600_000;
/**
 * How long PayPal keeps a PayPal-Request-Id (the specs' parameter descriptions): Orders v2 "stores keys
 * for 6 hours", Payments v2 "for 45 days". Within it a repeat answers with the resource as it is now
 * (200 for orders; 201, the one status the Payments spec gives a refund, for refunds); after it the
 * request counts as new.
 */
export const REQUEST_ID_WINDOW_MS = { orders: 6 * HOUR_MS, payments: 45 * 24 * HOUR_MS } as const;

/** A request id PayPal remembers: the resource it made, replayed as it is now until `expiresAt`. */
interface StoredRequest {
  resourceId: string;
  expiresAt: number;
}

/** One API operation: what it does, and how a repeat of it within the window is answered. */
interface ApiRoute {
  operation: SimulatorOperation;
  id: string;
  handler: (req: SimulatorRequest, id: string, refusal?: CaptureRefusal) => SimulatedResponse;
  /** For POSTs PayPal makes idempotent: the window and the answer to a repeat (200, current state). */
  idempotent?: { windowMs: number; replay: (req: SimulatorRequest, resourceId: string) => SimulatedResponse };
}
const MAX_BODY_BYTES = 1_000_000;
const isLoopback = (address: string | undefined) =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

export class PayPalSimulator {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly webhookId: string;
  /** Where events go; may be set after start (e.g. once the API listens). */
  webhookUrl: string | undefined;
  autoWebhooks: boolean;
  /** Every event built for delivery, oldest first. */
  readonly webhookDeliveries: WebhookDelivery[] = [];
  /** The latest API requests (OAuth, Orders, Payments, webhook verification), oldest first. */
  readonly requests: RecordedRequest[] = [];

  private readonly requestedPort: number;
  private readonly logger: Logger | undefined;
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly signingSecret = randomBytes(32);
  private readonly tokens = new Map<string, number>();
  private readonly ledger: SimulatedLedger;
  /** What successful requests made, by `path|PayPal-Request-Id`, for repeats of the request id. */
  private readonly storedRequests = new Map<string, StoredRequest>();
  private readonly clock: () => number;
  private readonly faults = new FaultQueue();
  private readonly nextCaptureOutcomes: SimulatedCaptureOutcome[] = [];
  private readonly pendingDeliveries = new Set<Promise<unknown>>();
  /** Aborted on stop, so a slow webhook receiver cannot hold shutdown up. */
  private readonly deliveriesAbort = new AbortController();
  private readonly heldTimers = new Set<NodeJS.Timeout>();
  private baseUrl: string | undefined;

  constructor(options: PayPalSimulatorOptions = {}) {
    this.requestedPort = options.port ?? 0;
    this.clientId = options.clientId ?? SIMULATOR_CLIENT_ID;
    this.clientSecret = options.clientSecret ?? SIMULATOR_CLIENT_SECRET;
    this.webhookId = options.webhookId ?? SIMULATOR_WEBHOOK_ID;
    this.webhookUrl = options.webhookUrl;
    this.autoWebhooks = options.autoWebhooks ?? true;
    this.logger = options.logger;
    this.clock = options.clock ?? Date.now;
    this.ledger = new SimulatedLedger(() => this.url, {
      takeCaptureOutcome: () => this.nextCaptureOutcomes.shift(),
      changed: (eventType, resourceId) => this.emitAutomatically(eventType, resourceId),
    });
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Starts listening on 127.0.0.1 (never another interface). */
  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.requestedPort, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.baseUrl = `http://127.0.0.1:${this.port}`;
    return this;
  }

  /** Stops listening, drops held responses and waits for webhook deliveries under way. */
  async stop(): Promise<void> {
    for (const timer of this.heldTimers) clearTimeout(timer);
    this.heldTimers.clear();
    this.deliveriesAbort.abort();
    await Promise.allSettled([...this.pendingDeliveries]);
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** http://127.0.0.1:<port>, the base of every link the simulator hands out. */
  get url(): string {
    if (!this.baseUrl) throw new Error('the PayPal simulator is not started');
    return this.baseUrl;
  }

  // ----- Test controls -------------------------------------------------------------------------

  /**
   * The next `times` calls of `operation` fail as `fault` says. Faults queue up in order. A refusal
   * ({kind: 'refusal', issue: 'INSTRUMENT_DECLINED' | 'PAYER_ACTION_REQUIRED'}) is for captures only.
   */
  failNext(operation: SimulatorOperation, fault: SimulatorFault, times = 1): void {
    this.faults.add(operation, fault, times);
  }

  /** The next capture of an approved order ends DECLINED or PENDING instead of COMPLETED. */
  setNextCaptureOutcome(outcome: SimulatedCaptureOutcome): void {
    this.nextCaptureOutcomes.push(outcome);
  }

  /** Forgets every queued fault and capture outcome. */
  clearFaults(): void {
    this.faults.clear();
    this.nextCaptureOutcomes.length = 0;
  }

  /** Forgets every access token it issued, as when PayPal expires or revokes them early. */
  revokeAccessTokens(): void {
    this.tokens.clear();
  }

  /** Approves an order as the buyer would on the approval page; returns the payer id. */
  approveOrder(orderId: string): string {
    return this.ledger.approveOrder(orderId);
  }

  /** Settles a PENDING capture as COMPLETED and emits PAYMENT.CAPTURE.COMPLETED. */
  completePendingCapture(captureId: string): Promise<WebhookDelivery | undefined> {
    this.ledger.settlePending(captureId, 'COMPLETED');
    return this.deliverIfConfigured('PAYMENT.CAPTURE.COMPLETED', captureId);
  }

  /** Settles a PENDING capture as DECLINED and emits PAYMENT.CAPTURE.DENIED. */
  denyPendingCapture(captureId: string): Promise<WebhookDelivery | undefined> {
    this.ledger.settlePending(captureId, 'DECLINED');
    return this.deliverIfConfigured('PAYMENT.CAPTURE.DENIED', captureId);
  }

  /** The buyer's bank takes the money back: the capture is fully refunded and REVERSED is emitted. */
  reverseCapture(captureId: string): Promise<WebhookDelivery | undefined> {
    const refundId = this.ledger.reverse(captureId);
    return this.deliverIfConfigured('PAYMENT.CAPTURE.REVERSED', refundId);
  }

  /**
   * A signed event for the current state of a resource (an order for CHECKOUT.ORDER.APPROVED, a capture
   * for PAYMENT.CAPTURE.COMPLETED/PENDING/DENIED, a refund, or a capture's latest refund, for
   * REFUNDED/REVERSED), without sending it.
   */
  buildWebhook(eventType: SimulatorWebhookEventType, resourceId: string): WebhookMessage {
    const event = this.ledger.webhookEvent(eventType, resourceId);
    const body = JSON.stringify(event);
    const transmissionId = randomUUID();
    const transmissionTime = new Date().toISOString();
    const signature = signWebhook(this.signingSecret, {
      transmissionId,
      transmissionTime,
      webhookId: this.webhookId,
      body,
    });
    return {
      event,
      body,
      headers: {
        'content-type': 'application/json',
        'paypal-transmission-id': transmissionId,
        'paypal-transmission-time': transmissionTime,
        'paypal-transmission-sig': signature,
        'paypal-cert-url': `${this.url}/v1/notifications/certs/CERT-SIMULATOR-${this.port}`,
        'paypal-auth-algo': WEBHOOK_AUTH_ALGO,
        'user-agent': 'PayPal/AUHD-214.0-58843225',
      },
    };
  }

  /** Builds a signed event and POSTs it to `url` (default: the configured webhook URL). */
  async sendWebhook(
    eventType: SimulatorWebhookEventType,
    resourceId: string,
    url: string | undefined = this.webhookUrl,
  ): Promise<WebhookDelivery> {
    if (!url) throw new Error('no webhook URL configured for the PayPal simulator');
    return this.deliver(this.buildWebhook(eventType, resourceId), url);
  }

  /** The capture ids of an order, oldest first (to complete a pending one, say). */
  captureIdsOf(orderId: string): string[] {
    return this.ledger.captureIdsOf(orderId);
  }

  // ----- HTTP ------------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://simulator.invalid');
      const rawBody = await readBody(req);
      const request: SimulatorRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        rawBody,
        remoteAddress: req.socket.remoteAddress,
      };
      this.logger?.debug({ method: request.method, path: request.path }, 'PayPal simulator request');
      await this.route(request, res);
    } catch (error) {
      this.logger?.error({ err: error }, 'PayPal simulator failed');
      if (!res.headersSent) send(res, errors.internal());
    }
  }

  private async route(req: SimulatorRequest, res: http.ServerResponse): Promise<void> {
    const { method, path } = req;
    if (path.startsWith('/__simulator/')) return send(res, this.control(req));
    if (method === 'GET' && path === '/checkoutnow') return send(res, this.showApprovalPage(req));
    if (method === 'POST' && path === '/checkoutnow/approve') return send(res, this.approveFromPage(req));
    if (method === 'POST' && path === '/checkoutnow/cancel') return send(res, this.cancelFromPage(req));

    const api = this.apiRoute(method, path);
    if (!api) return send(res, errors.routeNotFound());

    this.record(req);
    const fault = this.faults.take(api.operation);
    if (fault?.kind === 'error') return send(res, errors.unavailable(fault.status));
    if (fault?.kind === 'timeout' && !fault.processed) {
      return this.holdThenSend(res, fault.holdMs, errors.unavailable(504));
    }

    const response = this.answerApiCall(req, api, fault?.kind === 'refusal' ? fault.issue : undefined);
    if (fault?.kind === 'timeout') return this.holdThenSend(res, fault.holdMs, response);
    send(res, response);
  }

  private apiRoute(method: string, path: string): ApiRoute | null {
    const match = (pattern: RegExp) => pattern.exec(path)?.[1];
    const orderReplay = (req: SimulatorRequest, orderId: string) =>
      this.ledger.orderAnswer(orderId, prefersRepresentation(req), 200);
    let id: string | undefined;
    if (method === 'POST' && path === '/v1/oauth2/token') {
      return { operation: 'token', handler: (req) => this.issueToken(req), id: '' };
    }
    if (method === 'POST' && path === '/v2/checkout/orders') {
      return {
        operation: 'create',
        handler: (req) => this.ledger.createOrder(req.rawBody, prefersRepresentation(req)),
        id: '',
        idempotent: { windowMs: REQUEST_ID_WINDOW_MS.orders, replay: orderReplay },
      };
    }
    if (method === 'GET' && (id = match(/^\/v2\/checkout\/orders\/([^/]+)$/))) {
      return { operation: 'get', handler: (_req, orderId) => this.ledger.showOrder(orderId), id };
    }
    if (method === 'POST' && (id = match(/^\/v2\/checkout\/orders\/([^/]+)\/capture$/))) {
      return {
        operation: 'capture',
        handler: (req, orderId, refusal) =>
          this.ledger.captureOrder(orderId, prefersRepresentation(req), refusal),
        id,
        idempotent: { windowMs: REQUEST_ID_WINDOW_MS.orders, replay: orderReplay },
      };
    }
    if (method === 'GET' && (id = match(/^\/v2\/payments\/captures\/([^/]+)$/))) {
      return { operation: 'get', handler: (_req, captureId) => this.ledger.showCapture(captureId), id };
    }
    if (method === 'POST' && (id = match(/^\/v2\/payments\/captures\/([^/]+)\/refund$/))) {
      return {
        operation: 'refund',
        handler: (req, captureId) =>
          this.ledger.refundCapture(req.rawBody, captureId, prefersRepresentation(req)),
        id,
        idempotent: {
          windowMs: REQUEST_ID_WINDOW_MS.payments,
          // The Payments spec documents only 201 for a refund, repeats included (Orders: 200 and 201).
          replay: (req, refundId) => this.ledger.refundAnswer(refundId, prefersRepresentation(req), 201),
        },
      };
    }
    if (method === 'GET' && (id = match(/^\/v2\/payments\/refunds\/([^/]+)$/))) {
      return { operation: 'get', handler: (_req, refundId) => this.ledger.showRefund(refundId), id };
    }
    if (method === 'POST' && path === '/v1/notifications/verify-webhook-signature') {
      return { operation: 'verify', handler: (req) => this.verifyWebhookSignature(req), id: '' };
    }
    return null;
  }

  /**
   * Authenticates, then answers a repeated PayPal-Request-Id as PayPal does (the resource as it is now,
   * while the id is kept), else runs the handler.
   */
  private answerApiCall(req: SimulatorRequest, api: ApiRoute, refusal?: CaptureRefusal): SimulatedResponse {
    if (api.operation !== 'token') {
      const denied = this.authenticate(req);
      if (denied) return denied;
      const contentType = headerValue(req.headers['content-type']) ?? '';
      if (req.rawBody !== '' && !contentType.startsWith('application/json'))
        return errors.unsupportedMediaType();
    }
    const requestId = api.idempotent ? headerValue(req.headers['paypal-request-id']) : undefined;
    const key = requestId ? `${req.path}|${requestId}` : undefined;
    const stored = key ? this.storedRequests.get(key) : undefined;
    if (api.idempotent && stored && stored.expiresAt > this.clock()) {
      return api.idempotent.replay(req, stored.resourceId);
    }
    const response = api.handler(req, decodeURIComponent(api.id), refusal);
    // Only successes are kept: a refused request (not approved yet, declined) may be sent again.
    const resourceId = asObject(response.body)?.id;
    if (api.idempotent && key && response.status < 300 && typeof resourceId === 'string') {
      this.storedRequests.set(key, { resourceId, expiresAt: this.clock() + api.idempotent.windowMs });
    }
    return response;
  }

  private record(req: SimulatorRequest): void {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (name !== 'authorization' && value !== undefined) headers[name] = String(value);
    }
    this.requests.push({ method: req.method, path: req.path, headers, body: req.rawBody });
    if (this.requests.length > RECORDED_REQUESTS) this.requests.shift();
  }

  private holdThenSend(res: http.ServerResponse, holdMs: number, response: SimulatedResponse): void {
    const timer = setTimeout(() => {
      this.heldTimers.delete(timer);
      if (!res.destroyed) send(res, response);
    }, holdMs);
    this.heldTimers.add(timer);
  }

  private authenticate(req: SimulatorRequest): SimulatedResponse | undefined {
    const authorization = headerValue(req.headers.authorization);
    if (!authorization?.startsWith('Bearer ')) return errors.missingAuthorization();
    const expiresAt = this.tokens.get(authorization.slice('Bearer '.length));
    if (expiresAt === undefined || expiresAt < Date.now()) return errors.invalidToken();
    return undefined;
  }

  // ----- OAuth -----------------------------------------------------------------------------------

  private issueToken(req: SimulatorRequest): SimulatedResponse {
    const authorization = headerValue(req.headers.authorization) ?? '';
    const [scheme, encoded] = authorization.split(' ');
    const [id, ...secretParts] = Buffer.from(encoded ?? '', 'base64')
      .toString('utf8')
      .split(':');
    if (scheme !== 'Basic' || id !== this.clientId || secretParts.join(':') !== this.clientSecret) {
      return errors.invalidClient();
    }
    if (new URLSearchParams(req.rawBody).get('grant_type') !== 'client_credentials') {
      return errors.unsupportedGrantType();
    }
    const accessToken = `A21AA${randomBytes(40).toString('base64url')}`;
    this.tokens.set(accessToken, Date.now() + TOKEN_LIFETIME_SECONDS * 1000);
    return {
      status: 200,
      body: {
        scope:
          'https://uri.paypal.com/services/payments/payment https://uri.paypal.com/services/payments/refund',
        access_token: accessToken,
        token_type: 'Bearer',
        app_id: 'APP-SIMULATOR',
        expires_in: TOKEN_LIFETIME_SECONDS,
        nonce: `${new Date().toISOString()}${randomBytes(8).toString('hex')}`,
      },
    };
  }

  // ----- Webhooks --------------------------------------------------------------------------------

  private verifyWebhookSignature(req: SimulatorRequest): SimulatedResponse {
    const body = parseJsonObject(req.rawBody);
    if (!body) return malformedJson('orders');
    const fields = [
      'auth_algo',
      'cert_url',
      'transmission_id',
      'transmission_sig',
      'transmission_time',
      'webhook_id',
    ];
    const absent = fields.filter((field) => typeof body[field] !== 'string' || body[field] === '');
    if (!asObject(body.webhook_event)) absent.push('webhook_event');
    if (absent.length > 0) {
      return {
        status: 400,
        body: {
          name: 'VALIDATION_ERROR',
          message: 'Invalid request - see details',
          debug_id: debugId(),
          details: absent.map((field) => ({
            field,
            location: 'body',
            issue: 'Required field cannot be blank',
          })),
        },
      };
    }
    const genuine =
      body.auth_algo === WEBHOOK_AUTH_ALGO &&
      String(body.cert_url).startsWith(`${this.url}/v1/notifications/certs/`) &&
      body.webhook_id === this.webhookId &&
      isValidWebhookSignature(
        this.signingSecret,
        {
          transmissionId: String(body.transmission_id),
          transmissionTime: String(body.transmission_time),
          webhookId: String(body.webhook_id),
          body: JSON.stringify(body.webhook_event),
        },
        String(body.transmission_sig),
      );
    return { status: 200, body: { verification_status: genuine ? 'SUCCESS' : 'FAILURE' } };
  }

  private emitAutomatically(eventType: SimulatorWebhookEventType, resourceId: string): void {
    if (this.autoWebhooks && this.webhookUrl) void this.deliverIfConfigured(eventType, resourceId);
  }

  private async deliverIfConfigured(
    eventType: SimulatorWebhookEventType,
    resourceId: string,
  ): Promise<WebhookDelivery | undefined> {
    if (!this.webhookUrl) return undefined;
    return this.deliver(this.buildWebhook(eventType, resourceId), this.webhookUrl);
  }

  private async deliver(message: WebhookMessage, url: string): Promise<WebhookDelivery> {
    const delivery: WebhookDelivery = { ...message, url };
    this.webhookDeliveries.push(delivery);
    const attempt = (async () => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: message.headers,
          body: message.body,
          signal: AbortSignal.any([AbortSignal.timeout(10_000), this.deliveriesAbort.signal]),
        });
        delivery.status = response.status;
        await response.arrayBuffer();
        if (!response.ok) {
          this.logger?.warn(
            { url, status: response.status, eventType: message.event.event_type },
            'webhook refused',
          );
        }
      } catch (error) {
        delivery.error = error instanceof Error ? error.message : String(error);
        this.logger?.warn({ url, err: error, eventType: message.event.event_type }, 'webhook not delivered');
      }
    })();
    this.pendingDeliveries.add(attempt);
    await attempt;
    this.pendingDeliveries.delete(attempt);
    return delivery;
  }

  // ----- Approval page ---------------------------------------------------------------------------

  private showApprovalPage(req: SimulatorRequest): SimulatedResponse {
    const order = this.ledger.findOrder(req.query.get('token') ?? '');
    if (!order) return html(404, messagePage('Order not found', 'This payment link is not valid.'));
    if (order.status !== 'CREATED' && order.status !== 'PAYER_ACTION_REQUIRED') {
      return html(409, messagePage('Already approved', `This order is ${order.status.toLowerCase()}.`));
    }
    return html(
      200,
      approvalPage({
        id: order.id,
        amount: minorUnitsToDecimal(order.amountMinor, order.currency),
        currency: order.currency,
        description: order.description,
        status: order.status,
        captureRefusal: order.captureRefusal,
      }),
      originsOf([order.returnUrl, order.cancelUrl]),
    );
  }

  private approveFromPage(req: SimulatorRequest): SimulatedResponse {
    const order = this.ledger.findOrder(new URLSearchParams(req.rawBody).get('token') ?? '');
    if (!order) return html(404, messagePage('Order not found', 'This payment link is not valid.'));
    if (order.status === 'COMPLETED') {
      return html(409, messagePage('Already paid', 'This order has been paid already.'));
    }
    const payerId = this.approveOrder(order.id);
    if (!order.returnUrl) {
      return html(200, messagePage('Payment approved', 'You can close this page and return to the shop.'));
    }
    return redirect(withQuery(order.returnUrl, { token: order.id, PayerID: payerId }));
  }

  private cancelFromPage(req: SimulatorRequest): SimulatedResponse {
    const order = this.ledger.findOrder(new URLSearchParams(req.rawBody).get('token') ?? '');
    if (!order) return html(404, messagePage('Order not found', 'This payment link is not valid.'));
    if (!order.cancelUrl) return html(200, messagePage('Payment cancelled', 'You can close this page.'));
    return redirect(withQuery(order.cancelUrl, { token: order.id }));
  }

  // ----- Control endpoint ------------------------------------------------------------------------

  /**
   * POST /__simulator/faults {operation, fault, times?}; DELETE /__simulator/faults;
   * POST /__simulator/captures/next-outcome {outcome: DECLINED|PENDING};
   * POST /__simulator/captures/:id/complete|deny|reverse; POST /__simulator/orders/:id/approve;
   * POST /__simulator/webhooks {event_type, resource_id, url?}.
   */
  private control(req: SimulatorRequest): SimulatedResponse {
    if (!isLoopback(req.remoteAddress)) return { status: 403, body: { error: 'loopback callers only' } };
    const bad = (message: string): SimulatedResponse => ({ status: 400, body: { error: message } });
    const body = req.rawBody.trim() === '' ? {} : parseJsonObject(req.rawBody);
    if (!body) return bad('the body must be a JSON object');
    const { method, path } = req;
    try {
      if (path === '/__simulator/faults' && method === 'DELETE') {
        this.clearFaults();
        return { status: 204, body: undefined };
      }
      if (path === '/__simulator/faults' && method === 'POST') {
        const operation = body.operation as SimulatorOperation;
        if (!SIMULATOR_OPERATIONS.includes(operation))
          return bad(`operation must be one of ${SIMULATOR_OPERATIONS.join(', ')}`);
        const fault = parseFault(body.fault);
        if (!fault)
          return bad(
            `fault must be {kind:"error",status:500|502|503|504}, {kind:"timeout",holdMs,processed?} or {kind:"refusal",issue:${CAPTURE_REFUSALS.join('|')}} (capture only)`,
          );
        const times = body.times === undefined ? 1 : Number(body.times);
        if (!Number.isInteger(times) || times < 1) return bad('times must be a positive whole number');
        this.failNext(operation, fault, times);
        return { status: 204, body: undefined };
      }
      if (path === '/__simulator/captures/next-outcome' && method === 'POST') {
        if (body.outcome !== 'DECLINED' && body.outcome !== 'PENDING')
          return bad('outcome must be DECLINED or PENDING');
        this.setNextCaptureOutcome(body.outcome);
        return { status: 204, body: undefined };
      }
      const captureAction = /^\/__simulator\/captures\/([^/]+)\/(complete|deny|reverse)$/.exec(path);
      if (captureAction && method === 'POST') {
        const [, captureId, action] = captureAction;
        if (action === 'complete') void this.completePendingCapture(captureId);
        else if (action === 'deny') void this.denyPendingCapture(captureId);
        else void this.reverseCapture(captureId);
        return this.ledger.showCapture(captureId);
      }
      const approve = /^\/__simulator\/orders\/([^/]+)\/approve$/.exec(path);
      if (approve && method === 'POST') {
        const payerId = this.approveOrder(approve[1]);
        return { status: 200, body: { id: approve[1], status: 'APPROVED', payer_id: payerId } };
      }
      if (path === '/__simulator/webhooks' && method === 'POST') {
        const url = optionalString(body.url) ?? this.webhookUrl;
        if (!url) return bad('no webhook URL: pass url or configure one');
        const eventType = SIMULATOR_WEBHOOK_EVENT_TYPES.find((type) => type === body.event_type);
        if (!eventType) return bad(`event_type must be one of ${SIMULATOR_WEBHOOK_EVENT_TYPES.join(', ')}`);
        const message = this.buildWebhook(eventType, String(body.resource_id));
        void this.deliver(message, url);
        return { status: 202, body: { event: message.event } };
      }
    } catch (error) {
      return bad(error instanceof Error ? error.message : String(error));
    }
    return errors.routeNotFound();
  }
}

// ----- Helpers -----------------------------------------------------------------------------------

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** PayPal answers minimally (id, status, links) unless asked `Prefer: return=representation`. */
function prefersRepresentation(req: SimulatorRequest): boolean {
  return headerValue(req.headers.prefer)?.trim() === 'return=representation';
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/** A page of the simulator; its forms may redirect on to `redirectOrigins` (see pageHeaders). */
function html(status: number, page: string, redirectOrigins: string[] = []): SimulatedResponse {
  return {
    status,
    body: page,
    headers: { 'content-type': 'text/html; charset=utf-8', ...pageHeaders(redirectOrigins) },
  };
}

/** The origins of the URLs given (those that parse), each once. */
function originsOf(urls: (string | undefined)[]): string[] {
  const origins = urls.flatMap((url) => (url && URL.canParse(url) ? [new URL(url).origin] : []));
  return [...new Set(origins)];
}

function redirect(location: string): SimulatedResponse {
  return { status: 303, body: undefined, headers: { location } };
}

function send(res: http.ServerResponse, response: SimulatedResponse): void {
  const headers: Record<string, string> = {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...response.headers,
  };
  const debug = asObject(response.body)?.debug_id;
  if (typeof debug === 'string') headers['paypal-debug-id'] = debug;
  let payload = '';
  if (typeof response.body === 'string') {
    payload = response.body;
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    headers['content-type'] ??= 'application/json';
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
