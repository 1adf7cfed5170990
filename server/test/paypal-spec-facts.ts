/**
 * The facts of PayPal's API that the simulator's answers must honour, written down as JSON-schema
 * fragments (draft-07, validated with ajv) for paypal-spec-conformance.test.ts: status codes per
 * operation, required fields, id and money patterns, status enums, and error names, messages and issue
 * names with PayPal's descriptions.
 *
 * Where they come from: PayPal's published OpenAPI specifications, repository
 * paypal/paypal-rest-api-specifications (Apache-2.0), commit ec4d8f3, folder openapi/:
 *   - checkout_orders_v2.json (Orders v2, version 2.13): schemas order, purchase_unit, money,
 *     account_id, date_time, link_description, capture, error_400/401/404/422, and the issue lists
 *     400, 422 (orders.create) and orders.capture-422; the Prefer parameter (minimal = id, status,
 *     links) and PayPal-Request-Id (keys kept 6 hours, at most 108 characters);
 *   - payments_payment_v2.json (Payments v2): capture-2, refund, refund_status, 404,
 *     captures.refund-400 and captures.refund-422; PayPal-Request-Id kept 45 days;
 *   - notifications_webhooks_v1.json (Webhooks v1): event, verify_webhook_signature_response.
 * The OAuth token answer is in none of them: its fields are those of PayPal's REST docs ("Get started:
 * get an access token", developer.paypal.com/api/rest/). Only the facts a test needs are copied, not
 * the specs; each fragment names the schema it comes from. The issue descriptions repeat, on purpose,
 * what the simulator's error bodies say: a check that read the simulator's own table would prove nothing.
 *
 * One deliberate difference: Orders v2's enumerated 422 issues for create lack DECIMALS_NOT_SUPPORTED,
 * which PayPal answers for a decimal HUF or TWD amount (its currency-codes reference: these currencies
 * "do not support decimals"; the Payments spec lists the issue for refunds). It is allowed below.
 */
import type { PayPalOperation } from './paypal-simulator-exchanges';

type Schema = Record<string, unknown>;

/** orders `date_time` (also payments): RFC 3339 as PayPal writes it. */
const DATE_TIME: Schema = {
  type: 'string',
  minLength: 20,
  maxLength: 64,
  pattern:
    '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])[T,t]([0-1][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$',
};

/** orders `account_id` (payer.payer_id, payee.merchant_id, payment_source.paypal.account_id). */
export const ACCOUNT_ID: Schema = {
  type: 'string',
  minLength: 13,
  maxLength: 13,
  pattern: '^[2-9A-HJ-NP-Z]{13}$',
};

/** orders/payments `money`. */
const MONEY: Schema = {
  type: 'object',
  required: ['currency_code', 'value'],
  properties: {
    currency_code: { type: 'string', minLength: 3, maxLength: 3 },
    value: { type: 'string', maxLength: 32, pattern: '^((-?[0-9]+)|(-?([0-9]+)?[.][0-9]+))$' },
  },
};

/** orders `link_description`. */
const LINKS: Schema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['href', 'rel'],
    properties: {
      href: { type: 'string' },
      rel: { type: 'string' },
      method: { enum: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'CONNECT', 'OPTIONS', 'PATCH'] },
    },
  },
};

/** purchase_unit's description, custom_id and invoice_id: 1 to 127 characters. */
const TEXT_127: Schema = { type: 'string', minLength: 1, maxLength: 127 };

