/**
 * The one place that talks to PayPal (through @paypal/paypal-server-sdk): Orders v2 create, get and
 * capture, capture refunds and webhook signature verification, in our terms: integer minor units,
 * outcomes as results, and typed errors split by what the caller should do.
 *
 * Pointed at the built-in simulator it speaks plain HTTP to a loopback port: the SDK has no base-URL
 * option, so its https agent opens a TCP connection to the simulator instead of PayPal's host.
 *
 * What PayPal expects of each request (its OpenAPI specifications and REST docs):
 * - `Prefer`: PayPal answers `return=minimal` (id, status, links) by default. Creating an order needs
 *   no more (the approval link), so it asks for minimal; capture and refund read the capture or refund
 *   itself, so they ask for `return=representation`.
 * - Amounts in PayPal's decimals for the currency (common/money: none for HUF, JPY and TWD, although
 *   ISO 4217 gives HUF and TWD two); `invoice_id`, `custom_id` and `description` at most 127 characters.
 * - `PayPal-Request-Id` (at most 108 characters) makes create, capture and refund idempotent. PayPal
 *   keeps the id 6 hours for Orders (create, capture) and 45 days for Payments (refund): a repeat within
 *   that answers 200 with the resource as it is now. Past the window a repeat is a new request, which
 *   is still safe here: a second capture of the order is ORDER_ALREADY_CAPTURED (handled below), a
 *   late start finds the booking's recorded order first (checkout.service.ts), and a full refund of a
 *   capture refunded already is CAPTURE_FULLY_REFUNDED.
 *
 * Over 400 lines on purpose: one job (the PayPal client), and its types, calls, error translation and
 * mapping of PayPal's shapes are read together; keeping them here keeps PayPal's SDK out of every
 * other file.
 */
import https from 'node:https';
import net from 'node:net';
import {
  ApiError,
  ArgumentsValidationError,
  CheckoutPaymentIntent,
  Client,
  Environment,
  OrdersController,
  PaymentsController,
  PaypalExperienceUserAction,
  PaypalWalletContextShippingPreference,
  type CapturedPayment,
  type OAuthToken,
  type Order,
  type OrdersCapture,
  type Refund,
} from '@paypal/paypal-server-sdk';
import { redactText, reduceError } from '../../common/safe-error';
import { decimalToMinorUnits, minorUnitsToDecimal } from '../../common/money';
import {
  PaymentProviderAuthenticationError,
  PaymentProviderError,
  PaymentProviderRequestError,
  PaymentProviderUnavailableError,
} from './payment-errors';

export interface PayPalGatewayOptions {
  clientId: string;
  clientSecret: string;
  environment: 'sandbox' | 'live';
  /** The id PayPal gave our webhook subscription; webhook events are verified against it. */
  webhookId: string | undefined;
  /** Send every call as plain HTTP to this port on 127.0.0.1 (the PayPal simulator). */
  loopbackPort?: number;
  /** Longest wait for one PayPal call, connection included (default 10 s). */
  timeoutMs?: number;
}

export type PayPalOrderStatus =
  'CREATED' | 'SAVED' | 'APPROVED' | 'VOIDED' | 'COMPLETED' | 'PAYER_ACTION_REQUIRED';

export type PayPalCaptureStatus =
  'COMPLETED' | 'PENDING' | 'DECLINED' | 'FAILED' | 'PARTIALLY_REFUNDED' | 'REFUNDED';

export interface CreateOrderInput {
  /** Our reference (the booking's): sent as reference_id and custom_id. */
  reference: string;
  /** PayPal's invoice_id, which PayPal wants unique per paid transaction; default `reference`. */
  invoiceId?: string;
  /** Shown to the buyer on PayPal (cut to 127 characters). */
  description: string;
  amountMinor: number;
  currency: string;
  /** Where PayPal sends the buyer after approving (with ?token=<orderId>&PayerID=...). */
  returnUrl: string;
  /** Where PayPal sends the buyer who cancels (with ?token=<orderId>). */
  cancelUrl: string;
  /** PayPal-Request-Id: the same id creates one order however often it is sent. */
  requestId: string;
  /** Shop name on PayPal's pages. */
  brandName?: string;
}

