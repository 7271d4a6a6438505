/**
 * Capitalized words and phrases (up to three words) that the gazetteer knows.
 *   "Mariupol"   "the United States (U.S.)"   "in Istanbul"   "Russia’s"   "Kiev" (exonym of Kyiv)
 *   "Deir ez-Zor" (lower-case particles inside)
 * A country or listed region is taken on sight. A city or first-level region must have support, since many English
 * words are also towns somewhere ("Of", "Police", "Reading"): compromise tags it as a place, or a
 * locative preposition precedes it, or it is a large city (100,000 people) not tagged as a name.
 * A town whose name is also an English word or a given name ("Street", "Justice", "We", "Victoria") and
 * that compromise does not know as a place is marked `weak: 'word'` without a locative preposition or a
 * cue word after it; one that is the first word of a longer name ("Kyoto protocol", "Wagner group") or
 * the last of "X of Y" ("Court of Justice", "Mother of God") is marked `weak: 'part'`. The assembly keeps
 * a weak mention only with the support of another (assemble/places.ts).
 * Watch out for: nationality words ("Ukrainian"), people named like towns, sentence-initial words.
 */
import { EVENT_AND_DOCUMENT_HEADS, ORG_HEADS } from '../../data/organizations.js';
import { FACILITY_WORDS, NOT_PLACES, PLACE_CUE_KINDS, PLACE_WORDS_BEFORE_NAME } from '../../data/places.js';
import { CLUB_SUFFIXES } from '../../data/sports.js';
import { HONORIFICS, TITLE_WORDS } from '../../data/titles.js';
import { MARK, NAME_END, endsWith } from '../../doc/marks.js';
import type { Extractor, Gazetteer, Mention, Token } from '../../model/types.js';
import { overlapsAny } from '../../util/spans.js';
import { hasPossessive, isCapitalized, isSentenceInitial } from '../../util/tokens.js';
import { continuesRun, withoutPossessive } from '../names.js';

