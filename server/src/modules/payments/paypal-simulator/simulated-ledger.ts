/**
 * The simulator's books: orders, captures and refunds, the rules PayPal applies to them, and their
 * representations in PayPal's JSON. No HTTP here: the simulator routes requests to these methods.
 *
 * Over 400 lines on purpose: one job (PayPal's rules on its three kinds of record), and the records'
 * rules and JSON shapes read best together.
 *
 * Answers follow PayPal's OpenAPI specifications (checked by paypal-spec-conformance.test.ts): a
 * minimal representation (id, status, links) unless the request said `Prefer: return=representation`,
 * account ids of PayPal's pattern, and PayPal's issues for each refusal.
 */
import { minorUnitsToDecimal } from '../../../common/money';
import { errors, issueDetail, type PayPalErrorDetail, type SimulatedResponse } from './paypal-error-bodies';
import {
  accountId,
  asObject,
  checkAmount,
  invalidValue,
  malformedJson,
  missing,
  optionalString,
  parseJsonObject,
  paypalId,
} from './request-parsing';

/** The simulator's merchant (payee.merchant_id): PayPal's account id pattern, `^[2-9A-HJ-NP-Z]{13}$`. */
export const SIMULATOR_MERCHANT_ID = 'TESTMERCHANT2';

/**
 * What PayPal may answer a capture of an approved order with instead of taking the money: the buyer
 * has to go back to PayPal (same order) and choose another way to pay, or do something there.
 */
export type CaptureRefusal = 'INSTRUMENT_DECLINED' | 'PAYER_ACTION_REQUIRED';

/** What the next capture turns into instead of COMPLETED. */
export type SimulatedCaptureOutcome = 'DECLINED' | 'PENDING';

export const SIMULATOR_WEBHOOK_EVENT_TYPES = [
  'CHECKOUT.ORDER.APPROVED',
  'PAYMENT.CAPTURE.COMPLETED',
  'PAYMENT.CAPTURE.PENDING',
  'PAYMENT.CAPTURE.DENIED',
  'PAYMENT.CAPTURE.REFUNDED',
  'PAYMENT.CAPTURE.REVERSED',
] as const;

export type SimulatorWebhookEventType = (typeof SIMULATOR_WEBHOOK_EVENT_TYPES)[number];

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

type OrderStatus = 'CREATED' | 'PAYER_ACTION_REQUIRED' | 'APPROVED' | 'COMPLETED';
type CaptureStatus = 'COMPLETED' | 'PENDING' | 'DECLINED' | 'PARTIALLY_REFUNDED' | 'REFUNDED';

export interface SimulatedOrder {
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
  /** The last capture was refused this way; the approval page asks the buyer to choose again. */
  captureRefusal?: CaptureRefusal;
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

export interface LedgerHooks {
  /** The outcome forced on the next capture (DECLINED, PENDING), if a test asked for one. */
  takeCaptureOutcome(): SimulatedCaptureOutcome | undefined;
  /** Something changed that PayPal would send a webhook event for. */
  changed(eventType: SimulatorWebhookEventType, resourceId: string): void;
}

export class SimulatedLedger {
  private readonly orders = new Map<string, SimulatedOrder>();
  private readonly captures = new Map<string, SimulatedCapture>();
  private readonly refunds = new Map<string, SimulatedRefund>();

  constructor(
    private readonly baseUrl: () => string,
    private readonly hooks: LedgerHooks,
  ) {}

  findOrder(orderId: string): SimulatedOrder | undefined {
    return this.orders.get(orderId);
  }

  /** The capture ids of an order, oldest first. */
  captureIdsOf(orderId: string): string[] {
    return [...(this.orders.get(orderId)?.captureIds ?? [])];
  }

  /** Settles a PENDING capture (COMPLETED or DECLINED). */
  settlePending(captureId: string, status: 'COMPLETED' | 'DECLINED'): void {
    const capture = this.requireCapture(captureId);
    if (capture.status !== 'PENDING')
      throw new Error(`capture ${captureId} is ${capture.status}, not PENDING`);
    capture.status = status;
    capture.pendingReason = undefined;
    capture.updateTime = new Date().toISOString();
  }

