import type { Span, Token } from '../model/types.js';
import { firstStartingAt, spansInside } from './spans.js';

/** A word that starts with an upper-case letter ("Kyiv", "McDonald", "E.U.", "Ørsted"). */
export const isCapitalized = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  // ASCII answered at once (most words, and called for most words by most extractors); the rest by Unicode.
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};

/** A straight or curly apostrophe (' or ’), by character code. */
export const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/** Whether a word ends in a possessive "'s" or "’s" ("Russia’s"). */
export const hasPossessive = (word: string): boolean =>
  word.length >= 2 && word.charCodeAt(word.length - 1) === 0x73 && isApostrophe(word.charCodeAt(word.length - 2));

/** A word without its possessive "'s" or "’s" ("Russia’s" → "Russia"). */
export const possessiveFree = (word: string): string => (hasPossessive(word) ? word.slice(0, -2) : word);

/** Index of the first token that starts at or after `offset` (binary search), or tokens.length. */
export const tokenAtOrAfter = (tokens: readonly Token[], offset: number): number => firstStartingAt(tokens, offset);

/** Tokens inside a span. */
export const tokensIn = (tokens: readonly Token[], span: Span): Token[] => spansInside(tokens, span);

/** True when nothing but spaces (no punctuation, no line break) separates two adjacent tokens. */
export const joinedBySpace = (a: Token, b: Token, text: string): boolean => {
  if (b.start <= a.end) return false;
  // Read in place, without cutting out the gap: this runs for most pairs of words.
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
};

/** True when the token opens its sentence (the first word, or the first after a line break). */
export function isSentenceInitial(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i]!.sentence;
}

/** Whether [start, end) lies in a line written all in capitals ("CLICK HERE TO GET THE APP"): shouted, not names. */
export function inShoutedLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  return !/\p{Ll}/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}