export interface CreatedOrder {
  orderId: string;
  /** Send the buyer here (PayPal's, or the simulator's, approval page). */
  approvalUrl: string;
  status: PayPalOrderStatus;
}

export interface PayPalCapture {
  captureId: string;
  status: PayPalCaptureStatus;
  amountMinor: number;
  currency: string;
  /** Why a PENDING capture waits (e.g. PENDING_REVIEW). */
  pendingReason?: string;
  invoiceId?: string;
  customId?: string;
}

export interface PayPalRefund {
  refundId: string;
  status: string;
  amountMinor: number;
  currency: string;
}

export interface PayPalOrder {
  orderId: string;
  status: PayPalOrderStatus;
  amountMinor: number;
  currency: string;
  referenceId?: string;
  invoiceId?: string;
  customId?: string;
  captures: PayPalCapture[];
  refunds: PayPalRefund[];
  /** Where the buyer approves the order, while it waits for approval (CREATED, PAYER_ACTION_REQUIRED). */
  approvalUrl?: string;
}

export type CaptureResult =
  /** Money taken (COMPLETED), or accepted but not yet settled (PENDING: wait for the webhook). */
  | { outcome: 'COMPLETED' | 'PENDING'; orderId: string; capture: PayPalCapture }
  /**
   * The order was captured before (another request id): `capture.status` tells how that went. A repeat
   * with the same request id instead replays the first answer.
   */
  | { outcome: 'ALREADY_CAPTURED'; orderId: string; capture: PayPalCapture }
  /** No money taken; the buyer has to pay again (a new order). `capture` is null when PayPal kept none. */
  | { outcome: 'DECLINED'; orderId: string; capture: PayPalCapture | null }
  /**
   * No money taken, and PayPal wants the buyer back on its approval page for this same order
   * (`approvalUrl`) to choose another way to pay or to act there; `issue` says which. Capture again
   * once the buyer has approved again.
   */
  | {
      outcome: 'RETURN_TO_PAYPAL';
      orderId: string;
      capture: null;
      issue: string;
      approvalUrl: string;
    }
  /** The buyer has not approved the order (yet). */
  | { outcome: 'NOT_APPROVED'; orderId: string; capture: null };

export interface RefundInput {
  captureId: string;
  /** Omitted: everything not yet refunded. */
  amountMinor?: number;
  currency: string;
  /** PayPal-Request-Id: the same id refunds once however often it is sent. */
  requestId: string;
  /** Shown to the buyer by PayPal. */
  note?: string;
  invoiceId?: string;
}

export type RefundResult =
  | ({ outcome: 'REFUNDED' } & PayPalRefund)
  /**
   * PayPal refused: REFUND_AMOUNT_EXCEEDED, CAPTURE_FULLY_REFUNDED, REFUND_NOT_ALLOWED,
   * REFUND_CAPTURE_CURRENCY_MISMATCH, REFUND_TIME_LIMIT_EXCEEDED ...
   */
  | { outcome: 'REFUSED'; issue: string; message: string };