/** orders `capture` / payments `capture-2`. */
const CAPTURE: Schema = {
  type: 'object',
  required: ['id', 'status', 'amount'],
  properties: {
    id: { type: 'string' },
    status: { enum: ['COMPLETED', 'DECLINED', 'PARTIALLY_REFUNDED', 'PENDING', 'REFUNDED', 'FAILED'] },
    status_details: {
      type: 'object',
      properties: {
        reason: {
          enum: [
            'BUYER_COMPLAINT',
            'CHARGEBACK',
            'ECHECK',
            'INTERNATIONAL_WITHDRAWAL',
            'OTHER',
            'PENDING_REVIEW',
            'RECEIVING_PREFERENCE_MANDATES_MANUAL_ACTION',
            'REFUNDED',
            'TRANSACTION_APPROVED_AWAITING_FUNDING',
            'UNILATERAL',
            'VERIFICATION_REQUIRED',
          ],
        },
      },
    },
    amount: MONEY,
    custom_id: { type: 'string', maxLength: 127 },
    final_capture: { type: 'boolean' },
    seller_protection: {
      type: 'object',
      properties: {
        status: { enum: ['ELIGIBLE', 'PARTIALLY_ELIGIBLE', 'NOT_ELIGIBLE'] },
        dispute_categories: {
          type: 'array',
          items: { enum: ['ITEM_NOT_RECEIVED', 'UNAUTHORIZED_TRANSACTION'] },
        },
      },
    },
    supplementary_data: {
      type: 'object',
      properties: { related_ids: { type: 'object', properties: { order_id: { type: 'string' } } } },
    },
    links: LINKS,
    create_time: DATE_TIME,
    update_time: DATE_TIME,
  },
};

/** payments `refund` (refund_status), full representation. */
const REFUND: Schema = {
  type: 'object',
  required: ['id', 'status', 'amount', 'links'],
  properties: {
    id: { type: 'string' },
    status: { enum: ['CANCELLED', 'FAILED', 'PENDING', 'COMPLETED'] },
    amount: MONEY,
    custom_id: { type: 'string', minLength: 1, maxLength: 127, pattern: '^[A-Za-z0-9-_.,]*$' },
    links: LINKS,
    create_time: DATE_TIME,
    update_time: DATE_TIME,
  },
};

/** A refund as answered: minimal (Prefer default: id, status, links) or the full representation. */
const REFUND_ANSWER: Schema = {
  type: 'object',
  required: ['id', 'status', 'links'],
  properties: { status: { enum: ['CANCELLED', 'FAILED', 'PENDING', 'COMPLETED'] }, links: LINKS },
  if: { required: ['amount'] },
  then: REFUND,
};

/** orders `order`, full representation (what the product reads with Prefer: return=representation). */
const ORDER_FULL: Schema = {
  type: 'object',
  required: ['id', 'intent', 'status', 'purchase_units', 'links', 'create_time'],
  properties: {
    intent: { enum: ['CAPTURE', 'AUTHORIZE'] },
    create_time: DATE_TIME,
    update_time: DATE_TIME,
    payment_source: {
      type: 'object',
      properties: {
        paypal: {
          type: 'object',
          properties: {
            account_id: ACCOUNT_ID,
            account_status: { enum: ['VERIFIED', 'UNVERIFIED'] },
            address: {
              type: 'object',
              required: ['country_code'],
              properties: { country_code: { type: 'string', pattern: '^([A-Z]{2}|C2)$' } },
            },
          },
        },
      },
    },
    payer: { type: 'object', properties: { payer_id: ACCOUNT_ID } },
    purchase_units: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['reference_id', 'amount'],
        properties: {
          reference_id: { type: 'string', minLength: 1, maxLength: 256 },
          amount: MONEY,
          payee: { type: 'object', properties: { merchant_id: ACCOUNT_ID } },
          description: TEXT_127,
          custom_id: TEXT_127,
          invoice_id: TEXT_127,
          payments: {
            type: 'object',
            properties: {
              captures: { type: 'array', items: CAPTURE },
              refunds: { type: 'array', items: REFUND },
            },
          },
        },
      },
    },
  },
};

/** An order as answered: minimal (Prefer default: id, status, links) or, with purchase_units, full. */
const ORDER_ANSWER: Schema = {
  type: 'object',
  required: ['id', 'status', 'links'],
  properties: {
    id: { type: 'string' },
    status: { enum: ['CREATED', 'SAVED', 'APPROVED', 'VOIDED', 'COMPLETED', 'PAYER_ACTION_REQUIRED'] },
    links: LINKS,
  },
  if: { required: ['purchase_units'] },
  then: ORDER_FULL,
};

