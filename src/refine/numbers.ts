/**
 * Refiners for numbers: drop what is not a quantity, then attach the counted noun.
 * Order matters: dates must be final before numbers inside them are dropped (pipeline.ts).
 */
import { NOT_UNITS, PRONOUN_ONE_FOLLOWERS, PRONOUN_ONE_PRECEDERS, TIME_UNITS, UNIT_SKIP_WORDS } from '../data/numbers.js';
import { HARMED_PARTICIPLES, type Category } from '../data/categories.js';
import { MARK, endsWith } from '../doc/marks.js';
import { categoryAt } from '../extract/number/categoryWords.js';
import type { AnyMention, Gazetteer, Mention, Refiner, Token } from '../model/types.js';
import { joinedBySpace, possessiveFree, tokenAtOrAfter } from '../util/tokens.js';
import { overlaps } from '../util/spans.js';

export const isNumber = (m: AnyMention): m is Mention<'number'> => m.kind === 'number';
const HARMED_PEOPLE = new Set(HARMED_PARTICIPLES);
/** A dash or an opening parenthesis after a word: what follows is set apart ("drone attacks – some 800"). */
const ASIDE_OPENS = MARK.dash | MARK.openParen;
/** A figure that counts (not a percentage, money, a duration, an age ...): the ones with an outcome. */
export const isCount = (m: Mention<'number'>): boolean => m.value.measure === undefined || m.value.measure === 'count';

/** A date wins over a number it overlaps: "2022" in "in 2022", "5" in "Sept. 5, 2014". */
export const dropNumbersInDates: Refiner = (doc, mentions, ctx) => {
  const dates = mentions.filter((m) => m.kind === 'date');
  /** The second day of "April 6 and 7", "May 23-25", "March 3 to 5". */
  const dayAfterDate = (m: Mention<'number'>): boolean =>
    /^\d{1,2}$/.test(m.text) && (m.value.value ?? 0) <= 31 &&
    dates.some((d) => d.kind === 'date' && d.value.parts.day !== undefined && /^\s*(?:and|to|or|-|–|—)\s*$/.test(doc.text.slice(d.end, m.start)));
  return mentions.filter((m) => {
    if (!isNumber(m) || (!dates.some((d) => overlaps(d, m)) && !dayAfterDate(m))) return true;
    ctx.debug(() => `dropNumbersInDates: "${m.text}"`);
    return false;
  });
};

