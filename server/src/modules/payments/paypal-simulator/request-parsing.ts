/** Reading PayPal request bodies the way PayPal does, with its error details for what is wrong. */
import { randomBytes } from 'node:crypto';
import {
  currencyDecimals,
  decimalToMinorUnits,
  InvalidAmountError,
  isAcceptedCurrency,
} from '../../../common/money';
import {
  errors,
  issueDetail,
  type PayPalApi,
  type PayPalErrorDetail,
  type SimulatedResponse,
} from './paypal-error-bodies';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** PayPal's account (payer, merchant) id alphabet: `^[2-9A-HJ-NP-Z]{13}$`, no 0, 1, I or O. */
const ACCOUNT_ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function randomId(alphabet: string, length: number): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

/** PayPal-style ids: 17 upper-case letters and digits (orders, captures, refunds). */
export function paypalId(length = 17): string {
  return randomId(ID_ALPHABET, length);
}

/** A PayPal account id (payer_id, account_id, merchant_id): 13 of `[2-9A-HJ-NP-Z]`. */
export function accountId(): string {
  return randomId(ACCOUNT_ID_ALPHABET, 13);
}

/** PayPal's pattern for money.value, and its maxLength (32). */
const MONEY_VALUE = /^((-?[0-9]+)|(-?([0-9]+)?[.][0-9]+))$/;
/**
 * Currencies ISO 4217 gives decimals that PayPal does not take: a decimal amount in them is
 * DECIMALS_NOT_SUPPORTED (PayPal's currency-codes reference), where other excess decimals are
 * DECIMAL_PRECISION.
 */
const DECIMALS_DROPPED_BY_PAYPAL = new Set(['HUF', 'TWD']);

export type AmountCheck =
  | { amountMinor: number }
  /** 400: the value is not a number at all; 422: a number PayPal will not take. */
  | { status: 400 | 422; problem: PayPalErrorDetail };

/**
 * An amount as PayPal judges it: syntax first (400 INVALID_PARAMETER_SYNTAX), then the business rules
 * (422 INVALID_CURRENCY_CODE, DECIMAL_PRECISION, DECIMALS_NOT_SUPPORTED, CANNOT_BE_ZERO_OR_NEGATIVE).
 * Fewer decimals than the currency has are fine ("10.5" EUR is 10.50).
 */
export function checkAmount(value: string, currency: string, pointer: string, api: PayPalApi): AmountCheck {
  const at = (field: string, fieldValue: string) => ({ field, value: fieldValue, location: 'body' as const });
  const valueField = `${pointer}/value`;
  if (!MONEY_VALUE.test(value) || value.length > 32) {
    return { status: 400, problem: issueDetail(api, 'INVALID_PARAMETER_SYNTAX', at(valueField, value)) };
  }
  if (!isAcceptedCurrency(currency)) {
    return {
      status: 422,
      problem: issueDetail(api, 'INVALID_CURRENCY_CODE', at(`${pointer}/currency_code`, currency)),
    };
  }
  const fraction = value.split('.')[1] ?? '';
  if (fraction.length > currencyDecimals(currency)) {
    const issue = DECIMALS_DROPPED_BY_PAYPAL.has(currency) ? 'DECIMALS_NOT_SUPPORTED' : 'DECIMAL_PRECISION';
    return { status: 422, problem: issueDetail(api, issue, at(valueField, value)) };
  }
  let amountMinor: number;
  try {
    amountMinor = value.startsWith('-') ? 0 : decimalToMinorUnits(value.replace(/^\./, '0.'), currency);
  } catch (error) {
    if (!(error instanceof InvalidAmountError)) throw error;
    return { status: 400, problem: issueDetail(api, 'INVALID_PARAMETER_VALUE', at(valueField, value)) };
  }
  if (amountMinor <= 0) {
    return { status: 422, problem: issueDetail(api, 'CANNOT_BE_ZERO_OR_NEGATIVE', at(valueField, value)) };
  }
  return { amountMinor };
}

export function missing(api: PayPalApi, field: string): PayPalErrorDetail {
  return issueDetail(api, 'MISSING_REQUIRED_PARAMETER', { field, location: 'body' });
}

export function invalidValue(api: PayPalApi, field: string, value: string): PayPalErrorDetail {
  return issueDetail(api, 'INVALID_PARAMETER_VALUE', { field, value, location: 'body' });
}

export function malformedJson(api: PayPalApi): SimulatedResponse {
  return errors.invalidRequest([issueDetail(api, 'MALFORMED_REQUEST_JSON', { location: 'body' })]);
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