/**
 * An error body (error_400, error_401, error_404, error_422): its name and message, and details each
 * of one of `issues` (issue -> PayPal's description, or null where the spec leaves it free).
 */
function error(name: string, message: string, issues?: Record<string, string | null>): Schema {
  return {
    type: 'object',
    required: ['name', 'message', 'debug_id', ...(issues ? ['details'] : [])],
    properties: {
      name: { const: name },
      message: { const: message },
      debug_id: { type: 'string' },
      links: {
        type: 'array',
        items: {
          type: 'object',
          required: ['href', 'rel'],
          properties: { method: { enum: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] } },
        },
      },
      ...(issues
        ? {
            details: {
              type: 'array',
              minItems: 1,
              items: {
                anyOf: Object.entries(issues).map(([issue, description]) => ({
                  type: 'object',
                  required: ['issue'],
                  properties: {
                    issue: { const: issue },
                    ...(description === null ? {} : { description: { const: description } }),
                    location: { enum: ['body', 'path', 'query', 'header'] },
                  },
                })),
              },
            },
          }
        : {}),
    },
  };
}

const INVALID_REQUEST = 'Request is not well-formed, syntactically incorrect, or violates schema.';
const UNPROCESSABLE =
  'The requested action could not be performed, semantically incorrect, or failed business validation.';

/** error_401, or the OAuth 2 shape PayPal answers a token it does not accept with. */
const UNAUTHORIZED: Schema = {
  anyOf: [
    error(
      'AUTHENTICATION_FAILURE',
      'Authentication failed due to missing authorization header, or invalid authentication credentials.',
    ),
    {
      type: 'object',
      required: ['error', 'error_description'],
      properties: { error: { enum: ['invalid_token', 'invalid_client'] } },
    },
  ],
};

const INVALID_RESOURCE = {
  INVALID_RESOURCE_ID: 'Specified resource ID does not exist. Please check the resource ID and try again.',
};
const NOT_FOUND = error('RESOURCE_NOT_FOUND', 'The specified resource does not exist.', INVALID_RESOURCE);

const AMOUNT_ISSUES = {
  DECIMAL_PRECISION: 'If the currency supports decimals, only two decimal place precision is supported.',
  CANNOT_BE_ZERO_OR_NEGATIVE:
    'Must be greater than zero. If the currency supports decimals, only two decimal place precision is supported.',
  INVALID_CURRENCY_CODE:
    'Currency code is invalid or is not currently supported. Please refer https://developer.paypal.com/api/rest/reference/currency-codes/ for list of supported currency codes.',
};