const NOT = new Set(NOT_PLACES);
const EVENT_HEADS = new Set(EVENT_AND_DOCUMENT_HEADS);
const FACILITY = new Set(FACILITY_WORDS);
const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'to', 'outside', 'around', 'towards', 'toward', 'into', 'across', 'via', 'through', 'of', 'between', 'and', 'on', 'over', 'inside', 'within', 'by']);
const COMMON_WORD_TAGS = ['Adjective', 'Verb', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Date', 'Value', 'Honorific'];
const BIG_CITY = 100_000;
/** Lower-case particles inside a place name: "Deir ez-Zor", "Ras al-Ain", "Sharm el-Sheikh", "Rio de Janeiro". */
const PARTICLES = new Set(['al', 'el', 'ez', 'es', 'ed', 'ad', 'ar', 'as', 'an', 'at', 'az', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'la', 'le', 'los', 'las', 'sur', 'am', 'upon', 'on']);
/** Words that, after a town's name, make it the first word of something else's ("Kyoto protocol", "Oxford Street"). */
const HEADS = new Set([...FACILITY_WORDS, ...EVENT_AND_DOCUMENT_HEADS, ...ORG_HEADS.filter((h) => !h.includes(' ')), 'group', 'state', 'federal'].map((w) => w.toLowerCase()));
const NOT_LOCATIVE = new Set(['and', 'of', 'by']);
const PLACE_WORDS = new Set(PLACE_WORDS_BEFORE_NAME);
/** "U.S.-led": an abbreviation with its periods, then a hyphen and a lower-case word. */
const ABBREVIATED_COMPOUND = /^((?:\p{Lu}\.){2,})-\p{Ll}/u;
/** Below this population a town named like a word needs more than a preposition before it. */
const SMALL_TOWN = 10_000;
// Not "County": "Orange County" is a place.
const CLUBS = new Set(CLUB_SUFFIXES.filter((w) => !['Forest', 'Vale', 'County'].includes(w)));
const TITLES = new Set([...HONORIFICS, ...TITLE_WORDS.filter((w) => !w.includes(' '))]);
/** Lower-case words after a town that make it part of a name: "the Wagner group", "the Kyoto protocol". */
const LOWER_HEADS = new Set(['group', 'protocol', 'protocols']);
/** Words that, before "of", make a place of what follows ("the region of", "the Gulf of", "Mayor of"). */
const OF_PLACE = new Set([...Object.keys(PLACE_CUE_KINDS), ...TITLE_WORDS, 'gulf', 'bay', 'strait', 'straits', 'sea', 'isle', 'islands', 'port', 'city', 'people', 'battle', 'siege', 'bishop', 'duke', 'duchess', 'earl', 'countess', 'lord', 'baron', 'marquess', 'mayor'].map((w) => w.toLowerCase()));
/** Cue words after a name that say it is a place ("Sumy region", "Reading town centre"). */
const CUE_AFTER = new Set([...Object.keys(PLACE_CUE_KINDS), 'oblast', 'area', 'centre', 'center', 'residents', 'mayor', 'governor', 'council']);

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
    // "U.S.-led", "U.K.-based": an abbreviated country before a hyphen is one token; the country is its first part.
    const compound = ABBREVIATED_COMPOUND.exec(tokens[i]!.text);
    if (compound && gaz.lookup(compound[1]!).some((e) => e.kind === 'country')) {
      const start = tokens[i]!.start;
      out.push({ kind: 'place', start, end: start + compound[1]!.length, text: compound[1]!, value: { name: compound[1]! }, rule: 'place/gazetteer' });
      continue;
    }
    for (let len = 3; len >= 1; len--) {
      const last = i + len - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let k = i + 1; k <= last && ok; k++) {
        const before = tokens[k - 1]!;
        const particle = PARTICLES.has(tokens[k]!.text) && k < last;
        if (!isCapitalized(tokens[k]!) && tokens[k]!.normal !== 'of' && !particle) ok = false;
        // "St. Petersburg": the period of an abbreviation does not end the name.
        else if ((!continuesRun(tokens, k, text) || endsWith(before, NAME_END | MARK.openParen)) && !isAbbreviatedPrefix(before, tokens[k]!, text)) ok = false;
      }
      if (!ok) continue;
      const span = withoutPossessive(text, { start: tokens[i]!.start, end: tokens[last]!.end });
      const name = text.slice(span.start, span.end);
      if (NOT.has(name)) {
        // "Downing Street": none of its words is a place either.
        if (len > 1) { i = last; break; }
        continue;
      }
      const best = gaz.lookup(name)[0];
      if (!best || gaz.demonym(name)) continue;
      const t: Token = tokens[i]!;
      const prev = tokens[i - 1];
      // "the Persian Gulf War", "the Balkans Offensive": the name of an event, not a place.
      const after = tokens[last + 1];
      if (best.kind !== 'country' && after && EVENT_HEADS.has(after.text) && continuesRun(tokens, last + 1, text)) { i = last; break; }
      // First-level regions (featureCode ADM1) are often also words or names ("Granma", "Jewish", "Ogun"):
      // they need the support a city needs, except that of size.
      const needsSupport = best.kind === 'city' || best.featureCode === 'ADM1';
      const supported =
        !needsSupport ||
        overlapsAny(span, topics.places) ||
        (len === 1 && t.tags.has('Place')) ||
        (prev && LOCATIVE.has(prev.normal) && prev.sentence === t.sentence && !t.tags.has('Person')) ||
        (best.kind === 'city' && best.population >= BIG_CITY && !t.tags.has('Person') && !isSentenceInitial(tokens, i)) ||
        (best.featureCode === 'ADM1' && len > 1) ||
        // "Deir ez-Zor and nearly all …": a town of several words is rarely words that happen to be a town.
        (len > 1 && best.kind === 'city' && best.population >= 10_000) ||
        // "Aragua's governor", "Sumy residents".
        (!!tokens[last + 1] && CUE_AFTER.has(tokens[last + 1]!.normal) && tokens[last + 1]!.sentence === t.sentence) ||
        qualified(tokens, last, gaz);
      const commonWord = len === 1 && COMMON_WORD_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Place');
      // The last word of a longer name the gazetteer lacks is not a town of that name: "Wall Street" is not Street, England.
      const tail = len === 1 && best.kind === 'city' && !!prev && prev.sentence === t.sentence && isCapitalized(prev) && /^[ \t]+$/.test(text.slice(prev.end, t.start)) &&
        !isSentenceInitial(tokens, i - 1) && prev.tags.has('Noun') && !['Place', 'Demonym', 'Adjective', 'Possessive'].some((tag) => prev.tags.has(tag)) && !/['’]s$/.test(prev.text);
      // "Oxford Street", "Tahrir Square": the word of a street or a building after a name is not a town.
      const facility = len === 1 && FACILITY.has(t.normal) && !!prev && isCapitalized(prev) && continuesRun(tokens, i, text);
      if (!supported || commonWord || tail || facility) continue;
      const weak = needsSupport && len === 1 ? weakness(tokens, i, text, name, gaz, ctx.resources.givenNames) : undefined;
      out.push({ kind: 'place', ...span, text: name, value: weak ? { name, weak } : { name }, rule: best.kind === 'city' ? 'place/gazetteer-city' : 'place/gazetteer' });
      i = last;
      break;
    }
  }
  return out;
};