  /** The buyer's bank takes the money back: what is left of the capture is refunded; returns the refund id. */
  reverse(captureId: string): string {
    const capture = this.requireCapture(captureId);
    if (capture.status !== 'COMPLETED' && capture.status !== 'PARTIALLY_REFUNDED') {
      throw new Error(`capture ${captureId} is ${capture.status} and cannot be reversed`);
    }
    return this.recordRefund(capture, capture.amountMinor - capture.refundedMinor, {
      noteToPayer: 'Payment reversed',
    }).id;
  }

  /** Approves an order as the buyer would on the approval page; returns the payer id. */
  approveOrder(orderId: string): string {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`no order ${orderId}`);
    if (order.status === 'CREATED' || order.status === 'PAYER_ACTION_REQUIRED') {
      order.status = 'APPROVED';
      order.captureRefusal = undefined;
      // A buyer sent back after a refused capture approves again as the same PayPal account.
      order.payer ??= {
        payerId: accountId(),
        email: 'buyer@example.com',
        givenName: 'Test',
        surname: 'Buyer',
      };
      order.updateTime = new Date().toISOString();
      this.hooks.changed('CHECKOUT.ORDER.APPROVED', order.id);
    }
    if (!order.payer) throw new Error(`order ${orderId} is ${order.status} and cannot be approved`);
    return order.payer.payerId;
  }

  // ----- Orders ----------------------------------------------------------------------------------

