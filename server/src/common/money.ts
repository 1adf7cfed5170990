/**
 * Money is integer minor units of an ISO 4217 currency, never a float (DESIGN.md). Services build
 * amounts with `money`; the GraphQL `Money` type shows them.
 */
export interface MoneyAmount {
  /** Amount in minor units of the currency, e.g. 1250 for 12.50 EUR. */
  amountMinor: number;
  /** ISO 4217 code, e.g. EUR. */
  currency: string;
}

export function money(amountMinor: number, currency: string): MoneyAmount {
  return { amountMinor, currency };
}
