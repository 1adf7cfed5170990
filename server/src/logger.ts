/**
 * Structured JSON logs (pino). Credentials never reach a log line: request headers that carry them are
 * redacted, and logged errors (`err`, `error`) go through a serializer that walks them, to a bounded
 * depth, dropping headers, credentials, tokens and passwords wherever they sit and cutting credentials
 * out of their text. Errors of third-party clients are reduced at their source too (common/safe-error.ts);
 * this is the net for any that were not.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import { isError, redactText, ReducedError } from './common/safe-error';

export type { Logger };

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessKey',
  '*.token',
];

const CENSOR = '[redacted]';
/** Keys whose values are credentials, or hold them (header maps, a failed query's parameters). */
const SENSITIVE_KEY =
  /authorization|cookie|passw|secret|token|credential|api[-_]?key|access[-_]?key|^auth$|^pass$|^(raw)?headers$|^parameters$/i;
/** A client's internals (axios' request config, the socket and its buffered bytes): no use in a log. */
const INTERNAL_KEY = /^(_.*|config|request|socket|agent|httpAgent|httpsAgent|client|connection)$/;
const MAX_DEPTH = 5;
const MAX_ITEMS = 20;

function cleanValue(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      return redactText(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'bigint':
      return value.toString();
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) return '[...]';
  if (isError(value)) return cleanError(value, depth);
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => cleanValue(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  const constructor = (value as object).constructor;
  if (constructor !== undefined && constructor !== Object) return `[${constructor.name || 'object'}]`;
  return cleanObject(value as Record<string, unknown>, depth, {});
}

function cleanObject(
  source: Record<string, unknown>,
  depth: number,
  target: Record<string, unknown>,
): Record<string, unknown> {
  for (const key of Object.keys(source)) {
    if (key in target || INTERNAL_KEY.test(key)) continue;
    if (SENSITIVE_KEY.test(key)) {
      target[key] = CENSOR;
      continue;
    }
    const cleaned = cleanValue(source[key], depth + 1);
    if (cleaned !== undefined) target[key] = cleaned;
  }
  return target;
}

function cleanError(error: Error, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    // A reduced error goes by the name of the error it stands for (AxiosError ...).
    type: error instanceof ReducedError ? error.name : error.constructor?.name || error.name,
    message: redactText(String(error.message)),
    stack: error.stack === undefined ? undefined : redactText(error.stack),
  };
  if (error.cause !== undefined) out.cause = cleanValue(error.cause, depth + 1);
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors)) out.errors = cleanValue(errors, depth + 1);
  return cleanObject(error as unknown as Record<string, unknown>, depth, out);
}

/**
 * pino serializer for logged errors. Also takes what pino-std-serializers made of an error (pino-http
 * runs that first), going back to the original error it keeps as `raw`.
 */
export function serializeLoggedError(value: unknown): unknown {
  const raw: unknown =
    value !== null && typeof value === 'object' ? (value as { raw?: unknown }).raw : undefined;
  return cleanValue(isError(raw) ? raw : value, 0);
}

export const LOG_SERIALIZERS = { err: serializeLoggedError, error: serializeLoggedError };

export interface LoggerOptions {
  /**
   * `buffered` (the API's long-running processes): lines go to stdout through an asynchronous writer,
   * so under load the lines logged while one write is under way leave together in the next one instead
   * of costing a system call each. pino flushes what is left synchronously when the process exits.
   */
  buffered?: boolean;
  /** Where lines go instead of stdout (tests that read the log). */
  destination?: DestinationStream;
  /** `pretty`: readable lines on stdout for a developer's terminal, instead of JSON. */
  format?: 'json' | 'pretty';
}

/**
 * A developer's terminal: time, level and message on one line, a request as `GET /graphql 200 4ms`,
 * other fields after it; the same redaction and serializers ran before (they work on the entry).
 */
function prettyStream(): DestinationStream {
  return pinoPretty({
    colorize: Boolean(process.stdout.isTTY),
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,req,res,responseTime',
    messageFormat: (entry, messageKey) => {
      const req = entry.req as { method?: string; url?: string } | undefined;
      const res = entry.res as { statusCode?: number } | undefined;
      const message = String(entry[messageKey] ?? '');
      if (!req?.method) return message;
      const took = typeof entry.responseTime === 'number' ? ` ${entry.responseTime}ms` : '';
      return `${req.method} ${req.url} ${res?.statusCode ?? ''}${took}${message === 'request completed' ? '' : ` ${message}`}`;
    },
  });
}

export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const settings = {
    level,
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    serializers: LOG_SERIALIZERS,
  };
  if (options.destination) return pino(settings, options.destination);
  if (options.format === 'pretty') return pino(settings, prettyStream());
  return options.buffered ? pino(settings, pino.destination({ dest: 1, sync: false })) : pino(settings);
}