  /**
   * POST /v2/checkout/orders. Like PayPal: every malformed field in one 400, then the first business
   * rule broken as a 422 (currency PayPal does not take, precision, zero or negative amount).
   */
  createOrder(rawBody: string, prefersRepresentation: boolean): SimulatedResponse {
    const body = parseJsonObject(rawBody);
    if (!body) return malformedJson('orders');
    const problems: PayPalErrorDetail[] = [];
    if (body.intent !== 'CAPTURE') {
      problems.push(
        body.intent === undefined
          ? missing('orders', '/intent')
          : invalidValue('orders', '/intent', String(body.intent)),
      );
    }
    const units = body.purchase_units;
    if (!Array.isArray(units) || units.length === 0) {
      problems.push(missing('orders', '/purchase_units'));
      return errors.invalidRequest(problems);
    }
    if (units.length > 1) {
      // PayPal takes up to 10; the simulator keeps to the one the product sends.
      problems.push(invalidValue('orders', '/purchase_units', String(units.length)));
    }
    const unit = asObject(units[0]) ?? {};
    const amount = asObject(unit.amount);
    const currency = typeof amount?.currency_code === 'string' ? amount.currency_code : undefined;
    const value = typeof amount?.value === 'string' ? amount.value : undefined;
    if (!currency) problems.push(missing('orders', '/purchase_units/0/amount/currency_code'));
    if (!value) problems.push(missing('orders', '/purchase_units/0/amount/value'));
    for (const field of ['description', 'custom_id', 'invoice_id'] as const) {
      const text = unit[field];
      if (typeof text === 'string' && (text.length < 1 || text.length > 127)) {
        problems.push(
          issueDetail('orders', 'INVALID_STRING_LENGTH', {
            field: `/purchase_units/0/${field}`,
            value: text,
            location: 'body',
          }),
        );
      }
    }
    const checked =
      currency && value ? checkAmount(value, currency, '/purchase_units/0/amount', 'orders') : null;
    if (checked && 'problem' in checked && checked.status === 400) problems.push(checked.problem);
    if (problems.length > 0) return errors.invalidRequest(problems);
    if (!checked) throw new Error('unreachable: an amount without problems was checked');
    if ('problem' in checked) return errors.unprocessable(checked.problem);
    const amountMinor = checked.amountMinor;

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
      description: optionalString(unit.description),
      invoiceId: optionalString(unit.invoice_id),
      customId: optionalString(unit.custom_id),
      returnUrl: optionalString(context.return_url),
      cancelUrl: optionalString(context.cancel_url),
      captureIds: [],
      createTime: now,
      updateTime: now,
    };
    this.orders.set(order.id, order);
    return { status: 201, body: this.orderBody(order, prefersRepresentation) };
  }

  /**
   * The order as an answer to create or capture: minimal (id, status, links: PayPal's default) or the
   * full representation. Also what a repeated PayPal-Request-Id gets: the order as it is NOW.
   */
  orderAnswer(orderId: string, prefersRepresentation: boolean, status: number): SimulatedResponse {
    const order = this.orders.get(orderId);
    return order ? { status, body: this.orderBody(order, prefersRepresentation) } : errors.notFound('orders');
  }

  private orderBody(order: SimulatedOrder, prefersRepresentation: boolean) {
    const full = this.orderRepresentation(order);
    if (prefersRepresentation) return full;
    return {
      id: order.id,
      status: order.status,
      ...(order.usesPaymentSource && !order.payer ? { payment_source: { paypal: {} } } : {}),
      links: full.links,
    };
  }

  showOrder(orderId: string): SimulatedResponse {
    return this.orderAnswer(orderId, true, 200);
  }

  /**
   * POST /v2/checkout/orders/:id/capture. `refusal` (fault injection) makes PayPal refuse an approved
   * order's capture as it does when the buyer's funding fails: 422 INSTRUMENT_DECLINED or
   * PAYER_ACTION_REQUIRED with the link to send the buyer back to; the order waits for the buyer again.
   */
  captureOrder(orderId: string, prefersRepresentation: boolean, refusal?: CaptureRefusal): SimulatedResponse {
    const order = this.orders.get(orderId);
    if (!order) return errors.notFound('orders');
    if (order.status === 'CREATED' || order.status === 'PAYER_ACTION_REQUIRED') {
      return errors.unprocessable(issueDetail('orders', 'ORDER_NOT_APPROVED'));
    }
    if (order.status === 'COMPLETED') {
      return errors.unprocessable(issueDetail('orders', 'ORDER_ALREADY_CAPTURED'));
    }
    if (order.invoiceId && this.invoiceAlreadyPaid(order.invoiceId, order.id)) {
      return errors.unprocessable(issueDetail('orders', 'DUPLICATE_INVOICE_ID'));
    }
    if (refusal) {
      order.status = order.usesPaymentSource ? 'PAYER_ACTION_REQUIRED' : 'CREATED';
      order.captureRefusal = refusal;
      order.updateTime = new Date().toISOString();
      return errors.unprocessable(issueDetail('orders', refusal), [this.approvalLink(order)]);
    }
    const outcome = this.hooks.takeCaptureOutcome();
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
    this.hooks.changed(eventType, capture.id);
    return { status: 201, body: this.orderBody(order, prefersRepresentation) };
  }

  /** Where the buyer approves the order: rel payer-action for orders made with payment_source.paypal. */
  private approvalLink(order: SimulatedOrder): { href: string; rel: string; method: 'GET' } {
    return {
      href: `${this.baseUrl()}/checkoutnow?token=${order.id}`,
      rel: order.usesPaymentSource ? 'payer-action' : 'approve',
      method: 'GET',
    };
  }

  invoiceAlreadyPaid(invoiceId: string, exceptOrderId: string): boolean {
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

  orderRepresentation(order: SimulatedOrder) {
    const self = `${this.baseUrl()}/v2/checkout/orders/${order.id}`;
    const links: { href: string; rel: string; method: string }[] = [
      { href: self, rel: 'self', method: 'GET' },
    ];
    if (order.status === 'CREATED' || order.status === 'PAYER_ACTION_REQUIRED') {
      links.push(this.approvalLink(order));
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
          payee: { email_address: 'merchant@example.com', merchant_id: SIMULATOR_MERCHANT_ID },
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

  showCapture(captureId: string): SimulatedResponse {
    const capture = this.captures.get(captureId);
    return capture
      ? { status: 200, body: this.captureRepresentation(capture, true) }
      : errors.notFound('payments');
  }

  captureRepresentation(capture: SimulatedCapture, withRelatedIds: boolean) {
    const self = `${this.baseUrl()}/v2/payments/captures/${capture.id}`;
    const links = [{ href: self, rel: 'self', method: 'GET' }];
    if (capture.status === 'COMPLETED' || capture.status === 'PARTIALLY_REFUNDED') {
      links.push({ href: `${self}/refund`, rel: 'refund', method: 'POST' });
    }
    links.push({ href: `${this.baseUrl()}/v2/checkout/orders/${capture.orderId}`, rel: 'up', method: 'GET' });
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

  /**
   * POST /v2/payments/captures/:id/refund: PENDING_CAPTURE while the capture waits, REFUND_NOT_ALLOWED
   * for a declined one, then PayPal's amount rules (as for orders) and what is left to refund.
   */
  refundCapture(rawBody: string, captureId: string, prefersRepresentation: boolean): SimulatedResponse {
    const capture = this.captures.get(captureId);
    if (!capture) return errors.notFound('payments');
    const body = rawBody.trim() === '' ? {} : parseJsonObject(rawBody);
    if (!body) return malformedJson('payments');
    const amount = asObject(body.amount);
    let checked: ReturnType<typeof checkAmount> | undefined;
    if (amount) {
      const currency = optionalString(amount.currency_code);
      const value = optionalString(amount.value);
      if (!currency || !value) {
        return errors.invalidRequest([
          missing('payments', currency ? '/amount/value' : '/amount/currency_code'),
        ]);
      }
      checked = checkAmount(value, currency, '/amount', 'payments');
      if ('problem' in checked && checked.status === 400) return errors.invalidRequest([checked.problem]);
      if (currency !== capture.currency && !('problem' in checked)) {
        return errors.unprocessable(issueDetail('payments', 'REFUND_CAPTURE_CURRENCY_MISMATCH'));
      }
    }
    if (capture.status === 'PENDING') return errors.unprocessable(issueDetail('payments', 'PENDING_CAPTURE'));
    if (capture.status === 'REFUNDED') {
      return errors.unprocessable(issueDetail('payments', 'CAPTURE_FULLY_REFUNDED'));
    }
    if (capture.status !== 'COMPLETED' && capture.status !== 'PARTIALLY_REFUNDED') {
      return errors.unprocessable(issueDetail('payments', 'REFUND_NOT_ALLOWED'));
    }
    if (checked && 'problem' in checked) return errors.unprocessable(checked.problem);
    const remaining = capture.amountMinor - capture.refundedMinor;
    const amountMinor = checked ? checked.amountMinor : remaining;
    if (amountMinor > remaining) {
      return errors.unprocessable(issueDetail('payments', 'REFUND_AMOUNT_EXCEEDED'));
    }
    const refund = this.recordRefund(capture, amountMinor, {
      noteToPayer: optionalString(body.note_to_payer),
      invoiceId: optionalString(body.invoice_id),
      customId: optionalString(body.custom_id),
    });
    this.hooks.changed('PAYMENT.CAPTURE.REFUNDED', refund.id);
    return this.refundAnswer(refund.id, prefersRepresentation, 201);
  }

  /** A refund as the answer to a refund request (or its replay): minimal or full, as it is now. */
  refundAnswer(refundId: string, prefersRepresentation: boolean, status: number): SimulatedResponse {
    const refund = this.refunds.get(refundId);
    if (!refund) return errors.notFound('payments');
    const full = this.refundRepresentation(refund);
    return {
      status,
      body: prefersRepresentation ? full : { id: full.id, status: full.status, links: full.links },
    };
  }

  recordRefund(
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

  showRefund(refundId: string): SimulatedResponse {
    return this.refundAnswer(refundId, true, 200);
  }

  refundRepresentation(refund: SimulatedRefund) {
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
        { href: `${this.baseUrl()}/v2/payments/refunds/${refund.id}`, rel: 'self', method: 'GET' },
        { href: `${this.baseUrl()}/v2/payments/captures/${refund.captureId}`, rel: 'up', method: 'GET' },
      ],
    };
  }

  private requireCapture(captureId: string): SimulatedCapture {
    const capture = this.captures.get(captureId);
    if (!capture) throw new Error(`no capture ${captureId}`);
    return capture;
  }

  webhookEvent(eventType: SimulatorWebhookEventType, resourceId: string): WebhookEvent {
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
        { href: `${this.baseUrl()}/v1/notifications/webhooks-events/${id}`, rel: 'self', method: 'GET' },
        {
          href: `${this.baseUrl()}/v1/notifications/webhooks-events/${id}/resend`,
          rel: 'resend',
          method: 'POST',
        },
      ],
    };
  }
}
