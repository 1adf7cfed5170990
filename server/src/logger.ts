/**
 * Structured JSON logs (pino). Headers that carry credentials are redacted wherever they appear, so a
 * secret never reaches a log line.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessKey',
  '*.token',
];

/**
 * `buffered` (the API's long-running processes): lines go to stdout through an asynchronous writer, so
 * under load the lines logged while one write is under way leave together in the next one instead of
 * costing a system call each. pino flushes what is left synchronously when the process exits.
 */
export function createLogger(level: string, options: { buffered?: boolean } = {}): Logger {
  const settings = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return options.buffered ? pino(settings, pino.destination({ dest: 1, sync: false })) : pino(settings);
}
