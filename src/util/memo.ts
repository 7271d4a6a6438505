/** What a memo keeps for a result of `undefined`, so that one lookup tells a kept `undefined` from a new key. */
const NOTHING = Symbol('nothing');

/**
 * How many results a memo keeps before forgetting them all: news repeats a few thousand words, and with
 * 2 jobs each worker's heap is capped at 128 MB, of which the gazetteer and the taggers take 34 MB (56 MB
 * before the gazetteer went into columns). At 50,000 the memos (the remembered tagging step among them)
 * held 61 MB after 2,000 articles, and a pass under the 128 MB cap did 48 full collections; at 20,000,
 * 32 MB and 22.
 */
export const MEMO_MAX = 20_000;

/**
 * Remembers a pure function's results for string keys, forgetting them all once `max` are kept, so
 * that a run over millions of articles does not grow the cache (and memory) with their vocabulary.
 */
export function memo<V>(fn: (key: string) => V, max = MEMO_MAX): (key: string) => V {
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
