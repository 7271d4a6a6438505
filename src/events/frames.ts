/**
 * Event frames of one article, built from its settled facts (numbers with their category and side,
 * dates, places, quotes) and the words of each sentence. Pure: text, tokens and facts in, events out.
 *
 *   "Russia and Ukraine yesterday each released 390 prisoners"
 *       → exchange: released 390 (each side), parties RU and UA, date "yesterday"
 *   "Kiev will give the rebels 225 of their fighters, while the rebels will hand over 125 Ukrainian soldiers"
 *       → exchange: expected 225 by UA, expected 125 (side UA) by the rebels
 *   "Russia launched two missiles at the region's port, killing one person and injuring eight others"
 *       → attack: weapons 2 missiles by RU, killed 1, wounded 8
 *   "Five Ukrainian soldiers have been killed in the past four days, Reuters reports"
 *       → casualties: killed 5 (combatants, UA), source Reuters
 *   "Peace talks were last held on Wednesday" → talks, date "Wednesday"
 *
 * Only counts make figures: durations, ages, percentages, money and dates never do, and a sentence
 * with no word of an event makes none. Frames of one kind in one article are one event when their
 * dates agree (an article tells one exchange from several angles); tolls and attacks stay apart
 * unless they share a sentence, a date and place, or a figure.
 */
import {
  AGREEMENT_WORDS, ARMED_GROUP_NOUNS, ATTACK_WORDS, ATTRIBUTION_CUES, CAPTIVE_NOUNS, CAPTIVITY_WORDS, CEASEFIRE_WORDS, EACH_SIDE,
  EXCHANGE_WORDS, EXPECTED_WORDS, HELD_WORDS, PEOPLE_UNITS, TALKS_WISHES, ATTACK_VERBS, ATTACK_ACT_NOUNS, WEAPON_NOUNS, RECEIVE_WORDS, TALKS_ACTIONS, TALKS_WORDS, WEAK_EXCHANGE_WORDS,
} from '../data/events.js';
import { clauseAround } from '../doc/clauses.js';
import type { ArticleEvent, Attribution, DateFact, Doc, EventFigure, FigureRole, NumberFact, Party, Place, Quote, Sentence, Span, TextSpan } from '../model/types.js';
import { CATEGORY_UNITS, HARMED_PARTICIPLES, PERSON_NOUNS } from '../data/categories.js';
import { lexiconRegex } from '../util/regex.js';
import { contains, overlaps, spansInside } from '../util/spans.js';
import { possessiveFree } from '../util/tokens.js';

/** What the frame builder needs: the Doc (its sentences and clauses) and the article's facts. */
export interface EventInputs {
  doc: Doc;
  places: readonly Place[];
  dates: readonly DateFact[];
  numbers: readonly NumberFact[];
  quotes: readonly Quote[];
  /** The state a place stands for when it is named as an actor: a country itself, or its capital ("Kyiv" → UA). */
  stateOf(place: Place): Party | null;
  /** The state a demonym belongs to ("Ukrainian" → UA), with the state's name. */
  demonymState(word: string): Party | null;
}

