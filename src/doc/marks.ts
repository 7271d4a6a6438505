/**
 * The punctuation after a word, read once per token by the segmenter (Token.marks) and tested with a
 * bit mask: "does a comma, semicolon, colon or period follow this word" is `endsWith(t, PHRASE_END)`,
 * the same answer as a pattern over its `post`, without running one for each word a stage looks at.
 */
import type { Token } from '../model/types.js';

export const MARK = {
  comma: 1 << 0, period: 1 << 1, semicolon: 1 << 2, colon: 1 << 3, question: 1 << 4, exclamation: 1 << 5,
  /** – or — */
  dash: 1 << 6,
  /** - */
  hyphen: 1 << 7,
  openParen: 1 << 8, closeParen: 1 << 9,
  /** " “ or ” */
  quote: 1 << 10,
  slash: 1 << 11, pipe: 1 << 12, newline: 1 << 13,
} as const;

const BY_CHAR: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  ',': MARK.comma, '.': MARK.period, ';': MARK.semicolon, ':': MARK.colon, '?': MARK.question, '!': MARK.exclamation,
  '–': MARK.dash, '—': MARK.dash, '-': MARK.hyphen, '(': MARK.openParen, ')': MARK.closeParen,
  '"': MARK.quote, '“': MARK.quote, '”': MARK.quote, '/': MARK.slash, '|': MARK.pipe, '\n': MARK.newline,
});

/** The marks of a string (a token's `post`), as bits. */
export function marksOf(s: string): number {
  let marks = 0;
  for (let i = 0; i < s.length; i++) marks |= BY_CHAR[s[i]!] ?? 0;
  return marks;
}

/** Whether a mark of `mask` follows the token. */
export const endsWith = (t: Token, mask: number): boolean => (t.marks & mask) !== 0;

/** What ends a phrase: a comma, semicolon, colon or period after the word. */
export const PHRASE_END = MARK.comma | MARK.semicolon | MARK.colon | MARK.period;
/** What ends a clause (not a comma): a period, semicolon, colon, question or exclamation mark, a line break. */
export const CLAUSE_END = MARK.period | MARK.semicolon | MARK.colon | MARK.question | MARK.exclamation | MARK.newline;
/** A break inside a sentence that is not a period (which may close an abbreviation): a comma, semicolon or colon. */
export const PAUSE = MARK.comma | MARK.semicolon | MARK.colon;
/** What ends a sentence or a clause but no line: . ; : ! ? */
export const STOP = MARK.period | MARK.semicolon | MARK.colon | MARK.question | MARK.exclamation;
/** What closes a name run: phrase ends, ! ? and a closing parenthesis. */
export const NAME_END = PHRASE_END | MARK.question | MARK.exclamation | MARK.closeParen;
/** Any dash or hyphen. */
export const DASHES = MARK.dash | MARK.hyphen;
