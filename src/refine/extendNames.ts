/**
 * A one-word name with an unknown given name before it: the person is both words.
 *   "Aamir Sohail" (compromise knows "Sohail")    "Saqlain Mushtaq"    "Wasim Akram"
 * Watch out for: words that are not given names: titles and honorifics ("Minister Sohail"),
 * nationalities, function words that open a sentence ("Then Akram"), possessives ("Pakistan's
 * Akram"), and words another mention claims (a place or an organization before the name).
 * Runs after resolveEntities, on the settled mentions.
 */
import type { AnyMention, Refiner } from '../model/types.js';
import { isHonorific, isTitleWord, skipSentenceOpener } from '../extract/names.js';
import { isCapitalized, joinedBySpace, tokenAtOrAfter } from '../util/tokens.js';

export const extendNames: Refiner = (doc, mentions) => {
  const tokens = doc.tokens;
  const text = doc.text;
  const taken = mentions.filter((m) => m.kind === 'person' || m.kind === 'place' || m.kind === 'organization');
  return mentions.map((m): AnyMention => {
    if (m.kind !== 'person' || /\s/.test(m.text)) return m;
    const i = tokenAtOrAfter(tokens, m.start);
    const prev = tokens[i - 1];
    if (!prev || prev.sentence !== tokens[i]!.sentence || !joinedBySpace(prev, tokens[i]!, text)) return m;
    const ok = isCapitalized(prev) && /\p{Ll}/u.test(prev.text) && prev.tags.has('ProperNoun') && !/['’]s$/.test(prev.text) &&
      !isTitleWord(prev) && !isHonorific(prev) && !prev.tags.has('Demonym') && skipSentenceOpener(tokens, i - 1) === i - 1 &&
      !taken.some((o) => o.start <= prev.start && prev.start < o.end);
    if (!ok) return m;
    const name = text.slice(prev.start, m.end);
    return { ...m, start: prev.start, text: name, value: { ...m.value, name } };
  });
};