export interface WebhookVerificationInput {
  /** The request's headers (Node's lower-cased header object, or a Headers-like record). */
  headers: Record<string, string | string[] | undefined>;
  /** The body exactly as received: PayPal's signature covers its bytes. */
  rawBody: string;
  /** Default: the configured webhook id. */
  webhookId?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** PayPal's longest invoice_id, custom_id and purchase description. */
export const PAYPAL_TEXT_LIMIT = 127;
/** PayPal's longest PayPal-Request-Id (Orders v2 spec). */
export const PAYPAL_REQUEST_ID_LIMIT = 108;
/**
 * Capture issues after which PayPal wants the buyer back on its approval page, for the same order, to
 * choose another way to pay (INSTRUMENT_DECLINED, REDIRECT_PAYER_FOR_ALTERNATE_FUNDING) or to act
 * there (PAYER_ACTION_REQUIRED): its "handle funding failures" guidance.
 */
const RETURN_TO_PAYPAL_ISSUES = new Set([
  'INSTRUMENT_DECLINED',
  'PAYER_ACTION_REQUIRED',
  'REDIRECT_PAYER_FOR_ALTERNATE_FUNDING',
]);

/** Text PayPal takes at most PAYPAL_TEXT_LIMIT characters of (undefined stays undefined). */
function withinTextLimit(text: string | undefined): string | undefined {
  return text?.slice(0, PAYPAL_TEXT_LIMIT);
}

/** The request id, when PayPal can keep it; else a PaymentProviderError (a bug here), before any call. */
function checkedRequestId(requestId: string): string {
  if (requestId.length === 0 || requestId.length > PAYPAL_REQUEST_ID_LIMIT) {
    throw new PaymentProviderError(
      `PayPal-Request-Id must be 1 to ${PAYPAL_REQUEST_ID_LIMIT} characters, not ${requestId.length}`,
    );
  }
  return requestId;
}

interface PayPalErrorBody {
  name?: string;
  message?: string;
  debug_id?: string;
  details?: { issue?: string; description?: string }[];
  error?: string;
  error_description?: string;
}

/** The SDK objects; rebuilt when PayPal stops accepting our token. */
interface SdkClients {
  client: Client;
  orders: OrdersController;
  payments: PaymentsController;
}

/** Renew the token this long before PayPal says it expires. */
const TOKEN_RENEWAL_MARGIN_MS = 120_000;

export class PayPalGateway {
  private readonly options: PayPalGatewayOptions;
  private readonly timeoutMs: number;
  private readonly agent: https.Agent | undefined;
  private sdk: SdkClients;
  private token: { value: OAuthToken; renewAt: number } | undefined;
  private tokenRequest: Promise<OAuthToken> | undefined;

  constructor(options: PayPalGatewayOptions) {
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.agent = options.loopbackPort === undefined ? undefined : loopbackAgent(options.loopbackPort);
    this.sdk = this.connect();
  }

  private connect(): SdkClients {
    const client = new Client({
      clientCredentialsAuthCredentials: {
        oAuthClientId: this.options.clientId,
        oAuthClientSecret: this.options.clientSecret,
        // The SDK keeps its token in a promise that, once rejected, fails every later call. So the
        // gateway fetches tokens itself (see freshToken) and this provider only hands them over.
        oAuthTokenProvider: async (lastToken) => this.token?.value ?? (lastToken as OAuthToken),
        oAuthClockSkew: 60,
      },
      environment: this.options.environment === 'live' ? Environment.Production : Environment.Sandbox,
      timeout: this.timeoutMs,
      // No retries inside the SDK: the caller decides, with the same request id.
      httpClientOptions: {
        timeout: this.timeoutMs,
        httpsAgent: this.agent,
        retryConfig: { maxNumberOfRetries: 0 },
      },
    });
    return { client, orders: new OrdersController(client), payments: new PaymentsController(client) };
  }

  /** Creates an Orders v2 order (intent CAPTURE) for the amount, and returns where the buyer approves it. */
  async createOrder(input: CreateOrderInput): Promise<CreatedOrder> {
    const requestId = checkedRequestId(input.requestId);
    const order = await this.call('create order', (sdk) =>
      sdk.orders.createOrder({
        paypalRequestId: requestId,
        // Only id, status and the approval link are read.
        prefer: 'return=minimal',
        body: {
          intent: CheckoutPaymentIntent.Capture,
          purchaseUnits: [
            {
              referenceId: input.reference,
              customId: withinTextLimit(input.reference),
              invoiceId: withinTextLimit(input.invoiceId ?? input.reference),
              description: withinTextLimit(input.description),
              amount: {
                currencyCode: input.currency,
                value: minorUnitsToDecimal(input.amountMinor, input.currency),
              },
            },
          ],
          paymentSource: {
            paypal: {
              experienceContext: {
                returnUrl: input.returnUrl,
                cancelUrl: input.cancelUrl,
                brandName: withinTextLimit(input.brandName),
                userAction: PaypalExperienceUserAction.PayNow,
                shippingPreference: PaypalWalletContextShippingPreference.NoShipping,
              },
            },
          },
        },
      }),
    );
    const approvalUrl = order.links?.find(
      (link) => link.rel === 'payer-action' || link.rel === 'approve',
    )?.href;
    if (!order.id || !approvalUrl) {
      throw new PaymentProviderError('PayPal created an order without an id or approval link');
    }
    return { orderId: order.id, approvalUrl, status: (order.status ?? 'CREATED') as PayPalOrderStatus };
  }

