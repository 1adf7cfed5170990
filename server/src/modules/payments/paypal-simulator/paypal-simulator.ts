/**
 * A built-in PayPal for test mode and tests: an HTTP server on loopback that speaks the OAuth 2,
 * Orders v2, Payments v2 and webhook-verification endpoints that @paypal/paypal-server-sdk calls, with
 * PayPal's JSON shapes and error bodies, plus an approval page where a person clicks Approve or Cancel.
 *
 * Tests steer it through typed methods (failNext, setNextCaptureOutcome, completePendingCapture,
 * sendWebhook ...) or the same controls over HTTP under /__simulator (loopback callers only).
 * State lives in memory and is lost on stop: it is a simulator, not a ledger.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from '../../../logger';
import {
  decimalToMinorUnits,
  hasExactDecimals,
  InvalidAmountError,
  minorUnitsToDecimal,
} from '../currency-units';
import { approvalPage, messagePage } from './approval-page';
import { debugId, errors, type PayPalErrorDetail, type SimulatedResponse } from './paypal-error-bodies';
import { isValidWebhookSignature, signWebhook, WEBHOOK_AUTH_ALGO } from './webhook-signature';

/** The operations faults can be injected into; `get` covers every GET of an order, capture or refund. */
export type SimulatorOperation = 'token' | 'create' | 'get' | 'capture' | 'refund' | 'verify';

export const SIMULATOR_OPERATIONS: readonly SimulatorOperation[] = [
  'token',
  'create',
  'get',
  'capture',
  'refund',
  'verify',
];

export type SimulatorFault =
  /** Answer with this 5xx status and PayPal's error body; nothing happens. */
  | { kind: 'error'; status: 500 | 502 | 503 | 504 }
  /**
   * Hold the response for `holdMs`. With `processed: true` the operation takes effect at once and only
   * its answer is late (a client that gave up never learns the outcome); otherwise nothing happens and
   * a 504 follows the hold.
   */
  | { kind: 'timeout'; holdMs: number; processed?: boolean };

/** What the next capture turns into instead of COMPLETED. */
export type SimulatedCaptureOutcome = 'DECLINED' | 'PENDING';

export type SimulatorWebhookEventType =
  | 'CHECKOUT.ORDER.APPROVED'
  | 'PAYMENT.CAPTURE.COMPLETED'
  | 'PAYMENT.CAPTURE.PENDING'
  | 'PAYMENT.CAPTURE.DENIED'
  | 'PAYMENT.CAPTURE.REFUNDED'
  | 'PAYMENT.CAPTURE.REVERSED';

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

export interface WebhookEvent {
  id: string;
  event_version: '1.0';
  create_time: string;
  resource_type: 'checkout-order' | 'capture' | 'refund';
  resource_version: '2.0';
  event_type: SimulatorWebhookEventType;
  summary: string;
  resource: Record<string, unknown>;
  links: { href: string; rel: string; method: string }[];
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
}

export const SIMULATOR_CLIENT_ID = 'simulator-client-id';
export const SIMULATOR_CLIENT_SECRET = 'simulator-client-secret';
export const SIMULATOR_WEBHOOK_ID = 'WH-SIMULATOR-0000000000000000';

type OrderStatus = 'CREATED' | 'PAYER_ACTION_REQUIRED' | 'APPROVED' | 'COMPLETED';
type CaptureStatus = 'COMPLETED' | 'PENDING' | 'DECLINED' | 'PARTIALLY_REFUNDED' | 'REFUNDED';

interface SimulatedOrder {
  id: string;
  status: OrderStatus;
  /** Created with payment_source.paypal: the approval link is rel "payer-action", as at PayPal. */
  usesPaymentSource: boolean;
  referenceId: string;
  currency: string;
  amountMinor: number;
  description?: string;
  invoiceId?: string;
  customId?: string;
  returnUrl?: string;
  cancelUrl?: string;
  payer?: { payerId: string; email: string; givenName: string; surname: string };
  captureIds: string[];
  createTime: string;
  updateTime: string;
}