/** A locative preposition before token i, in its sentence, a determiner allowed between ("in the Bronx"). */
export function afterLocative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  let j = i - 1;
  if (tokens[j]?.normal === 'the') j--;
  const prev = tokens[j];
  if (!prev || prev.sentence !== t.sentence) return false;
  // "the coal mining city Vuhledar": a word of place right before the name.
  if (PLACE_WORDS.has(prev.normal) && j === i - 1) return true;
  // "the site of Chernobyl", "south of Izium"; but not "Court of Justice" (a name's "of").
  if (prev.normal === 'of') return !!tokens[j - 1] && !isCapitalized(tokens[j - 1]!) && tokens[j - 1]!.sentence === t.sentence;
  // Not "and" (lists) nor "by" (an agent: "claimed by the Islamic State").
  return LOCATIVE.has(prev.normal) && !NOT_LOCATIVE.has(prev.normal);
}

/** Why a one-word town at token i is no evidence of a place by itself, if it is not (see the header). */
function weakness(tokens: readonly Token[], i: number, text: string, name: string, gaz: Gazetteer, givenNames: ReadonlySet<string>): 'word' | 'part' | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const nextJoined = !!next && continuesRun(tokens, i + 1, text) && !endsWith(t, NAME_END);
  // "Oxford Street", "Chatham House", "Kyoto protocol", "Wagner group": the first word of something else's
  // name (capitalized), or of a group or a treaty. Not "Moscow’s forces" (the seat of government stands for
  // the state) nor "Donetsk airport" (the town's airport).
  if (nextJoined && !hasPossessive(t.text) && !CUE_AFTER.has(next.normal) &&
    ((isCapitalized(next) && HEADS.has(next.normal)) || LOWER_HEADS.has(next.text))) return 'part';
  // "Real Madrid", "Canyon National Park": a small town's name opening a longer capitalized name is part of it
  // (not a cue, a title or a date after it: "Bucha Mayor", "Sumy Oblast").
  if (nextJoined && isCapitalized(next) && (gaz.lookup(name)[0]?.population ?? 0) < SMALL_TOWN * 5 && !CUE_AFTER.has(next.normal) &&
    !TITLES.has(next.text) && !['Date', 'Month', 'WeekDay', 'Value', 'Possessive'].some((tag) => next.tags.has(tag)) && !hasPossessive(t.text)) return 'part';
  // "Manchester United", "Manchester City" (not a town the gazetteer knows whole): a club.
  if (nextJoined && isCapitalized(next) && CLUBS.has(next.text)) return 'part';
  // "Lord Ashcroft", "General Jupiter": a title before makes it a person's name.
  const before = tokens[i - 1];
  if (before && continuesRun(tokens, i, text) && isCapitalized(before) && TITLES.has(before.text.replace(/\.$/, ''))) return 'part';
  // "Court of Justice", "Mother of God": the end of a longer name, unless what comes before "of" says place.
  const of = tokens[i - 1];
  const head = tokens[i - 2];
  if (of?.normal === 'of' && head && head.sentence === t.sentence && isCapitalized(head) && !OF_PLACE.has(head.normal) && !isSentenceInitial(tokens, i - 2)) return 'part';
  if (!(gaz.isWord(name) || givenNames.has(name)) || t.tags.has('Place')) return undefined;
  // "The World at One": a village named like a word needs more than a preposition.
  if (afterLocative(tokens, i) && (gaz.lookup(name)[0]?.population ?? 0) >= SMALL_TOWN) return undefined;
  if (nextJoined && CUE_AFTER.has(next.normal)) return undefined;
  if (qualified(tokens, i, gaz)) return undefined;
  return 'word';
}

/** "Springfield, Illinois", "Quincy, Massachusetts": a region or country after a comma. */
function qualified(tokens: readonly Token[], i: number, gaz: Gazetteer): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return !!next && endsWith(t, MARK.comma) && next.sentence === t.sentence && isCapitalized(next) &&
    gaz.lookup(next.text).some((e) => e.kind === 'region' || e.kind === 'country');
}
