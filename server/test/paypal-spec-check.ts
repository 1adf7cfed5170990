/** Checks PayPal answers (test/paypal-simulator-exchanges.ts) against the facts of test/paypal-spec-facts.ts. */
import Ajv, { type ValidateFunction } from 'ajv';
import { PAYPAL_SPEC_FACTS } from './paypal-spec-facts';
import type { Exchange, PayPalOperation } from './paypal-simulator-exchanges';

// strictRequired off: `required` inside if/then fragments names fields the fragment does not define.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const validators = new Map<string, ValidateFunction>();

function validatorFor(operation: PayPalOperation, status: number): ValidateFunction | undefined {
  const schema = PAYPAL_SPEC_FACTS[operation][status];
  if (!schema) return undefined;
  const key = `${operation} ${status}`;
  if (!validators.has(key)) validators.set(key, ajv.compile(schema));
  return validators.get(key);
}

/** What is wrong with an answer by PayPal's schema facts for its status, or null when nothing is. */
export function specMismatch(exchange: Pick<Exchange, 'operation' | 'status' | 'body'>): string | null {
  const validate = validatorFor(exchange.operation, exchange.status);
  if (!validate) return `status ${exchange.status} is not one PayPal documents for ${exchange.operation}`;
  return validate(exchange.body) ? null : ajv.errorsText(validate.errors);
}

/** Every answer that breaks the facts or differs from what PayPal documents for its request, described. */
export function mismatches(exchanges: Exchange[]): string[] {
  const problems: string[] = [];
  for (const exchange of exchanges) {
    const where = `${exchange.operation} "${exchange.label}" ${exchange.status}`;
    const problem = specMismatch(exchange);
    if (problem) problems.push(`${where}: ${problem}`);
    const expected = exchange.expected;
    if (expected && expected.status !== exchange.status)
      problems.push(`${where}: PayPal answers ${expected.status}`);
    const issue = (exchange.body as { details?: { issue?: string }[] }).details?.[0]?.issue;
    if (expected?.issue && expected.issue !== issue)
      problems.push(`${where}: PayPal's issue is ${expected.issue}, not ${issue}`);
  }
  return problems;
}
