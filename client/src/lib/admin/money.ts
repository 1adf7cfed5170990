/**
 * Prices typed by an admin, in the event's currency as a decimal ("12.50" EUR, "1500" HUF), turned
 * into integer minor units by string arithmetic on the currency's `decimals` from the API (the
 * server's, which PayPal is charged with): never a float, and never Intl's idea of the currency.
 */
export { minorToDecimal } from '../format';

export type ParsedPrice = { ok: true; amountMinor: number } | { ok: false; message: string };

/** "12.5" EUR (2) -> 1250; "1500" HUF (0) -> 1500; "12.345" EUR and "10.5" HUF are refused, not rounded. */
export function decimalToMinor(input: string, currency: string, decimals: number): ParsedPrice {
  const text = input.trim().replace(/\s/g, '');
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text);
  if (!match) return { ok: false, message: 'Enter an amount such as ' + (decimals ? '12.50' : '1500') + '.' };
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) {
    return {
      ok: false,
      message:
        decimals === 0
          ? `${currency} has no minor units: enter a whole amount.`
          : `Use at most ${decimals} decimals.`,
    };
  }
  const minorText = (match[1] + fraction.padEnd(decimals, '0')).replace(/^0+(?=\d)/, '');
  const amountMinor = Number(minorText);
  if (!Number.isSafeInteger(amountMinor) || amountMinor > 2_147_483_647) {
    return { ok: false, message: 'That amount is too large.' };
  }
  return { ok: true, amountMinor };
}
