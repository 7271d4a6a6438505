/**
 * A known given name (from the lists of many countries, or compromise's own) followed by capitalized
 * words, or an initial followed by a surname: a person even when compromise does not know the surname.
 *   "Jesper Parnevik"    "Cosmin Contra"    "Youri Djorkaeff"    "M. Butcher"    "J. Ratcliffe"
 * Watch out for: given names that are places or months ("Jordan Valley", "Victoria Station", "May
 * Day", "Crystal Palace"): the words after the given name must not be a place cue, a facility, an
 * organization word or a date, and
 * resolveEntities still drops a person whose whole name is a place or an organization. Initials are
 * single capital letters with a period ("U.S." is not one).
 */
import { EVENT_AND_DOCUMENT_HEADS, ORG_HEADS } from '../../data/organizations.js';
import { FACILITY_WORDS, PLACE_CUE_KINDS } from '../../data/places.js';
import type { Extractor, Mention, Token } from '../../model/types.js';
import { isCapitalized, possessiveFree } from '../../util/tokens.js';
import { isInitial, isTitleWord, nameRunEnd, withoutPossessive } from '../names.js';

const NOT_NAME_WORDS = new Set([...Object.keys(PLACE_CUE_KINDS), ...FACILITY_WORDS, ...ORG_HEADS.flatMap((h) => h.split(' ')), ...EVENT_AND_DOCUMENT_HEADS].map((w) => w.toLowerCase()));

const FUNCTION_TAGS = ['Verb', 'Modal', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Date', 'Month', 'WeekDay', 'QuestionWord'];
/** A word compromise reads as part of the sentence, not a name (unless it knows it as a person's). */
const functionWord = (t: Token): boolean => FUNCTION_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Person') && !t.tags.has('FirstName') && !t.tags.has('LastName');

export const givenName: Extractor = (doc, ctx) => {
  const { tokens } = doc;
  const text = doc.text;
  const givenNames = ctx.resources.givenNames;
  const isGivenName = (word: string): boolean => givenNames.has(word);
  const out: Mention<'person'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const initial = isInitial(t, text);
    if (!initial && !(isCapitalized(t) && (isGivenName(possessiveFree(t.text)) || t.tags.has('FirstName')) && /\p{Ll}/u.test(t.text))) continue;
    // A compound is not a given name ("Mercedes-Benz"), unless both halves are ("Jean-Michel"); and
    // the second half of one does not start a name.
    if (!initial && text[t.start - 1] === '-') continue;
    if (!initial && text[t.end] === '-' && !isGivenName(tokens[i + 1]?.text ?? '')) continue;
    const end = nameRunEnd(tokens, i, text, 4);
    if (end - i < 2) continue;
    const rest = tokens.slice(i + 1, end);
    // A surname, not a place cue, an organization word, a date or a title ("Jordan Valley", "May Day").
    // (A capitalized word inside a sentence is a name even where compromise reads a verb: "Harry Milling".)
    if (rest.some((r) => NOT_NAME_WORDS.has(r.normal) || r.tags.has('Date') || r.tags.has('Month') || r.tags.has('Demonym') || isTitleWord(r))) { i = end - 1; continue; }
    // A given name compromise reads as a word of the sentence ("You May Also Like") is not one here.
    if (!initial && functionWord(t)) continue;
    // After an initial, the surname is a word with lower-case letters ("M. Butcher", not "J. P.").
    if (initial && !rest.some((r) => /\p{Ll}/u.test(r.text))) continue;
    const span = withoutPossessive(text, { start: t.start, end: tokens[end - 1]!.end });
    // Text glued on without a space ends the name: "Vladimir Putin.The", "Timothy Fadek/Redux" (not "George W. Bush").
    const glued = /[./|—–](?=\p{L})/u.exec(text.slice(span.start, span.end));
    if (glued) span.end = span.start + glued.index;
    const name = text.slice(span.start, span.end).trim();
    if (!name.includes(' ')) continue;
    out.push({ kind: 'person', ...span, text: name, value: { name }, rule: 'person/given-name' });
    i = end - 1;
  }
  return out;
};
