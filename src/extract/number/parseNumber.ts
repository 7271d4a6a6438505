/** Turns written figures into numbers: "2,500" → 2500, "1.000" → 1000, "two hundred and fifty" → 250. */
import { FRACTION_DENOMINATORS, GROUP_WORDS, SCALES, SCALE_SUFFIXES, TENS, UNITS } from '../../data/numbers.js';

/**
 * Digits with thousands groups (",", European ".", thin or no-break spaces) and decimals.
 * A single "." followed by exactly three digits is a thousands separator ("1.000 prisoners"),
 * because English news writes decimals with one or two places ("1.5 million", "2.5%").
 */
export function parseDigits(s: string): number {
  const t = s.replace(/[\u00A0\u2009\u202F]/g, ',');
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  return Number(t.replace(/,/g, ''));
}

/** Number words: "forty-eight" → 48, "two hundred and fifty" → 250, "a dozen" → 12, "half a million" → 500000. */
export function parseWords(s: string): number | null {
  const words = s.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and' && w !== '');
  if (words.length === 0) return null;
  if (words[0] === 'half' && words[1] === 'a' && words[2]) {
    const scale = SCALES[words[2]] ?? GROUP_WORDS[words[2]];
    return scale === undefined ? null : scale / 2;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if ((w === 'a' || w === 'an') && i === 0) { current = 1; continue; }
    if (UNITS[w] !== undefined) { current += UNITS[w]; seen = true; continue; }
    if (TENS[w] !== undefined) { current += TENS[w]; seen = true; continue; }
    const group = GROUP_WORDS[w];
    if (group !== undefined) { current = (current || 1) * group; seen = true; continue; }
    const scale = SCALES[w];
    if (scale === undefined) return null;
    seen = true;
    if (scale === 100) current = (current || 1) * 100;
    else { total += (current || 1) * scale; current = 0; }
  }
  return seen ? total + current : null;
}

/** A written fraction: "one-fifth" → 0.2, "two thirds" → 0.666…, "a quarter" → 0.25, "half" → 0.5. */
export function parseFraction(numerator: string, denominator: string): number | null {
  const den = FRACTION_DENOMINATORS[denominator.toLowerCase()];
  const n = numerator.toLowerCase();
  const num = n === 'a' || n === 'an' || n === '' ? 1 : (UNITS[n] ?? null);
  return den === undefined || num === null ? null : num / den;
}

/** Multiplier of a scale word or a glued suffix: "million" → 1e6, "bn" → 1e9. */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase();
  return SCALES[w] ?? SCALE_SUFFIXES[w] ?? 1;
}

/** Rounds away floating-point noise from scaled decimals (1.2 * 1e9). */
export const clean = (n: number): number => Number(n.toPrecision(12));
