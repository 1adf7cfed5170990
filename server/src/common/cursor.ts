/** List cursors, opaque to clients: base64url of a JSON tuple of the sort keys. */
import { invalidInput } from './domain-error';

export function encodeCursor(keys: (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/** The sort keys of a cursor this list returned; anything else is an InvalidInputError on `field`. */
export function decodeCursor(cursor: string, shape: ('string' | 'number')[], field = 'after'): unknown[] {
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    keys = undefined;
  }
  const valid =
    Array.isArray(keys) &&
    keys.length === shape.length &&
    keys.every((key, index) => typeof key === shape[index]);
  if (!valid) throw invalidInput(field, 'is not a cursor this list returned');
  return keys as unknown[];
}
