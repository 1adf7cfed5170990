/**
 * Errors from third-party clients (the PayPal SDK's axios, nodemailer ...) carry their whole request:
 * headers with `Authorization: Basic <client id:secret>` or `Bearer <token>`, sockets holding the raw
 * bytes sent, SMTP replies that echo a command. Before such an error is logged, stored or rethrown it
 * is reduced here to what helps (name, code, HTTP status, message, PayPal debug id, cause), with
 * credentials cut out of the text. The logger's `err` serializer (logger.ts) is the safety net for
 * errors that were not reduced at their source.
 */

/** What is kept of a third-party error. */
export interface ErrorSummary {
  name: string;
  message: string;
  /** The client's or the system's code (ECONNRESET, ECONNABORTED, EAUTH ...). */
  code?: string;
  /** The HTTP status (or SMTP reply code) of the answer, when there was one. */
  status?: number;
  /** PayPal's correlation id, for PayPal support. */
  debugId?: string;
  cause?: ErrorSummary;
}

export interface RedactOptions {
  /** Literal values to cut out wherever they appear (the client secret, an access token ...). */
  secrets?: readonly (string | undefined | null)[];
}

const CENSOR = '[redacted]';
const MAX_CAUSES = 3;

/**
 * Credentials that a message or SMTP reply may quote: HTTP auth schemes, user:password in URLs, SMTP
 * AUTH arguments, `key=value` / `"key":"value"` pairs whose key names a secret.
 */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\b(Basic|Bearer|Digest|Negotiate)\s+[A-Za-z0-9._~+/=-]{4,}/gi, `$1 ${CENSOR}`],
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi, `$1${CENSOR}@`],
  [/\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5|OAUTHBEARER))\s+\S+/gi, `$1 ${CENSOR}`],
  [
    /\b((?:access_token|refresh_token|id_token|client_secret|password|passwd|secret|api_?key)["']?\s*[:=]\s*["']?)[^"'&\s,;}]+/gi,
    `$1${CENSOR}`,
  ],
];

/** The text with known secrets and credential-looking parts replaced by "[redacted]". */
export function redactText(text: string, options: RedactOptions = {}): string {
  let result = text;
  for (const secret of options.secrets ?? []) {
    // Short values would cut ordinary words; no real credential is that short.
    if (secret && secret.length >= 6) result = result.split(secret).join(CENSOR);
  }
  for (const [pattern, replacement] of SECRET_PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

/** An Error, also one made in another realm (node's own errors, seen from inside a jest sandbox). */
export function isError(value: unknown): value is Error {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function statusOf(error: unknown): number | undefined {
  const candidates = [
    field(error, 'statusCode'),
    field(error, 'status'),
    field(field(error, 'response'), 'status'),
    field(error, 'responseCode'),
  ];
  return candidates.find((value): value is number => typeof value === 'number');
}

function debugIdOf(error: unknown): string | undefined {
  const candidates = [
    field(error, 'debugId'),
    field(error, 'debug_id'),
    field(field(error, 'result'), 'debug_id'),
    field(field(error, 'headers'), 'paypal-debug-id'),
    field(field(field(error, 'response'), 'headers'), 'paypal-debug-id'),
  ];
  return candidates.find((value): value is string => typeof value === 'string');
}

/** The error reduced to its name, code, status, message, debug id and causes, credentials cut out. */
export function summarizeError(error: unknown, options: RedactOptions = {}, depth = 0): ErrorSummary {
  if (!isError(error)) {
    return { name: 'Error', message: redactText(typeof error === 'string' ? error : String(error), options) };
  }
  const code = field(error, 'code');
  const summary: ErrorSummary = {
    name: error.name || error.constructor.name,
    message: redactText(error.message, options),
    ...(typeof code === 'string' && { code }),
  };
  const status = statusOf(error);
  if (status !== undefined) summary.status = status;
  const debugId = debugIdOf(error);
  if (debugId !== undefined) summary.debugId = debugId;
  if (error.cause !== undefined && depth < MAX_CAUSES) {
    summary.cause = summarizeError(error.cause, options, depth + 1);
  }
  return summary;
}

/** An error that carries only an ErrorSummary's fields (and a stack with credentials cut out). */
export class ReducedError extends Error {
  readonly code?: string;
  readonly status?: number;
  readonly debugId?: string;

  constructor(summary: ErrorSummary, stack?: string) {
    super(summary.message, summary.cause ? { cause: new ReducedError(summary.cause) } : undefined);
    // The original's name, so logs still say AxiosError / Error; the class says it was reduced.
    this.name = summary.name;
    if (summary.code !== undefined) this.code = summary.code;
    if (summary.status !== undefined) this.status = summary.status;
    if (summary.debugId !== undefined) this.debugId = summary.debugId;
    this.stack = stack ?? `${summary.name}: ${summary.message}`;
  }
}

/** The error as a ReducedError, safe to log, store, rethrow or keep as a cause. */
export function reduceError(error: unknown, options: RedactOptions = {}): ReducedError {
  if (error instanceof ReducedError && !options.secrets?.length) return error;
  const stack = isError(error) && error.stack ? redactText(error.stack, options) : undefined;
  return new ReducedError(summarizeError(error, options), stack);
}

/** One line for storage (an outbox row's last_error): "CODE: message", credentials cut out. */
export function describeError(error: unknown, maxLength = 2000, options: RedactOptions = {}): string {
  const { code, message } = summarizeError(error, options);
  const text = code && !message.startsWith(code) ? `${code}: ${message}` : message;
  return text.slice(0, maxLength);
}
