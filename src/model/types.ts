/**
 * Every type the pipeline and its callers share, in one place.
 *
 * Two layers:
 *  - Mentions: what extractors find and refiners reshape (a span + a kind + a normalized value + the rule that made it).
 *  - Facts: the output contract (`../shared/CONTRACT.md`), assembled from the mentions once the refiners are done.
 */

/** Half-open [start, end) offsets in UTF-16 code units (JS string indices) into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** A span with its text; `text === article.text.slice(start, end)` always holds (a property test enforces it). */
export interface TextSpan extends Span {
  text: string;
}

export type Kind = 'person' | 'place' | 'organization' | 'date' | 'number';
/** The kinds of fact an Article holds, which `--types` chooses among for printing. */
export const KINDS = ['people', 'places', 'organizations', 'dates', 'numbers', 'quotes', 'events'] as const;
export type FactType = (typeof KINDS)[number];

/** Calendar parts of a date expression; which of them the text gave and which were inferred is kept apart. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number; // 0 = Sunday
  hour?: number;
  minute?: number;
}

/** How a date expression relates to the publication date, when it is not absolute. */
export type Relative =
  | 'day' // yesterday, today, tomorrow, the day before
  | 'weekday' // (on) Friday, last Monday, next Tuesday
  | 'week' // last week, this week, a week ago
  | 'month' // last month, in March (no year)
  | 'year' // last year, this year
  | 'ago' // three days ago
  | 'anchor' // the day before, the next day, three days later: relative to the date just mentioned
  | 'period'; // the weekend, the coming days: no ISO value

export interface DateValue {
  /** What the text states. */
  parts: DateParts;
  /** Set when the value depends on the publication date or the context. */
  relative?: Relative;
  /** Offset in units of `relative` from the publication date, when the text gives one (yesterday: -1). */
  offset?: number;
  /** Unit of an "X ago" expression. */
  agoUnit?: 'day' | 'week' | 'month' | 'year';
  /** Whether the expression has a time of day attached. */
  hasTime?: boolean;
  /** Set by refine/resolveDates: the calendar value, or null with the reason. */
  resolved?: { iso: string | null; precision: 'day' | 'week' | 'month' | 'year' | null; reason?: string; end?: string };
  /** The last day of a range ("May 23 and 25", "from 2014 to 2016"): the parts the text gives for it. */
  rangeEnd?: DateParts;
}

export interface NumberValue {
  value: number | null;
  low?: number;
  high?: number;
  qualifier?: string;
  vague?: boolean;
  unit: string | null;
  /** Kind of quantity: a count, a percentage, money, a duration, an age. */
  measure?: 'count' | 'percent' | 'money' | 'duration' | 'age' | 'fraction' | 'ratio';
  /** What happened to what is counted: killed, wounded, captured, released, missing, displaced, attack. */
  category?: 'killed' | 'wounded' | 'captured' | 'released' | 'missing' | 'displaced' | 'attack' | 'casualties';
  /** ISO country code of the side the sentence gives ("648 Ukrainian soldiers" → UA). */
  side?: string;
  /** Whether the counted people are civilians or combatants, where the noun says so. */
  party?: 'civilians' | 'combatants';
  /** True for a count the text implies without a figure ("a man was shot dead": 1 killed). */
  implicit?: boolean;
  /** True when the unit is not next to the figure but implied by its sentence ("drone attacks – some 800"). */
  unitImplied?: boolean;
}

export interface EntityValue {
  /** The name as written, titles and possessives removed. */
  name: string;
  /** Title or function stated next to the mention (people only). */
  role?: string;
  /** A credit line ("Sergei Grits—AP", "Photo: ..."). */
  credit?: boolean;
}

export interface PlaceValue extends EntityValue {
  /** Kind stated by a cue word ("Kursk region" → region, "the village of Rakivka" → village). */
  cueKind?: PlaceKind;
  /**
   * Why this mention alone is no evidence of a place: its name is also an English word or a given name
   * and nothing around it says place (`word`: kept when another mention of it has a cue, or a known
   * place near it is named), or it is part of a longer name ("Kyoto protocol", "Court of Justice": `part`,
   * kept only when another mention has a cue).
   */
  weak?: 'word' | 'part';
  /** A street, square, building, base or natural feature: never looked up as a town. */
  feature?: boolean;
  /** ISO 3166-1 code of the country the text gives it ("the Afghan province of", "Russia's Kursk region"). */
  country?: string;
}

