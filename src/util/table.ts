/**
 * A frozen lookup table of words with no prototype: `table[word]` is undefined for every word not in it,
 * "constructor" and "toString" included (a plain object literal answers those with Object.prototype's
 * functions, which read as a value found).
 */
export function table<K extends string, T>(entries: Readonly<Record<K, T>>): Readonly<Record<K, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<K, T>, entries));
}
