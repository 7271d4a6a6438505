/**
 * Places named with a word that says what they are, found even when the gazetteer lacks them.
 *   "the village of Rakivka" → Rakivka (village)     "Russia’s Kursk region" → Kursk (region)
 *   "the Ukrainian region of Kharkiv" → Kharkiv      "the port city of Mariupol" → Mariupol (city)
 * Watch out for: nationality words inside the phrase ("Ukrainian Odesa region": cut off), the
 * possessive country before it ("Russia’s": its own mention), organizations ("Council of Europe").
 */
import { PLACE_CUE_KINDS, PLACE_MODIFIERS } from '../../data/places.js';
import type { Extractor, Mention, PlaceKind } from '../../model/types.js';
import { alternation, matchAll } from '../../util/regex.js';
import { hasPossessive } from '../../util/tokens.js';

const CUE = alternation(Object.keys(PLACE_CUE_KINDS));
/**
 * A capitalized word, hyphenated parts included ("Ivano-Frankivsk"), not a possessive ("Russia’s"
 * is the country's own mention). Each hyphen is consumed by exactly one path and a name only
 * starts at a word start, so matching stays linear on long hyphen chains.
 */
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*(?![\p{L}’'-])`;
/** A lower-case particle inside an Arabic or Romance name: "Deir ez-Zor", "Ras al-Ain", "Rio de Janeiro". */
const PARTICLE = String.raw`(?:al|el|ez|es|ed|ad|ar|as|an|at|az|ul|de|del|da|do|dos|la|le)`;
const NAME = String.raw`(?<![\p{L}\p{N}’'-])${NAME_WORD}(?: (?:${PARTICLE}-${NAME_WORD}|${PARTICLE} ${NAME_WORD}|${NAME_WORD})){0,2}`;
const MODIFIER = alternation(PLACE_MODIFIERS);
const LEADING = new RegExp(`^(?:${MODIFIER}|the|this|that|a|an|its|their|our)$`, 'i');
/** An adjective of a people or a land ("the Eastern Siberian region"), not a name. */
const ADJECTIVAL = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u;
/** "the village of Rakivka", "the region of Kharkiv", "the Ukrainian territory of Crimea". */
const CUE_OF = new RegExp(String.raw`\b(?<cue>${CUE})\s+of\s+(?<name>${NAME})`, 'gu');
/** "Kursk region", "the Donetsk oblast", "Idlib province". */
const NAME_CUE = new RegExp(String.raw`(?<name>${NAME})\s+(?<cue>region|oblast|province|district|governorate|raion|krai)\b`, 'gu');
/** Plural cues and the singular whose kind they give: "the regions of X, Y and Z", "the Donetsk and Luhansk regions". */
const PLURAL_CUES: Readonly<Record<string, string>> = {
  regions: 'region', oblasts: 'oblast', provinces: 'province', districts: 'district', governorates: 'governorate', states: 'state',
  cities: 'city', towns: 'town', villages: 'village', settlements: 'settlement',
};
const PLURAL = alternation(Object.keys(PLURAL_CUES));
const PLURAL_WORD = new RegExp(String.raw`\b(?:${PLURAL})\b`);
const LIST = String.raw`${NAME}(?:,\s+${NAME})*,?\s+and\s+${NAME}`;
const PLURAL_OF = new RegExp(String.raw`\b(?<cue>${PLURAL})\s+of\s+(?<names>${LIST})`, 'gu');
const NAMES_PLURAL = new RegExp(String.raw`(?<names>${LIST})\s+(?<cue>regions|oblasts|provinces|districts|governorates)\b`, 'gu');
/** A country's possessive right before ("Russia’s Kursk region") or a nationality word ("the Afghan province of"). */
const COUNTRY_BEFORE = /(?:^|[^\p{L}])(?<word>\p{Lu}[\p{L}.]*?)(?:['’]s)?\s+(?:(?:the|a)\s+)?$/u;

export const cuedPlace: Extractor = (doc, ctx) => {
  const gaz = ctx.resources.gazetteer;
  const text = doc.text;
  const out: Mention<'place'>[] = [];
  for (const re of [CUE_OF, NAME_CUE]) {
    for (const hit of matchAll(re, text)) {
      const cue = hit.groups.cue!.toLowerCase();
      let name = hit.groups.name!;
      let start = hit.start + hit.text.indexOf(name);
      // Strip nationality words, modifiers and determiners before the name: "Ukrainian Odesa" → "Odesa",
      // "The Odesa region" → "Odesa" (but "The Hague" is known whole).
      const words = name.split(/\s+/);
      while (words.length > 1 && (gaz.demonym(words[0]!) || LEADING.test(words[0]!)) && gaz.lookup(words.join(' ')).length === 0) {
        start += words[0]!.length + 1;
        words.shift();
      }
      name = words.join(' ');
      if (gaz.demonym(name) || hasPossessive(name) || LEADING.test(name) || (ADJECTIVAL.test(name) && gaz.lookup(name).length === 0)) continue;
      const cueKind: PlaceKind = PLACE_CUE_KINDS[cue] ?? 'other';
      // The country the text gives it: "Russia’s Kursk region", "the Afghan province of Nimruz", "Ukrainian Odesa region".
      const before = text.slice(Math.max(0, (re === CUE_OF ? hit.start : start) - 40), re === CUE_OF ? hit.start : start);
      const word = COUNTRY_BEFORE.exec(before)?.groups?.word;
      const said = word ? (gaz.demonym(word) ?? gaz.lookup(word).find((e) => e.kind === 'country')?.countryCode) : undefined;
      const stripped = hit.text.slice(0, hit.text.indexOf(name)).split(/\s+/).map((w) => gaz.demonym(w)).find(Boolean);
      const country = stripped ?? said ?? undefined;
      out.push({ kind: 'place', start, end: start + name.length, text: name, value: { name, cueKind, ...(country ? { country } : {}) }, rule: re === CUE_OF ? 'place/cue-of' : 'place/name-cue' });
    }
  }
  // Lists: "the regions of Chernihiv, Zhytomyr and Lviv", "the Donetsk and Luhansk regions".
  // Most texts name no list of places with a plural cue: one cheap scan decides.
  const plural = PLURAL_WORD.test(text);
  for (const re of plural ? [PLURAL_OF, NAMES_PLURAL] : []) {
    for (const hit of matchAll(re, text)) {
      const cueKind: PlaceKind = PLACE_CUE_KINDS[PLURAL_CUES[hit.groups.cue!.toLowerCase()] ?? ''] ?? 'other';
      const list = hit.groups.names!;
      const listStart = hit.start + hit.text.indexOf(list);
      for (const m of matchAll(new RegExp(NAME, 'gu'), list)) {
        if (m.text === 'and' || gaz.demonym(m.text) || LEADING.test(m.text)) continue;
        out.push({ kind: 'place', start: listStart + m.start, end: listStart + m.end, text: m.text, value: { name: m.text, cueKind }, rule: 'place/cue-list' });
      }
    }
  }
  return out;
};