export interface ValueOf {
  person: EntityValue;
  place: PlaceValue;
  organization: EntityValue;
  date: DateValue;
  number: NumberValue;
}

export interface Mention<K extends Kind = Kind> extends TextSpan {
  kind: K;
  value: ValueOf[K];
  /** Provenance id, `<kind>/<kebab-name>`, e.g. `date/chrono`. */
  rule: string;
}

export type AnyMention = { [K in Kind]: Mention<K> }[Kind];

export type PublishedSource = 'metadata' | 'dateline' | 'ref-date' | null;

/** What a reader hands to the pipeline. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string | null;
  /** Publication date from input metadata (ISO 8601 or anything Date can parse), if any. */
  published?: string | null;
}

/** One analyzed token, from the NLP adapter. Offsets exclude surrounding punctuation. */
export interface Token extends Span {
  text: string;
  /** Lower-cased, normalized form. */
  normal: string;
  /** Punctuation and spaces before and after the word, as written. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Index of the clause the token belongs to (Doc.clauses). */
  clause: number;
  /** The punctuation marks in `post`, as bits of doc/marks.ts's MARK: read with endsWith(). */
  marks: number;
}

/** What the NLP adapter gives for a text: its tokens, and compromise's own topic spans. */
export interface NlpDoc {
  tokens: readonly Token[];
  /** compromise's own topic spans, trimmed to term offsets. */
  topics: { people: readonly Span[]; places: readonly Span[]; organizations: readonly Span[] };
}

/** A sentence: from its first word to its closing punctuation, and the tokens [firstToken, endToken). */
export interface Sentence extends Span {
  index: number;
  firstToken: number;
  endToken: number;
}

/** What opens a clause inside a sentence (the cue words are data: src/data/clauses.ts). */
export type BreakKind = 'punctuation' | 'dash' | 'coordinator' | 'speech' | 'relative';

/** Where one clause of a sentence ends and the next begins: the cue itself ("; ", ", while ", "said that "). */
export interface ClauseBreak extends Span {
  kind: BreakKind;
  sentence: number;
}

/** A clause: the stretch of a sentence between two breaks (or its edges), and its tokens [firstToken, endToken). */
export interface Clause extends Span {
  index: number;
  sentence: number;
  firstToken: number;
  endToken: number;
  /** What opened it: the break before it, or null for the first clause of its sentence. */
  openedBy: BreakKind | null;
}

/**
 * One article as every stage reads it: the text and its one segmentation into tokens, sentences and
 * clauses, each with spans into the text, made once by doc/makeDoc.ts. No stage splits text itself.
 */
export interface Doc {
  id: string;
  text: string;
  /** The headline: the input's title, else a short first line that reads as one. */
  title: string | null;
  /** ISO 8601 publication date: metadata, else a dateline, else the reference date; null when unknown. */
  published: string | null;
  publishedSource: PublishedSource;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  clauses: readonly Clause[];
  /** The cues between clauses, in text order. */
  breaks: readonly ClauseBreak[];
  /** compromise's own topic spans (people, places, organizations), trimmed to term offsets. */
  topics: NlpDoc['topics'];
}

/** One place of the gazetteer. */
export interface GazEntry {
  /** GeoNames id for cities; null for countries and extra places. */
  id: number | null;
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA first-level seat, ADM1 first-level region ...), where known. */
  featureCode?: string;
  /** ISO 3166-2 code of a first-level region ("US-TX"), where known. */
  regionCode?: string;
  /** A city's first-level region (ISO 3166-2, "US-IL"), where GeoNames' admin1 code is that code. */
  admin1?: string;
}

export interface Gazetteer {
  /** Entries for a name (case-insensitive, exonyms resolved), best-known first. */
  lookup(name: string): readonly GazEntry[];
  /** ISO code of the country a demonym belongs to ("Ukrainian" → UA), or undefined. */
  demonym(word: string): string | undefined;
  country(code: string): GazEntry | undefined;
  /** True when the name, in lower case, is an English word ("Street", "Justice", "Reading"). */
  isWord(name: string): boolean;
}

/** The data stages look things up in, loaded once per process (or worker) by src/resources.ts. */
export interface Resources {
  gazetteer: Gazetteer;
  /** Given names from many countries ("Jesper", "Cosmin"), as written. */
  givenNames: ReadonlySet<string>;
}

