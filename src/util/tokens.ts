import type { Span, Token } from '../model/types.js';
import { firstStartingAt, spansInside } from './spans.js';

/** A word that starts with an upper-case letter ("Kyiv", "McDonald", "E.U."). */
export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** Index of the first token that starts at or after `offset` (binary search), or tokens.length. */
export const tokenAtOrAfter = (tokens: readonly Token[], offset: number): number => firstStartingAt(tokens, offset);

/** Tokens inside a span. */
export const tokensIn = (tokens: readonly Token[], span: Span): Token[] => spansInside(tokens, span);

/** True when nothing but spaces (no punctuation, no line break) separates two adjacent tokens. */
export const joinedBySpace = (a: Token, b: Token, text: string): boolean => /^[ \t\u00A0]+$/.test(text.slice(a.end, b.start));

/** True when the token opens its sentence (the first word, or the first after a line break). */
export function isSentenceInitial(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i]!.sentence;
}
