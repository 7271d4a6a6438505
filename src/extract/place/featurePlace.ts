/**
 * Streets, squares, buildings, bases and natural features, named with the word that says what they are:
 *   "Khreshchatyk Street" "Tahrir Square" "Bagram Air Base" "the Euphrates River" "the Gulf of Aden"
 *   "Lake Chad" "Camp Shorabak"
 * One place of kind `other` (value.feature), never a town of its first word ("Oxford Street" is not Oxford
 * and Street, England): the assembly puts it `within` the place the text names ("… in Kyiv", "Kyiv's …").
 * A name the gazetteer knows whole ("Black Sea", "Gaza Strip") is left to it, with its coordinates.
 * Watch out for: seats of government ("Downing Street": not a place), organizations ("Central Bank").
 */
import { EVENT_AND_DOCUMENT_HEADS } from '../../data/organizations.js';
import { FEATURE_PREFIXES, FEATURE_SUFFIXES, NOT_PLACES } from '../../data/places.js';
import type { Extractor, Mention } from '../../model/types.js';
import { alternation, matchAll } from '../../util/regex.js';
import { tokenAtOrAfter } from '../../util/tokens.js';

const NOT = new Set(NOT_PLACES);
const DOC_HEADS = new Set(EVENT_AND_DOCUMENT_HEADS);
/** Suffixes of natural features, whose names may open with a people's adjective ("Arabian Sea"). */
const NATURE = /^(?:River|Sea|Ocean|Lake|Mountains|Mountain|Hills|Desert|Valley|Peninsula|Gulf|Bay|Strait|Straits|Island|Islands|Forest)$/;
const EVENT_HEAD = new RegExp(String.raw`^ (?:${alternation(EVENT_AND_DOCUMENT_HEADS)})\b`);
/** A capitalized word, hyphenated parts and lower-case particles inside ("Deir ez-Zor"), not a possessive. */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*(?![\p{L}’'-])`;
const NAME = String.raw`${WORD}(?: (?:(?:al|el|de|del|la|le|ez|ad|ar) )?${WORD}){0,2}`;
const SUFFIX = alternation(FEATURE_SUFFIXES).replace(/\\\./g, '\\.');
const PREFIX = alternation(FEATURE_PREFIXES);
const WITH_SUFFIX = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(?<name>${NAME}) (?<suffix>${SUFFIX})(?![\p{L}])`, 'gu');
const WITH_PREFIX = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(?<name>(?:${PREFIX}) ${NAME})(?![\p{L}’'-])`, 'gu');
/** A word so tagged opens a sentence, not a name ("However", "Meanwhile", "Yesterday"). */
const FUNCTION_TAGS = ['Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Date'];
/** Words that cannot open such a name: determiners, days, months, words of a sentence's start. */
const LEADING = /^(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|On|In|At|By|From|To|Near|Outside|Inside|Across|Along|Over|Under|After|Before|When|While|As|And|But|Or|If|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|North|South|East|West|Northern|Southern|Eastern|Western|Central|New)$/;

export const featurePlace: Extractor = (doc, ctx) => {
  const gaz = ctx.resources.gazetteer;
  const text = doc.text;
  const out: Mention<'place'>[] = [];
  for (const re of [WITH_SUFFIX, WITH_PREFIX]) {
    for (const hit of matchAll(re, text)) {
      let start = hit.start;
      let whole = hit.text;
      // "The Old Park Road" → "Old Park Road", "However Eva Forest" → "Eva Forest"; "Northern Gaza Strip" stays with the gazetteer.
      const opener = (w: string, at: number): boolean => LEADING.test(w) || FUNCTION_TAGS.some((tag) => doc.tokens[tokenAtOrAfter(doc.tokens, at)]?.tags.has(tag));
      for (let words = whole.split(' '); words.length > 2 && opener(words[0]!, start) && re === WITH_SUFFIX; words = whole.split(' ')) {
        start += words[0]!.length + 1;
        whole = words.slice(1).join(' ');
      }
      if (re === WITH_SUFFIX && LEADING.test(whole.split(' ')[0]!) && whole.split(' ').length === 2 && !/^(?:North|South|East|West|Central|New)$/.test(whole.split(' ')[0]!)) continue;
      const name = whole.replace(/\.$/, (m) => (/\b(?:St|Rd|Ave|Blvd)\.$/.test(whole) ? m : ''));
      const words = name.split(' ');
      // "the Second Black Sea": the gazetteer knows the end of it; "Russian Military Base": no name, a description
      // (but "the Korean Peninsula", "the Arabian Sea" are names of nature).
      if (words.some((_, k) => NOT.has(words.slice(k).join(' '))) || (re === WITH_SUFFIX && words.some((_, k) => k < words.length - 1 && gaz.lookup(words.slice(k).join(' ')).length > 0))) continue;
      if (re === WITH_PREFIX && gaz.lookup(name).length) continue;
      if (gaz.demonym(words[0]!) && !NATURE.test(hit.groups.suffix ?? '')) continue;
      if (words.some((w) => DOC_HEADS.has(w))) continue;
      if (re === WITH_SUFFIX) {
        const first = words[0]!;
        // "Nathan Lane", "Janet Street": a person; "MTV Base", "US Embassy": an acronym's; "Nottingham Forest": a town's team.
        if (words.length === 2 && ctx.resources.givenNames.has(first)) continue;
        if (/^\p{Lu}{2,}$/u.test(first)) continue;
        if (hit.groups.suffix === 'Forest' && gaz.lookup(words.slice(0, -1).join(' ')).some((e) => e.kind === 'city')) continue;
      }
      // "Google Street View": the name goes on.
      if (re === WITH_SUFFIX && /^ \p{Lu}/u.test(text.slice(start + name.length, start + name.length + 2))) continue;
      // "the Persian Gulf War": an event's name.
      if (EVENT_HEAD.test(text.slice(start + name.length))) continue;
      out.push({ kind: 'place', start, end: start + name.length, text: name, value: { name, cueKind: 'other', feature: true }, rule: 'place/feature' });
    }
  }
  return out;
};
