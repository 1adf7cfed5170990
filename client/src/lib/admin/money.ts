/**
 * Prices typed by an admin, in the event's currency as a decimal ("12.50" EUR, "1500" JPY), turned
 * into integer minor units by string arithmetic on the currency's fraction digits: never a float.
 */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** 1250 EUR -> "12.50"; 1500 JPY -> "1500". Exact, for an input's value. */
export function minorToDecimal(amountMinor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const units = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`;
  return `${amountMinor < 0 ? '-' : ''}${decimal}`;
}

export type ParsedPrice = { ok: true; amountMinor: number } | { ok: false; message: string };

/** "12.5" EUR -> 1250; "1500" JPY -> 1500; "12.345" EUR and "10.5" JPY are refused, not rounded. */
export function decimalToMinor(input: string, currency: string): ParsedPrice {
  const digits = currencyDigits(currency);
  const text = input.trim().replace(/\s/g, '');
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text);
  if (!match) return { ok: false, message: 'Enter an amount such as ' + (digits ? '12.50' : '1500') + '.' };
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} has no minor units: enter a whole amount.`
          : `Use at most ${digits} decimals.`,
    };
  }
  const minorText = (match[1] + fraction.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  const amountMinor = Number(minorText);
  if (!Number.isSafeInteger(amountMinor) || amountMinor > 2_147_483_647) {
    return { ok: false, message: 'That amount is too large.' };
  }
  return { ok: true, amountMinor };
}