const STRONG_EXCHANGE = lexiconRegex(EXCHANGE_WORDS);
const EXCHANGE = lexiconRegex([...EXCHANGE_WORDS, ...WEAK_EXCHANGE_WORDS]);
const CAPTIVITY = lexiconRegex(CAPTIVITY_WORDS);
const EXCHANGE_ALL = new RegExp(EXCHANGE.source, 'giu');
const RECEIVE = lexiconRegex(RECEIVE_WORDS);
const AGREEMENT = lexiconRegex(AGREEMENT_WORDS);
const EXPECTED = lexiconRegex(EXPECTED_WORDS);
const HELD = lexiconRegex(HELD_WORDS);
const ATTACK = lexiconRegex(ATTACK_WORDS);
const ATTACK_ALL = new RegExp(ATTACK.source, 'giu');
const TALKS = lexiconRegex(TALKS_WORDS, 'gi');
const TALKS_ANY = lexiconRegex(TALKS_WORDS);
const ATTACK_VERB = lexiconRegex(ATTACK_VERBS);
const ATTACK_ACTS = new Set(ATTACK_ACT_NOUNS);
const WEAPONS = new Set(WEAPON_NOUNS);
/** How near (in characters) the act must be to the talks it is done with: "will hold talks", "talks were held on". */
const TALKS_REACH = 60;
const CEASEFIRE = lexiconRegex(CEASEFIRE_WORDS);
const TALKS_ACTION = lexiconRegex(TALKS_ACTIONS);
/** Armed groups, adjacent words as one ("Separatist insurgents", "pro-Russian rebels"). */
const ARMED_GROUP_NOUN = lexiconRegex(ARMED_GROUP_NOUNS).source;
const ARMED_GROUP = new RegExp(String.raw`(?:\bpro-\p{L}+\s+)?(?:${ARMED_GROUP_NOUN})(?:\s+(?:${ARMED_GROUP_NOUN}))*`, 'giu');
/** A party named after a preposition is where or to whom, not who acts: "insurgents in eastern Ukraine have freed". */
const AFTER_PREPOSITION = /\b(?:in|of|from|to|at|near|on|across|with|for|by|into|against|over|around|outside|inside|towards?)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A state named after these is where something happens, not a party: "talks in Belarus", "in eastern Ukraine". */
const LOCATIVE = /\b(?:in|at|near|across|inside|outside|throughout|around|within)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** Parties joined like this are one coordinated subject: "Russia and Ukraine each released". */
const COORDINATED = /^\s*(?:,|and|&|or|,\s*and)\s*$/i;
const PEOPLE = new Set([...PEOPLE_UNITS, ...CAPTIVE_NOUNS]);
const CAPTIVE_NOUN_SET = new Set(CAPTIVE_NOUNS);
/** A unit among `nouns` (by its last word: "Ukrainian soldiers"), or a plural of nationality ("Palestinians"). */
const countsOf = (unit: string, nouns: ReadonlySet<string>): boolean => {
  const last = unit.split(/\s+/).pop()!;
  return nouns.has(last.toLowerCase()) || /^\p{Lu}\p{Ll}+s$/u.test(last);
};
/** "prisoner exchange", "exchange of prisoners", "POW swap": an exchange named without a figure. */
const NAMED_EXCHANGE = /\b(?:prisoners?|pows?|captives?|hostages?|bod(?:y|ies))[\s-]+(?:exchanges?|swaps?|releases?)\b|\b(?:exchanges?|swaps?)\s+of\s+(?:prisoners|pows|captives|hostages|bodies)\b/i;
/** Attributed at the end of a sentence: ", the BBC reports." */
const REPORTS_AT_END = /,\s+(?:the\s+)?(?<who>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+(?:reports|reported|says|said|stated|claimed|writes|wrote)\s*[.!]?\s*$/;

const COUNT_MEASURES = new Set([undefined, 'count']);
/** Nouns that count people, for tolls ("12 civilians", "59 bodies", "4,700 deaths"), not "30 houses" or "one organization". */
const VICTIM_NOUNS = new Set([...PEOPLE, ...PERSON_NOUNS,
  ...Object.entries(CATEGORY_UNITS).filter(([, c]) => c !== 'attack').map(([noun]) => noun), 'victims', 'lives', 'life']);
/** Words of harm done: a vague toll ("tens of thousands") is an event only with one ("have been killed"), not "millions of victims". */
const HARMED = lexiconRegex([...HARMED_PARTICIPLES, 'kill*', 'perish*', 'lost their lives']);
/** How near a release word must be to a count of people named in general terms ("have freed 648", "390 people were released"). */
const RELEASE_REACH = 40;
const CASUALTY_ROLES: Readonly<Record<string, FigureRole>> = { killed: 'killed', wounded: 'wounded', missing: 'missing', casualties: 'casualties' };

interface Frame extends Omit<ArticleEvent, 'evidence'> {
  sentences: Span[];
}

/** A place mention with its place, for lookups by position. */
interface PlaceMention extends Span { place: Place }

/** What the frame builder reads, indexed once per article. */
interface Context extends EventInputs {
  text: string;
  /** Whether the article has any word of an exchange, a named exchange, or talks: most have none of some. */
  mayExchange: boolean;
  mayTalk: boolean;
  placeMentions: readonly PlaceMention[];
  /** `stateOf`, asked once per place of the article. */
  stateOfPlace(place: Place): Party | null;
  numbersByStart: readonly NumberFact[];
  datesByStart: readonly DateFact[];
}

const textSpan = (text: string, s: Span): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

/** The clause of the sentence around a span (the Doc's clauses: doc/clauses.ts). */
const clauseOf = (ctx: Context, sentence: Span, at: Span): Span => clauseAround(ctx.doc, sentence, at);

/** The parties a sentence names: states (by name, capital or demonym) and armed groups. */
function partiesIn(ctx: Context, sentence: Sentence): (Party & { evidence: TextSpan })[] {
  const { text } = ctx;
  const found: (Party & { evidence: TextSpan })[] = [];
  for (const m of spansInside(ctx.placeMentions, sentence)) {
    const state = ctx.stateOfPlace(m.place);
    if (state && !LOCATIVE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) found.push({ ...state, evidence: textSpan(text, m) });
  }
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    if (found.some((f) => overlaps(f.evidence, t))) continue;
    const state = ctx.demonymState(possessiveFree(t.text));
    if (state) found.push({ ...state, evidence: textSpan(text, t) });
  }
  for (const m of text.slice(sentence.start, sentence.end).matchAll(ARMED_GROUP)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const name = m[0].replace(/\s+/g, ' ').toLowerCase().replace(/^pro-(\p{L})/u, (_, c: string) => `pro-${c.toUpperCase()}`);
    found.push({ name, code: null, evidence: textSpan(text, span) });
  }
  return found.sort((a, b) => a.evidence.start - b.evidence.start);
}