const wordBefore = (text: string, start: number): string => /([\p{L}]+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '';
const wordAfter = (text: string, end: number): string => /^[^\p{L}\n]*([\p{L}]+)/u.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '';

/**
 * Not quantities: "one" as a pronoun or determiner ("one of the largest", "no one"), and small
 * number words used as a definite reference ("the two sides": who they are, not how many).
 */
/** A clock time written without a colon: "at 10 pm", "around 3 a.m.", "at 0600 GMT". */
const CLOCK_AFTER = /^\s*(?:a\.?m\b\.?|p\.?m\b\.?|hrs\b|h\b|GMT\b|UTC\b|local time\b|o'clock\b)/i;

const MODALS = new Set(['need', 'needs', 'must', 'can', 'could', 'should', 'would', 'may', 'might', 'will', 'has', 'is', 'was', 'does', 'did', 'cannot']);

export const dropNonQuantities: Refiner = (doc, mentions, ctx) => {
  const tokens = doc.tokens;
  return mentions.filter((m) => {
    if (!isNumber(m) || m.value.qualifier || m.value.vague) return true;
    const written = m.text.toLowerCase();
    const before = wordBefore(doc.text, m.start);
    const after = wordAfter(doc.text, m.end);
    const i = tokenAtOrAfter(tokens, m.start);
    const prev = tokens[i - 1];
    const prevJoined = !!prev && prev.sentence === tokens[i]?.sentence && /^[ \t]+$/.test(doc.text.slice(prev.end, m.start));
    // "one" as a pronoun: "one of the largest", "no one", "One need not", "the electric one".
    // But "One was killed and two injured" counts a victim.
    const harmedAfter = (): boolean => HARMED_PEOPLE.has(/^\s+(?:was|is|(?:has|had) been)\s+(\p{L}+)/u.exec(doc.text.slice(m.end, m.end + 30))?.[1]?.toLowerCase() ?? '');
    const pronoun = written === 'one' && (PRONOUN_ONE_FOLLOWERS.includes(after) || PRONOUN_ONE_PRECEDERS.includes(before) || (MODALS.has(after) && !harmedAfter()) ||
      (prevJoined && prev!.tags.has('Adjective') && !prev!.tags.has('Value')));
    const definite = /^[a-z -]+$/.test(written) && (m.value.value ?? 0) <= 10 && ['the', 'these', 'those'].includes(before);
    const clock = /^\d/.test(written) && CLOCK_AFTER.test(doc.text.slice(m.end, m.end + 12));
    // A number that is part of a name: "Fox Nation 101", "Boeing 737", "Image 2 of 3", "Resolution 2334".
    const next = tokens[tokenAtOrAfter(tokens, m.end)];
    const inName = /^\d+$/.test(m.text) && prevJoined && /^\p{Lu}/u.test(prev!.text) && !prev!.tags.has('Date') && !prev!.tags.has('Value') &&
      !isNationality(prev!, ctx.resources.gazetteer) && !(next && next.sentence === prev!.sentence && isCountNoun(next) && /^[ \t]+$/.test(doc.text.slice(m.end, next.start)));
    const drop = pronoun || definite || clock || inName;
    if (drop) ctx.debug(() => `dropNonQuantities: "${m.text}"`);
    return !drop;
  });
};

/**
 * Ages: "aged 25", and a figure set off by commas after a name ("Ivanov, 48, said") are ages in years,
 * not counts (a guideline convention), so that they never pass for a toll.
 */
export const markAges: Refiner = (doc, mentions) =>
  mentions.map((m) => {
    if (!isNumber(m) || m.value.measure || m.value.unit || !/^\d{1,3}$/.test(m.text)) return m;
    const before = doc.text.slice(Math.max(0, m.start - 12), m.start);
    const after = doc.text.slice(m.end, m.end + 2);
    const aged = /\b(?:aged|age)\s+$/i.test(before);
    const apposed = /\p{Lu}[\p{L}'’-]*,\s+$/u.test(before) && /^,/.test(after) && (m.value.value ?? 0) < 120;
    return aged || apposed ? { ...m, value: { ...m.value, measure: 'age' as const, unit: 'years' } } : m;
  });

/**
 * A qualifier word that is really a verb particle is not a qualifier: "hand over 125 soldiers"
 * is 125, not "more than 125". compromise tags such words as particles of phrasal verbs.
 */
export const dropParticleQualifiers: Refiner = (doc, mentions) =>
  mentions.map((m) => {
    if (!isNumber(m) || !m.value.qualifier) return m;
    const first = doc.tokens[tokenAtOrAfter(doc.tokens, m.start)];
    if (!first || first.start !== m.start || !first.tags.has('Particle')) return m;
    const rest = doc.text.slice(first.end, m.end);
    const start = first.end + (rest.length - rest.trimStart().length);
    const { qualifier: _q, low: _l, high: _h, ...value } = m.value;
    return { ...m, start, text: doc.text.slice(start, m.end), value };
  });

/** A nationality or country used as a modifier: "British troops", "U.S. troops", "Ukrainian soldiers". */
const isNationality = (t: Token, gaz: Gazetteer): boolean => {
  const word = possessiveFree(t.text);
  return (t.tags.has('Demonym') && !/s$/.test(t.normal)) || !!gaz.demonym(word) || gaz.lookup(word)[0]?.kind === 'country';
};

const isSkippable = (t: Token, gaz: Gazetteer): boolean =>
  UNIT_SKIP_WORDS.includes(t.normal) || (/^\p{Lu}/u.test(t.text) && isNationality(t, gaz)) || (t.tags.has('Adjective') && !t.tags.has('Noun')) || /^(?:pro|anti)-/i.test(t.text);

const isTimeUnit = (t: Token): boolean => TIME_UNITS.includes(t.normal.replace(/s$/, ''));

/** A word that can be what a figure counts: a time unit, or a common noun (plural acronyms too: "POWs"). */
const isCountNoun = (t: Token): boolean =>
  /^\p{L}[\p{L}'’-]*$/u.test(t.text) &&
  (isTimeUnit(t) || t.normal === 'others' ||
    (t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Value') && !NOT_UNITS.includes(t.normal) &&
      (!t.tags.has('ProperNoun') || /^\p{Lu}+s$/u.test(t.text) || t.tags.has('Plural'))));

/** The unit as written for names and acronyms ("Palestinians", "POWs"), lower case otherwise. */
const unitText = (t: Token): string => (/^\p{Lu}{2,}s?$/u.test(t.text) || (t.tags.has('ProperNoun') && /^\p{Lu}/u.test(t.text) && !t.tags.has('Value')) ? t.text : t.text.toLowerCase());

const FAMILY_HEADS = new Set(['father', 'mother', 'parent', 'parents']);
/** A figure after "a father of", "a mother of": the number of someone's children. */
export const isFamilySize = (tokens: readonly Token[], first: number): boolean =>
  tokens[first - 1]?.normal === 'of' && FAMILY_HEADS.has(tokens[first - 2]?.normal ?? '');
/** Outcomes whose verb, right before a bare figure, says it counts people ("killed 5", "freed 20"). */
const DONE_TO_PEOPLE = new Set<Category>(['killed', 'wounded', 'captured', 'released']);

/**
 * An elliptical figure takes the noun its sentence implies: the nearest plural noun before it in the
 * same sentence, with no other figure between ("a surge of drone attacks – some 800 sent against
 * Russian targets" → attacks). Marked `unitImplied`. Time units are never implied.
 */

export const implyUnits: Refiner = (doc, mentions) => {
  const tokens = doc.tokens;
  const numbers = mentions.filter(isNumber);
  return mentions.map((m) => {
    if (!isNumber(m) || m.value.unit || m.value.measure || m.value.value === null) return m;
    const first = tokenAtOrAfter(tokens, m.start);
    const sentence = tokens[first]?.sentence;
    // Headline grammar: a figure right before what befell it counts people ("two killed", "14 wounded").
    const next = tokens[tokenAtOrAfter(tokens, m.end)];
    if (next && next.sentence === sentence && HARMED_PEOPLE.has(next.normal) && /^[ \t]+$/.test(doc.text.slice(m.end, next.start))) {
      return { ...m, value: { ...m.value, unit: 'people', unitImplied: true } };
    }
    // "a father of three": his children, not a count of anything else in the sentence.
    if (isFamilySize(tokens, first)) return { ...m, value: { ...m.value, unit: 'children', unitImplied: true } };
    // Right after a verb of harm, a bare figure counts people: "gunmen killed 5 in the village".
    const verb = tokens[first - 1];
    if (verb && verb.sentence === sentence && verb.tags.has('Verb') && DONE_TO_PEOPLE.has(categoryAt(tokens, first - 1)?.category as Category)) {
      return { ...m, value: { ...m.value, unit: 'people', unitImplied: true } };
    }
    for (let i = first - 1; i >= 0 && first - i <= 6; i--) {
      const t = tokens[i]!;
      if (t.sentence !== sentence || numbers.some((n) => n !== m && n.start <= t.start && t.start < n.end)) break;
      // A noun before the verb is its subject, not what the figure counts ("gunmen killed 5").
      if (t.tags.has('Verb') && !endsWith(t, ASIDE_OPENS) && i < first - 1 && !t.tags.has('Auxiliary') && !t.tags.has('Copula')) break;
      // compromise may read a plural noun before a dash as a verb ("drone attacks – some 800").
      const pluralNoun = (t.tags.has('Plural') && isCountNoun(t)) || (t.tags.has('PresentTense') && /s$/.test(t.text) && !!tokens[i - 1]?.tags.has('Noun') && endsWith(t, ASIDE_OPENS));
      // "the toll rises to seven": a verb in -s before "to" and the figure.
      const verbBeforeFigure = i === first - 2 && tokens[i + 1]!.normal === 'to';
      if (pluralNoun && !isTimeUnit(t) && !verbBeforeFigure) {
        return { ...m, value: { ...m.value, unit: unitText(t), unitImplied: true } };
      }
    }
    return m;
  });
};

/**
 * The counted noun: the head noun after the figure, stepping over adjectives, nationality words
 * and "of our/their" ("648 Ukrainian soldiers" → soldiers, "225 of their fighters" → fighters,
 * "800 drone attacks" → attacks). The mention's span grows to take it in.
 */
export const attachUnits: Refiner = (doc, mentions, ctx) => {
  const tokens = doc.tokens;
  const text = doc.text;
  const numbers = mentions.filter(isNumber);
  return mentions.map((m) => {
    if (!isNumber(m) || m.value.unit) return m;
    let i = tokenAtOrAfter(tokens, m.end);
    // "three times more powerful": a ratio, not a count.
    if (tokens[i]?.normal === 'times' && /^[ \t]+$/.test(text.slice(m.end, tokens[i]!.start))) {
      return { ...m, end: tokens[i]!.end, text: text.slice(m.start, tokens[i]!.end), value: { ...m.value, measure: 'ratio' as const } };
    }
    const first = tokens[i];
    if (!first || !/^[ \t\u00A0]*$/.test(text.slice(m.end, first.start))) return m;
    for (let skipped = 0; skipped < 3 && tokens[i] && tokens[i + 1]; skipped++) {
      const t = tokens[i]!;
      // A hyphenated modifier is two tokens to compromise: "Iranian-made", "Russian-backed".
      if (t.post === '-' && tokens[i + 2] && joinedBySpace(tokens[i + 1]!, tokens[i + 2]!, text)) { i += 2; continue; }
      if (!isSkippable(t, ctx.resources.gazetteer) || !joinedBySpace(t, tokens[i + 1]!, text)) break;
      i++;
    }
    let head = tokens[i];
    // Right after a figure, a word in -s is a plural noun even where compromise reads a verb ("14 suspects").
    const misreadPlural = !!head && i === tokenAtOrAfter(tokens, m.end) && head.tags.has('PresentTense') && /^\p{Ll}+s$/u.test(head.text);
    if (!head || (!isCountNoun(head) && !misreadPlural)) return m;
    // Compound nouns: "drone attacks", "prisoner swaps": the last noun of the run is the head.
    // A plural without -s is a modifier before another noun: "police officers", "staff members".
    while ((!head.tags.has('Plural') || !/s$/i.test(head.text)) && tokens[i + 1] && joinedBySpace(head, tokens[i + 1]!, text) && isCountNoun(tokens[i + 1]!) && !tokens[i + 1]!.tags.has('ProperNoun')) {
      head = tokens[++i]!;
    }
    const span = { start: m.start, end: head.end };
    if (numbers.some((n) => n !== m && overlaps(n, span))) return m; // the next figure starts there
    const unit = unitText(head);
    const singular = unit.replace(/s$/, '');
    const value = { ...m.value, unit };
    if (!value.measure && TIME_UNITS.includes(singular)) value.measure = 'duration';
    return { ...m, end: head.end, text: text.slice(m.start, head.end), value };
  });
};
