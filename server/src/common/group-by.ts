/**
 * Items grouped by key, in their order, with an empty group for every key given (items of other keys
 * are left out): one pass, where filtering the items once per key is quadratic in a page of rows.
 */
export function groupBy<T>(
  keys: readonly string[],
  items: T[],
  keyOf: (item: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return groups;
}