  /** The order as PayPal has it now (the source of truth for webhooks and reconciliation); null if unknown. */
  async getOrder(orderId: string): Promise<PayPalOrder | null> {
    try {
      return toOrder(await this.call('get order', (sdk) => sdk.orders.getOrder({ id: orderId })));
    } catch (error) {
      if (error instanceof PaymentProviderRequestError && error.statusCode === 404) return null;
      throw error;
    }
  }

  /**
   * Captures an approved order. Idempotent by `requestId`: repeats (even concurrent ones) with the same
   * id make one capture and get the same answer. Business outcomes are results; only an unknown
   * outcome (network, timeout, 5xx) throws PaymentProviderUnavailableError.
   */
  async captureOrder(orderId: string, requestId: string): Promise<CaptureResult> {
    checkedRequestId(requestId);
    let order: Order;
    try {
      order = await this.call('capture order', (sdk) =>
        sdk.orders.captureOrder({
          id: orderId,
          paypalRequestId: requestId,
          prefer: 'return=representation',
        }),
      );
    } catch (error) {
      const issue = error instanceof PaymentProviderRequestError ? error.issue : undefined;
      if (issue && RETURN_TO_PAYPAL_ISSUES.has(issue)) {
        // The same order's approval link; the order waits for the buyer again.
        const approvalUrl = (await this.getOrder(orderId))?.approvalUrl;
        if (!approvalUrl) throw error;
        return { outcome: 'RETURN_TO_PAYPAL', orderId, capture: null, issue, approvalUrl };
      }
      switch (issue) {
        case 'ORDER_NOT_APPROVED':
          return { outcome: 'NOT_APPROVED', orderId, capture: null };
        case 'ORDER_ALREADY_CAPTURED': {
          const existing = (await this.getOrder(orderId))?.captures.at(-1);
          if (!existing) throw error;
          return { outcome: 'ALREADY_CAPTURED', orderId, capture: existing };
        }
        default:
          throw error;
      }
    }
    const captured = order.purchaseUnits?.[0]?.payments?.captures?.at(-1);
    if (!captured) throw new PaymentProviderError(`PayPal captured order ${orderId} without a capture`);
    // A declined capture is a definite outcome even if PayPal leaves details out.
    const declined = captured.status === 'DECLINED' || captured.status === 'FAILED';
    if (declined && (!captured.id || !captured.amount))
      return { outcome: 'DECLINED', orderId, capture: null };
    const capture = toCapture(captured);
    if (capture.status === 'COMPLETED' || capture.status === 'PENDING') {
      return { outcome: capture.status, orderId, capture };
    }
    if (capture.status === 'DECLINED' || capture.status === 'FAILED') {
      return { outcome: 'DECLINED', orderId, capture };
    }
    // Refunded already (a replay long after): it was taken, so it counts as captured.
    return { outcome: 'ALREADY_CAPTURED', orderId, capture };
  }

  /** A capture as PayPal has it now, with the order it belongs to; null if unknown. */
  async getCapture(captureId: string): Promise<(PayPalCapture & { orderId?: string }) | null> {
    try {
      const capture = await this.call('get capture', (sdk) => sdk.payments.getCapturedPayment({ captureId }));
      return { ...toCapture(capture), orderId: capture.supplementaryData?.relatedIds?.orderId };
    } catch (error) {
      if (error instanceof PaymentProviderRequestError && error.statusCode === 404) return null;
      throw error;
    }
  }