export interface Context {
  /** The publication date to assume where the article states none (YYYY-MM-DD). */
  referenceDate?: string;
  /** The gazetteer and name lists: passed in, never reached through a module. */
  resources: Resources;
  debug(message: () => string): void;
  /**
   * Called by the runner between stages; throws to abandon an article that ran over its time
   * budget. The clock lives with the caller, so extractors and refiners stay pure.
   */
  checkpoint?(stage: string): void;
}

export type Extractor = (doc: Doc, ctx: Context) => AnyMention[];
export type Refiner = (doc: Doc, mentions: AnyMention[], ctx: Context) => AnyMention[];

/**
 * What a stage needs before it runs and leaves behind: mentions of a kind at a step of their refinement,
 * or an assembled kind of fact. The names say how far the work has gone, so that the order of the stages
 * follows from them (runner.ts checks it).
 */
export type Artifact =
  // Dates: found, then one per span, ranges merged, resolved to the calendar.
  | 'date-mentions' | 'dates-distinct' | 'dates-merged' | 'dates-resolved'
  // Numbers: found, then cut to quantities, with their units and categories, implicit counts added, tolls shared.
  | 'number-mentions' | 'numbers-outside-dates' | 'numbers-quantities' | 'numbers-qualified' | 'numbers-distinct'
  | 'numbers-ages' | 'numbers-units' | 'numbers-implied-units' | 'numbers-categorized' | 'numbers-implicit' | 'numbers-tolls'
  // People, places and organizations: found, then settled against each other, then short forms linked.
  | 'person-mentions' | 'place-mentions' | 'organization-mentions'
  | 'entities-settled' | 'entities-teams' | 'places-without-roles' | 'people-extended' | 'people-surnames' | 'organizations-acronyms' | 'organizations-short-forms'
  // The facts as the contract gives them.
  | FactType;

/** What stages read and write besides the Doc: the mentions, and the facts assembled from them (by kind). */
export type Analysis = { mentions: readonly AnyMention[] } & { [K in FactType]?: ArticleFacts[K] };

/**
 * One step of the pipeline, as spaCy declares a component (`requires`, `assigns`): what it needs, what it
 * makes, and `run`, which returns what it changes of the analysis and never mutates what it is given.
 */
export interface Stage {
  name: string;
  requires: readonly Artifact[];
  produces: readonly Artifact[];
  run(doc: Doc, analysis: Analysis, ctx: Context): Partial<Analysis>;
}

// ---------------------------------------------------------------------------------------------
// Output facts (the contract). Field names listed in CONTRACT.md never change meaning.

export type PlaceKind = 'country' | 'region' | 'city' | 'village' | 'other';

export interface Person {
  name: string;
  mentions: TextSpan[];
  role: string | null;
  /** Other written forms of the name in this article (short forms, spelling variants). */
  aliases: string[];
  /** True when the person is named only in a photo or byline credit. */
  credit?: boolean;
  rule: string;
}

export interface Place {
  name: string;
  mentions: TextSpan[];
  kind: PlaceKind | null;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  /** GeoNames id of the gazetteer entry, where resolved. */
  geonameId: number | null;
  /** ISO 3166-2 code of a first-level region ("RU-KRS"), the id of regions that have no GeoNames id here. */
  regionCode?: string;
  /** ISO 3166-2 code of the first-level region a city lies in ("US-IL"), where the gazetteer knows it. */
  admin1?: string;
  /** The place the text puts it in: "Kyiv" for "Khreshchatyk Street in Kyiv" or "Kyiv's Podil district". */
  within?: string;
  aliases: string[];
  rule: string;
}

export interface Organization {
  name: string;
  mentions: TextSpan[];
  aliases: string[];
  rule: string;
}

export interface DateFact extends TextSpan {
  /** ISO 8601 at the precision of the text; null where it cannot be resolved. */
  value: string | null;
  precision: 'day' | 'week' | 'month' | 'year' | null;
  /** Set for expressions whose value depends on the publication date or context. */
  relative: Relative | null;
  /** Why the value is null, where it is. */
  unresolved?: string;
  /** Time of day attached to the date, "HH:MM", where the text gives one. */
  time?: string;
  /** For a range ("between May 23 and 25"): its last day, month or year, ISO 8601; `value` is its first. */
  rangeEnd?: string;
  rule: string;
}

/** A quantity as the contract shows it: its span, the normalized NumberValue fields, and the rule. */
export interface NumberFact extends TextSpan, NumberValue {
  rule: string;
}

