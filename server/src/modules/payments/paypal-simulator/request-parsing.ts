/** Reading PayPal request bodies the way PayPal does, with its error details for what is wrong. */
import { randomBytes } from 'node:crypto';
import { decimalToMinorUnits, hasExactDecimals, InvalidAmountError } from '../../../common/money';
import { errors, type PayPalErrorDetail, type SimulatedResponse } from './paypal-error-bodies';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** PayPal-style ids: 17 upper-case letters and digits (orders, captures, refunds). */
export function paypalId(length = 17): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

export function parseAmount(
  value: string,
  currency: string,
  field: string,
): { amountMinor: number } | { problem: PayPalErrorDetail } {
  try {
    if (!hasExactDecimals(value, currency)) {
      return {
        problem: {
          field,
          value,
          location: 'body',
          issue: 'DECIMAL_PRECISION',
          description: 'If the currency supports decimals, only two decimal place precision is supported.',
        },
      };
    }
    const amountMinor = decimalToMinorUnits(value, currency);
    if (amountMinor <= 0) {
      return { problem: invalidValue(field, value, 'Amount must be greater than zero.') };
    }
    return { amountMinor };
  } catch (error) {
    if (error instanceof InvalidAmountError) {
      return { problem: invalidValue(field, value, 'Currency code or amount is not valid.') };
    }
    throw error;
  }
}

export function missing(field: string): PayPalErrorDetail {
  return {
    field,
    location: 'body',
    issue: 'MISSING_REQUIRED_PARAMETER',
    description: 'A required field / parameter is missing.',
  };
}

export function invalidValue(field: string, value: string, description: string): PayPalErrorDetail {
  return { field, value, location: 'body', issue: 'INVALID_PARAMETER_VALUE', description };
}

export function malformedJson(): SimulatedResponse {
  return errors.invalidRequest([
    {
      issue: 'MALFORMED_REQUEST_JSON',
      location: 'body',
      description: 'The request JSON is not well formed.',
    },
  ]);
}

export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