  /** Refunds all or part of a completed capture. Idempotent by `requestId`. */
  async refundCapture(input: RefundInput): Promise<RefundResult> {
    const requestId = checkedRequestId(input.requestId);
    let refund: Refund;
    try {
      refund = await this.call('refund capture', (sdk) =>
        sdk.payments.refundCapturedPayment({
          captureId: input.captureId,
          paypalRequestId: requestId,
          prefer: 'return=representation',
          body: {
            amount:
              input.amountMinor === undefined
                ? undefined
                : {
                    currencyCode: input.currency,
                    value: minorUnitsToDecimal(input.amountMinor, input.currency),
                  },
            noteToPayer: input.note,
            invoiceId: withinTextLimit(input.invoiceId),
          },
        }),
      );
    } catch (error) {
      if (error instanceof PaymentProviderRequestError && error.statusCode === 422 && error.issue) {
        return { outcome: 'REFUSED', issue: error.issue, message: error.message };
      }
      throw error;
    }
    return { outcome: 'REFUNDED', ...toRefund(refund, input.currency) };
  }

  /**
   * Asks PayPal whether a webhook delivery is genuine. The event is passed on byte for byte, since the
   * signature covers the body as sent. False for missing headers or an unconfigured webhook id.
   */
  async verifyWebhookSignature(input: WebhookVerificationInput): Promise<boolean> {
    const webhookId = input.webhookId ?? this.options.webhookId;
    const header = (name: string) => {
      const value = input.headers[name] ?? input.headers[name.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    };
    const transmission = {
      auth_algo: header('paypal-auth-algo'),
      cert_url: header('paypal-cert-url'),
      transmission_id: header('paypal-transmission-id'),
      transmission_sig: header('paypal-transmission-sig'),
      transmission_time: header('paypal-transmission-time'),
      webhook_id: webhookId,
    };
    if (Object.values(transmission).some((value) => !value)) return false;
    try {
      const event: unknown = JSON.parse(input.rawBody);
      if (event === null || typeof event !== 'object' || Array.isArray(event)) return false;
    } catch {
      return false;
    }
    // Spliced in as text rather than re-serialised, so PayPal sees the bytes it signed.
    const body = `${JSON.stringify(transmission).slice(0, -1)},"webhook_event":${input.rawBody}}`;
    const answer = await this.call('verify webhook signature', async (sdk) => {
      const request = sdk.client.getRequestBuilderFactory()(
        'POST',
        '/v1/notifications/verify-webhook-signature',
      );
      request.header('Content-Type', 'application/json');
      request.text(body);
      request.authenticate([{ oauth2: true }]);
      return request.callAsText();
    });
    try {
      return (JSON.parse(answer) as { verification_status?: string }).verification_status === 'SUCCESS';
    } catch {
      throw new PaymentProviderUnavailableError(
        'PayPal answered the webhook verification with something unreadable',
      );
    }
  }

  /** Closes kept-alive connections (to the simulator). */
  close(): void {
    this.agent?.destroy();
  }

  /**
   * Runs one SDK call with a valid token and turns its failures into our error types. A 401 from an API
   * call (a token PayPal no longer accepts) renews the token and tries once more: PayPal did nothing.
   */
  private async call<T>(what: string, run: (sdk: SdkClients) => Promise<{ result: T }>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.freshToken();
      } catch (error) {
        throw translateError(`${what} (access token)`, error, this.secrets());
      }
      try {
        return (await run(this.sdk)).result;
      } catch (error) {
        if (attempt === 1 && error instanceof ApiError && error.statusCode === 401) {
          this.token = undefined;
          this.sdk = this.connect();
          continue;
        }
        throw translateError(what, error, this.secrets());
      }
    }
  }

  /**
   * What a failed call's error must not carry on: the client secret, the Basic header made of it, and
   * the access token. (The SDK's errors hold the whole request, headers included.)
   */
  private secrets(): string[] {
    const { clientId, clientSecret } = this.options;
    const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
    return [clientSecret, basic, this.token?.value.accessToken].filter((value): value is string => !!value);
  }

  /** The current access token, fetched once for concurrent callers when missing or about to expire. */
  private async freshToken(): Promise<OAuthToken> {
    if (this.token && Date.now() < this.token.renewAt) return this.token.value;
    this.tokenRequest ??= this.sdk.client.clientCredentialsAuthManager
      .fetchToken()
      .then((value) => {
        const lifetimeMs = Number(value.expiresIn ?? 3600n) * 1000;
        this.token = { value, renewAt: Date.now() + Math.max(lifetimeMs - TOKEN_RENEWAL_MARGIN_MS, 0) };
        return value;
      })
      .finally(() => {
        this.tokenRequest = undefined;
      });
    return this.tokenRequest;
  }
}

