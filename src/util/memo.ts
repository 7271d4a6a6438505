/**
 * Remembers a pure function's results for string keys, forgetting them all once `max` are kept, so
 * that a run over millions of articles does not grow the cache (and memory) with their vocabulary.
 */
export function memo<V>(fn: (key: string) => V, max = 50_000): (key: string) => V {
  let seen = new Map<string, V>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined && !seen.has(key)) {
      if (seen.size >= max) seen = new Map();
      v = fn(key);
      seen.set(key, v);
    }
    return v as V;
  };
}
