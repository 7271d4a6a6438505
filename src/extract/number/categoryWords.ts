/** Matching the category words of src/data/categories.ts against tokens. */
import { CATEGORY_WORDS, type Category } from '../../data/categories.js';
import type { Token } from '../../model/types.js';
import { memo } from '../../util/memo.js';

interface Entry { words: string[]; prefix: boolean; category: Category }

const ENTRIES: Entry[] = (Object.entries(CATEGORY_WORDS) as [Category, readonly string[]][]).flatMap(([category, list]) =>
  list.map((w) => ({ words: w.replace(/\*$/, '').split(' '), prefix: w.endsWith('*'), category })),
);
// Longer phrases first ("shot dead" before "dead"), then the order of the data.
ENTRIES.sort((a, b) => b.words.length - a.words.length);

const bare = (t: Token): string => t.normal.replace(/['’]s$/, '');

/**
 * The entries that can start at a word, by the word: those whose first word it is, or whose first
 * word (a stem) it starts with. Computed once per distinct word, in the order of ENTRIES.
 */
const candidates = memo((word: string): readonly Entry[] =>
  ENTRIES.filter((e) => e.words[0] === word || (e.words.length === 1 && e.prefix && word.startsWith(e.words[0]!))));

/** The category whose word or phrase starts at token i, and how many tokens it spans. */
export function categoryAt(tokens: readonly Token[], i: number): { category: Category; length: number } | null {
  const first = tokens[i];
  if (!first) return null;
  for (const e of candidates(bare(first))) {
    let ok = true;
    for (let k = 0; k < e.words.length && ok; k++) {
      const t = tokens[i + k];
      const w = e.words[k]!;
      const last = k === e.words.length - 1;
      ok = !!t && (bare(t) === w || (last && e.prefix && bare(t).startsWith(w)));
    }
    if (ok) return { category: e.category, length: e.words.length };
  }
  return null;
}