/** Who said what: a quotation or a reported statement and the person or organization it is attributed to. */
export interface Quote extends TextSpan {
  /** `direct` for words in quotation marks, `reported` for "X said (that) ...". */
  kind: 'direct' | 'reported';
  /** The speaker's name as the article's Person or Organization gives it (fullest form), or as written. */
  speaker: string;
  speakerType: 'person' | 'organization' | 'other';
  /** Where the speaker is named for this statement ("Zelenskyy said"; "he" resolves to the last person named). */
  speakerMention: TextSpan;
  rule: string;
}


export interface ArticleFacts {
  id: string;
  title: string | null;
  published: string | null;
  publishedSource: PublishedSource;
  people: Person[];
  places: Place[];
  organizations: Organization[];
  dates: DateFact[];
  numbers: NumberFact[];
  /** Who said what, in text order. */
  quotes: Quote[];
  /** Events told by the article: exchanges, casualty reports, attacks, talks (events/frames.ts). */
  events: ArticleEvent[];
}

// ---------------------------------------------------------------------------------------------
// Events: frames built from an article's facts (events/frames.ts), merged across articles (events/merge.ts).

export type EventType = 'exchange' | 'casualties' | 'attack' | 'talks';

/**
 * What a figure counts in its event: people released (or to be released under an agreement, or
 * expected), people held, killed, wounded, missing, casualties (killed and wounded together), or
 * weapons used (missiles, drones, strikes).
 */
export type FigureRole = 'released' | 'agreed' | 'expected' | 'held' | 'killed' | 'wounded' | 'missing' | 'casualties' | 'captured' | 'weapons' | 'intercepted';

/** A party to an event: a state (by ISO code) or an armed group named by its common noun ("separatists"). */
export interface Party {
  name: string;
  /** ISO 3166-1 alpha-2 code for a state, named by its name, a capital ("Kyiv") or a demonym ("Russian"). */
  code: string | null;
}

export interface EventFigure {
  role: FigureRole;
  /** The figure as the NumberFact gives it (null for vague ones: "thousands of POWs"). */
  value: number | null;
  low?: number;
  high?: number;
  /** What is counted, as written ("soldiers", "missiles"). */
  unit: string | null;
  /** `civilians` or `combatants`, where the noun says so. */
  party?: 'civilians' | 'combatants';
  /** The side the counted people belong to ("Ukrainian soldiers" → UA). */
  side?: string;
  /** The party that releases (exchanges) or attacks, where the clause names it. */
  by?: Party;
  /** The start of the figure this one counts a part of ("12 killed, including three children" → 3 is part of 12): not another report of it. */
  partOf?: number;
  /** True when the figure holds for each side ("each released 390", "1,000 prisoners each"). */
  eachSide?: boolean;
  /** The NumberFact's span: the evidence. */
  evidence: TextSpan;
}

/** Who the article attributes a statement of the event to ("the Russian Ministry of Defense stated"). */
export interface Attribution {
  name: string;
  type: 'person' | 'organization' | 'other';
  mention: TextSpan;
}

export interface ArticleEvent {
  type: EventType;
  /** For talks: `ceasefire` when the sentence speaks of a ceasefire or truce. */
  subtype?: 'ceasefire';
  /** The date the text gives for the event (resolved ISO 8601, or null), with its span; null when none. */
  date: { value: string | null; evidence: TextSpan } | null;
  /** Where it happened, with the place's coordinates (WGS84) where the gazetteer knows them. */
  places: { name: string; kind: PlaceKind | null; countryCode: string | null; geonameId: number | null; lat?: number | null; lon?: number | null; evidence: TextSpan }[];
  /** Who did it: the perpetrator of an attack (or of the losses of a casualties event, where stated), the parties of an exchange or talks. */
  actors: (Party & { evidence: TextSpan })[];
  /** Who or what was attacked or suffered the losses ("civilians", a state); empty for exchanges and talks. */
  targets: (Party & { evidence: TextSpan })[];
  /** Every side the event's sentences name: its actors, its targets, and the others. */
  parties: (Party & { evidence: TextSpan })[];
  figures: EventFigure[];
  sources: Attribution[];
  /** The sentences the frame was built from. */
  evidence: TextSpan[];
  /** The words that tell the happening ("struck", "prisoner swap"), where a word of its own does; absent for events told only by a figure. */
  trigger?: TextSpan;
  rule: string;
}
