/**
 * A real logger (createLogger, with its serializers and redaction) whose lines are kept in memory, for
 * tests that check what reaches the log.
 *
 *   const log = captureLogs();
 *   log.logger.warn({ err }, 'PayPal unavailable');
 *   expect(log.text()).not.toContain(secret);
 */
import { createLogger, type Logger } from '../src/logger';

export interface CapturedLogs {
  logger: Logger;
  /** Every line written so far, as written. */
  readonly lines: string[];
  /** All lines, one string. */
  text(): string;
}

export function captureLogs(level = 'trace'): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger(level, {
    destination: { write: (line: string) => void lines.push(line) },
  });
  return { logger, lines, text: () => lines.join('') };
}
