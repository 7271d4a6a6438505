/**
 * Capitalized words and phrases (up to three words) that the gazetteer knows.
 *   "Mariupol"   "the United States (U.S.)"   "in Istanbul"   "Russia’s"   "Kiev" (exonym of Kyiv)
 * A country or listed region is taken on sight. A city or first-level region must have support, since many English
 * words are also towns somewhere ("Of", "Police", "Reading"): compromise tags it as a place, or a
 * locative preposition precedes it, or it is a large city (100,000 people) not tagged as a name.
 * Watch out for: nationality words ("Ukrainian"), people named like towns, sentence-initial words.
 */
import { NOT_PLACES } from '../../data/places.js';
import { MARK, NAME_END, endsWith } from '../../doc/marks.js';
import type { Extractor, Mention, Token } from '../../model/types.js';
import { overlapsAny } from '../../util/spans.js';
import { isCapitalized, isSentenceInitial } from '../../util/tokens.js';
import { continuesRun, withoutPossessive } from '../names.js';

const NOT = new Set(NOT_PLACES);
const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'to', 'outside', 'around', 'towards', 'toward', 'into', 'across', 'via', 'through', 'of', 'between', 'and', 'on', 'over', 'inside', 'within', 'by']);
const COMMON_WORD_TAGS = ['Adjective', 'Verb', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Date', 'Value', 'Honorific'];
const BIG_CITY = 100_000;

/** "St." "Mt." and the like, then a space: the period does not end a place name ("St. Petersburg"). */
const isAbbreviatedPrefix = (t: Token, next: Token, text: string): boolean =>
  /^(?:St|Ste|Mt|Ft)$/.test(t.text) && /^\.\s$/.test(text.slice(t.end, next.start));

export const gazetteerPlace: Extractor = (doc, ctx) => {
  const gaz = ctx.resources.gazetteer;
  const { tokens, topics } = doc;
  const text = doc.text;
  const out: Mention<'place'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i]!)) continue;
    for (let len = 3; len >= 1; len--) {
      const last = i + len - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let k = i + 1; k <= last && ok; k++) {
        const before = tokens[k - 1]!;
        if (!isCapitalized(tokens[k]!) && tokens[k]!.normal !== 'of') ok = false;
        // "St. Petersburg": the period of an abbreviation does not end the name.
        else if ((!continuesRun(tokens, k, text) || endsWith(before, NAME_END | MARK.openParen)) && !isAbbreviatedPrefix(before, tokens[k]!, text)) ok = false;
      }
      if (!ok) continue;
      const span = withoutPossessive(text, { start: tokens[i]!.start, end: tokens[last]!.end });
      const name = text.slice(span.start, span.end);
      if (NOT.has(name)) continue;
      const best = gaz.lookup(name)[0];
      if (!best || gaz.demonym(name)) continue;
      const t: Token = tokens[i]!;
      const prev = tokens[i - 1];
      // First-level regions (featureCode ADM1) are often also words or names ("Granma", "Jewish", "Ogun"):
      // they need the support a city needs, except that of size.
      const needsSupport = best.kind === 'city' || best.featureCode === 'ADM1';
      const supported =
        !needsSupport ||
        overlapsAny(span, topics.places) ||
        (len === 1 && t.tags.has('Place')) ||
        (prev && LOCATIVE.has(prev.normal) && prev.sentence === t.sentence && !t.tags.has('Person')) ||
        (best.kind === 'city' && best.population >= BIG_CITY && !t.tags.has('Person') && !isSentenceInitial(tokens, i)) ||
        (best.featureCode === 'ADM1' && len > 1);
      const commonWord = len === 1 && COMMON_WORD_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Place');
      // The last word of a longer name the gazetteer lacks is not a town of that name: "Wall Street" is not Street, England.
      const tail = len === 1 && best.kind === 'city' && !!prev && prev.sentence === t.sentence && isCapitalized(prev) && /^[ \t]+$/.test(text.slice(prev.end, t.start)) &&
        !isSentenceInitial(tokens, i - 1) && prev.tags.has('Noun') && !['Place', 'Demonym', 'Adjective', 'Possessive'].some((tag) => prev.tags.has(tag)) && !/['’]s$/.test(prev.text);
      if (!supported || commonWord || tail) continue;
      out.push({ kind: 'place', ...span, text: name, value: { name }, rule: best.kind === 'city' ? 'place/gazetteer-city' : 'place/gazetteer' });
      i = last;
      break;
    }
  }
  return out;
};