/** One party: the same state by code, or the same armed group by name. */
export const sameParty = (a: Party, b: Party): boolean => (a.code !== null && a.code === b.code) || (a.code === null && b.code === null && a.name === b.name);

function uniqueParties<P extends Party>(parties: readonly P[]): P[] {
  const out: P[] = [];
  for (const p of parties) if (!out.some((q) => sameParty(p, q))) out.push(p);
  return out;
}

/** Who a sentence is attributed to: a quote's speaker, "according to X", or ", X reports." at its end. */
function sourcesIn(ctx: Context, sentence: Span): Attribution[] {
  const { text } = ctx;
  const out: Attribution[] = [];
  for (const q of ctx.quotes) {
    if (overlaps(q, sentence) || overlaps(q.speakerMention, sentence)) out.push({ name: q.speaker, type: q.speakerType, mention: q.speakerMention });
  }
  const s = text.slice(sentence.start, sentence.end);
  const cued = [...s.matchAll(ATTRIBUTION_CUES)].map((m) => ({ who: m.groups!.who!, at: m.index + m[0].length - m.groups!.who!.length }));
  const end = REPORTS_AT_END.exec(s);
  if (end) cued.push({ who: end.groups!.who!, at: end.index + end[0].indexOf(end.groups!.who!) });
  for (const cue of cued) {
    const who = cue.who.replace(/[.,'’]+$/u, '');
    const at = cue.at;
    const mention = textSpan(text, { start: sentence.start + at, end: sentence.start + at + who.length });
    if (!out.some((o) => overlaps(o.mention, mention))) out.push({ name: who, type: 'other', mention });
  }
  return out;
}

/** A date after "since" is where a count starts, not when the event happened ("the largest swap since ... in 2022"). */
const SINCE = /\b(?:since|until|till)\b[^,;:.]*$/i;

/**
 * The date a sentence gives for its event: one in the clause of a figure first, then any other of the
 * sentence; a day before a month or year, a value before none. Dates after "since" are left out.
 */
function dateIn(ctx: Context, sentence: Span, clauses: readonly Span[]): ArticleEvent['date'] {
  const { text } = ctx;
  const here = spansInside(ctx.datesByStart, sentence).filter((d) => !SINCE.test(text.slice(sentence.start, d.start)));
  const inClause = here.filter((d) => clauses.some((c) => contains(c, d)));
  const pick = (ds: readonly DateFact[]): DateFact | undefined => ds.find((d) => d.value && d.precision === 'day') ?? ds.find((d) => d.value) ?? ds[0];
  const best = pick(inClause) ?? pick(here);
  return best ? { value: best.value, evidence: textSpan(text, best) } : null;
}

function placesIn(ctx: Context, sentence: Span): ArticleEvent['places'] {
  const out: ArticleEvent['places'] = [];
  for (const m of spansInside(ctx.placeMentions, sentence)) {
    const p = m.place;
    if (!out.some((x) => x.name === p.name)) out.push({ name: p.name, kind: p.kind, countryCode: p.countryCode, geonameId: p.geonameId, evidence: textSpan(ctx.text, m) });
  }
  return out;
}

/** A toll counts people: a noun of people (or a demonym, "44 Palestinians"), or no noun at all ("at least six"). */
const countsVictims = (n: NumberFact): boolean => !n.unit || countsOf(n.unit, VICTIM_NOUNS);

/** A count, not a duration, share or sum, nor a figure used as a modifier ("a 12-point plan"). */
const isCount = (n: NumberFact): boolean => COUNT_MEASURES.has(n.measure) && !(n.value === null && !n.vague) && !/^[\d.,]+-\p{L}+$/u.test(n.text);
/** A toll only imagined: "If Putin dies" (the victim a toll without a figure names may start with the "If"). */
const conditional = (text: string, clause: Span, n: NumberFact): boolean => /\bif\b/i.test(text.slice(clause.start, n.end));

function baseFigure(n: NumberFact, role: FigureRole): EventFigure {
  const f: EventFigure = { role, value: n.value, unit: n.unit, evidence: { start: n.start, end: n.end, text: n.text } };
  if (n.low !== undefined) f.low = n.low;
  if (n.high !== undefined) f.high = n.high;
  if (n.party) f.party = n.party;
  if (n.side) f.side = n.side;
  return f;
}

/**
 * Who acts with the verb at `verbAt`: the first party of the clause before the verb that is not named
 * after a preposition, unless it is one of coordinated subjects ("Russia and Ukraine each released").
 */
function subjectBefore(text: string, parties: readonly (Party & { evidence: TextSpan })[], clause: Span, verbAt: number): Party | undefined {
  const before = parties.filter((p) => p.evidence.start >= clause.start && p.evidence.end <= verbAt &&
    !AFTER_PREPOSITION.test(text.slice(Math.max(clause.start, p.evidence.start - 40), p.evidence.start)));
  // "Colombia's ELN rebels released": the possessive state names whose group acts.
  const owner = before[0];
  const first = owner && before[1] && /^['’]s\b/.test(text.slice(owner.evidence.end)) && before[1].evidence.start - owner.evidence.end < 16 ? before[1] : owner;
  if (!first) return undefined;
  const next = before[before.indexOf(first) + 1];
  if (next && !sameParty(first, next) && COORDINATED.test(text.slice(first.evidence.end, next.evidence.start))) return undefined;
  return { name: first.name, code: first.code };
}

/** A figure of an exchange sentence, with its role read from its clause, or null when it counts no one released or held. */
function exchangeFigure(ctx: Context, sentence: Span, n: NumberFact, parties: readonly (Party & { evidence: TextSpan })[], hasCaptives: boolean): EventFigure | null {
  const { text } = ctx;
  // "the bodies of 909 soldiers": the dead are exchanged too.
  const bodies = n.category === 'killed' && (/\bbod(?:y|ies)\s+of\s+$/i.test(text.slice(Math.max(0, n.start - 20), n.start)) || n.unit?.toLowerCase() === 'bodies');
  if (!isCount(n) || (n.category && !['released', 'captured'].includes(n.category) && !bodies)) return null;
  const unit = n.unit?.toLowerCase() ?? null;
  if (n.unit ? !countsOf(n.unit, PEOPLE) && n.category !== 'released' : !hasCaptives) return null;
  const clause = clauseOf(ctx, sentence, n);
  const before = text.slice(clause.start, n.start);
  const after = text.slice(n.end, Math.min(clause.end, n.end + 40));
  const released = EXCHANGE.test(before) || EXCHANGE.test(after);
  const agreed = AGREEMENT.test(before);
  // People named in general terms ("people", "soldiers") are released only next to the word: "a report released
  // on Wednesday ... 110 million people" is not a release. Captives ("prisoners", "POWs") are released by the sentence.
  if (!(unit ? CAPTIVE_NOUN_SET.has(unit) : hasCaptives) && !bodies) {
    const near = text.slice(Math.max(clause.start, n.start - RELEASE_REACH), n.start) + ' ' + text.slice(n.end, Math.min(clause.end, n.end + RELEASE_REACH));
    if (!EXCHANGE.test(near) && !HELD.test(near) && !agreed) return null;
  }
  let role: FigureRole;
  if (agreed) role = 'agreed';
  else if (EXPECTED.test(before) || /^\s*(?:\w+\s+){0,3}?(?:to\s+be|will|would|are\s+expected|is\s+expected)\b/i.test(after)) role = released || n.category === 'released' ? 'expected' : 'held';
  else if (!released && (HELD.test(before) || HELD.test(after) || n.category === 'captured')) role = 'held';
  else role = 'released';
  if (role === 'held' && !HELD.test(before + ' ' + after)) return null; // "hundreds of soldiers have been taken prisoner": not this exchange
  const f = baseFigure(n, role);
  const around = text.slice(clause.start, Math.min(clause.end, n.end + 25));
  if (EACH_SIDE.test(around)) f.eachSide = true;
  const verb = [...before.matchAll(EXCHANGE_ALL)].pop();
  if (verb && role !== 'held' && !RECEIVE.test(verb[0])) {
    const actor = subjectBefore(text, parties, clause, clause.start + verb.index);
    if (actor) f.by = actor;
  }
  return f;
}

/** `inExchange`: the article has just told an exchange, so that "Kiev will give the rebels 225" is one. */
function framesOfSentence(ctx: Context, sentence: Sentence, inExchange: boolean): Frame[] {
  const { text } = ctx;
  const s = text.slice(sentence.start, sentence.end);
  const numbers = spansInside(ctx.numbersByStart, sentence);
  if (!numbers.length && !ctx.mayTalk && !ctx.mayExchange) return [];
  const frames: Frame[] = [];
  let parties: (Party & { evidence: TextSpan })[] | null = null;
  const partiesHere = (): (Party & { evidence: TextSpan })[] => (parties ??= partiesIn(ctx, sentence));
  const frame = (type: ArticleEvent['type'], figures: EventFigure[], rule: string): Frame => ({
    type, date: dateIn(ctx, sentence, figures.map((f) => clauseOf(ctx, sentence, f.evidence))), places: placesIn(ctx, sentence), parties: uniqueParties(partiesHere()),
    figures, sources: sourcesIn(ctx, sentence), sentences: [{ start: sentence.start, end: sentence.end }], rule,
  });

  // Exchanges and releases of prisoners.
  const used = new Set<NumberFact>();
  const hasCaptives = ctx.mayExchange && CAPTIVITY.test(s);
  const named = ctx.mayExchange && NAMED_EXCHANGE.test(s);
  // In an article that has told an exchange, captives held are part of its picture ("the rebels are believed to be holding about 600 prisoners").
  const heldOnly = inExchange && hasCaptives && HELD.test(s);
  if (ctx.mayExchange && (named || heldOnly || STRONG_EXCHANGE.test(s) || ((hasCaptives || inExchange) && EXCHANGE.test(s)))) {
    const figures: EventFigure[] = [];
    for (const n of numbers) {
      const f = exchangeFigure(ctx, sentence, n, partiesHere(), hasCaptives || inExchange);
      if (f) { figures.push(f); used.add(n); }
    }
    if (figures.some((f) => f.role !== 'held') || named || (inExchange && figures.length)) frames.push(frame('exchange', figures, 'event/exchange'));
  }

  // Attacks: weapons counted, or an attack and its toll in one clause.
  const casualties = numbers.filter((n) => !used.has(n) && isCount(n) && n.category && CASUALTY_ROLES[n.category] && countsVictims(n) &&
    !conditional(text, clauseOf(ctx, sentence, n), n));
  // Weapons counted: a noun of weapons with an act of attack in its clause, or a count of attacks itself.
  const weapons = numbers.filter((n) => {
    if (used.has(n) || !isCount(n) || n.category !== 'attack') return false;
    const unit = n.unit?.toLowerCase().split(/\s+/).pop() ?? ''; // "Shahed drones" → drones
    if (ATTACK_ACTS.has(unit)) return true;
    const clause = clauseOf(ctx, sentence, n);
    return WEAPONS.has(unit) && ATTACK_VERB.test(text.slice(clause.start, clause.end));
  });
  const attackTolls = casualties.filter((n) => {
    const clause = clauseOf(ctx, sentence, n);
    return n.value !== null && ATTACK.test(text.slice(clause.start, clause.end));
  });
  if (weapons.length || attackTolls.length) {
    const figures = weapons.map((n) => {
      const f = baseFigure(n, 'weapons');
      const clause = clauseOf(ctx, sentence, n);
      const verb = [...text.slice(clause.start, n.start).matchAll(ATTACK_ALL)][0];
      const actor = verb ? subjectBefore(text, partiesHere(), clause, clause.start + verb.index) : undefined;
      if (actor) f.by = actor;
      return f;
    });
    const tolls = weapons.length ? casualties : attackTolls;
    for (const n of tolls) figures.push(baseFigure(n, CASUALTY_ROLES[n.category!]!));
    for (const n of tolls) used.add(n);
    frames.push(frame('attack', figures, 'event/attack'));
  }

  // Casualty reports; vague tolls only with a word of harm.
  const tolls = casualties.filter((n) => !used.has(n));
  if (tolls.length && (tolls.some((n) => n.value !== null) || HARMED.test(s))) frames.push(frame('casualties', tolls.map((n) => baseFigure(n, CASUALTY_ROLES[n.category!]!)), 'event/casualties'));

  // Talks and ceasefires: named, and something done with them, near them.
  if (!frames.length && ctx.mayTalk && talksDone(s)) {
    const f = frame('talks', [], 'event/talks');
    if (CEASEFIRE.test(s)) f.subtype = 'ceasefire';
    frames.push(f);
  }
  return frames;
}

/** Talks named with an act done with them within TALKS_REACH characters: "will hold talks", "a truce took effect". */
function talksDone(s: string): boolean {
  for (const m of s.matchAll(TALKS)) {
    const around = s.slice(Math.max(0, m.index - TALKS_REACH), m.index + m[0].length + TALKS_REACH);
    if (TALKS_ACTION.test(around) && !TALKS_WISHES.test(around)) return true;
  }
  return false;
}

const dateValue = (f: Frame): string | null => f.date?.value ?? null;
/** Two ISO values at any precision agree when one is a prefix of the other ("2014-09" and "2014-09-05"). */
export const datesAgree = (a: string | null, b: string | null): boolean => a === null || b === null || a.startsWith(b) || b.startsWith(a);
const figureKey = (f: EventFigure): string => `${f.role}:${f.value}`;
/** A figure that tells one toll from another: 2 or more ("one person was killed" is said of many). */
export const telling = (f: EventFigure): boolean => f.value !== null && f.value >= 2;

/** A date by its value, or by its words where it has none ("Wednesday" in an undated article). */
const dateKey = (f: Frame): string | null => f.date?.value ?? f.date?.evidence.text.toLowerCase() ?? null;

function belongTogether(a: Frame, b: Frame): boolean {
  if (a.type !== b.type || !datesAgree(dateValue(a), dateValue(b))) return false;
  if (a.type === 'exchange') return true;
  if (a.type === 'talks') {
    // Talks are told again and again in one article ("talks were held on Wednesday ... the Wednesday meeting"):
    // one event when the day is the same, or when neither gives one and they are in the same place.
    if (a.subtype !== b.subtype) return false;
    const [x, y] = [dateKey(a), dateKey(b)];
    if (x !== null && y !== null) return x === y || x.includes(y) || y.includes(x);
    return x === null && y === null && a.places.some((p) => b.places.some((q) => p.name === q.name));
  }
  if (a.sentences.some((s) => b.sentences.some((t) => s.start === t.start))) return true;
  const keys = new Set(a.figures.filter(telling).map(figureKey));
  if (b.figures.some((f) => telling(f) && keys.has(figureKey(f)))) return true;
  const bothDated = dateValue(a) !== null && dateValue(a) === dateValue(b);
  return bothDated && a.places.some((p) => b.places.some((q) => p.name === q.name));
}

function mergeInto(a: Frame, b: Frame): void {
  const seen = new Set(a.figures.map((f) => f.evidence.start));
  for (const f of b.figures) if (!seen.has(f.evidence.start)) a.figures.push(f);
  for (const p of b.places) if (!a.places.some((q) => q.name === p.name)) a.places.push(p);
  a.parties = uniqueParties([...a.parties, ...b.parties]);
  for (const s of b.sources) if (!a.sources.some((t) => t.name === s.name)) a.sources.push(s);
  a.sentences.push(...b.sentences.filter((s) => !a.sentences.some((t) => t.start === s.start)));
  if (!a.date?.value && b.date?.value) a.date = b.date;
  else if (!a.date) a.date = b.date;
  if (b.subtype) a.subtype = b.subtype;
}

/** "agreed on a prisoner exchange", "a deal to swap": the exchange's figures are its terms. */
const AGREED_EXCHANGE = /\b(?:agreed|agree|agrees|agreement|deal)\s+(?:on|to|for)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:exchanges?|swaps?|releases?)\b/iu;

/** The figures still to come in an exchange agreed in so many words are the agreement's terms. */
function agreedTerms(frame: Frame, text: string): void {
  if (frame.type !== 'exchange' || !frame.sentences.some((s) => AGREED_EXCHANGE.test(text.slice(s.start, s.end)))) return;
  if (frame.figures.some((f) => f.role === 'released')) return;
  for (const f of frame.figures) if (f.role === 'expected') f.role = 'agreed';
}

/** The events of one article, in the order they are first told. */
export function buildEvents(inputs: EventInputs): ArticleEvent[] {
  const frames: Frame[] = [];
  const byStart = <S extends Span>(xs: readonly S[]): S[] => [...xs].sort((a, b) => a.start - b.start);
  const ctx: Context = {
    ...inputs,
    text: inputs.doc.text,
    mayExchange: EXCHANGE.test(inputs.doc.text) || CAPTIVITY.test(inputs.doc.text),
    mayTalk: TALKS_ANY.test(inputs.doc.text),
    stateOfPlace: (() => {
      const states = new Map<Place, Party | null>();
      return (place: Place) => {
        if (!states.has(place)) states.set(place, inputs.stateOf(place));
        return states.get(place)!;
      };
    })(),
    placeMentions: byStart(inputs.places.flatMap((place) => place.mentions.map((m) => ({ start: m.start, end: m.end, place })))),
    numbersByStart: byStart(inputs.numbers),
    datesByStart: byStart(inputs.dates),
  };
  let inExchange = false;
  for (const sentence of inputs.doc.sentences) {
    const found = framesOfSentence(ctx, sentence, inExchange);
    inExchange ||= found.some((f) => f.type === 'exchange');
    for (const f of found) {
      const into = frames.find((g) => belongTogether(g, f));
      if (into) mergeInto(into, f);
      else frames.push(f);
    }
  }
  for (const f of frames) agreedTerms(f, inputs.doc.text);
  return frames.map(({ sentences, ...event }) => ({
    type: event.type,
    ...(event.subtype ? { subtype: event.subtype } : {}),
    date: event.date,
    places: event.places,
    parties: event.parties,
    figures: event.figures.sort((x, y) => x.evidence.start - y.evidence.start),
    sources: event.sources,
    evidence: sentences.sort((x, y) => x.start - y.start).map((s) => textSpan(inputs.doc.text, s)),
    rule: event.rule,
  }));
}
