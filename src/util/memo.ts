/** What a memo keeps for a result of `undefined`, so that one lookup tells a kept `undefined` from a new key. */
const NOTHING = Symbol('nothing');

/**
 * Remembers a pure function's results for string keys, forgetting them all once `max` are kept, so
 * that a run over millions of articles does not grow the cache (and memory) with their vocabulary.
 */
export function memo<V>(fn: (key: string) => V, max = 50_000): (key: string) => V {
  let seen = new Map<string, V | typeof NOTHING>();
  return (key) => {
    const kept = seen.get(key);
    if (kept !== undefined) return kept === NOTHING ? (undefined as V) : kept;
    if (seen.size >= max) seen = new Map();
    const v = fn(key);
    seen.set(key, v === undefined ? NOTHING : v);
    return v;
  };
}
