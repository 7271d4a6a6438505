/** Regex helpers: build alternations from word lists and iterate over matches with offsets. */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

export function escapeRegex(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

/**
 * A list of literal words → one alternation pattern (deduplicated, longest first so that
 * "more than" wins over "more", escaped). Spaces in entries match any run of spaces.
 */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map((w) => escapeRegex(w).replace(/ /g, '\\s+')).join('|');
}

export interface Hit {
  start: number;
  end: number;
  text: string;
  groups: Record<string, string | undefined>;
}

const NO_GROUPS: Hit['groups'] = Object.freeze({});

/**
 * All matches of a global regex over `text`, as `{start, end, text, groups}` hits. `groups` is the
 * match's own (fresh, null-prototype) object, not a copy: a pattern with many named groups cost a
 * copy of all of them per match.
 */
export function matchAll(re: RegExp, text: string): Hit[] {
  if (!re.global) throw new Error(`matchAll needs a global regex: ${re}`);
  const hits: Hit[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    const start = m.index;
    hits.push({ start, end: start + m[0].length, text: m[0], groups: m.groups ?? NO_GROUPS });
  }
  return hits;
}

/**
 * A lexicon of words and phrases (an entry ending in "*" is a prefix: "releas*" → released, releasing)
 * → one case-insensitive pattern matching whole words.
 */
export function lexiconRegex(entries: readonly string[], flags = 'i'): RegExp {
  const prefixes = entries.filter((e) => e.endsWith('*')).map((e) => e.slice(0, -1));
  const words = entries.filter((e) => !e.endsWith('*'));
  const parts = [alternation(words), prefixes.length ? `(?:${alternation(prefixes)})[\\p{L}-]*` : ''].filter(Boolean);
  return new RegExp(String.raw`(?<![\p{L}\p{N}'’])(?:${parts.join('|')})(?![\p{L}\p{N}])`, flags.includes('u') ? flags : flags + 'u');
}
