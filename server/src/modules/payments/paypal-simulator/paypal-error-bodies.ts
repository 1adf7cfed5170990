/**
 * Error bodies in PayPal's shapes: REST errors carry name, message, debug_id, details[{issue,
 * description}] and an information link; the OAuth endpoint answers in the OAuth 2 error shape.
 *
 * Names, messages and issue descriptions are PayPal's words, as its OpenAPI specifications pin them
 * with enums (paypal-rest-api-specifications: checkout_orders_v2.json 2.13, payments_payment_v2.json),
 * quirks included ("captured.If", a double space): they differ between the Orders and Payments APIs.
 */
import { randomBytes } from 'node:crypto';

export interface PayPalErrorDetail {
  issue: string;
  description: string;
  field?: string;
  value?: string;
  location?: 'body' | 'path' | 'query' | 'header';
}

export interface SimulatedResponse {
  status: number;
  body: unknown;
  /** Extra headers (Location for redirects, content type for HTML). */
  headers?: Record<string, string>;
}

/** Which of PayPal's APIs answers: the same issue is described differently by each. */
export type PayPalApi = 'orders' | 'payments';

const SHARED_ISSUES: Record<string, string> = {
  MALFORMED_REQUEST_JSON: 'The request JSON is not well formed.',
  INVALID_PARAMETER_SYNTAX: 'The value of a field does not conform to the expected format.',
  INVALID_RESOURCE_ID: 'Specified resource ID does not exist. Please check the resource ID and try again.',
  DECIMAL_PRECISION: 'If the currency supports decimals, only two decimal place precision is supported.',
  CANNOT_BE_ZERO_OR_NEGATIVE:
    'Must be greater than zero. If the currency supports decimals, only two decimal place precision is supported.',
  INVALID_CURRENCY_CODE:
    'Currency code is invalid or is not currently supported. Please refer https://developer.paypal.com/api/rest/reference/currency-codes/ for list of supported currency codes.',
  // Listed by the Payments spec (refunds); PayPal's currency-codes reference says the same of orders.
  DECIMALS_NOT_SUPPORTED: 'Currency does not support decimals.',
};

const ISSUE_DESCRIPTIONS: Record<PayPalApi, Record<string, string>> = {
  orders: {
    ...SHARED_ISSUES,
    MISSING_REQUIRED_PARAMETER: 'A required parameter is missing.',
    INVALID_PARAMETER_VALUE: 'A parameter value is not valid.',
    INVALID_STRING_LENGTH: 'The value of a field is either too short or too long',
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
  },
  payments: {
    ...SHARED_ISSUES,
    MISSING_REQUIRED_PARAMETER: 'A required field / parameter is missing.',
    INVALID_PARAMETER_VALUE: 'The value of a field is invalid.',
    INVALID_STRING_LENGTH: 'The value of a field is either too short or too long.',
    PENDING_CAPTURE:
      'Cannot initiate a refund as the capture is pending. Capture is typically pending when the payer has funded the transaction using e-check/bank funded.',
    REFUND_NOT_ALLOWED: 'Capture cannot be refunded.',
    CAPTURE_FULLY_REFUNDED: 'The capture has already been fully refunded',
    REFUND_AMOUNT_EXCEEDED:
      'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
    REFUND_CAPTURE_CURRENCY_MISMATCH: 'Refund must be in the same currency as the capture',
  },
};

/** An error detail with PayPal's description of `issue` in `api`; field, value and location when given. */
export function issueDetail(
  api: PayPalApi,
  issue: string,
  where: Pick<PayPalErrorDetail, 'field' | 'value' | 'location'> = {},
): PayPalErrorDetail {
  const description = ISSUE_DESCRIPTIONS[api][issue];
  if (!description) throw new Error(`the simulator has no ${api} description for issue ${issue}`);
  return { ...where, issue, description };
}

export function debugId(): string {
  return randomBytes(7).toString('hex').slice(0, 13);
}

export interface ErrorLink {
  href: string;
  rel: string;
  method: 'GET' | 'POST';
}

function restError(
  status: number,
  name: string,
  message: string,
  details?: PayPalErrorDetail[],
  links: ErrorLink[] = [],
) {
  const body: Record<string, unknown> = { name, message, debug_id: debugId() };
  if (details) body.details = details;
  const anchor = details?.[0]?.issue ?? name;
  body.links = [
    {
      href: `https://developer.paypal.com/docs/api/orders/v2/#error-${anchor}`,
      rel: 'information_link',
      method: 'GET',
    },
    ...links,
  ];
  return { status, body };
}

export const errors = {
  invalidRequest: (details: PayPalErrorDetail[]): SimulatedResponse =>
    restError(
      400,
      'INVALID_REQUEST',
      'Request is not well-formed, syntactically incorrect, or violates schema.',
      details,
    ),
  /** 422 for one business rule; `links` e.g. where the buyer goes back to PayPal (rel payer-action). */
  unprocessable: (detail: PayPalErrorDetail, links: ErrorLink[] = []): SimulatedResponse =>
    restError(
      422,
      'UNPROCESSABLE_ENTITY',
      'The requested action could not be performed, semantically incorrect, or failed business validation.',
      [detail],
      links,
    ),
  notFound: (api: PayPalApi): SimulatedResponse =>
    restError(404, 'RESOURCE_NOT_FOUND', 'The specified resource does not exist.', [
      issueDetail(api, 'INVALID_RESOURCE_ID', { location: 'path' }),
    ]),
  missingAuthorization: (): SimulatedResponse =>
    restError(
      401,
      'AUTHENTICATION_FAILURE',
      'Authentication failed due to missing authorization header, or invalid authentication credentials.',
    ),
  invalidToken: (): SimulatedResponse => ({
    status: 401,
    body: { error: 'invalid_token', error_description: 'Token signature verification failed' },
  }),
  invalidClient: (): SimulatedResponse => ({
    status: 401,
    body: { error: 'invalid_client', error_description: 'Client Authentication failed' },
  }),
  unsupportedGrantType: (): SimulatedResponse => ({
    status: 400,
    body: { error: 'unsupported_grant_type', error_description: 'Grant Type is NULL' },
  }),
  unsupportedMediaType: (): SimulatedResponse =>
    restError(415, 'UNSUPPORTED_MEDIA_TYPE', "The server does not support the request payload's media type."),
  internal: (): SimulatedResponse =>
    restError(500, 'INTERNAL_SERVER_ERROR', 'An internal server error occurred.'),
  /** A 5xx as PayPal sends it when it is down or overloaded. */
  unavailable: (status: number): SimulatedResponse =>
    status === 500
      ? restError(500, 'INTERNAL_SERVER_ERROR', 'An internal server error occurred.')
      : restError(status, status === 504 ? 'GATEWAY_TIMEOUT' : 'SERVICE_UNAVAILABLE', 'Service Unavailable.'),
  routeNotFound: (): SimulatedResponse => ({
    status: 404,
    body: { name: 'NOT_FOUND', message: 'The requested resource was not found.', debug_id: debugId() },
  }),
};