interface SimulatedCapture {
  id: string;
  orderId: string;
  status: CaptureStatus;
  pendingReason?: string;
  currency: string;
  amountMinor: number;
  refundedMinor: number;
  refundIds: string[];
  invoiceId?: string;
  customId?: string;
  createTime: string;
  updateTime: string;
}

interface SimulatedRefund {
  id: string;
  captureId: string;
  status: 'COMPLETED';
  currency: string;
  amountMinor: number;
  noteToPayer?: string;
  invoiceId?: string;
  customId?: string;
  createTime: string;
}

interface QueuedFault {
  fault: SimulatorFault;
  remaining: number;
}

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
const MAX_BODY_BYTES = 1_000_000;
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** PayPal-style ids: 17 upper-case letters and digits (orders, captures, refunds). */
function paypalId(length = 17): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

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

  private readonly requestedPort: number;
  private readonly logger: Logger | undefined;
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly signingSecret = randomBytes(32);
  private readonly tokens = new Map<string, number>();
  private readonly orders = new Map<string, SimulatedOrder>();
  private readonly captures = new Map<string, SimulatedCapture>();
  private readonly refunds = new Map<string, SimulatedRefund>();
  /** Stored 2xx answers by `path|PayPal-Request-Id`, replayed for a repeated request id. */
  private readonly idempotentResponses = new Map<string, SimulatedResponse>();
  private readonly faults = new Map<SimulatorOperation, QueuedFault[]>();
  private readonly nextCaptureOutcomes: SimulatedCaptureOutcome[] = [];
  private readonly pendingDeliveries = new Set<Promise<unknown>>();
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

  /** The next `times` calls of `operation` fail as `fault` says. Faults queue up in order. */
  failNext(operation: SimulatorOperation, fault: SimulatorFault, times = 1): void {
    const queue = this.faults.get(operation) ?? [];
    queue.push({ fault, remaining: times });
    this.faults.set(operation, queue);
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
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`no order ${orderId}`);
    if (order.status === 'CREATED' || order.status === 'PAYER_ACTION_REQUIRED') {
      order.status = 'APPROVED';
      order.payer = {
        payerId: paypalId(13),
        email: 'buyer@example.com',
        givenName: 'Test',
        surname: 'Buyer',
      };
      order.updateTime = new Date().toISOString();
      this.emitAutomatically('CHECKOUT.ORDER.APPROVED', order.id);
    }
    if (!order.payer) throw new Error(`order ${orderId} is ${order.status} and cannot be approved`);
    return order.payer.payerId;
  }

  /** Settles a PENDING capture as COMPLETED and emits PAYMENT.CAPTURE.COMPLETED. */
  completePendingCapture(captureId: string): Promise<WebhookDelivery | undefined> {
    return this.settlePending(captureId, 'COMPLETED', 'PAYMENT.CAPTURE.COMPLETED');
  }

  /** Settles a PENDING capture as DECLINED and emits PAYMENT.CAPTURE.DENIED. */
  denyPendingCapture(captureId: string): Promise<WebhookDelivery | undefined> {
    return this.settlePending(captureId, 'DECLINED', 'PAYMENT.CAPTURE.DENIED');
  }

  /** The buyer's bank takes the money back: the capture is fully refunded and REVERSED is emitted. */
  async reverseCapture(captureId: string): Promise<WebhookDelivery | undefined> {
    const capture = this.requireCapture(captureId);
    if (capture.status !== 'COMPLETED' && capture.status !== 'PARTIALLY_REFUNDED') {
      throw new Error(`capture ${captureId} is ${capture.status} and cannot be reversed`);
    }
    const refund = this.recordRefund(capture, capture.amountMinor - capture.refundedMinor, {
      noteToPayer: 'Payment reversed',
    });
    return this.deliverIfConfigured('PAYMENT.CAPTURE.REVERSED', refund.id);
  }

  /**
   * A signed event for the current state of a resource (an order for CHECKOUT.ORDER.APPROVED, a capture
   * for PAYMENT.CAPTURE.COMPLETED/PENDING/DENIED, a refund, or a capture's latest refund, for
   * REFUNDED/REVERSED), without sending it.
   */
  buildWebhook(eventType: SimulatorWebhookEventType, resourceId: string): WebhookMessage {
    const event = this.webhookEvent(eventType, resourceId);
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
    return [...(this.orders.get(orderId)?.captureIds ?? [])];
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

    const fault = this.takeFault(api.operation);
    if (fault?.kind === 'error') return send(res, errors.unavailable(fault.status));
    if (fault?.kind === 'timeout' && !fault.processed) {
      return this.holdThenSend(res, fault.holdMs, errors.unavailable(504));
    }

    const response = this.answerApiCall(req, api);
    if (fault?.kind === 'timeout') return this.holdThenSend(res, fault.holdMs, response);
    send(res, response);
  }

  private apiRoute(
    method: string,
    path: string,
  ): {
    operation: SimulatorOperation;
    handler: (req: SimulatorRequest, id: string) => SimulatedResponse;
    id: string;
  } | null {
    const match = (pattern: RegExp) => pattern.exec(path)?.[1];
    let id: string | undefined;
    if (method === 'POST' && path === '/v1/oauth2/token') {
      return { operation: 'token', handler: (req) => this.issueToken(req), id: '' };
    }
    if (method === 'POST' && path === '/v2/checkout/orders') {
      return { operation: 'create', handler: (req) => this.createOrder(req), id: '' };
    }
    if (method === 'GET' && (id = match(/^\/v2\/checkout\/orders\/([^/]+)$/))) {
      return { operation: 'get', handler: (_req, orderId) => this.showOrder(orderId), id };
    }
    if (method === 'POST' && (id = match(/^\/v2\/checkout\/orders\/([^/]+)\/capture$/))) {
      return { operation: 'capture', handler: (_req, orderId) => this.captureOrder(orderId), id };
    }
    if (method === 'GET' && (id = match(/^\/v2\/payments\/captures\/([^/]+)$/))) {
      return { operation: 'get', handler: (_req, captureId) => this.showCapture(captureId), id };
    }
    if (method === 'POST' && (id = match(/^\/v2\/payments\/captures\/([^/]+)\/refund$/))) {
      return { operation: 'refund', handler: (req, captureId) => this.refundCapture(req, captureId), id };
    }
    if (method === 'GET' && (id = match(/^\/v2\/payments\/refunds\/([^/]+)$/))) {
      return { operation: 'get', handler: (_req, refundId) => this.showRefund(refundId), id };
    }
    if (method === 'POST' && path === '/v1/notifications/verify-webhook-signature') {
      return { operation: 'verify', handler: (req) => this.verifyWebhookSignature(req), id: '' };
    }
    return null;
  }

  /** Authenticates, replays a stored answer for a repeated PayPal-Request-Id, else runs the handler. */
  private answerApiCall(
    req: SimulatorRequest,
    api: {
      operation: SimulatorOperation;
      handler: (req: SimulatorRequest, id: string) => SimulatedResponse;
      id: string;
    },
  ): SimulatedResponse {
    if (api.operation !== 'token') {
      const denied = this.authenticate(req);
      if (denied) return denied;
    }
    const requestId = req.method === 'POST' ? headerValue(req.headers['paypal-request-id']) : undefined;
    const key = requestId ? `${req.path}|${requestId}` : undefined;
    const stored = key ? this.idempotentResponses.get(key) : undefined;
    if (stored) return stored;
    const response = api.handler(req, decodeURIComponent(api.id));
    // Only successes are stored: a request refused (e.g. not yet approved) may be retried with its id.
    if (key && response.status < 300) this.idempotentResponses.set(key, response);
    return response;
  }

  private holdThenSend(res: http.ServerResponse, holdMs: number, response: SimulatedResponse): void {
    const timer = setTimeout(() => {
      this.heldTimers.delete(timer);
      if (!res.destroyed) send(res, response);
    }, holdMs);
    this.heldTimers.add(timer);
  }

  private takeFault(operation: SimulatorOperation): SimulatorFault | undefined {
    const queue = this.faults.get(operation);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    return head.fault;
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

  // ----- Orders ----------------------------------------------------------------------------------

  private createOrder(req: SimulatorRequest): SimulatedResponse {
    const body = parseJsonObject(req.rawBody);
    if (!body) return malformedJson();
    const problems: PayPalErrorDetail[] = [];
    if (body.intent !== 'CAPTURE') {
      problems.push(
        body.intent === undefined
          ? missing('/intent')
          : invalidValue('/intent', String(body.intent), 'The simulator supports intent CAPTURE only.'),
      );
    }
    const units = body.purchase_units;
    if (!Array.isArray(units) || units.length === 0) {
      problems.push(missing('/purchase_units'));
      return errors.invalidRequest(problems);
    }
    if (units.length > 1) {
      problems.push(
        invalidValue('/purchase_units', String(units.length), 'The simulator supports one purchase unit.'),
      );
    }
    const unit = asObject(units[0]) ?? {};
    const amount = asObject(unit.amount);
    const currency = typeof amount?.currency_code === 'string' ? amount.currency_code : undefined;
    const value = typeof amount?.value === 'string' ? amount.value : undefined;
    let amountMinor = 0;
    if (!currency) problems.push(missing('/purchase_units/0/amount/currency_code'));
    if (!value) problems.push(missing('/purchase_units/0/amount/value'));
    if (currency && value) {
      const parsed = parseAmount(value, currency, '/purchase_units/0/amount/value');
      if ('problem' in parsed) problems.push(parsed.problem);
      else amountMinor = parsed.amountMinor;
    }
    if (problems.length > 0) return errors.invalidRequest(problems);

    const paypalSource = asObject(asObject(body.payment_source)?.paypal);
    const context = asObject(paypalSource?.experience_context) ?? asObject(body.application_context) ?? {};
    const now = new Date().toISOString();
    const order: SimulatedOrder = {
      id: paypalId(),
      status: paypalSource ? 'PAYER_ACTION_REQUIRED' : 'CREATED',
      usesPaymentSource: paypalSource !== undefined,
      referenceId: typeof unit.reference_id === 'string' ? unit.reference_id : 'default',
      currency: currency as string,
      amountMinor,
      description: optionalString(unit.description)?.slice(0, 127),
      invoiceId: optionalString(unit.invoice_id),
      customId: optionalString(unit.custom_id),
      returnUrl: optionalString(context.return_url),
      cancelUrl: optionalString(context.cancel_url),
      captureIds: [],
      createTime: now,
      updateTime: now,
    };
    this.orders.set(order.id, order);
    const prefersRepresentation = headerValue(req.headers.prefer) === 'return=representation';
    const full = this.orderRepresentation(order);
    return {
      status: 201,
      body: prefersRepresentation
        ? full
        : {
            id: order.id,
            status: order.status,
            ...(order.usesPaymentSource ? { payment_source: { paypal: {} } } : {}),
            links: full.links,
          },
    };
  }

  private showOrder(orderId: string): SimulatedResponse {
    const order = this.orders.get(orderId);
    return order ? { status: 200, body: this.orderRepresentation(order) } : errors.notFound();
  }

  private captureOrder(orderId: string): SimulatedResponse {
    const order = this.orders.get(orderId);
    if (!order) return errors.notFound();
    if (order.status === 'CREATED' || order.status === 'PAYER_ACTION_REQUIRED') {
      return errors.unprocessable(
        'ORDER_NOT_APPROVED',
        "Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' url returned as part of the HATEOAS links within the Create Order call or provide a valid payment_source in the request.",
      );
    }
    if (order.status === 'COMPLETED') {
      return errors.unprocessable(
        'ORDER_ALREADY_CAPTURED',
        "Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.",
      );
    }
    if (order.invoiceId && this.invoiceAlreadyPaid(order.invoiceId, order.id)) {
      return errors.unprocessable(
        'DUPLICATE_INVOICE_ID',
        'Duplicate Invoice ID detected. To avoid a potential duplicate transaction your account setting requires that Invoice ID be unique for each transaction.',
      );
    }
    const outcome = this.nextCaptureOutcomes.shift();
    const now = new Date().toISOString();
    const capture: SimulatedCapture = {
      id: paypalId(),
      orderId: order.id,
      status: outcome ?? 'COMPLETED',
      pendingReason: outcome === 'PENDING' ? 'PENDING_REVIEW' : undefined,
      currency: order.currency,
      amountMinor: order.amountMinor,
      refundedMinor: 0,
      refundIds: [],
      invoiceId: order.invoiceId,
      customId: order.customId,
      createTime: now,
      updateTime: now,
    };
    this.captures.set(capture.id, capture);
    order.captureIds.push(capture.id);
    // As at PayPal, the order is COMPLETED once captured, whatever became of the capture itself.
    order.status = 'COMPLETED';
    order.updateTime = now;
    const eventType: SimulatorWebhookEventType =
      capture.status === 'COMPLETED'
        ? 'PAYMENT.CAPTURE.COMPLETED'
        : capture.status === 'PENDING'
          ? 'PAYMENT.CAPTURE.PENDING'
          : 'PAYMENT.CAPTURE.DENIED';
    this.emitAutomatically(eventType, capture.id);
    return { status: 201, body: this.orderRepresentation(order) };
  }

  private invoiceAlreadyPaid(invoiceId: string, exceptOrderId: string): boolean {
    for (const capture of this.captures.values()) {
      if (
        capture.invoiceId === invoiceId &&
        capture.orderId !== exceptOrderId &&
        capture.status !== 'DECLINED'
      ) {
        return true;
      }
    }
    return false;
  }

  private orderRepresentation(order: SimulatedOrder) {
    const self = `${this.url}/v2/checkout/orders/${order.id}`;
    const links: { href: string; rel: string; method: string }[] = [
      { href: self, rel: 'self', method: 'GET' },
    ];
    if (order.status === 'CREATED' || order.status === 'PAYER_ACTION_REQUIRED') {
      links.push({
        href: `${this.url}/checkoutnow?token=${order.id}`,
        rel: order.usesPaymentSource ? 'payer-action' : 'approve',
        method: 'GET',
      });
    }
    if (order.status !== 'COMPLETED') links.push({ href: self, rel: 'update', method: 'PATCH' });
    if (order.status === 'APPROVED') links.push({ href: `${self}/capture`, rel: 'capture', method: 'POST' });

    const captures = order.captureIds.map((id) => this.captureRepresentation(this.captures.get(id)!, false));
    const refunds = order.captureIds.flatMap((id) =>
      this.captures
        .get(id)!
        .refundIds.map((refundId) => this.refundRepresentation(this.refunds.get(refundId)!)),
    );
    const payments =
      captures.length > 0 ? { payments: { captures, ...(refunds.length > 0 ? { refunds } : {}) } } : {};
    const payer = order.payer
      ? {
          name: { given_name: order.payer.givenName, surname: order.payer.surname },
          email_address: order.payer.email,
          payer_id: order.payer.payerId,
          address: { country_code: 'US' },
        }
      : undefined;
    return {
      id: order.id,
      intent: 'CAPTURE',
      status: order.status,
      ...(payer
        ? {
            payment_source: {
              paypal: {
                email_address: payer.email_address,
                account_id: payer.payer_id,
                account_status: 'VERIFIED',
                name: payer.name,
                address: payer.address,
              },
            },
          }
        : {}),
      purchase_units: [
        {
          reference_id: order.referenceId,
          amount: {
            currency_code: order.currency,
            value: minorUnitsToDecimal(order.amountMinor, order.currency),
          },
          payee: { email_address: 'merchant@example.com', merchant_id: 'SIMULATORMERCHANT' },
          ...(order.description ? { description: order.description } : {}),
          ...(order.customId ? { custom_id: order.customId } : {}),
          ...(order.invoiceId ? { invoice_id: order.invoiceId } : {}),
          ...payments,
        },
      ],
      ...(payer ? { payer } : {}),
      create_time: order.createTime,
      update_time: order.updateTime,
      links,
    };
  }

  // ----- Captures and refunds ----------------------------------------------------------------------

  private showCapture(captureId: string): SimulatedResponse {
    const capture = this.captures.get(captureId);
    return capture ? { status: 200, body: this.captureRepresentation(capture, true) } : errors.notFound();
  }

  private captureRepresentation(capture: SimulatedCapture, withRelatedIds: boolean) {
    const self = `${this.url}/v2/payments/captures/${capture.id}`;
    const links = [{ href: self, rel: 'self', method: 'GET' }];
    if (capture.status === 'COMPLETED' || capture.status === 'PARTIALLY_REFUNDED') {
      links.push({ href: `${self}/refund`, rel: 'refund', method: 'POST' });
    }
    links.push({ href: `${this.url}/v2/checkout/orders/${capture.orderId}`, rel: 'up', method: 'GET' });
    return {
      id: capture.id,
      status: capture.status,
      ...(capture.pendingReason ? { status_details: { reason: capture.pendingReason } } : {}),
      amount: {
        currency_code: capture.currency,
        value: minorUnitsToDecimal(capture.amountMinor, capture.currency),
      },
      final_capture: true,
      seller_protection: {
        status: 'ELIGIBLE',
        dispute_categories: ['ITEM_NOT_RECEIVED', 'UNAUTHORIZED_TRANSACTION'],
      },
      ...(capture.invoiceId ? { invoice_id: capture.invoiceId } : {}),
      ...(capture.customId ? { custom_id: capture.customId } : {}),
      ...(withRelatedIds ? { supplementary_data: { related_ids: { order_id: capture.orderId } } } : {}),
      links,
      create_time: capture.createTime,
      update_time: capture.updateTime,
    };
  }

  private refundCapture(req: SimulatorRequest, captureId: string): SimulatedResponse {
    const capture = this.captures.get(captureId);
    if (!capture) return errors.notFound();
    const body = req.rawBody.trim() === '' ? {} : parseJsonObject(req.rawBody);
    if (!body) return malformedJson();
    if (capture.status === 'REFUNDED') {
      return errors.unprocessable('CAPTURE_FULLY_REFUNDED', 'The capture has already been fully refunded');
    }
    if (capture.status !== 'COMPLETED' && capture.status !== 'PARTIALLY_REFUNDED') {
      return errors.unprocessable(
        'REFUND_NOT_ALLOWED',
        `A capture that is ${capture.status} cannot be refunded. Refunds are possible for completed captures only.`,
      );
    }
    const remaining = capture.amountMinor - capture.refundedMinor;
    let amountMinor = remaining;
    const amount = asObject(body.amount);
    if (amount) {
      const currency = optionalString(amount.currency_code);
      const value = optionalString(amount.value);
      if (!currency || !value) {
        return errors.invalidRequest([missing(currency ? '/amount/value' : '/amount/currency_code')]);
      }
      if (currency !== capture.currency) {
        return errors.unprocessable(
          'REFUND_CAPTURE_CURRENCY_MISMATCH',
          'Refund must be in the same currency as the capture',
        );
      }
      const parsed = parseAmount(value, currency, '/amount/value');
      if ('problem' in parsed) return errors.invalidRequest([parsed.problem]);
      amountMinor = parsed.amountMinor;
    }
    if (amountMinor > remaining) {
      return errors.unprocessable(
        'REFUND_AMOUNT_EXCEEDED',
        'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
      );
    }
    const refund = this.recordRefund(capture, amountMinor, {
      noteToPayer: optionalString(body.note_to_payer),
      invoiceId: optionalString(body.invoice_id),
      customId: optionalString(body.custom_id),
    });
    this.emitAutomatically('PAYMENT.CAPTURE.REFUNDED', refund.id);
    return { status: 201, body: this.refundRepresentation(refund) };
  }

  private recordRefund(
    capture: SimulatedCapture,
    amountMinor: number,
    extra: { noteToPayer?: string; invoiceId?: string; customId?: string },
  ): SimulatedRefund {
    const now = new Date().toISOString();
    const refund: SimulatedRefund = {
      id: paypalId(),
      captureId: capture.id,
      status: 'COMPLETED',
      currency: capture.currency,
      amountMinor,
      noteToPayer: extra.noteToPayer,
      invoiceId: extra.invoiceId ?? capture.invoiceId,
      customId: extra.customId ?? capture.customId,
      createTime: now,
    };
    this.refunds.set(refund.id, refund);
    capture.refundIds.push(refund.id);
    capture.refundedMinor += amountMinor;
    capture.status = capture.refundedMinor >= capture.amountMinor ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    capture.updateTime = now;
    return refund;
  }

  private showRefund(refundId: string): SimulatedResponse {
    const refund = this.refunds.get(refundId);
    return refund ? { status: 200, body: this.refundRepresentation(refund) } : errors.notFound();
  }

  private refundRepresentation(refund: SimulatedRefund) {
    return {
      id: refund.id,
      status: refund.status,
      amount: {
        currency_code: refund.currency,
        value: minorUnitsToDecimal(refund.amountMinor, refund.currency),
      },
      ...(refund.noteToPayer ? { note_to_payer: refund.noteToPayer } : {}),
      ...(refund.invoiceId ? { invoice_id: refund.invoiceId } : {}),
      ...(refund.customId ? { custom_id: refund.customId } : {}),
      create_time: refund.createTime,
      update_time: refund.createTime,
      links: [
        { href: `${this.url}/v2/payments/refunds/${refund.id}`, rel: 'self', method: 'GET' },
        { href: `${this.url}/v2/payments/captures/${refund.captureId}`, rel: 'up', method: 'GET' },
      ],
    };
  }

  private async settlePending(
    captureId: string,
    status: 'COMPLETED' | 'DECLINED',
    eventType: SimulatorWebhookEventType,
  ): Promise<WebhookDelivery | undefined> {
    const capture = this.requireCapture(captureId);
    if (capture.status !== 'PENDING')
      throw new Error(`capture ${captureId} is ${capture.status}, not PENDING`);
    capture.status = status;
    capture.pendingReason = undefined;
    capture.updateTime = new Date().toISOString();
    return this.deliverIfConfigured(eventType, capture.id);
  }

  private requireCapture(captureId: string): SimulatedCapture {
    const capture = this.captures.get(captureId);
    if (!capture) throw new Error(`no capture ${captureId}`);
    return capture;
  }

  // ----- Webhooks --------------------------------------------------------------------------------

  private verifyWebhookSignature(req: SimulatorRequest): SimulatedResponse {
    const body = parseJsonObject(req.rawBody);
    if (!body) return malformedJson();
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

  private webhookEvent(eventType: SimulatorWebhookEventType, resourceId: string): WebhookEvent {
    let resourceType: WebhookEvent['resource_type'];
    let resource: Record<string, unknown>;
    let summary: string;
    if (eventType === 'CHECKOUT.ORDER.APPROVED') {
      const order = this.orders.get(resourceId);
      if (!order) throw new Error(`no order ${resourceId}`);
      resourceType = 'checkout-order';
      resource = this.orderRepresentation(order);
      summary = 'An order has been approved by buyer';
    } else if (eventType === 'PAYMENT.CAPTURE.REFUNDED' || eventType === 'PAYMENT.CAPTURE.REVERSED') {
      const refund =
        this.refunds.get(resourceId) ??
        this.refunds.get(this.captures.get(resourceId)?.refundIds.at(-1) ?? '');
      if (!refund) throw new Error(`no refund ${resourceId}`);
      resourceType = 'refund';
      resource = this.refundRepresentation(refund);
      const amount = `${minorUnitsToDecimal(refund.amountMinor, refund.currency)} ${refund.currency}`;
      summary =
        eventType === 'PAYMENT.CAPTURE.REFUNDED'
          ? `A ${amount} capture payment was refunded`
          : `A ${amount} capture payment was reversed`;
    } else {
      const capture = this.requireCapture(resourceId);
      resourceType = 'capture';
      resource = this.captureRepresentation(capture, true);
      const amount = `${minorUnitsToDecimal(capture.amountMinor, capture.currency)} ${capture.currency}`;
      summary =
        eventType === 'PAYMENT.CAPTURE.COMPLETED'
          ? `Payment completed for ${amount}`
          : eventType === 'PAYMENT.CAPTURE.PENDING'
            ? `Payment pending for ${amount}`
            : `Payment denied for ${amount}`;
    }
    const id = `WH-${paypalId(17)}-${paypalId(17)}`;
    return {
      id,
      event_version: '1.0',
      create_time: new Date().toISOString(),
      resource_type: resourceType,
      resource_version: '2.0',
      event_type: eventType,
      summary,
      resource,
      links: [
        { href: `${this.url}/v1/notifications/webhooks-events/${id}`, rel: 'self', method: 'GET' },
        { href: `${this.url}/v1/notifications/webhooks-events/${id}/resend`, rel: 'resend', method: 'POST' },
      ],
    };
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
          signal: AbortSignal.timeout(10_000),
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
    const order = this.orders.get(req.query.get('token') ?? '');
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
      }),
    );
  }

  private approveFromPage(req: SimulatorRequest): SimulatedResponse {
    const order = this.orders.get(new URLSearchParams(req.rawBody).get('token') ?? '');
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
    const order = this.orders.get(new URLSearchParams(req.rawBody).get('token') ?? '');
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
    const body = req.rawBody.trim() === '' ? {} : parseJsonObject(req.rawBody);
    if (!body) return malformedJson();
    const { method, path } = req;
    const bad = (message: string): SimulatedResponse => ({ status: 400, body: { error: message } });
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
            'fault must be {kind:"error",status:500|502|503|504} or {kind:"timeout",holdMs,processed?}',
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
        return { status: 200, body: this.captureRepresentation(this.requireCapture(captureId), true) };
      }
      const approve = /^\/__simulator\/orders\/([^/]+)\/approve$/.exec(path);
      if (approve && method === 'POST') {
        const payerId = this.approveOrder(approve[1]);
        return { status: 200, body: { id: approve[1], status: 'APPROVED', payer_id: payerId } };
      }
      if (path === '/__simulator/webhooks' && method === 'POST') {
        const url = optionalString(body.url) ?? this.webhookUrl;
        if (!url) return bad('no webhook URL: pass url or configure one');
        const message = this.buildWebhook(
          body.event_type as SimulatorWebhookEventType,
          String(body.resource_id),
        );
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

function parseFault(value: unknown): SimulatorFault | undefined {
  const fault = asObject(value);
  if (fault?.kind === 'error' && [500, 502, 503, 504].includes(Number(fault.status))) {
    return { kind: 'error', status: Number(fault.status) as 500 | 502 | 503 | 504 };
  }
  if (fault?.kind === 'timeout' && Number.isInteger(fault.holdMs) && Number(fault.holdMs) >= 0) {
    return { kind: 'timeout', holdMs: Number(fault.holdMs), processed: fault.processed === true };
  }
  return undefined;
}

function parseAmount(
  value: string,
  currency: string,
  field: string,
): { amountMinor: number } | { problem: PayPalErrorDetail } {
  try {
    if (!hasExactDecimals(value, currency)) {
      return {
        problem: {
          field,
          value,
          location: 'body',
          issue: 'DECIMAL_PRECISION',
          description: 'If the currency supports decimals, only two decimal place precision is supported.',
        },
      };
    }
    const amountMinor = decimalToMinorUnits(value, currency);
    if (amountMinor <= 0) {
      return { problem: invalidValue(field, value, 'Amount must be greater than zero.') };
    }
    return { amountMinor };
  } catch (error) {
    if (error instanceof InvalidAmountError) {
      return { problem: invalidValue(field, value, 'Currency code or amount is not valid.') };
    }
    throw error;
  }
}

function missing(field: string): PayPalErrorDetail {
  return {
    field,
    location: 'body',
    issue: 'MISSING_REQUIRED_PARAMETER',
    description: 'A required field / parameter is missing.',
  };
}

function invalidValue(field: string, value: string, description: string): PayPalErrorDetail {
  return { field, value, location: 'body', issue: 'INVALID_PARAMETER_VALUE', description };
}

function malformedJson(): SimulatedResponse {
  return errors.invalidRequest([
    {
      issue: 'MALFORMED_REQUEST_JSON',
      location: 'body',
      description: 'The request JSON is not well formed.',
    },
  ]);
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

function html(status: number, page: string): SimulatedResponse {
  return { status, body: page, headers: { 'content-type': 'text/html; charset=utf-8' } };
}

function redirect(location: string): SimulatedResponse {
  return { status: 303, body: undefined, headers: { location } };
}

function send(res: http.ServerResponse, response: SimulatedResponse): void {
  const headers: Record<string, string> = { 'cache-control': 'no-store', ...response.headers };
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
