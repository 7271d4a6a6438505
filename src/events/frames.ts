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
import { ARMED_GROUP_NAMES, ATTACK_NOUNS, CUMULATIVE_CUES, HISTORY_CUES, PERPETRATOR_NOUNS } from '../data/events.js';
import { breaksOf, clauseAround } from '../doc/clauses.js';
import { attackActors, attackTargets, attackTriggers, irrealis, speaks, triggerWords, type NamedParty, type Trigger, type TriggerWord } from './attacks.js';
import type { ArticleEvent, Attribution, DateFact, Doc, EventFigure, FigureRole, NumberFact, Party, Place, Quote, Sentence, Span, TextSpan } from '../model/types.js';
import { CATEGORY_UNITS, HARMED_PARTICIPLES, PERSON_NOUNS } from '../data/categories.js';
import { addDays, addMonths, isoDay, isoInterval, isoMonth, parseIsoDate } from '../util/calendar.js';
import { alternation, lexiconRegex } from '../util/regex.js';
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
  /** The state of an ISO 3166-1 code, by its short name ("UA" → Ukraine). */
  countryState(code: string): Party | null;
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
const ARMED_GROUP_NOUN_RE = new RegExp(`^(?:pro-\\p{L}+\\s+)?(?:${ARMED_GROUP_NOUN})$`, 'iu');
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
const REPORTS_AT_END = /,\s+(?:the\s+)?(?<who>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}|(?:[\p{L}'’-]+\s+){0,3}(?:officials|authorities|police|ministry|military|army|spokesman|spokeswoman|spokesperson|governor|mayor|officers?|sources|witnesses|residents|media|agency|statement))\s+(?:reports|reported|says|said|stated|claimed|writes|wrote|added|told\s+[\p{L}\s]+)\s*[.!]?\s*["”]?\s*$/u;
/** The one who speaks before a verb of saying, in a few words: "The Russian defence ministry", "Ukraine". */
const SPEAKER = /(?:^|,)\s*(?:(?:and|but|meanwhile|however|also|separately|earlier|later|in\s+addition)\b[,\s]*)*(?:the\s+)?(?<who>(?:[\p{L}\p{N}'’.&-]+\s+){0,6}?[\p{L}\p{N}'’.&-]+)\s*$/iu;
/** Words of time or manner after a speaker: "Russia yesterday said", "Lavrov on Friday said". */
const SPEAKER_TAIL = /(?:\s+(?:yesterday|today|tonight|earlier|later|also|again|separately|however|has|have|had|then|further|repeatedly|publicly|previously|recently|reportedly|(?:on|last|this)\s+\p{L}+))+$/iu;
/** Nouns of those who speak for a side, written in lower case: "officials said", "the military said". */
const SPEAKER_NOUN = /\b(?:officials?|authorities|police|military|army|ministry|spokes(?:man|woman|person)|governor|mayor|sources|witnesses|residents|media|agency|statement|commander|prosecutors?|investigators|medics|rescuers|institute|committee|council|office|department|service|observatory|monitor|organi[sz]ation|presidency|administration)$/i;
/** A speaker named in a few words: a name (capitalized), or a noun of officials; not a pronoun. */
const speakerLike = (who: string): boolean =>
  !NO_SOURCE.test(who.split(/\s+/)[0]!) && who.split(/\s+/).length <= 6 && (/^\p{Lu}/u.test(who) || SPEAKER_NOUN.test(who));
/** Pronouns and words that name no one as a source. */
const NO_SOURCE = /^(?:it|he|she|they|we|i|you|this|that|which|who|there|one|some|many|others?)$/i;

const COUNT_MEASURES = new Set([undefined, 'count']);
/** Nouns that count people, for tolls ("12 civilians", "59 bodies", "4,700 deaths"), not "30 houses" or "one organization". */
const VICTIM_NOUNS = new Set([...PEOPLE, ...PERSON_NOUNS,
  ...Object.entries(CATEGORY_UNITS).filter(([, c]) => c !== 'attack').map(([noun]) => noun), 'victims', 'lives', 'life']);
/** Words of harm done: a vague toll ("tens of thousands") is an event only with one ("have been killed"), not "millions of victims". */
const HARMED = lexiconRegex([...HARMED_PARTICIPLES, 'kill*', 'perish*', 'lost their lives']);
/** How near a release word must be to a count of people named in general terms ("have freed 648", "390 people were released"). */
const RELEASE_REACH = 40;
const CASUALTY_ROLES: Readonly<Record<string, FigureRole>> = { killed: 'killed', wounded: 'wounded', missing: 'missing', casualties: 'casualties', captured: 'captured' };
/** Roles of figures that count people harmed: their side is a target. */
const HARM_ROLES: ReadonlySet<FigureRole> = new Set(['killed', 'wounded', 'missing', 'casualties', 'captured']);
/** Armed groups by their name, as written ("Taliban", "Wagner Group"): case-sensitive. */
const NAMED_GROUP = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${alternation(ARMED_GROUP_NAMES)})(?![\p{L}\p{N}])`, 'gu');
/** Perpetrators named by their act ("a suicide bomber", "the gunmen"). */
const PERPETRATOR = lexiconRegex(PERPETRATOR_NOUNS, 'gi');
/** A toll of a period, not of one attack: "since April", "so far". */
const CUMULATIVE = lexiconRegex(CUMULATIVE_CUES);
/** A noun trigger named again: "the attack", "the strikes on Odesa", "this explosion". */
const ANAPHORA = /(?:\b(?:the|this|these|those)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|Sunday|last\s+night)['’]s)\s+(?:(?!(?:is|was|are|were|an?)\b)[\p{L}-]+\s+){0,2}$/iu;
/** A place named as a point of reference, not where it happened: "north of Kyiv", "30 km from the border". */
const REFERENCE_PLACE = /\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of|from|off|beyond|border\s+with|towards?)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Where weapons were launched from: "fired from Tupolevs flying over Belarus", "launched from ships in the Black Sea". */
const LAUNCHED_FROM = /\bfrom\s+(?:[\p{L}-]+\s+){0,4}(?:over|above|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A sentence about a war long past (WWII, the Soviet era): history, whatever its tense. */
const HISTORY = lexiconRegex(HISTORY_CUES);
const NOUN_TRIGGERS = new Set(ATTACK_NOUNS);

/** How many years before publication a happening is history, not news (the guideline's two years). */
const HISTORY_YEARS = 2;

interface Frame extends Omit<ArticleEvent, 'evidence'> {
  sentences: Span[];
  /** An attack named again by a definite noun ("the strikes"): it joins the attack told before. */
  anaphoric?: boolean;
  /** A toll of a period ("since April"): a casualties event of its own, never an attack's figure. */
  cumulative?: boolean;
  /** The index of the last sentence that tells it. */
  at?: number;
  /** "They killed 23 soldiers": a pronoun that stands for the actors of the attack told just before. */
  pronoun?: TextSpan;
}

/** A place mention with its place, for lookups by position. */
interface PlaceMention extends Span { place: Place }

/** What the frame builder reads, indexed once per article. */
interface Context extends EventInputs {
  text: string;
  /** Whether the article has any word of an exchange, a named exchange, or talks: most have none of some. */
  mayExchange: boolean;
  mayTalk: boolean;
  /** The words of attack of the article, found in one pass. */
  triggerWords: readonly TriggerWord[];
  /** Whether the article names a war long past anywhere. */
  mayBeHistory: boolean;
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
    // "Russian-backed separatists", "Iranian-made drones": the demonym modifies; the state is not a side named.
    if (/^\p{L}+-(?:backed|led|controlled|installed|allied|speaking|born|made|supplied|built|held|occupied|annexed)$/iu.test(t.text)) continue;
    const state = ctx.demonymState(possessiveFree(t.text));
    if (state) found.push({ ...state, evidence: textSpan(text, t) });
  }
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(ARMED_GROUP)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const name = m[0].replace(/\s+/g, ' ').toLowerCase().replace(/^pro-(\p{L})/u, (_, c: string) => `pro-${c.toUpperCase()}`);
    found.push({ name, code: null, evidence: textSpan(text, span) });
  }
  const free = (span: Span): boolean => !found.some((f) => overlaps(f.evidence, span));
  for (const m of s.matchAll(NAMED_GROUP)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (free(span)) found.push({ name: m[0].replace(/\s+Group$/, ' Group'), code: null, evidence: textSpan(text, span) });
  }
  for (const m of s.matchAll(PERPETRATOR)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (free(span)) found.push({ name: m[0].toLowerCase(), code: null, evidence: textSpan(text, span) });
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
  // The subject of a verb of saying that opens reported speech: "The Russian defence ministry said (that) ...".
  let from = sentence.start;
  for (const b of breaksOf(ctx.doc, sentence)) {
    if (b.kind === 'speech') {
      const m = SPEAKER.exec(text.slice(from, b.start));
      const who = m?.groups!.who!.replace(SPEAKER_TAIL, '');
      if (m && who && speakerLike(who)) cued.push({ who, at: from - sentence.start + m.index + m[0].indexOf(who) });
    }
    from = b.end;
  }
  // "a spokesman for the Defense Ministry blamed the rebels ..., telling the BBC": the one who blames, and whom he tells.
  const opener = BLAMES.exec(s);
  if (opener && speakerLike(opener.groups!.who!)) cued.push({ who: opener.groups!.who!, at: opener.index + opener[0].indexOf(opener.groups!.who!) });
  for (const m of s.matchAll(TOLD)) cued.push({ who: m.groups!.who!, at: m.index + m[0].length - m.groups!.who!.length });
  for (const cue of cued) {
    const who = cue.who.replace(/[.,'’]+$/u, '');
    if (NO_SOURCE.test(who)) continue;
    const at = cue.at;
    const mention = textSpan(text, { start: sentence.start + at, end: sentence.start + at + who.length });
    if (!out.some((o) => overlaps(o.mention, mention))) out.push({ name: who, type: 'other', mention });
  }
  // One source once: a speaker quoted and cued in the same sentence.
  return out.filter((o, i) => !out.slice(0, i).some((p) => p.name === o.name));
}

/** The subject of a verb of blame or report opening a sentence: "A spokesman for the Defense Ministry blamed ...". */
const BLAMES = /^(?:(?:Meanwhile|However|Separately|Earlier|Later|Also),?\s+)?(?:(?:a|an|the)\s+)?(?<who>[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,7}?)\s+(?:blamed|accused|warned|confirmed|reported)\b/iu;
/** An outlet told something: "telling the BBC", "told Reuters". */
const TOLD = /\b(?:told|telling)\s+(?:the\s+)?(?<who>\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})/gu;
/** A sentence whose speaker is a pronoun: "it said", "he said", "they added". */
const PRONOUN_SPEAKER = /(?:^|[,;—–-]\s*|\b(?:and|but)\s+)(?:it|he|she|they)\s+(?:said|says|added|told|claimed|reported|stated)\b/i;

/** A place named where something happens: "in Istanbul", "at the border", "on the Belarus border", "near Kharkiv". */
const WHERE_BEFORE = /\b(?:in|at|near|on|outside|inside)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A date right after the verb of another happening: "a truce signed last week", "charged on Thursday". */
const OTHER_HAPPENING_BEFORE = /\b(?:signed|announced|pleaded|charged|arrested|sentenced|convicted|indicted|elected|appointed|published|visited|met|began|started|launched\s+(?:its|the|a)\s+[\p{L}-]+)\s+(?:(?:on|in|at|last|this|early|late)\s+)?$/iu;

/** A date after "since" is where a count starts, not when the event happened ("the largest swap since ... in 2022"). */
const SINCE = /\b(?:since|until|till)\b[^,;:.]*$/i;

/**
 * The date a sentence gives for its event: one in the clause of a figure first, then any other of the
 * sentence; a day before a month or year, a value before none. Dates after "since" are left out.
 */
function dateIn(ctx: Context, sentence: Span, clauses: readonly Span[]): ArticleEvent['date'] {
  const { text } = ctx;
  const here = spansInside(ctx.datesByStart, sentence).filter((d) => !SINCE.test(text.slice(sentence.start, d.start)) &&
    // "a statement ... from April 19": the date of what is quoted, unless a span follows ("from May 23 to 25").
    !(/\bfrom\s+$/i.test(text.slice(Math.max(sentence.start, d.start - 6), d.start)) && !/^\s*(?:to|until|through|till|[-–])/.test(text.slice(d.end, d.end + 10))) &&
    !OTHER_HAPPENING_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 40), d.start)));
  const inClause = here.filter((d) => clauses.some((c) => contains(c, d)));
  const pick = (ds: readonly DateFact[]): DateFact | undefined => ds.find((d) => d.value && d.precision === 'day') ?? ds.find((d) => d.value) ?? ds[0];
  const best = pick(inClause) ?? pick(here);
  return best ? { value: best.value, evidence: textSpan(text, best) } : null;
}

/** The places of a sentence; with `whereOnly`, only those named where something is ("in Istanbul", "on the border"), not a side. */
function placesIn(ctx: Context, sentence: Span, whereOnly = false, within: readonly Span[] = [sentence]): ArticleEvent['places'] {
  const out: ArticleEvent['places'] = [];
  for (const m of spansInside(ctx.placeMentions, sentence)) {
    const p = m.place;
    if (!within.some((w) => contains(w, m))) continue;
    if (whereOnly && !WHERE_BEFORE.test(ctx.text.slice(Math.max(sentence.start, m.start - 40), m.start))) continue;
    if (!out.some((x) => x.name === p.name && x.kind === p.kind)) out.push({ name: p.name, kind: p.kind, countryCode: p.countryCode, geonameId: p.geonameId, lat: p.lat, lon: p.lon, evidence: textSpan(ctx.text, m) });
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
  if (!numbers.length && !ctx.mayTalk && !ctx.mayExchange && !spansInside(ctx.triggerWords, sentence).length) return [];
  const frames: Frame[] = [];
  // A sentence about a war long past tells no event of this one.
  if (ctx.mayBeHistory && HISTORY.test(s)) return frames;
  let parties: (Party & { evidence: TextSpan })[] | null = null;
  const partiesHere = (): (Party & { evidence: TextSpan })[] => (parties ??= partiesIn(ctx, sentence));
  const frame = (type: ArticleEvent['type'], figures: EventFigure[], rule: string): Frame => {
    const sources = sourcesIn(ctx, sentence);
    const parties = uniqueParties(partiesHere());
    const sides = type === 'exchange' || type === 'talks';
    // An exchange or talks take place where their own clauses say: "negotiations in Istanbul", not "could not restart talks in Belarus".
    const words = type === 'exchange' ? EXCHANGE_ALL : type === 'talks' ? TALKS : null;
    const anchors: Span[] = [...figures.map((g) => g.evidence), ...(words ? [...s.matchAll(words)].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })) : [])];
    const clauses = sides ? anchors.map((a) => clauseOf(ctx, sentence, a)) : [sentence];
    const f: Frame = {
      type, date: dateIn(ctx, sentence, figures.map((g) => clauseOf(ctx, sentence, g.evidence))), places: placesIn(ctx, sentence, sides, clauses),
      // The sides of an exchange or of talks are its actors; who reports it is not.
      actors: type === 'exchange' || type === 'talks' ? parties.filter((p) => !sources.some((q) => overlaps(q.mention, p.evidence))) : [],
      targets: type === 'casualties' ? harmTargets(ctx, figures, []) : [],
      parties, figures, sources, sentences: [{ start: sentence.start, end: sentence.end }], rule,
    };
    if (type === 'casualties' && figures.some((g) => cumulativeAt(ctx, sentence, g.evidence))) f.cumulative = true;
    return f;
  };

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

  // Attacks: one frame per clause with a trigger (or weapons counted, or a toll beside a word of attack), with its own figures.
  const casualties = numbers.filter((n) => !used.has(n) && isCount(n) && n.category && CASUALTY_ROLES[n.category] && countsVictims(n) &&
    !conditional(text, clauseOf(ctx, sentence, n), n));
  frames.push(...attackFrames(ctx, sentence, numbers, casualties, used, partiesHere));

  // Casualty reports; vague tolls only with a word of harm.
  const tolls = casualties.filter((n) => !used.has(n));
  // Vague tolls ("tens of thousands") only with a word of harm, and a date or place that makes them a happening.
  const specificToll = tolls.some((n) => n.value !== null) ||
    (HARMED.test(s) && (spansInside(ctx.datesByStart, sentence).some((d) => d.value) || spansInside(ctx.placeMentions, sentence).some((m) => m.place.kind !== 'country')));
  if (tolls.length && specificToll) {
    const figures = tolls.map((n) => baseFigure(n, CASUALTY_ROLES[n.category!]!));
    markParts(text, figures);
    const f = frame('casualties', figures, 'event/casualties');
    f.date ??= periodStart(ctx, sentence, tolls);
    // Who inflicted the losses, where the clause says: "killed by Russian shelling", "gunmen killed 12".
    const n = tolls[0]!;
    const clause = clauseOf(ctx, sentence, n);
    const sourceSpans = f.sources.map((x) => x.mention);
    f.actors = attackActors(text, partiesHere(), { start: n.start, end: n.end, word: n.text, clause }, sourceSpans)
      .filter((a) => !f.targets.some((t) => sameParty(a, t)) && (a.evidence.start > n.end || HARM_VERB_GAP.test(text.slice(a.evidence.end, n.start))));
    if (!f.actors.length) {
      const pronoun = /^\s*(?:(?:and|but|then)\s+)?(they|he|she)\s+(?:\p{Ll}+\s+){0,2}$/iu.exec(text.slice(clause.start, n.start));
      if (pronoun) f.pronoun = textSpan(text, { start: clause.start + pronoun.index + pronoun[0].indexOf(pronoun[1]!), end: clause.start + pronoun.index + pronoun[0].indexOf(pronoun[1]!) + pronoun[1]!.length });
    }
    frames.push(f);
  }

  // Talks and ceasefires: named, and something done with them, near them; an exchange agreed in so many words is an agreement too.
  const agreedExchange = frames.length === 1 && frames[0]!.type === 'exchange' && EXCHANGE_AGREED.test(s);
  if (agreedExchange) frames[0]!.places = [];
  if (agreedExchange || (!frames.length && ctx.mayTalk && talksDone(s))) {
    const f = frame('talks', [], 'event/talks');
    // The agreement's place is that of its own clause ("agreed on a prisoner exchange Friday but could not ... talks in Belarus").
    if (agreedExchange) {
      const m = EXCHANGE_AGREED.exec(s)!;
      const clause = clauseOf(ctx, sentence, { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
      f.places = placesIn(ctx, sentence, true, [clause]);
    }
    if (CEASEFIRE.test(s)) f.subtype = 'ceasefire';
    frames.push(f);
  }
  return frames;
}

/** "in the past four days", "five months of fighting": a toll's period, counted back from publication. */
const PERIOD_BEFORE = /\b(?:past|last|previous)\s+$/i;
const PERIOD_AFTER = /^\s+of\s+(?:[\p{L}-]+\s+)?(?:fighting|war|conflict|clashes|combat|hostilities)\b/iu;

/**
 * The start of the period a toll covers, where the sentence counts it back from publication ("have been killed in
 * the past four days" → four days before; "five months of fighting" → the month five months before), the way the
 * guideline dates a span: by its start. Null where the sentence gives no such period or the article no date.
 */
function periodStart(ctx: Context, sentence: Span, tolls: readonly NumberFact[]): ArticleEvent['date'] {
  const published = ctx.doc.published ? parseIsoDate(ctx.doc.published.slice(0, 10)) : null;
  if (!published) return null;
  const { text } = ctx;
  for (const n of spansInside(ctx.numbersByStart, sentence)) {
    if (n.measure !== 'duration' || n.value === null || !Number.isInteger(n.value) || tolls.includes(n)) continue;
    if (!PERIOD_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 12), n.start)) && !PERIOD_AFTER.test(text.slice(n.end, n.end + 30))) continue;
    const unit = (n.unit ?? '').toLowerCase().replace(/s$/, '');
    let value: string | null = null;
    if (unit === 'day') value = isoDay(addDays(published, -n.value));
    else if (unit === 'week') value = isoDay(addDays(published, -7 * n.value));
    else if (unit === 'month') { const m = addMonths(published.year, published.month, -n.value); value = isoMonth(m.year, m.month); }
    else if (unit === 'year') value = String(published.year - n.value);
    if (value) return { value, evidence: textSpan(text, n) };
  }
  return null;
}

/** A toll counted over a period ("since April", "so far"): a casualties event of its own. */
const cumulativeAt = (ctx: Context, sentence: Span, at: Span): boolean => {
  const clause = clauseOf(ctx, sentence, at);
  return CUMULATIVE.test(ctx.text.slice(clause.start, clause.end));
};

/** Who suffered the losses of `figures`: civilians, or the state of the people counted ("Ukrainian soldiers"), other than the actors. */
function harmTargets(ctx: Context, figures: readonly EventFigure[], actors: readonly Party[]): NamedParty[] {
  const out: NamedParty[] = [];
  for (const f of figures) {
    if (!HARM_ROLES.has(f.role)) continue;
    const state = f.side ? ctx.countryState(f.side) : null;
    const p: Party | null = state ?? (f.party === 'civilians' ? { name: 'civilians', code: null } : null);
    if (p && !actors.some((a) => sameParty(a, p)) && !out.some((q) => sameParty(q, p))) out.push({ ...p, evidence: f.evidence });
  }
  return out;
}

/** Between who inflicted losses and their count: "gunmen killed 12", "Russian shelling has killed at least 5". */
const HARM_VERB_GAP = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:killed|kills|killing|wounded|wounds|injured|injures|executed|shot|massacred)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|another\s+)?$/u;

/** Where intercepted weapons are counted: "shot down 20 of the 25 drones", "air defences destroyed". */
const INTERCEPTED = /\b(?:intercept\w*|shot\s+down|shoots?\s+down|downed|destroyed\s+by\s+air|air\s+defen[cs]es?\s+(?:destroyed|neutrali[sz]ed))\b/i;
/** Words that make a counted figure a part of one before it: "including three children", "among them". */
const PART_OF = /\b(?:including|includes|among\s+them|among\s+whom|of\s+(?:them|whom)|of\s+which)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** The party that follows "Russian" in "Russian forces": a state named as the armed side anywhere in the sentence. */
const FORCE_AFTER = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,1}(?:forces|troops|army|military|soldiers|artillery|jets|warplanes|aircraft|drones?|missiles?|rockets?|strikes?|airstrikes?|shelling|units?|navy|militants|fighters)\b/u;

/**
 * The attacks a sentence tells: a frame for each clause with a trigger of attack (attacks.ts), and for a
 * clause with weapons counted or a toll beside a word of attack. Each takes the weapons and tolls of its
 * clause, and a toll of a clause with no trigger goes to the nearest attack before it (else after it);
 * tolls of a period are left for a casualties event.
 */
function attackFrames(ctx: Context, sentence: Sentence, numbers: readonly NumberFact[], casualties: readonly NumberFact[], used: Set<NumberFact>,
  partiesHere: () => NamedParty[]): Frame[] {
  const { text } = ctx;
  const clauseAt = (at: Span): Span => clauseOf(ctx, sentence, at);
  const words = spansInside(ctx.triggerWords, sentence);
  const triggers = words.length ? attackTriggers(ctx.doc, sentence, clauseAt, words) : [];
  const inTrigger = (n: Span): boolean => triggers.some((t) => contains(t.clause, n));
  // Weapons counted: a noun of weapons with an act of attack in its clause, or a count of attacks itself.
  const weapons = numbers.filter((n) => {
    if (used.has(n) || !isCount(n) || n.category !== 'attack') return false;
    const unit = n.unit?.toLowerCase().split(/\s+/).pop() ?? ''; // "Shahed drones" → drones
    if (ATTACK_ACTS.has(unit)) return true;
    const clause = clauseAt(n);
    return WEAPONS.has(unit) && (inTrigger(n) || ATTACK_VERB.test(text.slice(clause.start, clause.end)));
  });
  const tolls = casualties.filter((n) => !cumulativeAt(ctx, sentence, n));
  // A clause with no trigger still tells an attack with weapons counted, or a toll beside a word of attack.
  const told = triggers.length > 0;
  for (const n of [...weapons, ...tolls]) {
    // Weapons in a clause of their own join the attack their sentence tells ("drone attacks – some 800 sent").
    if (inTrigger(n) || (told && weapons.includes(n))) continue;
    const clause = clauseAt(n);
    const cue = weapons.includes(n) ? null : ATTACK.exec(text.slice(clause.start, clause.end));
    if (!weapons.includes(n) && (!cue || n.value === null)) continue;
    const at = cue ? { start: clause.start + cue.index, end: clause.start + cue.index + cue[0].length } : { start: n.start, end: n.end };
    if (irrealis(ctx.doc, sentence, clause, at)) continue;
    triggers.push({ ...at, word: text.slice(at.start, at.end).toLowerCase(), clause });
  }
  if (!triggers.length) return [];
  triggers.sort((a, b) => a.start - b.start);
  // One draft per clause: its triggers, and the figures it takes.
  const drafts: { triggers: Trigger[]; clause: Span; numbers: NumberFact[] }[] = [];
  for (const t of triggers) {
    const d = drafts.find((x) => x.clause.start === t.clause.start);
    if (d) d.triggers.push(t);
    else drafts.push({ triggers: [t], clause: t.clause, numbers: [] });
  }
  const nearest = (n: Span): (typeof drafts)[number] =>
    drafts.find((d) => contains(d.clause, n)) ?? [...drafts].reverse().find((d) => d.clause.end <= n.start) ?? drafts[0]!;
  for (const n of weapons) { nearest(n).numbers.push(n); used.add(n); }
  // A vague toll ("tens of thousands") is an attack's only in the attack's own clause.
  for (const n of tolls) {
    const d = nearest(n);
    if (n.value === null && !contains(d.clause, n)) continue;
    d.numbers.push(n);
    used.add(n);
  }

  const sources = sourcesIn(ctx, sentence);
  const sourceSpans = sources.map((s) => s.mention);
  const parties = partiesHere();
  return drafts.flatMap((d) => {
    let actors: NamedParty[] = [];
    for (const t of d.triggers) if (!actors.length) actors = attackActors(text, parties, t, sourceSpans);
    const main = d.triggers[0]!;
    // "Russian forces" before the trigger anywhere in the sentence, when the clause names no one.
    if (!actors.length) {
      const force = parties.find((p) => p.evidence.end <= main.start && FORCE_AFTER.test(text.slice(p.evidence.end, p.evidence.end + 40)) &&
        !sourceSpans.some((s) => contains(s, p.evidence)) && !speaks(text, p.evidence) && !/\b(?:on|against|at|of|targeting|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, p.evidence.start - 20), p.evidence.start)));
      if (force) actors = [force];
    }
    const figures = d.numbers.sort((a, b) => a.start - b.start).map((n) => {
      if (n.category === 'attack') {
        const clause = clauseAt(n);
        const f = baseFigure(n, INTERCEPTED.test(text.slice(clause.start, clause.end)) ? 'intercepted' : 'weapons');
        if (actors[0] && f.role === 'weapons') f.by = { name: actors[0].name, code: actors[0].code };
        return f;
      }
      return baseFigure(n, CASUALTY_ROLES[n.category!]!);
    });
    markParts(text, figures);
    let targets = uniqueParties([...attackTargets(text, parties, main, actors), ...harmTargets(ctx, figures, actors)]);
    // "Ukrainian forces repelled a Russian attack": the attack is the side repelled; the subject defends.
    if (REPELLED.test(main.word)) [actors, targets] = [targets.filter((t) => t.name !== 'civilians'), actors];
    // Civilians attacked: the target is the civilians, not their state as well.
    if (targets.some((t) => t.name === 'civilians')) targets = targets.filter((t) => t.code === null);
    const anaphoric = d.triggers.every((t) => !/(?:ed|ing)$/.test(t.word) && ANAPHORA.test(text.slice(Math.max(sentence.start, t.start - 30), t.start)));
    const notHere = [...actors.map((a) => a.evidence), ...sourceSpans];
    const inClause = attackPlaces(ctx, sentence, d.clause, notHere, false, main);
    // An attack named again ("The strikes came as ...") takes places only from its own clause.
    const places = inClause.length || anaphoric ? inClause : attackPlaces(ctx, sentence, d.clause, notHere, true, main);
    // The state of the place hit is the target where the clause names none ("14 missiles were fired at the Kyiv region").
    const inside = places[0] && /\b(?:in|at|on|across)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(sentence.start, places[0].evidence.start - 40), places[0].evidence.start));
    if (!targets.length && places.length && (actors.every((a) => a.code !== null) || (inside && GOVERNMENT_TARGET.test(text.slice(main.end, d.clause.end))))) {
      const state = places[0]!.countryCode ? ctx.countryState(places[0]!.countryCode) : null;
      if (state && !actors.some((a) => sameParty(a, state))) targets.push({ ...state, evidence: places[0]!.evidence });
    }
    // A side's own defence ministry or military reporting strikes on another side: "The Russian defence ministry said
    // high-precision weapons struck Ukrainian army training centres" → Russia.
    if (!actors.length && targets.some((t) => t.code !== null)) {
      const own = sources.filter((x) => MILITARY_SOURCE.test(x.mention.text))
        .flatMap((x) => parties.filter((p) => p.code !== null && contains(x.mention, p.evidence)))
        .find((p) => !targets.some((t) => sameParty(t, p)));
      if (own) actors = [own];
    }
    const f: Frame = {
      type: 'attack', date: dateIn(ctx, sentence, [d.clause]), places, actors: uniqueParties(actors), targets,
      parties: uniqueParties(parties), figures, sources, sentences: [{ start: sentence.start, end: sentence.end }], rule: 'event/attack',
    };
    f.trigger = textSpan(text, main);
    if (!actors.length) {
      const pronoun = /^\s*(?:(?:and|but|then)\s+)?(they|he|she)\b/i.exec(text.slice(d.clause.start, main.start));
      if (pronoun) f.pronoun = textSpan(text, { start: d.clause.start + pronoun.index + pronoun[0].length - pronoun[1]!.length, end: d.clause.start + pronoun.index + pronoun[0].length });
    }
    if (anaphoric) f.anaphoric = true;
    // "children injured by Russian bombardments": attacks in general, with no figure, date or place of their own, are no happening.
    else if (!figures.length && !f.date && !inClause.length && d.triggers.every((t) => generic(text, sentence, t))) return [];
    // "An attack on one is an attack on all", "Russia's attack on Ukraine": an attack named only by a noun, with no
    // date, figure or place of its own (a country is not one), is a reference to the war, not a happening.
    else if (!figures.length && !f.date && !inClause.some((p) => p.kind !== 'country') && d.triggers.every((t) => NOUN_TRIGGERS.has(t.word))) return [];
    return splitByPlace(text, f, d.clause);
  });
}

/** Between a place and the one it lies in: "Rakivka in the northeastern Kharkiv region", "Starychi district of Lviv". */
const CONTAINER_GAP = /^(?:\s+(?!and\b)[\p{L}-]+){0,2}[,\s]*(?:in|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}$/u;

/** The forces of the state of the place: "shelling government positions in the Donetsk region". */
const GOVERNMENT_TARGET = /\b(?:government|army|military|troops|forces|soldiers|positions|checkpoints?)\b/i;
/** A subordinate clause of another happening after the trigger: "The strikes came as leaders ... began a summit in Bavaria". */
const SUBORDINATE = /\b(?:as|while|after|before|because|although|though|whereas|until|whose|who|which)\s/i;

/** Before a place where something is. */
const IN_PLACE = /\b(?:in|at|near|across|inside|outside|throughout|around|within|on|into|over|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** After a state named by its capital as a subject. */
const STATE_VERB_AFTER = /^\s+(?:cannot|can|could|will|would|has|have|is|was|says|said|must|should|claims|denies|wants)\b/;

/** Triggers whose subject is the defender, not the attacker. */
const REPELLED = /^(?:repelled|repulsed)$/;

/** A source that is a side's military: its claims of strikes are its own. */
const MILITARY_SOURCE = /\b(?:defen[cs]e|military|army|armed\s+forces|general\s+staff|forces)\b/i;

/**
 * Strikes on several places told in one clause ("struck training centres in Chernihiv, Zhytomyr and Lviv"): one
 * attack per place, as the article tells them apart; each figure goes to the place named before it ("Cherkasy,
 * where one person died"). A toll told before every place ("killed 12 across five regions") is one attack.
 */
function splitByPlace(text: string, f: Frame, clause: Span): Frame[] {
  const inClause = f.places.filter((p) => p.kind !== 'country' && contains(clause, p.evidence)).sort((a, b) => a.evidence.start - b.evidence.start);
  // "the village of Rakivka in the northeastern Kharkiv region": a place named as where the one before it is.
  const specific = inClause.filter((p, i) => i === 0 || !CONTAINER_GAP.test(text.slice(inClause[i - 1]!.evidence.end, p.evidence.start)))
    .filter((p, _, all) => !all.some((q) => q !== p && (q.name.includes(p.name) || p.name.includes(q.name))));
  // A region and the towns in it ("In the eastern Donbas region, ... killed in the town of Soledar") are one place.
  const towns = specific.filter((p) => p.kind !== 'region');
  if (towns.length > 0 && towns.length < specific.length) return [f];
  if (specific.length < 2) return [f];
  const at = (x: Span): number => specific.reduce((k, p, i) => (p.evidence.start <= x.start ? i : k), -1);
  if (f.figures.some((g) => at(g.evidence) < 0)) return [f];
  return specific.map((p, i) => ({
    ...f, places: [p], figures: f.figures.filter((g) => at(g.evidence) === i),
    actors: [...f.actors], targets: [...f.targets], parties: [...f.parties], sources: [...f.sources], sentences: [...f.sentences],
  }));
}

const GENERIC_OBJECT = /^\s+(?:[\p{L}-]+\s+)?(?:cities|towns|villages|civilians|targets|areas|regions|positions|infrastructure|homes|people)\b/u;

/** A trigger that is a bare plural noun: no determiner, possessive or number before it ("by Russian bombardments"). */
function generic(text: string, sentence: Span, t: Trigger): boolean {
  // "bombarded Ukrainian cities": an act on places in general.
  if (GENERIC_OBJECT.test(text.slice(t.end, t.end + 40))) return true;
  if (!/(?:s|ing)$/.test(t.word) || /ed$/.test(t.word)) return false;
  const before = text.slice(Math.max(sentence.start, t.start - 40), t.start);
  return !/(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|two|three|several|dozens\s+of|\d[\d,]*)|['’]s)\s+["“]?(?:[\p{L}-]+\s+){0,2}$/iu.test(before) &&
    !/\b(?:surge|wave|series|string|spate|round|volley|barrage|night)\s+of\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) &&
    !/\b(?:were|was|is|are|been|be|have|has|had|and|began|started|continued|kept|stopped)\s+$/.test(before) && !/^\p{Lu}/u.test(t.word) || false;
}

/** A figure after "including" or "among them" counts part of the figure of the same role before it, not another report of it. */
function markParts(text: string, figures: EventFigure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i]!;
    const whole = figures.slice(0, i).reverse().find((g) => g.role === f.role && !g.partOf);
    if (whole && PART_OF.test(text.slice(Math.max(whole.evidence.end, f.evidence.start - 30), f.evidence.start))) f.partOf = whole.evidence.start;
  }
}

/**
 * Where an attack happened: the places its clause names (else its sentence), leaving out those that are a
 * party's or a source's words and those named only as a point of reference ("north of Kyiv"); a country
 * gives way to a place in it.
 */
function attackPlaces(ctx: Context, sentence: Span, clause: Span, notHere: readonly Span[], wholeSentence: boolean, trigger: Span): ArticleEvent['places'] {
  const { text } = ctx;
  const mentions = spansInside(ctx.placeMentions, wholeSentence ? sentence : clause).filter((m) => {
    const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
    if (notHere.some((s) => overlaps(s, m)) || REFERENCE_PLACE.test(before) || LAUNCHED_FROM.test(before)) return false;
    if (m.start > trigger.end && SUBORDINATE.test(text.slice(trigger.end, m.start))) return false;
    // "the Black Sea port of Odesa": a place naming the kind of the next one.
    if (/^\s+(?:port|city|town|village|coast|capital|region|province|island)\s+of\s+\p{Lu}/u.test(text.slice(m.end, m.end + 30))) return false;
    // A country is where it happened only as a place ("in Ukraine", "across Ukraine"), not as a side ("the UK had joined").
    if (m.place.kind === 'country' && !IN_PLACE.test(before)) return false;
    // A capital standing for its state before a verb: "show Moscow cannot be trusted".
    return !(ctx.stateOfPlace(m.place) && STATE_VERB_AFTER.test(text.slice(m.end, m.end + 20)));
  });
  const out: ArticleEvent['places'] = [];
  for (const m of mentions) {
    const p = m.place;
    if (out.some((x) => x.name === p.name)) continue;
    out.push({ name: p.name, kind: p.kind, countryCode: p.countryCode, geonameId: p.geonameId, lat: p.lat, lon: p.lon, evidence: textSpan(text, m) });
  }
  const specific = out.filter((p) => p.kind !== 'country');
  return out.filter((p) => p.kind !== 'country' || !specific.some((q) => q.countryCode === p.countryCode));
}

/** "agreed on a prisoner exchange", "The agreement to exchange 1,000 prisoners", "the agreement on the release of". */
const EXCHANGE_AGREED = /\b(?:agreed\s+(?:on|to)|agreement\s+(?:on|to|for))\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:exchanges?|swaps?|releases?|exchange|swap|release)\b/iu;

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
/**
 * Two dates agree when either is unknown or the days they denote overlap ("2014-09" and "2014-09-02",
 * "2014-W36" and "2014-09-02", "2014-W40" and "2014-10"); values that are not ISO dates, when one starts the other.
 */
export const datesAgree = (a: string | null, b: string | null): boolean => {
  if (a === null || b === null) return true;
  const x = isoInterval(a);
  const y = isoInterval(b);
  return x && y ? x[0] <= y[1] && y[0] <= x[1] : a.startsWith(b) || b.startsWith(a);
};
const figureKey = (f: EventFigure): string => `${f.role}:${f.value}`;
/** A figure that tells one toll from another: 2 or more ("one person was killed" is said of many). */
export const telling = (f: EventFigure): boolean => f.value !== null && f.value >= 2;

/** A date by its value, or by its words where it has none ("Wednesday" in an undated article). */
const dateKey = (f: Frame): string | null => f.date?.value ?? f.date?.evidence.text.toLowerCase() ?? null;

/** Two places are one when one's name holds the other's ("Kharkiv" and "Kharkiv region"). */
const samePlace = (p: { name: string }, q: { name: string }): boolean => p.name.includes(q.name) || q.name.includes(p.name);
const placesShared = (a: Frame, b: Frame, specific = false): boolean =>
  a.places.some((p) => (!specific || p.kind !== 'country') && b.places.some((q) => samePlace(p, q)));
/** Two attacks by different actors. */
const actorsApart = (a: Frame, b: Frame): boolean => a.actors.length > 0 && b.actors.length > 0 && !a.actors.some((p) => b.actors.some((q) => sameParty(p, q)));
/** Two attacks the article tells apart: by different actors, or in different places. */
const toldApart = (a: Frame, b: Frame): boolean => actorsApart(a, b) || (a.places.length > 0 && b.places.length > 0 && !placesShared(a, b));
/** A frame's date to the day, or null. */
const dayOf = (f: Frame): string | null => (f.date?.value && /^\d{4}-\d\d-\d\d$/.test(f.date.value) ? f.date.value : null);

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
  if (a.type === 'attack' && toldApart(a, b)) return false;
  if (a.type === 'casualties' && a.cumulative !== b.cumulative) return false;
  if (a.sentences.some((s) => b.sentences.some((t) => s.start === t.start))) return true;
  const keys = new Set(a.figures.filter(telling).map(figureKey));
  if (b.figures.some((f) => telling(f) && keys.has(figureKey(f)))) return true;
  const bothDated = dateValue(a) !== null && dateValue(a) === dateValue(b);
  return bothDated && placesShared(a, b);
}

/** How many sentences after an attack a toll told on its own is still that attack's ("The strikes killed one."). */
const TOLL_REACH = 2;

/**
 * The frame told before that `f` tells again: an attack named by a definite noun ("the strike") joins the
 * last attack it is not told apart from; a toll that is not of a period joins an attack of the last
 * TOLL_REACH sentences in the same place (or none named); else a frame it belongs with.
 */
function earlierFrame(frames: readonly Frame[], f: Frame, text: string): Frame | undefined {
  // "Thursday's missile strikes": the attack told before with the same noun ("cruise missile strikes"), else the last one.
  if (f.type === 'attack' && f.anaphoric && f.trigger) {
    // "The strike on Starychi district in Lviv": the attack on that place.
    const there = f.places.length ? [...frames].reverse().find((g) => g.type === 'attack' && placesShared(g, f, true) && !actorsApart(g, f)) : undefined;
    if (there) return there;
    const stem = f.trigger.text.toLowerCase().replace(/(?:es|s)$/, '');
    const names = (g: Frame): boolean => g.sentences.some((x) => text.slice(x.start, x.end).toLowerCase().includes(stem));
    const same = [...frames].reverse().find((g) => g.type === 'attack' && names(g) &&
      datesAgree(dateValue(g), dateValue(f)) && !actorsApart(g, f));
    if (same) return same;
  }
  for (let i = frames.length - 1; i >= 0; i--) {
    const g = frames[i]!;
    if (g.type !== 'attack' || !datesAgree(dateValue(g), dateValue(f))) continue;
    // Named again, it is the one before whatever places its sentence names besides ("called the strikes an attack on Europe").
    if (f.type === 'attack' && f.anaphoric && !actorsApart(g, f)) return g;
    // Another sentence of the same day's attack, with no place of its own ("Russia unleashed a string of attacks on Monday").
    if (f.type === 'attack' && !f.places.length && !f.figures.some(telling) && dayOf(f) !== null && dayOf(f) === dayOf(g) && !actorsApart(g, f)) return g;
    if (f.type === 'casualties' && !f.cumulative && f.at! - g.at! <= TOLL_REACH && (!f.places.length || placesShared(g, f))) return g;
    // The same town struck, told again later ("Kyiv endured the heaviest barrage ... In Kyiv, a blast crater").
    if (f.type === 'attack' && placesShared(g, f, true) && !toldApart(g, f)) return g;
    // An attack with no place and no toll of its own, right after another, tells more of it ("missiles were launched from bombers").
    if (f.type === 'attack' && !f.places.length && !f.figures.some(telling) && !f.date && f.at! - g.at! <= TOLL_REACH && !toldApart(g, f)) return g;
  }
  return frames.find((g) => belongTogether(g, f));
}

function mergeInto(a: Frame, b: Frame): void {
  const seen = new Set(a.figures.map((f) => f.evidence.start));
  // A toll told again (in the headline, the lead and the body) is one figure of an attack or a toll.
  const told = (f: EventFigure): boolean => (a.type === 'attack' || a.type === 'casualties') && f.value !== null &&
    a.figures.some((g) => g.role === f.role && g.value === f.value && g.partOf === undefined && f.partOf === undefined);
  for (const f of b.figures) if (!seen.has(f.evidence.start) && !told(f)) a.figures.push(f);
  for (const p of b.places) if (!a.places.some((q) => q.name === p.name && q.kind === p.kind)) a.places.push(p);
  a.actors = uniqueParties([...a.actors, ...b.actors]);
  a.targets = uniqueParties([...a.targets, ...b.targets]).filter((t) => !a.actors.some((p) => sameParty(p, t)));
  if (a.targets.some((t) => t.name === 'civilians')) a.targets = a.targets.filter((t) => t.code === null);
  a.parties = uniqueParties([...a.parties, ...b.parties]);
  for (const s of b.sources) if (!a.sources.some((t) => t.name === s.name)) a.sources.push(s);
  a.sentences.push(...b.sentences.filter((s) => !a.sentences.some((t) => t.start === s.start)));
  if (!a.date?.value && b.date?.value) a.date = b.date;
  else if (!a.date) a.date = b.date;
  if (b.subtype) a.subtype = b.subtype;
  a.at = Math.max(a.at!, b.at!);
}

/** "agreed on a prisoner exchange", "a deal to swap": the exchange's figures are its terms. */
const AGREED_EXCHANGE = /\b(?:agreed|agree|agrees|agreement|deal)\s+(?:on|to|for)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:exchanges?|swaps?|releases?)\b/iu;

/** The figures still to come in an exchange agreed in so many words are the agreement's terms. */
function agreedTerms(frame: Frame, text: string): void {
  if (frame.type !== 'exchange' || !frame.sentences.some((s) => AGREED_EXCHANGE.test(text.slice(s.start, s.end)))) return;
  if (frame.figures.some((f) => f.role === 'released')) return;
  for (const f of frame.figures) if (f.role === 'expected') f.role = 'agreed';
}

/** "since the ceasefire", "since the truce took effect": a toll counted from the article's ceasefire. */
const SINCE_CEASEFIRE = /\bsince\s+(?:the|a|last\s+\w+['’]s)\s+(?:[\p{L}-]+\s+)?(?:cease-?fire|truce|armistice)\b/iu;

/** Dates the text gives through another event: a toll counted "since the ceasefire" starts when the article's ceasefire does. */
function datesFromContext(frames: readonly Frame[], text: string): void {
  const ceasefire = frames.find((f) => f.type === 'talks' && f.subtype === 'ceasefire' && f.date?.value);
  for (const f of frames) {
    if (f.date || f.type !== 'casualties' || !ceasefire) continue;
    if (f.sentences.some((s) => SINCE_CEASEFIRE.test(text.slice(s.start, s.end)))) f.date = ceasefire.date;
  }
}

/** A happening dated more than HISTORY_YEARS years before the article was published: history, not news. */
export function isHistory(date: string | null, published: string | null): boolean {
  if (date === null || published === null || !/^\d{4}/.test(date) || !/^\d{4}-\d\d-\d\d/.test(published)) return false;
  // The last day the date can mean, against the day HISTORY_YEARS years before publication.
  const last = /^\d{4}-\d\d-\d\d/.test(date) ? date.slice(0, 10) : /^\d{4}-\d\d$/.test(date) ? `${date}-31` : `${date.slice(0, 4)}-12-31`;
  return last < `${Number(published.slice(0, 4)) - HISTORY_YEARS}${published.slice(4, 10)}`;
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
    triggerWords: triggerWords(inputs.doc.text),
    mayBeHistory: HISTORY.test(inputs.doc.text),
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
  inputs.doc.sentences.forEach((sentence, at) => {
    const found = framesOfSentence(ctx, sentence, inExchange);
    // "And on Saturday, it said, ...": the one who spoke in the sentence before.
    if (at > 0 && found.some((f) => !f.sources.length) && PRONOUN_SPEAKER.test(ctx.text.slice(sentence.start, sentence.end))) {
      const before = sourcesIn(ctx, inputs.doc.sentences[at - 1]!);
      for (const f of found) if (!f.sources.length) f.sources = before;
    }
    inExchange ||= found.some((f) => f.type === 'exchange');
    for (const f of found) {
      f.at = at;
      if (f.pronoun && !f.actors.length) {
        // The actors of the attack told just before, named again by "they".
        const last = [...frames].reverse().find((g) => g.type === 'attack' && g.actors.length);
        if (last && at - last.at! <= TOLL_REACH) f.actors = last.actors.map((a) => ({ ...a, evidence: f.pronoun! }));
      }
      const into = earlierFrame(frames, f, ctx.text);
      if (into) mergeInto(into, f);
      else frames.push(f);
    }
  });
  for (const f of frames) agreedTerms(f, inputs.doc.text);
  // Talks that name no side in their own sentences are between the sides of the exchange or talks told before them.
  for (const [i, f] of frames.entries()) {
    if (f.type !== 'talks' || f.actors.length) continue;
    const before = frames.slice(0, i).reverse().find((g) => (g.type === 'exchange' || g.type === 'talks') && g.actors.length);
    if (before) f.actors = before.actors.filter((a) => a.code !== null || ARMED_GROUP_NOUN_RE.test(a.name));
  }
  datesFromContext(frames, inputs.doc.text);
  const recent = (f: Frame): boolean => !isHistory(f.date?.value ?? null, inputs.doc.published);
  return frames.filter(recent).map(({ sentences, ...event }) => ({
    type: event.type,
    ...(event.subtype ? { subtype: event.subtype } : {}),
    date: event.date,
    places: event.places,
    actors: event.actors,
    targets: event.targets,
    // Every side named: the actors, the parties of its sentences, and the states it targets ("civilians" is no party).
    parties: uniqueParties([...event.actors, ...event.parties, ...event.targets.filter((t) => t.code !== null)]),
    figures: event.figures.sort((x, y) => x.evidence.start - y.evidence.start),
    sources: event.sources,
    evidence: sentences.sort((x, y) => x.start - y.start).map((s) => textSpan(inputs.doc.text, s)),
    ...(event.trigger ? { trigger: event.trigger } : {}),
    rule: event.rule,
  }));
}
