/**
 * Token-level helpers shared by the person, organization and place extractors: runs of
 * capitalized words, title words, possessives. No extractor logic lives here.
 */
import { HONORIFICS, NAME_PARTICLES, TITLE_WORDS } from '../data/titles.js';
import { MARK, NAME_END, endsWith } from '../doc/marks.js';
import type { Span, Token } from '../model/types.js';
import { hasPossessive, isApostrophe, isCapitalized, joinedBySpace } from '../util/tokens.js';

const lowerSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase().replace(/\.$/, '')));
const HONORIFIC_SET = lowerSet(HONORIFICS);
const TITLE_SET = lowerSet(TITLE_WORDS.flatMap((t) => t.split(/[\s]+/)));
const PARTICLE_SET = lowerSet(NAME_PARTICLES);

const TRAILING_MARK = /[.’']s$|[.’']$/u;
/** Roman numerals from II, and Jr/Sr: a name's last word. */
const GENERATION = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|Jr|Sr)$/;
/**
 * A word's normal form without a possessive or a final period or apostrophe ("minister's" → "minister",
 * "gen." → "gen"). Extractors ask it of most words, several times each; a word that ends in none of
 * . ’ ' s has nothing to strip and is returned without running the patterns.
 */
export function bare(t: Token): string {
  const n = t.normal;
  const last = n.charCodeAt(n.length - 1);
  if (last !== 0x2e && last !== 0x73 && !isApostrophe(last)) return n;
  return n.replace(TRAILING_MARK, '').replace(/\.$/, '');
}
export const isHonorific = (t: Token): boolean => HONORIFIC_SET.has(bare(t));
/** Capitalized first: most words are not, and that test is cheaper than bare(). */
export const isTitleWord = (t: Token): boolean => isCapitalized(t) && (TITLE_SET.has(bare(t)) || (t.normal.includes('-') && bare(t).split('-').every((part) => TITLE_SET.has(part))));
export const isParticleWord = (word: string): boolean => PARTICLE_SET.has(word.toLowerCase().replace(/-$/, ''));
/** A particle inside a name; "St" only capitalized ("st" is a scorecard's "stumped"). */
export const isParticle = (t: Token): boolean => isParticleWord(t.normal) && t.text !== 'st';

/**
 * Possessive "’s" is part of compromise's token text; a name mention stops before it: the span without a
 * final "'s", "’s", "'" or "’", nor a reference mark glued on ("[898]"). Read in place: extractors ask it of
 * every candidate name.
 */
export function withoutPossessive(text: string, span: Span): Span {
  const { start } = span;
  // A reference mark glued on ends the name: "Michael A. Cinco[898]".
  let end = span.end;
  for (let k = start + 1; k < span.end; k++) if (text.charCodeAt(k) === 0x5b) { end = k; break; }
  if (end > start && isApostrophe(text.charCodeAt(end - 1))) return { start, end: end - 1 };
  if (end - 1 > start && text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end - 2))) return { start, end: end - 2 };
  return end === span.end ? span : { start, end };
}

/** An abbreviated title or honorific whose period does not end the phrase ("Gen.", "Dr.", "Lt."). */
export const isAbbreviation = (t: Token): boolean => /^\.\s*$/.test(t.post) && t.text.length <= 4 && (isTitleWord(t) || isHonorific(t));

const FUNCTION_TAGS = ['Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Verb', 'QuestionWord', 'Expression', 'Comparative', 'Superlative'];

/**
 * Skips a capitalized word that opens a sentence but is not part of a name ("Later Zelenskyy
 * said", "Meanwhile Putin"): compromise tags it as a function word and not as a name.
 */
export function skipSentenceOpener(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const opens = i === 0 || tokens[i - 1]!.sentence !== t.sentence;
  return opens && (FUNCTION_TAGS.some((tag) => t.tags.has(tag)) || (t.tags.has('Adjective') && !t.tags.has('ProperNoun'))) && !t.tags.has('Person') && !t.tags.has('Place') ? i + 1 : i;
}

/** Whether token i may continue a name run that ends at token i - 1 (same sentence, only a space between). */
export const continuesRun = (tokens: readonly Token[], i: number, text: string): boolean => {
  const prev = tokens[i - 1];
  const t = tokens[i];
  if (!prev || !t) return false;
  // After an initial, its period and a space (compromise may even end a sentence there): "George W. Bush".
  if (t.start - prev.end === 2 && text[prev.end] === '.' && /\s/.test(text[prev.end + 1]!) && isInitial(prev, text)) return true;
  return prev.sentence === t.sentence && (joinedBySpace(prev, t, text) || (t.start - prev.end === 1 && text[prev.end] === '-'));
};

/**
 * The run of name-like tokens starting at `i`: capitalized words, with lower-case name particles
 * inside ("Herman Van Rompuy", "Mohammed bin Salman", "Staffan de Mistura"). Returns the end index.
 */
/** An initial: one capital letter whose period compromise put after the word ("W." in "George W. Bush"; not "U.S."). */
export const isInitial = (t: Token, text: string): boolean => text[t.end] === '.' && /^\p{Lu}$/u.test(t.text) && !/^\p{Lu}/u.test(text[t.end + 1] ?? '');

export function nameRunEnd(tokens: readonly Token[], i: number, text: string, max = 5): number {
  let j = i;
  while (j < tokens.length && j - i < max) {
    const t = tokens[j]!;
    if (j > i && !continuesRun(tokens, j, text)) break;
    const prevHasPunct = j > i && endsWith(tokens[j - 1]!, NAME_END | MARK.quote) && !(isInitial(tokens[j - 1]!, text) && /^\.\s$/.test(tokens[j - 1]!.post));
    // A possessive ends the name: "Tareck El Aissami’s American lawyer".
    if (prevHasPunct || (j > i && hasPossessive(tokens[j - 1]!.text))) break;
    if (isCapitalized(t) && /\p{Ll}/u.test(t.text)) { j++; continue; }
    if (j > i && isParticle(t)) {
      // One or more particles, then a capitalized word: "von der Leyen", "de la Cruz", "bin Salman".
      let k = j;
      while (k < tokens.length && k - j < 3 && isParticle(tokens[k]!) && continuesRun(tokens, k, text)) k++;
      // The word after the particles is part of the name even at the run's limit ("Vicente Sainz de la Peña").
      if (k > j && tokens[k] && isCapitalized(tokens[k]!) && /\p{Ll}/u.test(tokens[k]!.text) && continuesRun(tokens, k, text)) { j = k + 1; continue; }
    }
    if (isInitial(t, text)) { j++; continue; } // an initial: "George W. Bush", "M. Butcher"
    // A regnal number or generation after a name: "Henry VIII", "Myles Caggins III", "Martin Luther King Jr".
    if (j > i && GENERATION.test(t.text) && isCapitalized(tokens[j - 1]!)) { j++; break; }
    break;
  }
  return j;
}
