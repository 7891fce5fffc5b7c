/**
 * Binary search over items kept in order that each cover a range (days, groups of days): which
 * item holds a value. Shared by the office clock's known days and the dashboard's groups.
 */

/**
 * `side(item)`: below 0 when the value lies before the item's range, above 0 after it, 0 in it.
 * Returns the index of the item holding the value, or, when none does, -(where it would go) - 1.
 */
export function searchSorted<T>(items: readonly T[], side: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = side(items[middle] as T);
    if (at < 0) high = middle;
    else if (at > 0) low = middle + 1;
    else return middle;
  }
  return -low - 1;
}
