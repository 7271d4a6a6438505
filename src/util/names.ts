import { ORG_CONNECTORS } from '../data/organizations.js';
import { memo } from './memo.js';

/** Name comparison: one key for the spellings of a name that differ only in accents, case, dots or quotes. */
export const nameKey = memo((s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’`‘]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase());

/** Levenshtein distance, for spelling variants of transliterated names ("Volodymyr"/"Volodymir"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Two transliterations of one word: "Zelensky"/"Zelenskyy"/"Zelenskiy", "Volodymyr"/"Volodymir". */
export function sameWordVariant(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  if (x[0] !== y[0] || Math.min(x.length, y.length) < 5) return false;
  return editDistance(x, y) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1);
}

const CONNECTORS = new Set(ORG_CONNECTORS);

/** A name's words an acronym keeps: all but the connectors, hyphenated parts apart ("Agence France-Presse" → 3 words). */
export const acronymWords = (name: string): string[] => name.split(/[\s-]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));

/** Initials of a name's words, connectors left out: "Agence France-Presse" → AFP, "Organization for Security and Co-operation in Europe" → OSCE. */
export const initials = (name: string): string => acronymWords(name).map((w) => w[0]!.toUpperCase()).join('');
