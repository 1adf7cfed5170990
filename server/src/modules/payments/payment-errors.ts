/**
 * What can go wrong talking to the payment provider, split by what the caller should do about it.
 * Definite business outcomes (not approved, declined, refund refused ...) are results, not errors.
 */

/** Base of every payment-provider failure; `debugId` is PayPal's correlation id, worth logging. */
export class PaymentProviderError extends Error {
  readonly details: { statusCode?: number; issue?: string; debugId?: string };

  /** `cause` should be reduced (common/safe-error.ts): it is logged with this error. */
  constructor(
    message: string,
    { cause, ...details }: { statusCode?: number; issue?: string; debugId?: string; cause?: unknown } = {},
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.details = details;
  }

  get statusCode(): number | undefined {
    return this.details.statusCode;
  }

  /** PayPal's issue code (e.g. INVALID_RESOURCE_ID), when it gave one. */
  get issue(): string | undefined {
    return this.details.issue;
  }

  get debugId(): string | undefined {
    return this.details.debugId;
  }
}

/**
 * The provider could not be reached or did not answer in time, or answered 5xx/429. The outcome is
 * unknown: retry later with the same request id (captures and refunds are idempotent by it), or let
 * reconciliation ask the provider.
 */
export class PaymentProviderUnavailableError extends PaymentProviderError {}

/** The provider refused our credentials: an operator has to fix the configuration. */
export class PaymentProviderAuthenticationError extends PaymentProviderError {}

/** The provider refused the request as malformed or about something unknown: a bug on our side. */
export class PaymentProviderRequestError extends PaymentProviderError {}