/** What each operation may answer, by status: the statuses the specs document for it. */
export const PAYPAL_SPEC_FACTS: Record<PayPalOperation, Record<number, Schema>> = {
  'oauth.token': {
    200: {
      type: 'object',
      required: ['scope', 'access_token', 'token_type', 'app_id', 'expires_in', 'nonce'],
      properties: { token_type: { const: 'Bearer' }, expires_in: { type: 'integer', minimum: 1 } },
    },
    401: {
      type: 'object',
      required: ['error', 'error_description'],
      properties: { error: { const: 'invalid_client' } },
    },
  },
  'orders.create': {
    200: ORDER_ANSWER,
    201: ORDER_ANSWER,
    400: error('INVALID_REQUEST', INVALID_REQUEST, {
      MISSING_REQUIRED_PARAMETER: 'A required parameter is missing.',
      INVALID_PARAMETER_VALUE: 'A parameter value is not valid.',
      INVALID_PARAMETER_SYNTAX: 'The value of a field does not conform to the expected format.',
      INVALID_STRING_LENGTH: 'The value of a field is either too short or too long',
      MALFORMED_REQUEST_JSON: 'The request JSON is not well formed.',
    }),
    401: UNAUTHORIZED,
    422: error('UNPROCESSABLE_ENTITY', UNPROCESSABLE, { ...AMOUNT_ISSUES, DECIMALS_NOT_SUPPORTED: null }),
  },
  'orders.get': { 200: ORDER_ANSWER, 401: UNAUTHORIZED, 404: NOT_FOUND },
  'orders.capture': {
    200: ORDER_ANSWER,
    201: ORDER_ANSWER,
    401: UNAUTHORIZED,
    404: NOT_FOUND,
    422: error('UNPROCESSABLE_ENTITY', UNPROCESSABLE, {
      ORDER_NOT_APPROVED:
        "Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' url returned as part of the HATEOAS links within the Create Order call or provide a valid `payment_source` in the request.",
      ORDER_ALREADY_CAPTURED:
        "Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.",
      DUPLICATE_INVOICE_ID:
        'Duplicate Invoice ID detected. To avoid a potential duplicate transaction your account setting requires that Invoice Id be unique for each transaction.',
      INSTRUMENT_DECLINED:
        "The instrument presented  was either declined by the processor or bank, or it can't be used for this payment.",
      PAYER_ACTION_REQUIRED:
        'Transaction cannot complete successfully, instruct the buyer to return to PayPal.',
    }),
  },
  'captures.get': {
    200: { ...CAPTURE, required: ['id', 'status', 'amount', 'links'] },
    401: UNAUTHORIZED,
    404: NOT_FOUND,
  },
  'captures.refund': {
    201: REFUND_ANSWER,
    400: error('INVALID_REQUEST', INVALID_REQUEST, {
      MISSING_REQUIRED_PARAMETER: null,
      INVALID_PARAMETER_SYNTAX: null,
      INVALID_STRING_LENGTH: null,
    }),
    401: UNAUTHORIZED,
    404: NOT_FOUND,
    422: error('UNPROCESSABLE_ENTITY', UNPROCESSABLE, {
      DECIMAL_PRECISION: null,
      CANNOT_BE_ZERO_OR_NEGATIVE: null,
      INVALID_CURRENCY_CODE: null,
      DECIMALS_NOT_SUPPORTED: null,
      PENDING_CAPTURE:
        'Cannot initiate a refund as the capture is pending. Capture is typically pending when the payer has funded the transaction using e-check/bank funded.',
      REFUND_NOT_ALLOWED: 'Capture cannot be refunded.',
      CAPTURE_FULLY_REFUNDED: 'The capture has already been fully refunded',
      REFUND_AMOUNT_EXCEEDED:
        'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
      REFUND_CAPTURE_CURRENCY_MISMATCH: 'Refund must be in the same currency as the capture',
    }),
  },
  'refunds.get': { 200: REFUND, 401: UNAUTHORIZED, 404: NOT_FOUND },
  'webhooks.verify': {
    200: {
      type: 'object',
      required: ['verification_status'],
      properties: { verification_status: { enum: ['SUCCESS', 'FAILURE'] } },
    },
  },
  // A delivered event (webhooks `event`); its resource is the order, capture or refund as above.
  'webhooks.event': {
    200: {
      type: 'object',
      required: [
        'id',
        'create_time',
        'resource_type',
        'event_type',
        'summary',
        'resource',
        'event_version',
        'resource_version',
        'links',
      ],
      properties: {
        event_version: { type: 'string', pattern: '^([0-9]+.[0-9]+)$' },
        resource_version: { type: 'string', pattern: '^([0-9]+.[0-9]+)$' },
        links: LINKS,
      },
      allOf: [
        {
          if: { properties: { resource_type: { const: 'checkout-order' } } },
          then: { properties: { resource: ORDER_FULL } },
        },
        {
          if: { properties: { resource_type: { const: 'capture' } } },
          then: { properties: { resource: { ...CAPTURE, required: ['id', 'status', 'amount', 'links'] } } },
        },
        {
          if: { properties: { resource_type: { const: 'refund' } } },
          then: { properties: { resource: REFUND } },
        },
        { properties: { resource_type: { enum: ['checkout-order', 'capture', 'refund'] } } },
      ],
    },
  },
};