/**
 * Our error for a failed SDK call. The SDK's error is kept only as a reduced cause: as thrown, it holds
 * the request with its Authorization header (and, for network failures, the socket with the bytes sent).
 */
function translateError(what: string, error: unknown, secrets: string[]): Error {
  if (error instanceof ArgumentsValidationError) return error;
  const cause = reduceError(error, { secrets });
  if (!(error instanceof ApiError)) {
    // Network errors, timeouts, aborted requests, unreadable answers: the outcome is unknown.
    return new PaymentProviderUnavailableError(`PayPal ${what} failed: ${cause.message}`, { cause });
  }
  const body = errorBody(error);
  const issue = body?.details?.[0]?.issue ?? body?.error;
  const details = { statusCode: error.statusCode, issue, debugId: body?.debug_id, cause };
  const description =
    body?.details?.[0]?.description ?? body?.message ?? body?.error_description ?? error.message;
  const message = redactText(
    `PayPal ${what}: ${error.statusCode} ${body?.name ?? body?.error ?? ''} ${description}`.replace(
      /\s+/g,
      ' ',
    ),
    { secrets },
  );
  if (error.statusCode >= 500 || error.statusCode === 429 || error.statusCode === 408) {
    return new PaymentProviderUnavailableError(message, details);
  }
  if (error.statusCode === 401 || error.statusCode === 403)
    return new PaymentProviderAuthenticationError(message, details);
  return new PaymentProviderRequestError(message, details);
}

/** The JSON error body of a failed call (the SDK parses it for some statuses, not for others). */
function errorBody(error: ApiError): PayPalErrorBody | undefined {
  if (error.result && typeof error.result === 'object') return error.result as PayPalErrorBody;
  if (typeof error.body === 'string') {
    try {
      return JSON.parse(error.body) as PayPalErrorBody;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function toOrder(order: Order): PayPalOrder {
  const unit = order.purchaseUnits?.[0];
  if (!order.id || !unit?.amount)
    throw new PaymentProviderError('PayPal returned an order without id or amount');
  const currency = unit.amount.currencyCode;
  return {
    orderId: order.id,
    status: (order.status ?? 'CREATED') as PayPalOrderStatus,
    amountMinor: decimalToMinorUnits(unit.amount.value, currency),
    currency,
    referenceId: unit.referenceId,
    invoiceId: unit.invoiceId,
    customId: unit.customId,
    captures: (unit.payments?.captures ?? []).map(toCapture),
    refunds: (unit.payments?.refunds ?? []).map((refund) => toRefund(refund, currency)),
    approvalUrl: order.links?.find((link) => link.rel === 'payer-action' || link.rel === 'approve')?.href,
  };
}

function toCapture(capture: OrdersCapture | CapturedPayment): PayPalCapture {
  if (!capture.id || !capture.amount || !capture.status) {
    throw new PaymentProviderError('PayPal returned a capture without id, amount or status');
  }
  return {
    captureId: capture.id,
    status: capture.status as PayPalCaptureStatus,
    amountMinor: decimalToMinorUnits(capture.amount.value, capture.amount.currencyCode),
    currency: capture.amount.currencyCode,
    pendingReason: capture.statusDetails?.reason,
    invoiceId: capture.invoiceId,
    customId: capture.customId,
  };
}

function toRefund(refund: Refund, fallbackCurrency: string): PayPalRefund {
  if (!refund.id) throw new PaymentProviderError('PayPal returned a refund without id');
  const currency = refund.amount?.currencyCode ?? fallbackCurrency;
  return {
    refundId: refund.id,
    status: refund.status ?? 'COMPLETED',
    amountMinor: refund.amount ? decimalToMinorUnits(refund.amount.value, currency) : 0,
    currency,
  };
}

/** An https agent whose connections go, unencrypted, to a loopback port: how the SDK reaches the simulator. */
function loopbackAgent(port: number): https.Agent {
  const agent = new https.Agent({ keepAlive: true });
  agent.createConnection = () => net.connect(port, '127.0.0.1');
  return agent;
}
