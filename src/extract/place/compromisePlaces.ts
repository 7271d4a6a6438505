/**
 * Places found by compromise's tagger, cut to their names: directions, cue words, nationality
 * words and possessives are left out, and a phrase naming two places gives two.
 *   "southeastern Ukraine" → Ukraine     "Russia’s Kursk region" → Russia, Kursk
 *   "the Ukrainian territory of Crimea" → Crimea
 * Not a place: the name of an event or a document ("the Persian Gulf War").
 * Watch out for: places inside organization names ("Agence France-Presse": refine/resolveEntities
 * drops a place inside an organization), "Ukrainian territory" (no name left: nothing).
 */
import { EVENT_AND_DOCUMENT_HEADS } from '../../data/organizations.js';
import { NOT_PLACES, PLACE_CUE_KINDS, PLACE_MODIFIERS } from '../../data/places.js';
import { PAUSE, endsWith } from '../../doc/marks.js';
import type { Extractor, Mention, Token } from '../../model/types.js';
import { hasPossessive, isCapitalized, possessiveFree, tokenAtOrAfter, tokensIn } from '../../util/tokens.js';
import { withoutPossessive } from '../names.js';
import { afterLocative } from './gazetteerPlace.js';

const SKIP = new Set([...PLACE_MODIFIERS, ...Object.keys(PLACE_CUE_KINDS), 'of', 'the']);
const NOT = new Set(NOT_PLACES);
const CUES = new Set(Object.keys(PLACE_CUE_KINDS));
/** Capitalized words after a name that make it a place's ("Loudoun County", "Tulski District"); not "State" ("Islamic State"). */
const CAPITAL_CUES = new Set(['County', 'Province', 'Region', 'Oblast', 'District', 'Governorate', 'Prefecture', 'Raion']);
const EVENT_HEADS = new Set(EVENT_AND_DOCUMENT_HEADS);

export const compromisePlaces: Extractor = (doc, ctx) => {
  const gaz = ctx.resources.gazetteer;
  const text = doc.text;
  const out: Mention<'place'>[] = [];
  const isNamePart = (t: Token): boolean => isCapitalized(t) && !SKIP.has(t.normal) && !gaz.demonym(possessiveFree(t.text)) &&
    !['Date', 'WeekDay', 'Month', 'Pronoun', 'Determiner'].some((tag) => t.tags.has(tag));
  for (const topic of doc.topics.places) {
    const toks = tokensIn(doc.tokens, topic);
    // "the Persian Gulf War", "the Minsk Agreement": an event or a document, not a place.
    if (toks.length > 1 && EVENT_HEADS.has(toks[toks.length - 1]!.text)) continue;
    for (let i = 0; i < toks.length; i++) {
      if (!isNamePart(toks[i]!)) continue;
      let j = i + 1;
      while (j < toks.length && isNamePart(toks[j]!) && !hasPossessive(toks[j - 1]!.text) && !endsWith(toks[j - 1]!, PAUSE)) j++;
      const span = withoutPossessive(text, { start: toks[i]!.start, end: toks[j - 1]!.end });
      const name = text.slice(span.start, span.end).replace(/[-–—]+$/, '');
      if (name && !NOT.has(name)) {
        // One word the gazetteer does not know ("Islamic" of "Islamic State", "While" opening a sentence): a place
        // only after a locative preposition or before a place's cue word, or with another mention that is.
        const at = tokenAtOrAfter(doc.tokens, toks[i]!.start);
        const after = doc.tokens[at + 1];
        // "the Islamic State": the first word of a longer name is no place either way.
        const partOfName = !!after && isCapitalized(after) && after.sentence === toks[i]!.sentence && /^ $/.test(text.slice(toks[i]!.end, after.start));
        const weak = j - i === 1 && gaz.lookup(name).length === 0 &&
          (partOfName && !CAPITAL_CUES.has(after!.text) || !(afterLocative(doc.tokens, at) || (!!after && (CAPITAL_CUES.has(after.text) || (CUES.has(after.normal) && !isCapitalized(after))))));
        out.push({ kind: 'place', start: span.start, end: span.start + name.length, text: name, value: weak ? { name, weak: 'word' } : { name }, rule: 'place/compromise' });
      }
      i = j - 1;
    }
  }
  return out;
};
