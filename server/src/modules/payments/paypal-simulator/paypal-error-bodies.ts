/**
 * Error bodies in PayPal's shapes: REST errors carry name, message, debug_id, details[{issue,
 * description}] and an information link; the OAuth endpoint answers in the OAuth 2 error shape.
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

export function debugId(): string {
  return randomBytes(7).toString('hex').slice(0, 13);
}

function restError(status: number, name: string, message: string, details?: PayPalErrorDetail[]) {
  const body: Record<string, unknown> = { name, message, debug_id: debugId() };
  if (details) body.details = details;
  const anchor = details?.[0]?.issue ?? name;
  body.links = [
    {
      href: `https://developer.paypal.com/docs/api/orders/v2/#error-${anchor}`,
      rel: 'information_link',
      method: 'GET',
    },
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
  unprocessable: (issue: string, description: string): SimulatedResponse =>
    restError(
      422,
      'UNPROCESSABLE_ENTITY',
      'The requested action could not be performed, semantically incorrect, or failed business validation.',
      [{ issue, description }],
    ),
  notFound: (): SimulatedResponse =>
    restError(404, 'RESOURCE_NOT_FOUND', 'The specified resource does not exist.', [
      {
        issue: 'INVALID_RESOURCE_ID',
        description: 'Specified resource ID does not exist. Please check the resource ID and try again.',
      },
    ]),
  missingAuthorization: (): SimulatedResponse =>
    restError(
      401,
      'AUTHENTICATION_FAILURE',
      'Authentication failed due to invalid authentication credentials or a missing Authorization header.',
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
    restError(500, 'INTERNAL_SERVER_ERROR', 'An internal server error has occurred.'),
  /** A 5xx as PayPal sends it when it is down or overloaded. */
  unavailable: (status: number): SimulatedResponse =>
    status === 500
      ? restError(500, 'INTERNAL_SERVER_ERROR', 'An internal server error has occurred.')
      : restError(status, status === 504 ? 'GATEWAY_TIMEOUT' : 'SERVICE_UNAVAILABLE', 'Service Unavailable.'),
  routeNotFound: (): SimulatedResponse => ({
    status: 404,
    body: { name: 'NOT_FOUND', message: 'The requested resource was not found.', debug_id: debugId() },
  }),
};
